/**
 * What only the PostgreSQL store does, beyond the contract every store passes (`store-contract.ts`):
 * its schema version, migrations by instances starting together, its bounded pool, a thread's one
 * active run under concurrent creation through two servers, runs' own transactions side by side, and errors that never show the URL's
 * password. On a cluster the test starts; skipped, saying why, without one.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { SCHEMA_VERSION } from '../../src/v1-server/store/postgres.js';
import { openStore, ROOT } from '../../src/v1-server/store/index.js';
import type { Store } from '../../src/v1-server/store/index.js';
import { findPostgresBin, POSTGRES_MISSING, startPostgres } from '../helpers/postgres.js';
import type { PostgresCluster } from '../helpers/postgres.js';
import type { Assistant, ListPage, Run, Thread } from '../../src/v1/schemas.js';
import { startTestV1Server } from './helpers.js';
import { deferred, message, SCOPE, thread } from './store-contract.js';

const bin = findPostgresBin();

async function rejection(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => String(error),
  );
}

describe.skipIf(bin === undefined)(bin === undefined ? `PostgreSQL store: skipped, ${POSTGRES_MISSING}` : 'PostgreSQL store', () => {
  let cluster: PostgresCluster | undefined;
  const stores: Store[] = [];

  async function database(): Promise<string> {
    if (!cluster) throw new Error('The PostgreSQL cluster did not start.');
    return cluster.createDatabase();
  }

  async function open(url: string, poolSize?: number): Promise<Store> {
    const store = await openStore(url, { poolSize });
    stores.push(store);
    return store;
  }

  beforeAll(async () => {
    if (bin !== undefined) cluster = await startPostgres(bin);
  }, 60_000);
  afterAll(async () => {
    for (const store of stores) await store.close();
    await cluster?.stop();
  });

  it('keeps its objects across instances and reopening, migrating once when instances start together', async () => {
    const url = await database();
    const [first, second, third] = await Promise.all([open(url), open(url), open(url)]);
    await first?.threads.put(SCOPE, ROOT, 't', thread('t', 1));
    expect(await second?.threads.get(SCOPE, ROOT, 't')).toEqual(thread('t', 1));
    await third?.close();
    const reopened = await open(url);
    expect(await reopened.threads.list(SCOPE, ROOT)).toEqual([thread('t', 1)]);
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    try {
      expect((await raw.query('SELECT version FROM store_schema')).rows).toEqual([{ version: SCHEMA_VERSION }]);
    } finally {
      await raw.end();
    }
  });

  it('refuses a database whose schema version is newer than the code', async () => {
    const url = await database();
    await (await openStore(url)).close();
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    await raw.query('UPDATE store_schema SET version = 9999');
    await raw.end();
    expect(await rejection(openStore(url))).toMatch(/schema version 9999, newer than this server knows/);
  });

  it('opens at most DATABASE_POOL_SIZE connections: further transactions wait for one', async () => {
    const store = await open(await database(), 2);
    const release = deferred();
    let running = 0;
    let most = 0;
    const twoRunning = deferred();
    const hold = () =>
      store.transaction(async (tx) => {
        running += 1;
        most = Math.max(most, running);
        if (running === 2) twoRunning.resolve();
        await tx.threads.get(SCOPE, ROOT, 't');
        await release.promise;
        running -= 1;
      });
    const transactions = Array.from({ length: 5 }, hold);
    await twoRunning.promise;
    release.resolve();
    await Promise.all(transactions);
    expect(most).toBe(2);
  });

  it("keeps a thread's one active run when two servers on the database create runs on it at once", async () => {
    const url = await database();
    // Runs stay queued: only the creation is under test.
    const servers = [await startTestV1Server({ store: await open(url), stepDelayMs: 3_600_000 }), await startTestV1Server({ store: await open(url), stepDelayMs: 3_600_000 })];
    try {
      const [first, second] = servers.map((server) => server.api());
      if (!first || !second) throw new Error('Two servers were started.');
      const assistant = (await first.post<Assistant>('/assistants', { model: 'gpt-4' })).body;
      const thread = (await second.post<Thread>('/threads', {})).body;
      const attempts = await Promise.all(
        Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? first : second).post<Run>(`/threads/${thread.id}/runs`, { assistant_id: assistant.id })),
      );
      expect(attempts.map((attempt) => attempt.status).sort()).toEqual([200, ...Array<number>(11).fill(400)]);
      const runs = (await first.get<ListPage<Run>>(`/threads/${thread.id}/runs`)).body.data;
      expect(runs.map((run) => run.status)).toEqual(['queued']);
    } finally {
      for (const server of servers) await server.v1Server.close();
    }
  });

  it("runs two runs' transactions side by side, neither run again, even where each reads what the other writes", async () => {
    const store = await open(await database());
    let attempts = 0;
    /** Inside its work, each transaction waits for the other to be inside its own: one run at a time never gets there. */
    const inside = { r1: deferred(), r2: deferred() };
    const change = (runId: 'r1' | 'r2', other: 'r1' | 'r2') =>
      store.runTransaction({ scope: SCOPE, threadId: 't', runId }, async (tx) => {
        attempts += 1;
        await tx.messages.list(SCOPE, 't');
        inside[runId].resolve();
        const met = await Promise.race([inside[other].promise.then(() => 'met'), sleep(5_000).then(() => 'alone')]);
        await tx.messages.put(SCOPE, 't', `m_${runId}`, message(`m_${runId}`, 1, runId));
        return met;
      });
    expect(await Promise.all([change('r1', 'r2'), change('r2', 'r1')])).toEqual(['met', 'met']);
    // Tracking every read, as `transaction` does, would have aborted one of them and run it again.
    expect(attempts).toBe(2);
    expect((await store.messages.list(SCOPE, 't')).map((written) => written.id)).toEqual(['m_r1', 'm_r2']);
  });

  it('never shows the password of its URL in an error', async () => {
    const message = await rejection(openStore('postgres://app:s3cret-Pa55@127.0.0.1:1/assistants'));
    expect(message).not.toBe('resolved');
    expect(message).not.toContain('s3cret-Pa55');
  });
});
