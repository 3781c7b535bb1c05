/**
 * The built-in server's API keys: `npm run keys` end to end against `npm run v1-server` (both child
 * processes on one SQLite file), the start-up refusal beyond loopback, and in process the internal
 * key of `npm start` and the pace of "last used" writes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../../src/v1-server/index.js';
import { ROOT } from '../../src/v1-server/store/store.js';
import type { ListPage, Thread } from '../../src/v1/schemas.js';
import { runKeys, spawnV1Server } from '../helpers/v1-server-process.js';
import type { SpawnedV1Server } from '../helpers/v1-server-process.js';
import { client, errorOf, startTestV1Server } from './helpers.js';

const directory = mkdtempSync(path.join(tmpdir(), 'assistants-keys-'));
let databases = 0;
/** A fresh database file for one test. */
function freshDatabase(): { DATABASE_URL: string } {
  databases += 1;
  return { DATABASE_URL: `file:${path.join(directory, `keys-${databases}.sqlite`)}` };
}

const KEY_PATTERN = /sk-[A-Za-z0-9_-]{48}/g;

async function createKey(name: string, env: { DATABASE_URL: string }): Promise<string> {
  const created = await runKeys(['create', name], env);
  expect(created).toMatchObject({ code: 0, stderr: '' });
  const keys = created.stdout.match(KEY_PATTERN) ?? [];
  expect(keys).toHaveLength(1);
  return keys[0] ?? '';
}

/** The `list` row of a key, as its cells. */
async function listed(name: string, env: { DATABASE_URL: string }): Promise<string[] | undefined> {
  const list = await runKeys(['list'], env);
  expect(list.code).toBe(0);
  return list.stdout
    .split('\n')
    .map((line) => line.split(/\s{2,}/))
    .find((cells) => cells[0] === name);
}

describe('npm run keys with npm run v1-server', () => {
  const env = freshDatabase();
  let server: SpawnedV1Server | undefined;
  let alice = '';

  beforeAll(async () => {
    alice = await createKey('alice', env);
    server = await spawnV1Server(env);
  });
  afterAll(async () => {
    await server?.kill();
  });

  const api = (key: string) => client(server?.url ?? '', key);

  it('lists a new key with its dates, never the key or its hash', async () => {
    const list = await runKeys(['list'], env);
    expect(list.stdout).toMatch(/^NAME\s+CREATED\s+LAST USED\s+REVOKED\n/);
    expect(list.stdout).not.toContain(alice);
    expect(list.stdout).not.toContain(scopeOf(alice));
    expect(list.stdout).not.toMatch(KEY_PATTERN);
    const [, created, lastUsed, revoked] = (await listed('alice', env)) ?? [];
    expect(Math.abs(Date.parse(created ?? '') - Date.now())).toBeLessThan(60_000);
    expect([lastUsed, revoked]).toEqual(['never', '-']);
  });

  it('serves a stored key, and then lists when it was used', async () => {
    const thread = await api(alice).post<Thread>('/threads', { metadata: { by: 'alice' } });
    expect(thread.status).toBe(200);
    const [, , lastUsed] = (await listed('alice', env)) ?? [];
    expect(Math.abs(Date.parse(lastUsed ?? '') - Date.now())).toBeLessThan(60_000);
  });

  it('refuses any key not stored once one is, with 401 invalid_api_key', async () => {
    for (const key of ['sk-someone-else-1234567890', 'sk-emulator-local']) {
      const refused = await api(key).get('/assistants');
      expect(refused.status).toBe(401);
      expect(errorOf(refused)).toMatchObject({ type: 'invalid_request_error', code: 'invalid_api_key' });
      expect(errorOf(refused).message).not.toContain(key);
    }
    expect((await api('').call('GET', '/assistants', { bareHeaders: true, headers: { 'openai-beta': 'assistants=v1' } })).status).toBe(401);
  });

  it("gives a second key its own empty scope, created while the server runs", async () => {
    const bob = await createKey('bob', env);
    expect(bob).not.toBe(alice);
    expect((await api(bob).get<ListPage<Thread>>('/threads')).body.data).toEqual([]);
    expect((await api(alice).get<ListPage<Thread>>('/threads')).body.data).toHaveLength(1);
  });

  it('refuses a key once it is revoked; the name stays taken', async () => {
    const revoked = await runKeys(['revoke', 'alice'], env);
    expect(revoked).toMatchObject({ code: 0, stdout: "Revoked key 'alice'.\n" });
    const refused = await api(alice).get('/threads');
    expect(refused.status).toBe(401);
    expect(errorOf(refused).code).toBe('invalid_api_key');
    const [, , , revokedAt] = (await listed('alice', env)) ?? [];
    expect(Math.abs(Date.parse(revokedAt ?? '') - Date.now())).toBeLessThan(60_000);
    const again = await runKeys(['create', 'alice'], env);
    expect(again.code).toBe(1);
  });
});

