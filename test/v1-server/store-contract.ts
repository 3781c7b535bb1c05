/**
 * The store contract (`src/v1-server/store/store.ts`), as one suite every store passes: tables, list
 * order, pages and transactions. `describeStoreContract` runs it over a factory of fresh, empty
 * stores; what only one store does (SQLite's files, its lock) is tested in that store's own file.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { CursorNotFoundError, ROOT } from '../../src/v1-server/store/index.js';
import type {
  FileChunkTable,
  FileContentTable,
  FileObject,
  IndexedText,
  Store,
  Page,
  PageQuery,
  StoreTables,
  Table,
} from '../../src/v1-server/store/index.js';
import type { Assistant, AssistantFile, Message, MessageFile, Run, RunStep, Thread, Usage } from '../../src/v1/schemas.js';

export const SCOPE = 'scope-a';
export const OTHER_SCOPE = 'scope-b';
export const THREAD = 'thread_1';

export function assistant(id: string, created_at: number, version = 1): Assistant {
  const metadata = { version: String(version) };
  return { id, object: 'assistant', created_at, model: 'm', name: null, tools: [], file_ids: [], metadata };
}

export function thread(id: string, created_at: number, version = 1): Thread {
  return { id, object: 'thread', created_at, metadata: { version: String(version) } };
}

export function message(id: string, created_at: number, runId: string | null = null, version = 1): Message {
  return {
    id,
    object: 'thread.message',
    created_at,
    thread_id: THREAD,
    status: 'completed',
    role: runId === null ? 'user' : 'assistant',
    content: [{ type: 'text', text: { value: `${id} v${version}`, annotations: [] } }],
    assistant_id: null,
    run_id: runId,
    file_ids: [],
    metadata: {},
  };
}

export function run(id: string, created_at: number, status = 'queued', version = 1): Run {
  return {
    id,
    object: 'thread.run',
    created_at,
    thread_id: THREAD,
    assistant_id: 'asst_1',
    status,
    tools: [],
    file_ids: [],
    metadata: { version: String(version) },
  };
}

function step(id: string, created_at: number, version = 1): RunStep {
  return {
    id,
    object: 'thread.run.step',
    created_at,
    assistant_id: 'asst_1',
    thread_id: THREAD,
    run_id: 'run_1',
    type: 'message_creation',
    status: 'completed',
    step_details: { type: 'message_creation', message_creation: { message_id: 'msg_1' } },
    metadata: { version: String(version) },
  };
}

function assistantFile(id: string, created_at: number, version = 1): AssistantFile {
  return { id, object: 'assistant.file', created_at, assistant_id: `asst_v${version}` };
}

function file(id: string, created_at: number, version = 1): FileObject {
  return { id, object: 'file', bytes: version, created_at, filename: 'a.txt', purpose: 'assistants', status: 'processed', status_details: null };
}

/** Pieces read back by number, kept per file and scope, and deleted with their file's. */
async function exerciseContents(contents: FileContentTable): Promise<void> {
  await contents.append(SCOPE, 'file-a', 0, Buffer.from('ab'));
  await contents.append(SCOPE, 'file-a', 1, Buffer.from('c'));
  await contents.append(SCOPE, 'file-b', 0, Buffer.from('x'));
  await contents.append('other-scope', 'file-a', 0, Buffer.from('y'));
  expect(Buffer.from((await contents.piece(SCOPE, 'file-a', 0)) ?? []).toString()).toBe('ab');
  expect(Buffer.from((await contents.piece(SCOPE, 'file-a', 1)) ?? []).toString()).toBe('c');
  expect(await contents.piece(SCOPE, 'file-a', 2)).toBeUndefined();
  await contents.deleteAll(SCOPE, 'file-a');
  expect(await contents.piece(SCOPE, 'file-a', 0)).toBeUndefined();
  expect(Buffer.from((await contents.piece(SCOPE, 'file-b', 0)) ?? []).toString()).toBe('x');
  expect(Buffer.from((await contents.piece('other-scope', 'file-a', 0)) ?? []).toString()).toBe('y');
}

/** Chunks of `text` cut at every `size` characters, without overlap. */
function chunksOf(text: string, size: number): IndexedText {
  const chunks = [];
  for (let start = 0; start < text.length; start += size) {
    chunks.push({ index: chunks.length, start, text: text.slice(start, start + size), tokens: 1 });
  }
  return { tokens: chunks.length, chunks };
}

async function exerciseChunks(chunks: FileChunkTable): Promise<void> {
  await chunks.add(SCOPE, 'file-a', chunksOf('alpha beta. gamma delta. ', 12));
  await chunks.add(SCOPE, 'file-b', { tokens: 2, chunks: [{ index: 0, start: 0, text: 'Gamma rays', tokens: 2 }] });
  await chunks.add(OTHER_SCOPE, 'file-a', { tokens: 1, chunks: [{ index: 0, start: 0, text: 'gamma', tokens: 1 }] });
  expect(await chunks.list(SCOPE, 'file-a')).toEqual([
    { index: 0, start: 0, text: 'alpha beta. ', tokens: 1 },
    { index: 1, start: 12, text: 'gamma delta.', tokens: 1 },
    { index: 2, start: 24, text: ' ', tokens: 1 },
  ]);
  expect(await chunks.list(SCOPE, 'file-a', 1)).toHaveLength(1);
  expect(await chunks.tokens(SCOPE, 'file-a')).toBe(3);
  expect(await chunks.tokens(SCOPE, 'file-c')).toBeUndefined();
  const found = await chunks.search(SCOPE, ['file-a', 'file-b'], 'GAMMA', 10);
  expect(found.map((hit) => [hit.fileId, hit.index]).sort()).toEqual([['file-a', 1], ['file-b', 0]]);
  expect(await chunks.search(SCOPE, ['file-b'], 'delta', 10)).toEqual([]);
  await chunks.deleteAll(SCOPE, 'file-a');
  expect(await chunks.list(SCOPE, 'file-a')).toEqual([]);
  expect(await chunks.tokens(SCOPE, 'file-a')).toBeUndefined();
  expect(await chunks.search(SCOPE, ['file-a', 'file-b'], 'gamma', 10)).toMatchObject([{ fileId: 'file-b', index: 0, text: 'Gamma rays' }]);
  expect(await chunks.search(OTHER_SCOPE, ['file-a'], 'gamma', 10)).toMatchObject([{ fileId: 'file-a', text: 'gamma' }]);
}

