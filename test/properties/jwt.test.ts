/**
 * Properties of `jwt` mode's token check (src/auth/jwt.ts) over arbitrary input: any string, any
 * claims signed with the right key, any roles claim. It resolves with a user only for a token that
 * is valid, and otherwise refuses with `TokenRefused` (a 401), never with anything else.
 */
import fc from 'fast-check';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { TokenRefused, jwtVerifier } from '../../src/auth/jwt.js';
import type { UserCaller } from '../../src/auth/caller.js';

const ISSUER = 'https://id.example';
const AUDIENCE = 'assistants-facade';
const ADMIN_ROLE = 'assistants:admin';
const SKEW_S = 60;

let privateKey: CryptoKey;
let verify: (token: string) => Promise<UserCaller>;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' };
  verify = jwtVerifier({ jwks: { keys: [jwk] }, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', adminRole: ADMIN_ROLE });
});

function sign(payload: JWTPayload): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).sign(privateKey);
}

/** What the check did: the user, or that it refused as it should; anything else fails the property. */
async function outcome(token: string): Promise<UserCaller | 'refused'> {
  try {
    return await verify(token);
  } catch (error) {
    if (error instanceof TokenRefused) return 'refused';
    throw error;
  }
}

const now = (): number => Math.floor(Date.now() / 1000);
// Finite numbers only: jose will not sign a time claim of NaN or Infinity.
const jsonValue = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
/** A claim: mostly of the right type, sometimes of another (missing claims come from the record). */
const claim = <T>(right: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> => fc.oneof({ weight: 8, arbitrary: right }, { weight: 1, arbitrary: jsonValue });
/** Mostly the right value, sometimes a wrong one. */
const mostly = <T>(right: T, wrong: T): fc.Arbitrary<T> => fc.oneof({ weight: 6, arbitrary: fc.constant(right) }, { weight: 1, arbitrary: fc.constant(wrong) });
/** Times near the skew bound as often as ordinary ones. */
const secondsFromNow = (ordinary: [number, number]): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: -2 * SKEW_S, max: 2 * SKEW_S }), fc.integer({ min: ordinary[0], max: ordinary[1] })).map((offset) => now() + offset);

describe('jwt mode token check, properties', () => {
  it('refuses any string that is not a token signed by the key set, with TokenRefused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.base64String(), { minLength: 3, maxLength: 3 }).map((parts) => parts.join('.'))), async (token) => {
        expect(await outcome(token)).toBe('refused');
      }),
      { numRuns: 300 },
    );
  });

  it('accepts signed claims exactly when issuer, audience, subject and validity are right', async () => {
    const claims = fc.record(
      {
        iss: claim(mostly(ISSUER, 'https://other.example')),
        aud: claim(mostly(AUDIENCE, 'another-app')),
        sub: claim(fc.string({ maxLength: 20 })),
        exp: claim(secondsFromNow([0, 3600])),
        nbf: claim(secondsFromNow([-3600, 0])),
        roles: jsonValue,
      },
      { requiredKeys: ['iss', 'aud', 'exp'] },
    );
    await fc.assert(
      fc.asyncProperty(claims, async (generated) => {
        const result = await outcome(await sign(generated as JWTPayload));
        // The claims as the token carries them: JSON has no NaN or Infinity (they become null).
        const payload = JSON.parse(JSON.stringify(generated)) as Record<string, unknown>;
        const t = now();
        const valid =
          payload.iss === ISSUER &&
          payload.aud === AUDIENCE &&
          typeof payload.sub === 'string' &&
          payload.sub !== '' &&
          typeof payload.exp === 'number' &&
          Number.isFinite(payload.exp) &&
          // A second either side of the skew bound: the check and this test read the clock apart.
          payload.exp > t - SKEW_S + 1 &&
          (payload.nbf === undefined || (typeof payload.nbf === 'number' && payload.nbf < t + SKEW_S - 1));
        const invalid =
          payload.iss !== ISSUER ||
          payload.aud !== AUDIENCE ||
          typeof payload.sub !== 'string' ||
          payload.sub === '' ||
          typeof payload.exp !== 'number' ||
          payload.exp < t - SKEW_S - 1 ||
          (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || payload.nbf > t + SKEW_S + 1));
        if (valid) expect(result).toMatchObject({ kind: 'user', issuer: ISSUER, subject: payload.sub });
        if (invalid) expect(result).toBe('refused');
      }),
      { numRuns: 400 },
    );
  });

  it('makes an admin exactly when the roles claim holds the admin role (an array, or space-separated words)', async () => {
    const role = fc.constantFrom(ADMIN_ROLE, 'reader', 'assistants:admins', 'ASSISTANTS:ADMIN', '');
    const roles = fc.oneof(fc.array(fc.oneof(role, jsonValue), { maxLength: 4 }), fc.array(role, { maxLength: 4 }).map((words) => words.join(' ')), jsonValue);
    await fc.assert(
      fc.asyncProperty(roles, async (value) => {
        const caller = await outcome(await sign({ iss: ISSUER, aud: AUDIENCE, sub: 'user-1', exp: now() + 600, roles: value }));
        const expected = Array.isArray(value) ? value.includes(ADMIN_ROLE) : typeof value === 'string' && value.split(' ').includes(ADMIN_ROLE);
        expect(caller).toMatchObject({ kind: 'user', admin: expected });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a valid token with any character of its header or claims changed', async () => {
    const token = await sign({ iss: ISSUER, aud: AUDIENCE, sub: 'user-1', exp: now() + 600 });
    expect(await outcome(token)).toMatchObject({ subject: 'user-1' });
    const signedPart = token.slice(0, token.lastIndexOf('.'));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: signedPart.length - 1 }), fc.constantFrom(...alphabet), async (index, replacement) => {
        fc.pre(signedPart[index] !== replacement);
        const tampered = `${signedPart.slice(0, index)}${replacement}${token.slice(index + 1)}`;
        expect(await outcome(tampered)).toBe('refused');
      }),
      { numRuns: 300 },
    );
  });
});
