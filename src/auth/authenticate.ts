/**
 * The one place a request's caller is established, for every transport (server.ts's `handle` for
 * HTTP and SSE, transports.ts for graphql-ws), before anything reaches the upstream:
 *
 * - `open`: the caller's own `Authorization: Bearer` key if it sends one, else the server's key.
 * - `caller-key`: every caller must bring its own key; the server's key is never used for one.
 * - `jwt`: every caller brings a JWT of the app's identity provider (jwt.ts); upstream calls use
 *   the server's key, and each user sees only their own threads (owned-api.ts).
 */
import type { JSONWebKeySet } from 'jose';
import { KeyCaller } from './caller.js';
import type { Caller } from './caller.js';
import { KeysUnavailable, TokenRefused, jwtVerifier } from './jwt.js';
import type { JwtOptions } from './jwt.js';

export type AuthMode = 'open' | 'caller-key' | 'jwt';
export const AUTH_MODES = ['open', 'caller-key', 'jwt'] as const satisfies readonly AuthMode[];

/** The credential headers of a request (or of a WebSocket's connection params). */
export interface CredentialHeaders {
  authorization?: string | undefined;
  organization?: string | undefined;
  project?: string | undefined;
}

/** Why a request is refused, as its HTTP answer says it. */
export class AuthFailure {
  constructor(
    readonly status: 401 | 503,
    readonly message: string,
    /** A credential was given (and is wrong), as opposed to none at all. */
    readonly tokenGiven: boolean,
  ) {}

  /** `WWW-Authenticate` (RFC 6750): `invalid_token` when a token was given. */
  get challenge(): string {
    return this.tokenGiven ? 'Bearer realm="graphql", error="invalid_token"' : 'Bearer realm="graphql"';
  }

  /** A GraphQL-shaped body, so GraphQL clients show the message. */
  get body(): string {
    return JSON.stringify({ errors: [{ message: this.message, extensions: { code: this.status === 401 ? 'UNAUTHENTICATED' : 'UPSTREAM_UNAVAILABLE' } }] });
  }
}

export interface Authenticator {
  readonly mode: AuthMode;
  authenticate(headers: CredentialHeaders): Promise<Caller | AuthFailure>;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function keyCallerOf(headers: CredentialHeaders, apiKey: string | undefined): KeyCaller {
  return new KeyCaller({ apiKey, organization: headers.organization || undefined, project: headers.project || undefined });
}

export const openAuthenticator: Authenticator = {
  mode: 'open',
  authenticate: (headers) => Promise.resolve(keyCallerOf(headers, BEARER.exec(headers.authorization ?? '')?.[1])),
};

export const callerKeyAuthenticator: Authenticator = {
  mode: 'caller-key',
  authenticate: (headers) => {
    const apiKey = BEARER.exec(headers.authorization ?? '')?.[1];
    if (apiKey !== undefined) return Promise.resolve(keyCallerOf(headers, apiKey));
    const given = headers.authorization !== undefined;
    return Promise.resolve(
      new AuthFailure(401, given ? 'The Authorization header must be `Bearer <your API key>`.' : 'Send your API key as `Authorization: Bearer <key>`.', given),
    );
  },
};

export function jwtAuthenticator(options: JwtOptions): Authenticator {
  const verify = jwtVerifier(options);
  return {
    mode: 'jwt',
    authenticate: async (headers) => {
      if (headers.authorization === undefined) return new AuthFailure(401, 'Send a token of the identity provider as `Authorization: Bearer <JWT>`.', false);
      const token = BEARER.exec(headers.authorization)?.[1];
      if (token === undefined) return new AuthFailure(401, 'The Authorization header must be `Bearer <JWT>`.', true);
      try {
        return await verify(token);
      } catch (error) {
        if (error instanceof TokenRefused) return new AuthFailure(401, error.message, true);
        if (error instanceof KeysUnavailable) return new AuthFailure(503, error.message, false);
        throw error;
      }
    },
  };
}

/** The variables that choose the authenticator, as config.ts parses them. */
export interface AuthSettings {
  AUTH_MODE: AuthMode;
  JWT_JWKS_URL?: string | undefined;
  JWT_JWKS_FILE?: JSONWebKeySet | undefined;
  JWT_ISSUER?: string | undefined;
  JWT_AUDIENCE?: string | undefined;
  JWT_ROLES_CLAIM: string;
  JWT_ADMIN_ROLE: string;
  OWNER_SECRET?: string | undefined;
}

/** The authenticator `npm start` configures (config.ts checked that jwt mode has what it needs). */
export function authenticatorFor(config: AuthSettings): Authenticator {
  switch (config.AUTH_MODE) {
    case 'open':
      return openAuthenticator;
    case 'caller-key':
      return callerKeyAuthenticator;
    case 'jwt':
      return jwtAuthenticator({
        jwksUrl: config.JWT_JWKS_URL,
        jwks: config.JWT_JWKS_FILE,
        issuer: config.JWT_ISSUER ?? '',
        audience: config.JWT_AUDIENCE ?? '',
        rolesClaim: config.JWT_ROLES_CLAIM,
        adminRole: config.JWT_ADMIN_ROLE,
        ownerSecret: config.OWNER_SECRET,
      });
  }
}
