/**
 * Caller authentication over real HTTP and WebSocket on 127.0.0.1, with real signed tokens of a
 * local identity provider: `jwt` mode accepts the provider's valid tokens and refuses every other
 * credential with 401 before any upstream call, on every transport; `caller-key` mode refuses a
 * request without a key; start-up refuses to listen beyond loopback on the server's key unless a
 * mode is chosen.
 */
import { createClient as createSseClient } from 'graphql-sse';
import { SignJWT, base64url, generateKeyPair } from 'jose';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticatorFor, callerKeyAuthenticator, jwtAuthenticator } from '../../src/auth/authenticate.js';
import { ConfigError, loadFacadeConfig } from '../../src/config.js';
import { gqlClient, startFacade, startHarness } from '../helpers/harness.js';
import type { FacadeHandle, Harness } from '../helpers/harness.js';
import { spawnFacadeProcess } from '../helpers/facade-process.js';
import { subscribe } from '../helpers/sse-client.js';
import { graphql } from '../graphql/generated/gql.js';
import { ADMIN_ROLE, AUDIENCE, ISSUER, startIdentityProvider } from './identity-provider.js';
import type { IdentityProvider } from './identity-provider.js';

const VIEWER = graphql(`query AuthViewer { viewer { kind issuer subject isAdmin } }`);
const FOLLOW_RUN = graphql(`subscription AuthFollowRun($id: ID!) { run(id: $id) { id status } }`);

let idp: IdentityProvider;
let harness: Harness;

beforeAll(async () => {
  idp = await startIdentityProvider();
  harness = await startHarness({
    client: { apiKey: 'sk-server-JWT' },
    facade: { auth: jwtAuthenticator({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', adminRole: ADMIN_ROLE }) },
  });
});
afterAll(async () => {
  await harness.close();
  await idp.close();
});

/** A POST with exactly this Authorization header (or none). */
async function postWith(authorization: string | null): Promise<{ status: number; challenge: string | null; body: { errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${harness.facadeUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
    body: JSON.stringify({ query: '{ viewer { subject } }' }),
  });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.json()) as never };
}

/** A token with its payload changed after signing. */
function tampered(token: string, change: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
  return [header, base64url.encode(JSON.stringify({ ...claims, ...change })), signature].join('.');
}

describe('jwt mode', () => {
  it('accepts a valid token of the provider: the caller is the user, verified once and then remembered', async () => {
    const token = await idp.token('alice', { claims: { roles: [ADMIN_ROLE] } });
    harness.v1Server.stats.reset();
    const first = await harness.gql(VIEWER, {}, { apiKey: token });
    const again = await harness.gql(VIEWER, {}, { apiKey: token });
    expect(first.data?.viewer).toEqual({ kind: 'USER', issuer: ISSUER, subject: 'alice', isAdmin: true });
    expect(again.data?.viewer).toEqual(first.data?.viewer);
    expect(harness.upstreamRequests()).toHaveLength(0);
  });

  it('reads roles from a space-separated claim too, and a user without the role is no admin', async () => {
    const admin = await harness.gql(VIEWER, {}, { apiKey: await idp.token('scoped', { claims: { roles: `read ${ADMIN_ROLE}` } }) });
    const plain = await harness.gql(VIEWER, {}, { apiKey: await idp.token('plain') });
    expect(admin.data?.viewer.isAdmin).toBe(true);
    expect(plain.data?.viewer.isAdmin).toBe(false);
  });

  it('allows up to 60 s of clock skew on exp and nbf', async () => {
    const justExpired = await harness.gql(VIEWER, {}, { apiKey: await idp.token('skewed', { expiresIn: -30 }) });
    const almostValid = await harness.gql(VIEWER, {}, { apiKey: await idp.token('early', { notBefore: 30 }) });
    expect(justExpired.data?.viewer.subject).toBe('skewed');
    expect(almostValid.data?.viewer.subject).toBe('early');
  });

  it('refuses a request without a token with 401, a Bearer challenge and UNAUTHENTICATED', async () => {
    harness.v1Server.stats.reset();
    const answer = await postWith(null);
    expect(answer.status).toBe(401);
    expect(answer.challenge).toBe('Bearer realm="graphql"');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(harness.upstreamRequests()).toHaveLength(0);
  });

  const BAD_TOKENS: [string, () => Promise<string>][] = [
    ['an expired token', () => idp.token('alice', { expiresIn: -120 })],
    ['a token not valid yet', () => idp.token('alice', { notBefore: 120 })],
    ['a token of another issuer', () => idp.token('alice', { issuer: 'https://evil.example' })],
    ['a token for another audience', () => idp.token('alice', { audience: 'another-app' })],
    [
      'an unsigned token (alg: none)',
      async () => {
        const now = Math.floor(Date.now() / 1000);
        const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
        const payload = base64url.encode(JSON.stringify({ sub: 'alice', iss: ISSUER, aud: AUDIENCE, exp: now + 600 }));
        return `${header}.${payload}.`;
      },
    ],
    [
      'a token signed HS256 with the public key as the secret',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256', kid: 'test-key-1' })
          .setSubject('alice')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('10m')
          .sign(new TextEncoder().encode(JSON.stringify(idp.publicJwk))),
    ],
    ['a tampered token (another subject, the same signature)', async () => tampered(await idp.token('bob'), { sub: 'alice' })],
    ['a token signed by another key with the same key id', async () => idp.token('alice', { key: (await generateKeyPair('RS256')).privateKey })],
    ['something that is no JWT', async () => 'sk-not-a-jwt'],
  ];

  it.each(BAD_TOKENS)('refuses %s with 401 invalid_token, before any upstream call', async (_name, make) => {
    const token = await make();
    harness.v1Server.stats.reset();
    const answer = await postWith(`Bearer ${token}`);
    expect(answer.status).toBe(401);
    expect(answer.challenge).toBe('Bearer realm="graphql", error="invalid_token"');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.body.errors?.[0]?.message).toMatch(/refused|Bearer/);
    expect(harness.upstreamRequests()).toHaveLength(0);
  });

  it('refuses a tampered copy of a token it already accepted (the remembered token is the exact string)', async () => {
    const token = await idp.token('carol');
    expect((await harness.gql(VIEWER, {}, { apiKey: token })).data?.viewer.subject).toBe('carol');
    expect((await postWith(`Bearer ${tampered(token, { sub: 'dave' })}`)).status).toBe(401);
  });

  it('refuses an Authorization header that is not Bearer', async () => {
    const answer = await postWith('Basic YWxpY2U6c2VjcmV0');
    expect(answer.status).toBe(401);
    expect(answer.challenge).toContain('invalid_token');
  });
});

