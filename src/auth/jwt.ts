/**
 * `jwt` mode's token check: a JWT from the app's identity provider, signed with an asymmetric key
 * of its key set, for the configured issuer and audience, within its validity (60 s of clock skew
 * allowed). Verified tokens are remembered until they expire, so a caller's later requests cost a
 * map lookup, not a signature check. Only the exact token string that passed is remembered: a
 * changed token is a different key, and failures are never remembered.
 */
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JSONWebKeySet, JWSAlgorithm, JWTPayload, JWTVerifyGetKey } from 'jose';
import { userCaller } from './caller.js';
import type { UserCaller } from './caller.js';

/** Asymmetric algorithms only: a symmetric one would let anyone with the public key sign. */
const ALGORITHMS: JWSAlgorithm[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const CLOCK_TOLERANCE_S = 60;
const MAX_REMEMBERED = 10_000;

export interface JwtOptions {
  /** Where the identity provider publishes its keys (fetched when a token names an unknown key). */
  jwksUrl?: string;
  /** Else the key set itself (read from a file at start-up). */
  jwks?: JSONWebKeySet;
  issuer: string;
  audience: string;
  /** The claim holding the caller's roles: an array of strings, or one space-separated string. */
  rolesClaim: string;
  /** The role that may create, change and delete assistants. */
  adminRole: string;
  /** Keys the owner tags of threads (caller.ts's `ownerTagOf`). */
  ownerSecret?: string;
}

/** A token refused: the reason is safe to show (it never contains the token). */
export class TokenRefused extends Error {
  override name = 'TokenRefused';
}

/** The identity provider's keys could not be had (its key set URL failed): nobody's fault but its. */
export class KeysUnavailable extends Error {
  override name = 'KeysUnavailable';
}

function keySetOf(options: JwtOptions): JWTVerifyGetKey {
  if (options.jwksUrl) return createRemoteJWKSet(new URL(options.jwksUrl));
  if (options.jwks) return createLocalJWKSet(options.jwks);
  throw new Error('jwt mode needs a key set: JWT_JWKS_URL or JWT_JWKS_FILE.');
}

function rolesOf(payload: JWTPayload, claim: string): string[] {
  const value = payload[claim];
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  if (Array.isArray(value)) return value.filter((role): role is string => typeof role === 'string');
  return [];
}

/** Checks tokens; resolves with the user, or rejects with `TokenRefused` or `KeysUnavailable`. */
export function jwtVerifier(options: JwtOptions): (token: string) => Promise<UserCaller> {
  const keys = keySetOf(options);
  /** Verified tokens and when they expire (ms); oldest first, so the first is dropped when full. */
  const remembered = new Map<string, { caller: UserCaller; expiresAtMs: number }>();

  async function verify(token: string): Promise<UserCaller> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
        throw new KeysUnavailable('The identity provider’s keys could not be fetched.', { cause: error });
      }
      throw new TokenRefused(`The token was refused: ${error.message}`);
    }
    if (typeof payload.sub !== 'string' || payload.sub === '' || typeof payload.iss !== 'string') {
      throw new TokenRefused('The token was refused: it names no subject.');
    }
    const caller = userCaller(payload.iss, payload.sub, rolesOf(payload, options.rolesClaim).includes(options.adminRole), options.ownerSecret);
    const expiresAtMs = (payload.exp ?? 0) * 1000;
    if (expiresAtMs > Date.now()) {
      if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
      remembered.set(token, { caller, expiresAtMs });
    }
    return caller;
  }

  return (token) => {
    const known = remembered.get(token);
    if (known && known.expiresAtMs > Date.now()) return Promise.resolve(known.caller);
    if (known) remembered.delete(token);
    return verify(token);
  };
}
