/**
 * What only the SQLite store does, beyond the contract every store passes (`store-contract.ts`): its
 * one lock (operations outside wait for an open transaction), its files, schema version and URLs.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, describeDatabaseUrl, openSqliteStore, openStore, ROOT } from '../../src/v1-server/store/index.js';
import type { Store } from '../../src/v1-server/store/index.js';
import { assistant, deferred, ids, message, run, SCOPE, thread, THREAD } from './store-contract.js';

const stores: Store[] = [];
/** A fresh in-memory store, closed after the test. */
function memoryStore(): Store {
  const store = createMemoryStore();
  stores.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

const directories: string[] = [];
function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
  directories.push(directory);
  return directory;
}

afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

describe('sqlite store transactions', () => {
  const tick = () => new Promise((done) => setTimeout(done, 20));

  it('makes operations outside wait for the open transaction, so they never see its uncommitted writes', async () => {
    const store = memoryStore();
    await store.assistants.put(SCOPE, ROOT, 'a', assistant('a', 1, 1));
    const inside = deferred();
    const proceed = deferred();
    const transaction = store.transaction(async (tx) => {
      await tx.assistants.put(SCOPE, ROOT, 'a', assistant('a', 1, 2));
      await tx.assistants.put(SCOPE, ROOT, 'b', assistant('b', 2));
      inside.resolve();
      await proceed.promise;
      return 'committed';
    });
    await inside.promise;
    const events: string[] = [];
    const read = store.assistants.get(SCOPE, ROOT, 'a').then((value) => {
      events.push(`read v${value?.metadata?.['version']}`);
      return value;
    });
    const listed = store.assistants.list(SCOPE, ROOT).then((values) => values.map((value) => value.id));
    const next = store.transaction(async (tx) => {
      events.push('next transaction');
      return tx.assistants.get(SCOPE, ROOT, 'b');
    });
    await tick();
    expect(events).toEqual([]);
    proceed.resolve();
    expect(await transaction).toBe('committed');
    expect(await read).toEqual(assistant('a', 1, 2));
    expect(await listed).toEqual(['a', 'b']);
    expect(await next).toEqual(assistant('b', 2));
    expect(events).toEqual(['read v2', 'next transaction']);
  });

  it('makes operations outside wait for a transaction that rolls back, and they see the old state', async () => {
    const store = memoryStore();
    await store.assistants.put(SCOPE, ROOT, 'a', assistant('a', 1, 1));
    const inside = deferred();
    const proceed = deferred();
    const transaction = store.transaction(async (tx) => {
      await tx.assistants.put(SCOPE, ROOT, 'a', assistant('a', 1, 2));
      await tx.assistants.delete(SCOPE, ROOT, 'a');
      inside.resolve();
      await proceed.promise;
      throw new Error('changed my mind');
    });
    await inside.promise;
    const read = store.assistants.get(SCOPE, ROOT, 'a');
    await tick();
    proceed.resolve();
    await expect(transaction).rejects.toThrow('changed my mind');
    expect(await read).toEqual(assistant('a', 1, 1));
  });

  it('closes after the open transaction, and refuses operations once closed', async () => {
    const store = createMemoryStore();
    const proceed = deferred();
    const transaction = store.transaction(async (tx) => {
      await proceed.promise;
      await tx.threads.put(SCOPE, ROOT, 't', thread('t', 1));
    });
    const closed = store.close();
    proceed.resolve();
    await transaction;
    await closed;
    await expect(store.threads.get(SCOPE, ROOT, 't')).rejects.toThrow(/closed/);
    await store.close();
  });
});