function messageFile(id: string, created_at: number, version = 1): MessageFile {
  return { id, object: 'thread.message.file', created_at, message_id: `msg_v${version}` };
}

function usage(version: number): Usage {
  return { prompt_tokens: version, completion_tokens: 1, total_tokens: version + 1 };
}

export const ids = (page: Page<{ id: string }>) => page.data.map((item) => item.id);

/**
 * The page `PageQuery` describes, from an explicit sort of the whole list (given in insertion
 * order); a cursor that is not in the list gives the name of its parameter.
 */
function expectedPage<T extends { id: string; created_at: number }>(
  items: readonly T[],
  query: PageQuery,
): Page<T> | { param: string } {
  const ascending = items
    .map((item, inserted) => ({ item, inserted }))
    .sort((a, b) => a.item.created_at - b.item.created_at || a.inserted - b.inserted)
    .map(({ item }) => item);
  const ordered = query.order === 'asc' ? ascending : ascending.reverse();
  const indexOf = (id: string | undefined) => (id === undefined ? undefined : ordered.findIndex((item) => item.id === id));
  const after = indexOf(query.after);
  const before = indexOf(query.before);
  if (after === -1) return { param: 'after' };
  if (before === -1) return { param: 'before' };
  const window = ordered.slice(after === undefined ? 0 : after + 1, before ?? ordered.length);
  const data = query.before === undefined ? window.slice(0, query.limit) : window.slice(Math.max(0, window.length - query.limit));
  return { data, hasMore: window.length > query.limit };
}

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** get/put/delete/deleteAll/list/page of one table, whatever it holds. */
async function exercise<T extends object>(
  table: Table<T>,
  make: (id: string, createdAt: number, version?: number) => T,
): Promise<void> {
  const parent = 'parent_1';
  expect(await table.get(SCOPE, parent, 'x')).toBeUndefined();
  expect(await table.list(SCOPE, parent)).toEqual([]);

  const a = make('a', 1);
  await table.put(SCOPE, parent, 'a', a);
  await table.put(SCOPE, parent, 'b', make('b', 2));
  await table.put(SCOPE, parent, 'c', make('c', 2));
  await table.put(SCOPE, 'parent_2', 'a', make('a', 1, 7));
  expect(await table.get(SCOPE, parent, 'a')).toEqual(a);
  expect(await table.list(SCOPE, parent)).toEqual([a, make('b', 2), make('c', 2)]);

  // Copies in and out: changing a value after put, or a value got, changes nothing stored.
  Object.assign(a, { id: 'changed' });
  const got = await table.get(SCOPE, parent, 'b');
  if (got !== undefined) Object.assign(got, { id: 'changed' });
  expect(await table.get(SCOPE, parent, 'a')).toEqual(make('a', 1));
  expect(await table.get(SCOPE, parent, 'b')).toEqual(make('b', 2));

  // put of an existing id replaces it in place: b stays before c although they tie.
  await table.put(SCOPE, parent, 'b', make('b', 2, 2));
  expect(await table.get(SCOPE, parent, 'b')).toEqual(make('b', 2, 2));
  expect(await table.list(SCOPE, parent)).toEqual([make('a', 1), make('b', 2, 2), make('c', 2)]);
  expect(await table.page(SCOPE, parent, { limit: 2, order: 'desc' })).toEqual({
    data: [make('c', 2), make('b', 2, 2)],
    hasMore: true,
  });

  expect(await table.delete(SCOPE, parent, 'b')).toBe(true);
  expect(await table.delete(SCOPE, parent, 'b')).toBe(false);
  expect(await table.get(SCOPE, parent, 'b')).toBeUndefined();
  expect(await table.list(SCOPE, parent)).toEqual([make('a', 1), make('c', 2)]);

  await table.deleteAll(SCOPE, parent);
  expect(await table.list(SCOPE, parent)).toEqual([]);
  expect(await table.list(SCOPE, 'parent_2')).toEqual([make('a', 1, 7)]);
}

