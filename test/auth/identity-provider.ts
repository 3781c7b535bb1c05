/**
 * A small identity provider for tests: a signing key pair made here, its public key set served on
 * 127.0.0.1 (for `JWT_JWKS_URL`) and written to a file (for `JWT_JWKS_FILE`), and real signed tokens.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWTPayload } from 'jose';

export const ISSUER = 'https://id.example';
export const AUDIENCE = 'assistants-facade';
export const ADMIN_ROLE = 'assistants:admin';
const KEY_ID = 'test-key-1';

export interface TokenOptions {
  /** Seconds from now; default 600. */
  expiresIn?: number;
  /** Seconds from now the token becomes valid; default: now. */
  notBefore?: number;
  issuer?: string;
  audience?: string;
  claims?: JWTPayload;
  /** Sign with this key instead of the provider's (as a forger would). */
  key?: CryptoKey;
}

export interface IdentityProvider {
  jwksUrl: string;
  jwksFile: string;
  /** The public key as a JWK, for tokens a forger makes from it. */
  publicJwk: Record<string, unknown>;
  token(subject: string, options?: TokenOptions): Promise<string>;
  /** Requests for the key set so far. */
  keySetFetches(): number;
  close(): Promise<void>;
}

export async function startIdentityProvider(): Promise<IdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };
  const keySet = JSON.stringify({ keys: [publicJwk] });
  const jwksFile = path.join(mkdtempSync(path.join(tmpdir(), 'jwks-')), 'jwks.json');
  writeFileSync(jwksFile, keySet);
  let fetches = 0;
  const server: Server = createServer((_request, response) => {
    fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(keySet);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    jwksFile,
    publicJwk,
    token: (subject, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(options.claims ?? {})
        .setProtectedHeader({ alg: 'RS256', kid: KEY_ID })
        .setSubject(subject)
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setIssuedAt(now)
        .setNotBefore(now + (options.notBefore ?? 0))
        .setExpirationTime(now + (options.expiresIn ?? 600))
        .sign(options.key ?? privateKey);
    },
    keySetFetches: () => fetches,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