describe('sqlite store files', () => {
  it('keeps objects and their order across close and reopen, in WAL mode with a schema version', async () => {
    const directory = temporaryDirectory();
    const file = join(directory, 'nested', 'deeper', 'store.db');
    const first = openSqliteStore(file);
    await first.messages.put(SCOPE, THREAD, 'm1', message('m1', 5, 'run_1'));
    await first.messages.put(SCOPE, THREAD, 'm2', message('m2', 5));
    await first.runs.put(SCOPE, THREAD, 'r1', run('r1', 4, 'in_progress'));
    await first.messages.put(SCOPE, THREAD, 'm1', message('m1', 5, 'run_1', 2));
    await first.close();

    const second = openSqliteStore(file);
    await second.messages.put(SCOPE, THREAD, 'm3', message('m3', 5));
    expect(await second.messages.list(SCOPE, THREAD)).toEqual([message('m1', 5, 'run_1', 2), message('m2', 5), message('m3', 5)]);
    expect(ids(await second.messages.page(SCOPE, THREAD, { limit: 2, order: 'desc', after: 'm3' }))).toEqual(['m2', 'm1']);
    expect(await second.messages.listByRun(SCOPE, THREAD, 'run_1')).toEqual([message('m1', 5, 'run_1', 2)]);
    expect(await second.runs.everyWithStatus(['in_progress'])).toEqual([{ scope: SCOPE, run: run('r1', 4, 'in_progress') }]);
    await second.close();

    const raw = new DatabaseSync(file);
    try {
      expect(raw.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
      expect(raw.prepare('PRAGMA user_version').get()?.['user_version']).toBeGreaterThanOrEqual(1);
    } finally {
      raw.close();
    }
  });

  it('refuses a database whose schema version is newer than the code', async () => {
    const file = join(temporaryDirectory(), 'future.db');
    await openSqliteStore(file).close();
    const raw = new DatabaseSync(file);
    raw.exec('PRAGMA user_version = 9999');
    raw.close();
    expect(() => openSqliteStore(file)).toThrow(/schema version 9999, newer than this server knows/);
  });

  it('opens the database URLs it accepts', async () => {
    const directory = temporaryDirectory();
    const memory = await openStore(':memory:');
    await memory.threads.put(SCOPE, ROOT, 't', thread('t', 1));
    expect(await memory.threads.get(SCOPE, ROOT, 't')).toEqual(thread('t', 1));
    await memory.close();

    const absolute = join(directory, 'absolute.db');
    const relativePath = join(directory, 'dir', 'relative.db');
    const viaUrl = join(directory, 'url.db');
    for (const [url, file] of [
      [`file:${absolute}`, absolute],
      [`file:${relative(process.cwd(), relativePath)}`, relativePath],
      [pathToFileURL(viaUrl).href, viaUrl],
    ] as const) {
      const store = await openStore(url);
      await store.threads.put(SCOPE, ROOT, 't', thread('t', 1));
      await store.close();
      const reopened = openSqliteStore(file);
      expect(await reopened.threads.get(SCOPE, ROOT, 't'), url).toEqual(thread('t', 1));
      await reopened.close();
    }
  });

  it('rejects other database URLs, naming the accepted forms without echoing the URL', async () => {
    const rejected = ['', 'memory', 'file:', 'file://', 'file://elsewhere/x.db', 'sqlite:x.db', 'mysql://user:secret@host/db'];
    for (const url of rejected) {
      const error = await openStore(url).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error, url).toBeInstanceOf(Error);
      expect(String(error), url).toMatch(/^Error: Unsupported database URL.*':memory:'.*'file:PATH'/);
      expect(String(error), url).not.toMatch(/secret/);
    }
  });

  it('describes a database URL for logs without its password', () => {
    expect(describeDatabaseUrl('postgres://app:s3cret@db.example:5432/assistants?sslmode=require')).toBe(
      'postgres://app:***@db.example:5432/assistants?sslmode=require',
    );
    expect(describeDatabaseUrl('postgresql://db.example/assistants?password=s3cret')).toBe('postgresql://db.example/assistants?password=***');
    expect(describeDatabaseUrl('postgres://app:s3cret@[broken')).toBe('postgres:(unparsable URL)');
    expect(describeDatabaseUrl('file:./data/assistants.sqlite')).toBe('file:./data/assistants.sqlite');
    expect(describeDatabaseUrl(':memory:')).toBe(':memory:');
  });

  it('creates a missing parent directory and opens an existing one', async () => {
    const directory = temporaryDirectory();
    mkdirSync(join(directory, 'exists'));
    for (const file of [join(directory, 'exists', 'a.db'), join(directory, 'missing', 'b.db')]) {
      const store = openSqliteStore(file);
      await store.close();
    }
  });
});