/** The run leases: who holds which run, until when, and how a lease is renewed, taken over and let go. */
async function exerciseLeases(tables: StoreTables): Promise<void> {
  const leases = tables.runLeases;
  const active = ['queued', 'in_progress', 'requires_action', 'cancelling'];
  await tables.runs.put(SCOPE, THREAD, 'run_a', run('run_a', 1, 'queued'));
  await tables.runs.put(OTHER_SCOPE, THREAD, 'run_b', run('run_b', 2, 'in_progress'));
  await tables.runs.put(SCOPE, THREAD, 'run_done', run('run_done', 3, 'completed'));
  const taken = async (holder: string, now: number, until: number) =>
    (await leases.claimFree(active, holder, now, until)).map((claimed) => [claimed.scope, claimed.run.id]);

  // Every active run is free at first: the first instance takes them all, oldest first.
  expect(await taken('one', 1000, 2000)).toEqual([
    [SCOPE, 'run_a'],
    [OTHER_SCOPE, 'run_b'],
  ]);
  expect(await taken('two', 1000, 2000)).toEqual([]);
  expect(await leases.claim(SCOPE, 'run_a', 'two', 1999, 5000)).toBe(false);
  // Its holder's own claim extends it.
  expect(await leases.claim(SCOPE, 'run_a', 'one', 1500, 3000)).toBe(true);
  expect(await leases.holds('run_a', 'one')).toBe(true);
  expect(await leases.holds('run_a', 'two')).toBe(false);

  // run_b's lease expired at 2000: another instance takes it, and its former holder holds it no more.
  expect(await taken('two', 2000, 4000)).toEqual([[OTHER_SCOPE, 'run_b']]);
  expect(await leases.holds('run_b', 'one')).toBe(false);
  expect(await leases.holds('run_b', 'two')).toBe(true);
  expect(await leases.renew('one', ['run_a', 'run_b'], active, 5000)).toEqual(['run_a']);
  expect(await taken('three', 3999, 6000)).toEqual([]);

  // A run that ended: renewing lets its lease go.
  await tables.runs.put(SCOPE, THREAD, 'run_a', run('run_a', 1, 'completed'));
  expect(await leases.renew('one', ['run_a'], active, 6000)).toEqual([]);
  expect(await leases.holds('run_a', 'one')).toBe(false);

  // A lease let go is free at once; letting go of another's lease changes nothing.
  expect(await leases.claim(OTHER_SCOPE, 'run_b', 'one', 2500, 9000)).toBe(false);
  await leases.release('two', ['run_b']);
  expect(await leases.claim(OTHER_SCOPE, 'run_b', 'one', 2500, 9000)).toBe(true);
  await leases.release('two', ['run_b']);
  expect(await leases.holds('run_b', 'one')).toBe(true);
}