describe('jwt mode on every transport', () => {
  it('GET /graphql without a token: 401', async () => {
    const response = await fetch(`${harness.facadeUrl}/graphql?query=${encodeURIComponent('{ viewer { subject } }')}`, {
      headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="graphql"');
  });

  it('GET /graphql with a token: answered', async () => {
    const response = await fetch(`${harness.facadeUrl}/graphql?query=${encodeURIComponent('{ viewer { subject } }')}`, {
      headers: { authorization: `Bearer ${await idp.token('getter')}`, accept: 'application/json' },
    });
    expect(await response.json()).toEqual({ data: { viewer: { subject: 'getter' } } });
  });

  it('SSE (distinct connections) with an expired token: 401 before the stream starts', async () => {
    const stream = subscribe(harness.facadeUrl, FOLLOW_RUN, { id: 'x' }, { apiKey: await idp.token('alice', { expiresIn: -120 }) });
    expect(await stream.status()).toBe(401);
  });

  it('SSE (single connection): the reservation PUT without a token is refused with 401', async () => {
    const response = await fetch(`${harness.facadeUrl}/graphql`, { method: 'PUT' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('SSE (single connection): a client with a valid token runs an operation over its stream', async () => {
    const client = createSseClient({
      url: `${harness.facadeUrl}/graphql`,
      singleConnection: true,
      headers: { authorization: `Bearer ${await idp.token('streamer')}` },
      retryAttempts: 0,
    });
    const result = await new Promise<unknown>((resolve, reject) => {
      let last: unknown;
      client.subscribe({ query: '{ viewer { subject } }' }, { next: (value) => (last = value), error: reject, complete: () => resolve(last) });
    });
    client.dispose();
    expect(result).toEqual({ data: { viewer: { subject: 'streamer' } } });
  });

  it('graphql-ws: connection_init without a token closes the socket with 4401', async () => {
    const socket = new WebSocket(`${harness.facadeUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    const [code, reason] = await new Promise<[number, string]>((resolve) => socket.once('close', (closeCode, closeReason) => resolve([closeCode, closeReason.toString()])));
    expect(code).toBe(4401);
    expect(reason).toContain('Bearer');
  });

  it('graphql-ws: a bad token in connectionParams closes with 4401; a good one is acknowledged', async () => {
    const connect = async (authorization: string): Promise<{ type?: string; code?: number }> => {
      const socket = new WebSocket(`${harness.facadeUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
      const outcome = await new Promise<{ type?: string; code?: number }>((resolve) => {
        socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()) as { type: string }));
        socket.once('close', (code) => resolve({ code }));
      });
      socket.close();
      return outcome;
    };
    expect(await connect(`Bearer ${tampered(await idp.token('bob'), { sub: 'alice' })}`)).toEqual({ code: 4401 });
    expect(await connect(`Bearer ${await idp.token('alice')}`)).toEqual({ type: 'connection_ack' });
  });

  it('graphql-ws: a bad Authorization header on the upgrade request is refused with 401 before the upgrade', async () => {
    const socket = new WebSocket(`${harness.facadeUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { authorization: `Bearer ${await idp.token('alice', { audience: 'another-app' })}` },
    });
    const status = await new Promise<number | undefined>((resolve) =>
      socket.once('unexpected-response', (_request, response) => {
        response.resume();
        resolve(response.statusCode);
      }),
    );
    expect(status).toBe(401);
  });

  it('the chat page’s requests follow the same rule: the page itself loads, its GraphQL calls need a token', async () => {
    expect((await fetch(`${harness.facadeUrl}/chat`)).status).toBe(200);
    const response = await fetch(`${harness.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: harness.facadeUrl },
      body: JSON.stringify({ query: '{ viewer { subject } }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('jwt mode with the key set in a file (JWT_JWKS_FILE)', () => {
  let facade: FacadeHandle;
  beforeAll(async () => {
    const config = loadFacadeConfig({ AUTH_MODE: 'jwt', JWT_JWKS_FILE: idp.jwksFile, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
    facade = await startFacade(harness.v1Server.url, { client: { apiKey: 'sk-server-FILE' }, facade: { auth: authenticatorFor(config) } });
  });
  afterAll(() => facade.close());

  it('accepts the provider’s tokens and refuses others', async () => {
    const gql = gqlClient(facade.facadeUrl, null);
    expect((await gql(VIEWER, {}, { apiKey: await idp.token('filed') })).data?.viewer.subject).toBe('filed');
    expect((await gql(VIEWER, {}, { apiKey: await idp.token('filed', { key: (await generateKeyPair('RS256')).privateKey }) })).status).toBe(401);
  });
});

describe('caller-key mode', () => {
  let keyed: Harness;
  beforeAll(async () => {
    keyed = await startHarness({ client: { apiKey: 'sk-server-NEVER' }, facade: { auth: callerKeyAuthenticator } });
  });
  afterAll(() => keyed.close());

  it('refuses a request without a key with 401 and no upstream request; never uses the server key', async () => {
    keyed.v1Server.stats.reset();
    const refused = await keyed.gql('{ assistants(first: 1) { nodes { id } } }', {}, { apiKey: null });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(keyed.upstreamRequests()).toHaveLength(0);
    const answered = await keyed.gql(VIEWER, {}, { apiKey: 'sk-caller-OWN' });
    expect(answered.data?.viewer).toEqual({ kind: 'KEY', issuer: null, subject: null, isAdmin: true });
  });
});

describe('configuration', () => {
  it('refuses to default to open beyond loopback with the server key or the embedded server', () => {
    expect(() => loadFacadeConfig({ HOST: '0.0.0.0', OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'https://api.example/v1' })).toThrow(ConfigError);
    expect(() => loadFacadeConfig({ HOST: '0.0.0.0' })).toThrow(/AUTH_MODE must be set when HOST \(0\.0\.0\.0\) is not loopback/);
    expect(loadFacadeConfig({ HOST: '0.0.0.0', AUTH_MODE: 'open' }).AUTH_MODE).toBe('open');
    expect(loadFacadeConfig({ HOST: '0.0.0.0', OPENAI_BASE_URL: 'https://api.example/v1' }).AUTH_MODE).toBe('open');
    expect(loadFacadeConfig({}).AUTH_MODE).toBe('open');
  });

  it('names what jwt mode lacks', () => {
    expect(() => loadFacadeConfig({ AUTH_MODE: 'jwt', JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE })).toThrow(/JWT_JWKS_URL or JWT_JWKS_FILE must be set/);
    expect(() => loadFacadeConfig({ AUTH_MODE: 'jwt', JWT_JWKS_URL: 'http://127.0.0.1:1/jwks', JWT_AUDIENCE: AUDIENCE })).toThrow(/JWT_ISSUER must be set/);
    expect(() => loadFacadeConfig({ AUTH_MODE: 'jwt', JWT_JWKS_FILE: '/nonexistent/jwks.json', JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE })).toThrow(/JWT_JWKS_FILE could not be read/);
    expect(() => loadFacadeConfig({ AUTH_MODE: 'password' })).toThrow(/AUTH_MODE must be one of open, caller-key, jwt/);
  });

  it('npm start on 0.0.0.0 with nothing else configured refuses to start, in one line naming AUTH_MODE', async () => {
    await expect(spawnFacadeProcess({ HOST: '0.0.0.0', DATABASE_URL: ':memory:' })).rejects.toThrow(/exited \(1\)[\s\S]*Invalid configuration: AUTH_MODE must be set/);
  });
});