describe('npm run keys errors', () => {
  const env = freshDatabase();

  it('prints one line and exits 1 for a taken name, an unknown name and bad usage', async () => {
    await createKey('ci', env);
    const cases: Array<[string[], RegExp]> = [
      [['create', 'ci'], /^A key named 'ci' already exists\.\n$/],
      [['revoke', 'nobody'], /^No unrevoked key named 'nobody'\.\n$/],
      [['create', 'two words'], /^Invalid key name 'two words'/],
      [['create'], /^Usage: npm run keys -- create NAME \| list \| revoke NAME\n$/],
      [['rotate', 'ci'], /^Usage: /],
      [[], /^Usage: /],
    ];
    for (const [args, stderr] of cases) {
      const outcome = await runKeys(args, env);
      expect(outcome.code, args.join(' ')).toBe(1);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toMatch(stderr);
      expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('npm run v1-server beyond loopback', () => {
  it('refuses to start with no key stored, in one line', async () => {
    const started = spawnV1Server({ ...freshDatabase(), V1_SERVER_HOST: '0.0.0.0' });
    await expect(started).rejects.toThrow(
      /exited \(1\) before listening:\nRefusing to listen on 0\.0\.0\.0: .* Create one with npm run keys -- create NAME\.\n$/,
    );
  });

  it('starts once a key is stored, and serves only that key', async () => {
    const env = freshDatabase();
    const key = await createKey('remote', env);
    const server = await spawnV1Server({ ...env, V1_SERVER_HOST: '0.0.0.0' });
    try {
      expect((await client(server.url, key).get('/assistants')).status).toBe(200);
      expect((await client(server.url, 'sk-anything-else-123456').get('/assistants')).status).toBe(401);
    } finally {
      await server.kill();
    }
  });
});

describe('keys in process', () => {
  let now = Date.UTC(2026, 0, 1);
  const stored = 'sk-stored-key-for-tests';
  const internal = 'sk-internal-random-key';

  it("accepts npm start's internal key beside stored keys, in the embedded server's former scope", async () => {
    const t = await startTestV1Server({ internalKey: internal, clock: () => now });
    try {
      await t.events.store.keys.add('stored', scopeOf(stored), 0);
      const thread = await t.api(internal).post<Thread>('/threads');
      expect(thread.status).toBe(200);
      expect(await t.events.store.threads.get(scopeOf('sk-emulator-local'), ROOT, thread.body.id)).toMatchObject({ id: thread.body.id });
      expect((await t.api(stored).get<ListPage<Thread>>('/threads')).body.data).toEqual([]);
    } finally {
      await t.v1Server.close();
    }
  });

  it('writes "last used" at most once a minute per key', async () => {
    const t = await startTestV1Server({ clock: () => now });
    try {
      await t.events.store.keys.add('stored', scopeOf(stored), 0);
      const lastUsed = async () => (await t.events.store.keys.findActive(scopeOf(stored)))?.lastUsedAt;
      const start = now / 1000;
      await t.api(stored).get('/assistants');
      expect(await lastUsed()).toBe(start);
      now += 59_000;
      await t.api(stored).get('/assistants');
      expect(await lastUsed()).toBe(start);
      now += 1_000;
      await t.api(stored).get('/assistants');
      expect(await lastUsed()).toBe(start + 60);
    } finally {
      await t.v1Server.close();
    }
  });

  it('accepts any key but sk-invalid… while none is stored', async () => {
    const t = await startTestV1Server();
    try {
      expect((await t.api('sk-whatever').get('/assistants')).status).toBe(200);
      expect(errorOf(await t.api('sk-invalid-0123456789').get('/assistants')).code).toBe('invalid_api_key');
    } finally {
      await t.v1Server.close();
    }
  });
});