/** The contract suite, named `name`, over fresh empty stores from `open` (each closed after its test). */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    const stores: Store[] = [];
    async function freshStore(): Promise<Store> {
      const store = await open();
      stores.push(store);
      return store;
    }

    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
    });

    describe('tables', () => {
      const cases: Record<keyof StoreTables, (tables: StoreTables) => Promise<void>> = {
        assistants: (tables) => exercise(tables.assistants, assistant),
        threads: (tables) => exercise(tables.threads, thread),
        messages: (tables) => exercise(tables.messages, (id, createdAt, version) => message(id, createdAt, null, version)),
        runs: (tables) => exercise(tables.runs, (id, createdAt, version) => run(id, createdAt, 'queued', version)),
        runLeases: (tables) => exerciseLeases(tables),
        steps: (tables) => exercise(tables.steps, step),
        assistantFiles: (tables) => exercise(tables.assistantFiles, assistantFile),
        messageFiles: (tables) => exercise(tables.messageFiles, messageFile),
        pendingUsage: (tables) => exercise(tables.pendingUsage, (_id, _createdAt, version) => usage(version ?? 1)),
        hostedCalls: (tables) =>
          exercise(tables.hostedCalls, (id, _createdAt, version) => ({
            calls: [{ id, name: 'retrieval', arguments: '{}', output: `v${version ?? 1}`, sources: [] }],
          })),
        files: (tables) => exercise(tables.files, file),
        fileContents: (tables) => exerciseContents(tables.fileContents),
        fileChunks: (tables) => exerciseChunks(tables.fileChunks),
        v2Settings: (tables) => exercise(tables.v2Settings, (_id, _createdAt, version) => ({ vectorStoreIds: [`vs_${version ?? 1}`] })),
        vectorStores: (tables) =>
          exercise(tables.vectorStores, (id, createdAt, version) => ({
            id,
            created_at: createdAt,
            name: `v${version ?? 1}`,
            metadata: {},
            expires_after: null,
            last_active_at: createdAt,
          })),
        vectorStoreFiles: (tables) =>
          exercise(tables.vectorStoreFiles, (id, createdAt, version) => ({
            id,
            created_at: createdAt,
            vector_store_id: 'vs_1',
            status: 'completed' as const,
            last_error: null,
            usage_bytes: version ?? 1,
          })),
        vectorStoreFileBatches: (tables) =>
          exercise(tables.vectorStoreFileBatches, (id, createdAt, version) => ({
            id,
            created_at: createdAt,
            vector_store_id: 'vs_1',
            status: 'completed' as const,
            file_ids: [`file-${version ?? 1}`],
          })),
      };

      it.each(Object.entries(cases))('%s: get, put, delete, deleteAll, list', async (_name, check) => {
        await check(await freshStore());
      });

      it.each(Object.entries(cases))('%s: the same inside a transaction', async (_name, check) => {
        const store = await freshStore();
        await store.transaction((tx) => check(tx));
      });

      it('lists oldest first by created_at, ties in insertion order', async () => {
        const store = await freshStore();
        for (const [id, createdAt] of [['m1', 5], ['m2', 3], ['m3', 5], ['m4', 4], ['m5', 3]] as const) {
          await store.messages.put(SCOPE, THREAD, id, message(id, createdAt));
        }
        expect((await store.messages.list(SCOPE, THREAD)).map((m) => m.id)).toEqual(['m2', 'm5', 'm4', 'm1', 'm3']);
      });

      it('reads and writes many at once: getMany finds what exists, putMany inserts in order and replaces in place', async () => {
        const store = await freshStore();
        await store.messages.put(SCOPE, THREAD, 'm2', message('m2', 3));
        await store.messages.put(SCOPE, 'thread_other', 'm4', message('m4', 1));
        await store.messages.putMany(SCOPE, THREAD, [
          ['m1', message('m1', 3)],
          ['m2', message('m2', 3, null, 2)],
          ['m3', message('m3', 2)],
          ...Array.from({ length: 2500 }, (_, index): [string, Message] => [`bulk${index}`, message(`bulk${index}`, 9)]),
        ]);
        const listed = (await store.messages.list(SCOPE, THREAD)).map((m) => m.id);
        expect(listed.slice(0, 3)).toEqual(['m3', 'm2', 'm1']);
        expect(listed.slice(3)).toEqual(Array.from({ length: 2500 }, (_, index) => `bulk${index}`));
        const found = await store.messages.getMany(SCOPE, THREAD, ['m2', 'm4', 'missing', 'm1']);
        expect([...found.keys()].sort()).toEqual(['m1', 'm2']);
        expect(found.get('m2')).toEqual(message('m2', 3, null, 2));
        expect(await store.messages.getMany(SCOPE, THREAD, [])).toEqual(new Map());
        await store.transaction((tx) => tx.messages.putMany(SCOPE, THREAD, [['m5', message('m5', 1)]]));
        expect((await store.messages.getMany(SCOPE, THREAD, ['m5'])).get('m5')).toEqual(message('m5', 1));
      });

      it('keeps scopes, parents and tables apart', async () => {
        const store = await freshStore();
        await store.assistants.put(SCOPE, ROOT, 'x', assistant('x', 1, 1));
        await store.assistants.put(OTHER_SCOPE, ROOT, 'x', assistant('x', 1, 2));
        await store.threads.put(SCOPE, ROOT, 'x', thread('x', 1, 3));
        await store.messages.put(SCOPE, 'thread_a', 'x', message('x', 1, null, 4));
        await store.messages.put(SCOPE, 'thread_b', 'x', message('x', 1, null, 5));

        expect(await store.assistants.get(SCOPE, ROOT, 'x')).toEqual(assistant('x', 1, 1));
        expect(await store.assistants.get(OTHER_SCOPE, ROOT, 'x')).toEqual(assistant('x', 1, 2));
        expect(await store.threads.get(SCOPE, ROOT, 'x')).toEqual(thread('x', 1, 3));
        expect(await store.threads.get(OTHER_SCOPE, ROOT, 'x')).toBeUndefined();
        expect(await store.messages.get(SCOPE, 'thread_b', 'x')).toEqual(message('x', 1, null, 5));
        expect(await store.messages.get(OTHER_SCOPE, 'thread_b', 'x')).toBeUndefined();
        expect(await store.assistants.page(OTHER_SCOPE, ROOT, { limit: 10, order: 'asc' })).toEqual({
          data: [assistant('x', 1, 2)],
          hasMore: false,
        });

        expect(await store.assistants.delete(SCOPE, ROOT, 'x')).toBe(true);
        expect(await store.assistants.get(OTHER_SCOPE, ROOT, 'x')).toEqual(assistant('x', 1, 2));
        expect(await store.threads.get(SCOPE, ROOT, 'x')).toEqual(thread('x', 1, 3));
        await store.messages.deleteAll(SCOPE, 'thread_a');
        expect(await store.messages.list(SCOPE, 'thread_b')).toEqual([message('x', 1, null, 5)]);
        await store.assistants.deleteAll(OTHER_SCOPE, ROOT);
        expect(await store.threads.list(SCOPE, ROOT)).toEqual([thread('x', 1, 3)]);
      });

      it('lists the messages of a run, oldest first', async () => {
        const store = await freshStore();
        await store.messages.put(SCOPE, THREAD, 'm1', message('m1', 2, 'run_1'));
        await store.messages.put(SCOPE, THREAD, 'm2', message('m2', 1, null));
        await store.messages.put(SCOPE, THREAD, 'm3', message('m3', 1, 'run_1'));
        await store.messages.put(SCOPE, THREAD, 'm4', message('m4', 2, 'run_2'));
        await store.messages.put(SCOPE, THREAD, 'm5', message('m5', 2, 'run_1'));
        await store.messages.put(SCOPE, 'thread_2', 'm6', message('m6', 0, 'run_1'));
        await store.messages.put(OTHER_SCOPE, THREAD, 'm7', message('m7', 0, 'run_1'));
        const listed = await store.messages.listByRun(SCOPE, THREAD, 'run_1');
        expect(listed.map((m) => m.id)).toEqual(['m3', 'm1', 'm5']);
        expect(listed[0]).toEqual(message('m3', 1, 'run_1'));
        expect(await store.messages.listByRun(SCOPE, THREAD, 'run_9')).toEqual([]);
      });

      it('finds runs by status in a thread and in every scope, following status changes', async () => {
        const store = await freshStore();
        await store.runs.put(SCOPE, THREAD, 'r1', run('r1', 3, 'queued'));
        await store.runs.put(SCOPE, THREAD, 'r2', run('r2', 1, 'in_progress'));
        await store.runs.put(SCOPE, THREAD, 'r3', run('r3', 3, 'completed'));
        await store.runs.put(SCOPE, 'thread_2', 'r4', run('r4', 2, 'queued'));
        await store.runs.put(OTHER_SCOPE, THREAD, 'r5', run('r5', 3, 'requires_action'));
        await store.runs.put(OTHER_SCOPE, THREAD, 'r6', run('r6', 0, 'cancelled'));

        const active = ['queued', 'in_progress', 'requires_action', 'cancelling'];
        expect((await store.runs.withStatus(SCOPE, THREAD, active)).map((r) => r.id)).toEqual(['r2', 'r1']);
        expect(await store.runs.withStatus(SCOPE, THREAD, ['in_progress'])).toEqual([run('r2', 1, 'in_progress')]);
        expect(await store.runs.withStatus(SCOPE, THREAD, [])).toEqual([]);
        expect((await store.runs.everyWithStatus(active)).map(({ scope, run: r }) => [scope, r.id])).toEqual([
          [SCOPE, 'r2'],
          [SCOPE, 'r4'],
          [SCOPE, 'r1'],
          [OTHER_SCOPE, 'r5'],
        ]);

        await store.runs.put(SCOPE, THREAD, 'r2', run('r2', 1, 'completed'));
        await store.runs.put(SCOPE, THREAD, 'r3', run('r3', 3, 'queued'));
        expect((await store.runs.withStatus(SCOPE, THREAD, active)).map((r) => r.id)).toEqual(['r1', 'r3']);
        expect((await store.runs.everyWithStatus(['completed', 'cancelled'])).map(({ run: r }) => r.id)).toEqual(['r6', 'r2']);
        expect(await store.runs.everyWithStatus([])).toEqual([]);
      });
    });

    describe('pages', () => {
      /** m1..m7 at created_at 5, 5, 4, 5, 6, 4, 7: ascending m3 m6 m1 m2 m4 m5 m7. */
      async function seeded(): Promise<Store> {
        const store = await freshStore();
        const seconds = [5, 5, 4, 5, 6, 4, 7];
        for (const [index, createdAt] of seconds.entries()) {
          const id = `m${index + 1}`;
          await store.messages.put(SCOPE, THREAD, id, message(id, createdAt, index % 2 === 0 ? 'run_odd' : null));
        }
        return store;
      }
      const ascending = ['m3', 'm6', 'm1', 'm2', 'm4', 'm5', 'm7'];
      const descending = [...ascending].reverse();

      it('orders asc and desc by created_at with ties in insertion order, desc the exact reverse', async () => {
        const store = await seeded();
        expect(ids(await store.messages.page(SCOPE, THREAD, { limit: 20, order: 'asc' }))).toEqual(ascending);
        expect(ids(await store.messages.page(SCOPE, THREAD, { limit: 20, order: 'desc' }))).toEqual(descending);
        const first = await store.messages.page(SCOPE, THREAD, { limit: 1, order: 'asc' });
        expect(first).toEqual({ data: [message('m3', 4, 'run_odd')], hasMore: true });
      });

      it('limits and says whether more follow', async () => {
        const store = await seeded();
        expect(await store.messages.page(SCOPE, THREAD, { limit: 3, order: 'desc' }).then(ids)).toEqual(['m7', 'm5', 'm4']);
        expect((await store.messages.page(SCOPE, THREAD, { limit: 3, order: 'desc' })).hasMore).toBe(true);
        expect((await store.messages.page(SCOPE, THREAD, { limit: 7, order: 'desc' })).hasMore).toBe(false);
        expect((await store.messages.page(SCOPE, THREAD, { limit: 6, order: 'desc' })).hasMore).toBe(true);
        expect(await store.messages.page(SCOPE, 'empty', { limit: 3, order: 'asc' })).toEqual({ data: [], hasMore: false });
      });

      it('pages after a cursor, through ties', async () => {
        const store = await seeded();
        const after = (cursor: string, order: 'asc' | 'desc', limit = 2) =>
          store.messages.page(SCOPE, THREAD, { limit, order, after: cursor });
        expect(await after('m1', 'asc')).toEqual({ data: [message('m2', 5), message('m4', 5)], hasMore: true });
        expect(ids(await after('m4', 'asc'))).toEqual(['m5', 'm7']);
        expect((await after('m4', 'asc')).hasMore).toBe(false);
        expect(await after('m7', 'asc')).toEqual({ data: [], hasMore: false });
        expect(ids(await after('m2', 'desc'))).toEqual(['m1', 'm6']);
        expect((await after('m2', 'desc')).hasMore).toBe(true);
        expect(ids(await after('m6', 'desc', 5))).toEqual(['m3']);
      });

      it('pages before a cursor, in the page order, with hasMore for what lies further back', async () => {
        const store = await seeded();
        const before = (cursor: string, order: 'asc' | 'desc', limit = 2) =>
          store.messages.page(SCOPE, THREAD, { limit, order, before: cursor });
        expect(await before('m4', 'asc')).toEqual({ data: [message('m1', 5, 'run_odd'), message('m2', 5)], hasMore: true });
        expect(ids(await before('m1', 'asc'))).toEqual(['m3', 'm6']);
        expect((await before('m1', 'asc')).hasMore).toBe(false);
        expect(await before('m3', 'asc')).toEqual({ data: [], hasMore: false });
        expect(ids(await before('m1', 'desc'))).toEqual(['m4', 'm2']);
        expect((await before('m1', 'desc')).hasMore).toBe(true);
        expect(ids(await before('m4', 'desc', 5))).toEqual(['m7', 'm5']);
        expect((await before('m4', 'desc', 5)).hasMore).toBe(false);
      });

      it('bounds the window on both sides with after and before', async () => {
        const store = await seeded();
        const window = (after: string, before: string, order: 'asc' | 'desc', limit: number) =>
          store.messages.page(SCOPE, THREAD, { limit, order, after, before });
        expect(await window('m6', 'm5', 'asc', 10).then(ids)).toEqual(['m1', 'm2', 'm4']);
        expect(await window('m6', 'm5', 'asc', 2)).toEqual({ data: [message('m2', 5), message('m4', 5)], hasMore: true });
        expect(await window('m5', 'm6', 'desc', 10).then(ids)).toEqual(['m4', 'm2', 'm1']);
        expect(await window('m5', 'm6', 'desc', 1)).toEqual({ data: [message('m1', 5, 'run_odd')], hasMore: true });
        expect(await window('m5', 'm6', 'asc', 10)).toEqual({ data: [], hasMore: false });
        expect(await window('m1', 'm2', 'asc', 10)).toEqual({ data: [], hasMore: false });
      });

      it("filters a thread's messages by run, cursors included", async () => {
        const store = await seeded();
        // run_odd: m1 m3 m5 m7, ascending m3 m1 m5 m7.
        const page = (query: PageQuery) => store.messages.page(SCOPE, THREAD, { ...query, runId: 'run_odd' });
        expect(await page({ limit: 10, order: 'asc' }).then(ids)).toEqual(['m3', 'm1', 'm5', 'm7']);
        expect(await page({ limit: 2, order: 'desc' })).toEqual({
          data: [message('m7', 7, 'run_odd'), message('m5', 6, 'run_odd')],
          hasMore: true,
        });
        expect(await page({ limit: 10, order: 'asc', after: 'm1' }).then(ids)).toEqual(['m5', 'm7']);
        expect(await page({ limit: 1, order: 'asc', before: 'm5' })).toEqual({ data: [message('m1', 5, 'run_odd')], hasMore: true });
        await expect(page({ limit: 10, order: 'asc', after: 'm2' })).rejects.toThrow(CursorNotFoundError);
        expect(await store.messages.page(SCOPE, THREAD, { limit: 10, order: 'asc', runId: 'run_none' })).toEqual({
          data: [],
          hasMore: false,
        });
        expect(await store.messages.page(SCOPE, THREAD, { limit: 3, order: 'asc', runId: undefined }).then(ids)).toEqual([
          'm3',
          'm6',
          'm1',
        ]);
      });

      it('rejects a cursor that is not in the list', async () => {
        const store = await seeded();
        await store.messages.put(SCOPE, 'thread_2', 'elsewhere', message('elsewhere', 5));
        const rejection = (query: PageQuery, scope = SCOPE) =>
          store.messages.page(scope, THREAD, query).then(
            () => undefined,
            (error: unknown) => error,
          );
        const missing = await rejection({ limit: 2, order: 'asc', after: 'nope' });
        expect(missing).toBeInstanceOf(CursorNotFoundError);
        expect(missing).toMatchObject({ param: 'after', id: 'nope' });
        expect(await rejection({ limit: 2, order: 'desc', before: 'elsewhere' })).toMatchObject({ param: 'before', id: 'elsewhere' });
        expect(await rejection({ limit: 2, order: 'desc', after: 'm1', before: 'gone' })).toMatchObject({ param: 'before' });
        expect(await rejection({ limit: 2, order: 'desc', after: 'gone', before: 'gone' })).toMatchObject({ param: 'after' });
        expect(await rejection({ limit: 2, order: 'asc', after: 'm1' }, OTHER_SCOPE)).toBeInstanceOf(CursorNotFoundError);
      });

      it('returns the pages an explicit sort gives, for random lists full of ties', async () => {
        for (const seed of [1, 2, 3]) {
          const next = random(seed);
          const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
          const store = await freshStore();
          /** The expected list: a Map keeps an updated key in place and drops a deleted one, like the store. */
          const reference = new Map<string, Message>();
          for (let step = 0; step < 80; step++) {
            const roll = next();
            if (roll < 0.1 && reference.size > 0) {
              const id = pick([...reference.keys()]);
              reference.delete(id);
              await store.messages.delete(SCOPE, THREAD, id);
            } else if (roll < 0.25 && reference.size > 0) {
              const id = pick([...reference.keys()]);
              const updated = message(id, reference.get(id)?.created_at ?? 0, reference.get(id)?.run_id ?? null, step);
              reference.set(id, updated);
              await store.messages.put(SCOPE, THREAD, id, updated);
            } else {
              const id = `msg_${step}`;
              const created = message(id, Math.floor(next() * 6), pick([null, 'run_a', 'run_b']));
              reference.set(id, created);
              await store.messages.put(SCOPE, THREAD, id, created);
            }
          }
          const all = [...reference.values()];
          const cursors = [...all.map((m) => m.id), 'missing'];
          const queries: PageQuery[] = [];
          for (const order of ['asc', 'desc'] as const) {
            for (const limit of [1, 2, 5, 100]) {
              queries.push({ limit, order });
              for (const cursor of cursors) queries.push({ limit, order, after: cursor }, { limit, order, before: cursor });
              for (let pair = 0; pair < 30; pair++) queries.push({ limit, order, after: pick(cursors), before: pick(cursors) });
            }
          }
          for (const runId of [undefined, 'run_a', 'run_b']) {
            const items = runId === undefined ? all : all.filter((m) => m.run_id === runId);
            for (const query of queries) {
              const expected = expectedPage(items, query);
              const actual = await store.messages.page(SCOPE, THREAD, { ...query, runId }).catch((error: unknown) => {
                expect(error).toBeInstanceOf(CursorNotFoundError);
                return { param: (error as CursorNotFoundError).param };
              });
              expect(actual, `seed ${seed}, run ${runId}, ${JSON.stringify(query)}`).toEqual(expected);
            }
          }
        }
      });

      it('pages a thread of 10,000 messages', async () => {
        const store = await freshStore();
        const id = (index: number) => `msg_${String(index).padStart(5, '0')}`;
        // 50 messages a second; every tenth belongs to run_x.
        const make = (index: number) => message(id(index), 1_700_000_000 + Math.floor(index / 50), index % 10 === 0 ? 'run_x' : null);
        await store.transaction(async (tx) => {
          for (let index = 0; index < 10_000; index++) await tx.messages.put(SCOPE, THREAD, id(index), make(index));
        });
        /** The ids from `from` up to `to` (excluded), every `by`. */
        const range = (from: number, to: number, by = 1) =>
          Array.from({ length: Math.ceil((to - from) / by) }, (_, k) => id(from + k * by));

        const newest = await store.messages.page(SCOPE, THREAD, { limit: 100, order: 'desc' });
        expect(ids(newest)).toEqual(range(9900, 10_000).reverse());
        expect(newest.hasMore).toBe(true);
        const after = await store.messages.page(SCOPE, THREAD, { limit: 100, order: 'asc', after: id(5000) });
        expect(ids(after)).toEqual(range(5001, 5101));
        expect(after.data[0]).toEqual(make(5001));
        expect(ids(await store.messages.page(SCOPE, THREAD, { limit: 100, order: 'desc', before: id(5000) }))).toEqual(
          range(5001, 5101).reverse(),
        );
        expect(ids(await store.messages.page(SCOPE, THREAD, { limit: 100, order: 'asc', before: id(50) }))).toEqual(range(0, 50));
        const last = await store.messages.page(SCOPE, THREAD, { limit: 100, order: 'asc', after: id(9949) });
        expect(ids(last)).toEqual(range(9950, 10_000));
        expect(last.hasMore).toBe(false);
        const ofRun = await store.messages.page(SCOPE, THREAD, { limit: 100, order: 'asc', after: id(5000), runId: 'run_x' });
        expect(ids(ofRun)).toEqual(range(5010, 6010, 10));
        expect(ofRun.hasMore).toBe(true);
        expect(await store.messages.listByRun(SCOPE, THREAD, 'run_x').then((messages) => messages.length)).toBe(1000);
      });
    });

    describe('transactions', () => {
      it('keeps a transaction that rolls back invisible to reads made while it was open', async () => {
        const store = await freshStore();
        await store.assistants.put(SCOPE, ROOT, 'a', assistant('a', 1, 1));
        const inside = deferred();
        const proceed = deferred();
        const transaction = store.transaction(async (tx) => {
          await tx.assistants.put(SCOPE, ROOT, 'a', assistant('a', 1, 2));
          await tx.assistants.put(SCOPE, ROOT, 'b', assistant('b', 2));
          inside.resolve();
          await proceed.promise;
          throw new Error('changed my mind');
        });
        await inside.promise;
        // A store may answer these at once or once the transaction ends: either way, never with its writes.
        const read = store.assistants.get(SCOPE, ROOT, 'a');
        const listed = store.assistants.list(SCOPE, ROOT);
        proceed.resolve();
        await expect(transaction).rejects.toThrow('changed my mind');
        expect(await read).toEqual(assistant('a', 1, 1));
        expect(await listed).toEqual([assistant('a', 1, 1)]);
      });

      it('lets no transaction interleave with another: concurrent check-then-create leaves one active run', async () => {
        const store = await freshStore();
        const active = ['queued', 'in_progress', 'requires_action', 'cancelling'];
        // Each transaction holds on after its check until a second one has checked too: a store that
        // lets transactions run side by side then has two that both found the thread free. A store
        // that runs them one at a time never gets a second check, so each goes on after a moment.
        let checks = 0;
        const secondCheck = deferred();
        /** What run creation does: checks the thread has no active run, then writes one. */
        const create = (id: string) =>
          store.transaction(async (tx) => {
            if ((await tx.runs.withStatus(SCOPE, THREAD, active)).length > 0) return 'busy';
            checks += 1;
            if (checks >= 2) secondCheck.resolve();
            await Promise.race([secondCheck.promise, sleep(100)]);
            await tx.runs.put(SCOPE, THREAD, id, run(id, 1, 'queued'));
            return 'created';
          });
        const outcomes = await Promise.all(Array.from({ length: 8 }, (_, index) => create(`r${index}`)));
        expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(1);
        expect(await store.runs.withStatus(SCOPE, THREAD, active)).toHaveLength(1);
      });

      it('commits all of the work and returns its result', async () => {
        const store = await freshStore();
        const result = await store.transaction(async (tx) => {
          await tx.threads.put(SCOPE, ROOT, 't', thread('t', 1));
          await tx.messages.put(SCOPE, 't', 'm', message('m', 1));
          expect(await tx.messages.get(SCOPE, 't', 'm')).toEqual(message('m', 1));
          return 'done';
        });
        expect(result).toBe('done');
        expect(await store.threads.get(SCOPE, ROOT, 't')).toEqual(thread('t', 1));
        expect(await store.messages.list(SCOPE, 't')).toEqual([message('m', 1)]);
      });

      it('rolls everything back when the work throws, and rethrows', async () => {
        const store = await freshStore();
        await store.runs.put(SCOPE, THREAD, 'r', run('r', 1, 'queued'));
        const failure = new Error('boom');
        await expect(
          store.transaction(async (tx) => {
            await tx.runs.put(SCOPE, THREAD, 'r', run('r', 1, 'in_progress'));
            await tx.runs.put(SCOPE, THREAD, 'r2', run('r2', 2, 'queued'));
            await tx.messages.deleteAll(SCOPE, THREAD);
            await tx.steps.put(SCOPE, 'r', 's', step('s', 1));
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await store.runs.list(SCOPE, THREAD)).toEqual([run('r', 1, 'queued')]);
        expect(await store.runs.withStatus(SCOPE, THREAD, ['in_progress'])).toEqual([]);
        expect(await store.steps.list(SCOPE, 'r')).toEqual([]);
        // The store is usable afterwards.
        await store.transaction((tx) => tx.runs.put(SCOPE, THREAD, 'r3', run('r3', 3)));
        expect((await store.runs.list(SCOPE, THREAD)).map((r) => r.id)).toEqual(['r', 'r3']);
      });

      it("keeps a run's transactions from losing each other's writes", async () => {
        const store = await freshStore();
        await store.runs.put(SCOPE, THREAD, 'r', run('r', 1, 'in_progress', 0));
        // Each one reads, then holds on until another has read too (or a moment has passed): a store
        // that lets them run side by side unguarded has them all write version 1.
        let reads = 0;
        const secondRead = deferred();
        const bump = () =>
          store.runTransaction({ scope: SCOPE, threadId: THREAD, runId: 'r' }, async (tx) => {
            const current = await tx.runs.get(SCOPE, THREAD, 'r');
            if (!current) throw new Error('The run was written before.');
            reads += 1;
            if (reads >= 2) secondRead.resolve();
            await Promise.race([secondRead.promise, sleep(100)]);
            await tx.runs.put(SCOPE, THREAD, 'r', { ...current, metadata: { version: String(Number(current.metadata?.['version']) + 1) } });
          });
        await Promise.all([bump(), bump(), bump()]);
        expect((await store.runs.get(SCOPE, THREAD, 'r'))?.metadata).toEqual({ version: '3' });
      });

      it.each(['the run', 'the deletion'])(
        "leaves nothing a run's transaction wrote in a thread deleted meanwhile, %s going first",
        async (first) => {
          const store = await freshStore();
          await store.threads.put(SCOPE, ROOT, THREAD, thread(THREAD, 1));
          await store.runs.put(SCOPE, THREAD, 'r', run('r', 1, 'in_progress'));
          const firstInside = deferred();
          const secondInside = deferred();
          const [runFirst, deletionFirst] = first === 'the run' ? [firstInside, secondInside] : [secondInside, firstInside];
          /** What a run's change does: writes its message, unless its run is gone. It never writes the run itself. */
          const writeMessage = () =>
            store.runTransaction({ scope: SCOPE, threadId: THREAD, runId: 'r' }, async (tx) => {
              const present = (await tx.runs.get(SCOPE, THREAD, 'r')) !== undefined;
              runFirst.resolve();
              await Promise.race([deletionFirst.promise, sleep(100)]);
              if (!present) return 'gone';
              await tx.messages.put(SCOPE, THREAD, 'm', message('m', 2, 'r'));
              return 'written';
            });
          /** What a thread's deletion does: everything under it goes. */
          const deleteThread = () =>
            store.transaction(async (tx) => {
              for (const written of await tx.messages.list(SCOPE, THREAD)) await tx.messages.delete(SCOPE, THREAD, written.id);
              await tx.runs.deleteAll(SCOPE, THREAD);
              await tx.threads.delete(SCOPE, ROOT, THREAD);
              deletionFirst.resolve();
              await Promise.race([runFirst.promise, sleep(100)]);
            });
          let outcome: Promise<string>;
          let deletion: Promise<void>;
          if (first === 'the run') {
            outcome = writeMessage();
            await firstInside.promise;
            deletion = deleteThread();
          } else {
            deletion = deleteThread();
            await firstInside.promise;
            outcome = writeMessage();
          }
          await deletion;
          expect(await outcome).toBe(first === 'the run' ? 'written' : 'gone');
          expect(await store.messages.list(SCOPE, THREAD)).toEqual([]);
          expect(await store.runs.list(SCOPE, THREAD)).toEqual([]);
        },
      );

      it('refuses loudly a nested transaction or a call on the store itself from inside the work', async () => {
        const store = await freshStore();
        await expect(
          store.transaction(async (tx) => {
            await tx.threads.put(SCOPE, ROOT, 't', thread('t', 1));
            return store.transaction(async () => 'never');
          }),
        ).rejects.toThrow(/inside a transaction/);
        await expect(store.transaction(async () => store.threads.get(SCOPE, ROOT, 't'))).rejects.toThrow(/inside a transaction/);
        expect(await store.threads.get(SCOPE, ROOT, 't')).toBeUndefined();
      });

      it('refuses the tables of a finished transaction', async () => {
        const store = await freshStore();
        let leaked: StoreTables | undefined;
        await store.transaction(async (tx) => {
          leaked = tx;
        });
        await expect(leaked?.threads.get(SCOPE, ROOT, 't')).rejects.toThrow(/transaction has ended/);
      });
    });
  });
}
