/**
 * The v1 server's durable store, on `node:sqlite` (see `store.ts` for the contract).
 *
 * Every object of every table is one row of `objects`, its body as JSON text: JSON in, `JSON.parse`
 * out, so a caller can never change stored state except through `put`. `seq` is the insertion
 * sequence, the hidden tiebreak of objects created in the same second; `put` of an existing object
 * updates its row in place and so keeps its `seq`, hence its place in list order. A list page is
 * one query on an index that ends in `(created_at, seq)`, so its cost does not grow with the list.
 *
 * One connection serves the whole process (a worker thread's only checkpoints the WAL of a file),
 * and `node:sqlite` is synchronous: each operation runs to completion when it is called. Only
 * `transaction` spans several event-loop turns, so a lock keeps everything else out while one is
 * open (nobody ever reads another caller's uncommitted writes); when no transaction is open an
 * operation runs at once, without queueing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { Assistant, AssistantFile, Message, MessageFile, Run, RunStep, Thread, Usage } from '../../v1/schemas.js';
import { BestHits, cosine, norm, queryWords, vectorBytes } from './search.js';
import { CursorNotFoundError, ROOT } from './store.js';
import type {
  ApiKeyRecord,
  AssistantFileTable,
  ChunkHit,
  FileChunk,
  FileChunkTable,
  FileContentTable,
  FileObject,
  IndexedText,
  FileTable,
  HostedStep,
  Store,
  KeyTable,
  MessageTable,
  Page,
  PageQuery,
  RunKey,
  RunLeaseTable,
  RunTable,
  ScopedRun,
  StoreTables,
  Table,
  ThreadTable,
  V2Settings,
  VectorStoreFileBatchRecord,
  VectorStoreFileRecord,
  VectorStoreFileTable,
  VectorStoreRecord,
} from './store.js';
import { FIRST, LAST } from './rows.js';
import type { Kind, Position } from './rows.js';

/**
 * The schema, as an ordered list of migrations: applying entry `i` takes `PRAGMA user_version` from
 * `i` to `i + 1`. Append new entries; never edit one that has shipped.
 */
const MIGRATIONS: readonly string[] = [
  // `seq` is an ordinary column, not the rowid: SQLite seeks an index to a position
  // `(created_at, seq) > (?, ?)` on both columns only when both are ordinary index columns. With
  // the rowid it would seek on `created_at` alone and walk every object created in that second.
  `CREATE TABLE objects (
     seq INTEGER NOT NULL UNIQUE, -- insertion order: put assigns max + 1
     kind TEXT NOT NULL,          -- which table: see Kind
     scope TEXT NOT NULL,
     parent TEXT NOT NULL,
     id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     run_id TEXT,                 -- messages only: the run that created the message
     status TEXT,                 -- runs only
     body TEXT NOT NULL,          -- the object, as JSON
     UNIQUE (kind, scope, parent, id)
   ) STRICT;
   CREATE INDEX objects_by_created ON objects (kind, scope, parent, created_at, seq);
   CREATE INDEX objects_by_run ON objects (kind, scope, parent, run_id, created_at, seq);
   CREATE INDEX objects_by_status ON objects (kind, status, scope, parent, created_at, seq);`,
  `CREATE TABLE api_keys (
     name TEXT PRIMARY KEY,
     hash TEXT NOT NULL UNIQUE, -- the key's SHA-256, hex: the key itself is never stored
     created_at INTEGER NOT NULL,
     last_used_at INTEGER,
     revoked_at INTEGER
   ) STRICT;`,
  // File objects are rows of `objects` (kind 'file'); their bytes are here, in pieces, so neither
  // an upload nor a download ever holds a whole file. A table of a file's extracted text can join
  // them the same way.
  `CREATE TABLE file_contents (
     scope TEXT NOT NULL,
     file_id TEXT NOT NULL,
     piece INTEGER NOT NULL, -- 0, 1, …: the pieces in order
     bytes BLOB NOT NULL,
     PRIMARY KEY (scope, file_id, piece)
   ) STRICT;`,
  // The retrieval index. A file's chunks are written once, with its file object, and deleted with
  // it, never updated: the triggers keep the external-content FTS5 table in step with inserts and
  // deletes. `id` is declared so that VACUUM cannot renumber the rows FTS5 points at.
  `CREATE TABLE file_indexes (
     scope TEXT NOT NULL,
     file_id TEXT NOT NULL,
     tokens INTEGER NOT NULL, -- of the whole extracted text
     embedding_model TEXT,    -- the model of its chunks' embeddings; null when they have none
     PRIMARY KEY (scope, file_id)
   ) STRICT;
   CREATE TABLE file_chunks (
     id INTEGER PRIMARY KEY,
     scope TEXT NOT NULL,
     file_id TEXT NOT NULL,
     chunk INTEGER NOT NULL, -- 0, 1, …: the chunks in order
     start INTEGER NOT NULL, -- where the chunk begins in the file's text, in UTF-16 code units
     text TEXT NOT NULL,
     tokens INTEGER NOT NULL,
     embedding BLOB,         -- float32 little-endian
     UNIQUE (scope, file_id, chunk)
   ) STRICT;
   CREATE VIRTUAL TABLE file_chunks_fts USING fts5(
     text, content = 'file_chunks', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
   );
   CREATE TRIGGER file_chunks_indexed AFTER INSERT ON file_chunks BEGIN
     INSERT INTO file_chunks_fts (rowid, text) VALUES (new.id, new.text);
   END;
   CREATE TRIGGER file_chunks_unindexed AFTER DELETE ON file_chunks BEGIN
     INSERT INTO file_chunks_fts (file_chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
   END;`,
  // Only a run has a status and only a message a run has written has a run id: the two indexes
  // keep those rows alone, so the other objects' writes (threads, steps, a user's messages) touch
  // two indexes fewer. A query uses them only when its conditions say the column is not null.
  `DROP INDEX objects_by_run;
   CREATE INDEX objects_by_run ON objects (kind, scope, parent, run_id, created_at, seq) WHERE run_id IS NOT NULL;
   DROP INDEX objects_by_status;
   CREATE INDEX objects_by_status ON objects (kind, status, scope, parent, created_at, seq) WHERE status IS NOT NULL;`,
];

/**
 * The run leases (see RunLeaseTable) live in a temporary table: with the connection, so with the
 * process, since one server serves a SQLite database. A restart starts with none, and takes every
 * active run.
 */
const RUN_LEASES = `CREATE TEMP TABLE run_leases (
  run_id TEXT PRIMARY KEY,
  scope TEXT NOT NULL,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT`;

/**
 * How often a worker thread checkpoints the WAL into the database, with a connection of its own.
 * A checkpoint (two fsyncs, and a copy of every page changed since the last) run by a commit would
 * stall the event loop, every request and stream with it; in the worker it runs beside them.
 */
const CHECKPOINT_INTERVAL_MS = 500;

/**
 * The WAL's size (in 4 KiB pages, about 64 MB) at which a commit checkpoints it itself: only when
 * the worker cannot keep up (a reader holding an old snapshot), so that the WAL stays bounded.
 */
const WAL_CHECKPOINT_PAGES = 16_000;

/** How long a statement waits for a lock another connection (another process) holds on the file. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * The checkpointing worker (CommonJS, evaluated as given: it needs no file of its own, whichever way
 * the server was loaded). A PASSIVE checkpoint never waits for, nor blocks, the server's writers.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.location, { timeout: workerData.busyTimeoutMs });
db.exec('PRAGMA synchronous = NORMAL');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => checkpoint.get(), workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Starts the checkpointing worker of a database file; the returned function stops it once its connection is closed. */
function startCheckpointer(location: string): () => Promise<void> {
  const worker = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: { location, busyTimeoutMs: BUSY_TIMEOUT_MS, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  // A failed checkpoint loses nothing (the WAL holds every commit): the commits' own checkpoint takes over.
  worker.on('error', () => undefined);
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return () => {
    // Referenced again, so that a process waiting only for this does not end first.
    worker.ref();
    worker.postMessage('close');
    return exited;
  };
}

/** Opens `':memory:'` or a file path: the path's directory is created when missing. */
export function openSqliteStore(location: string): Store {
  const inMemory = location === ':memory:';
  if (!inMemory) mkdirSync(dirname(location), { recursive: true });
  const db = new DatabaseSync(location, { timeout: BUSY_TIMEOUT_MS });
  try {
    if (!inMemory) {
      db.exec('PRAGMA journal_mode = WAL');
      db.exec(`PRAGMA wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    }
    // Durable against a crash of the process (kill -9 included); a power loss or OS crash may lose
    // the last few commits, never corrupt the database.
    db.exec('PRAGMA synchronous = NORMAL');
    requireFts5(db);
    migrate(db, location);
    db.exec(RUN_LEASES);
    return new SqliteStore(db, inMemory ? async () => undefined : startCheckpointer(location));
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The retrieval index is an FTS5 table: a SQLite built without FTS5 cannot serve. */
function requireFts5(db: DatabaseSync): void {
  try {
    db.exec('CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(text); DROP TABLE temp.fts5_probe;');
  } catch {
    throw new Error(`The SQLite of this Node.js (${process.version}) has no FTS5, which the file index needs: run Node 24 (npm installs it as node_modules/.bin/node).`);
  }
}

/** Brings the schema up to date in one transaction, or refuses a database from a newer server. */
function migrate(db: DatabaseSync, location: string): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const version = db.prepare('PRAGMA user_version').get()?.['user_version'];
    if (typeof version !== 'number') throw new Error(`Cannot read the schema version of the database at ${location}.`);
    if (version > MIGRATIONS.length) {
      throw new Error(
        `The database at ${location} has schema version ${version}, newer than this server knows ` +
          `(${MIGRATIONS.length}): run a newer server, or use another database.`,
      );
    }
    for (const migration of MIGRATIONS.slice(version)) db.exec(migration);
    db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * The subsets a list page can be kept to, each with the index its pages walk. `metadata` keeps the
 * objects whose metadata has every pair of a JSON object: it is checked row by row along the
 * `(created_at, seq)` index, so a page reads the set's rows up to its last match.
 */
const PAGE_FILTERS = {
  all: { index: 'objects_by_created', condition: '' },
  run: { index: 'objects_by_run', condition: 'AND run_id = ?' },
  purpose: { index: 'objects_by_created', condition: "AND json_extract(body, '$.purpose') = ?" },
  metadata: {
    index: 'objects_by_created',
    condition: `AND NOT EXISTS (
      SELECT 1 FROM json_each(?) AS wanted
      WHERE NOT EXISTS (
        SELECT 1 FROM json_each(objects.body, '$.metadata') AS held
        WHERE held.key = wanted.key AND held.value = wanted.value))`,
  },
} as const;

type PageFilter = keyof typeof PAGE_FILTERS;

/** Every statement the store runs, prepared once per store. Each takes the kind first. */
function prepareStatements(db: DatabaseSync) {
  const set = 'kind = ? AND scope = ? AND parent = ?';
  const window = '(created_at, seq) > (?, ?) AND (created_at, seq) < (?, ?)';
  // `IS NOT NULL` lets the partial objects_by_status serve (SQLite does not infer it from an IN).
  const statuses = 'status IS NOT NULL AND status IN (SELECT value FROM json_each(?))';
  // Without statistics the planner would rather read a whole thread in order than use
  // objects_by_run for one run's messages (as it would all of a thread's runs for withStatus).
  const pageStatements = ({ index, condition }: (typeof PAGE_FILTERS)[PageFilter]) => ({
    position: db.prepare(`SELECT created_at, seq FROM objects WHERE ${set} ${condition} AND id = ?`),
    up: db.prepare(
      `SELECT body FROM objects INDEXED BY ${index} WHERE ${set} ${condition} AND ${window} ORDER BY created_at, seq LIMIT ?`,
    ),
    down: db.prepare(
      `SELECT body FROM objects INDEXED BY ${index}
       WHERE ${set} ${condition} AND ${window} ORDER BY created_at DESC, seq DESC LIMIT ?`,
    ),
  });
  return {
    get: db.prepare(`SELECT body FROM objects WHERE ${set} AND id = ?`),
    // An object whose indexed columns stay as they are: only its body is written, so no index is
    // touched (a commit writes one page of the WAL instead of four). No change: `put` it.
    putBody: db.prepare(`UPDATE objects SET body = ? WHERE ${set} AND id = ? AND created_at = ? AND run_id IS ? AND status IS ?`),
    // A new object's seq is one above the highest (the UNIQUE index finds it at once); an existing
    // object keeps its row, so its seq.
    put: db.prepare(
      `INSERT INTO objects (seq, kind, scope, parent, id, created_at, run_id, status, body)
       VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM objects), ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, scope, parent, id) DO UPDATE SET
         created_at = excluded.created_at, run_id = excluded.run_id, status = excluded.status, body = excluded.body`,
    ),
    delete: db.prepare(`DELETE FROM objects WHERE ${set} AND id = ?`),
    deleteAll: db.prepare(`DELETE FROM objects WHERE ${set}`),
    list: db.prepare(`SELECT body FROM objects WHERE ${set} ORDER BY created_at, seq`),
    pages: {
      all: pageStatements(PAGE_FILTERS.all),
      run: pageStatements(PAGE_FILTERS.run),
      purpose: pageStatements(PAGE_FILTERS.purpose),
      metadata: pageStatements(PAGE_FILTERS.metadata),
    },
    // Any parent: the id is the file's; the (kind, scope, …) prefix of the unique index finds the set.
    ofFile: db.prepare(`SELECT body FROM objects WHERE kind = ? AND scope = ? AND id = ? ORDER BY created_at, seq`),
    appendPiece: db.prepare('INSERT INTO file_contents (scope, file_id, piece, bytes) VALUES (?, ?, ?, ?)'),
    piece: db.prepare('SELECT bytes FROM file_contents WHERE scope = ? AND file_id = ? AND piece = ?'),
    deletePieces: db.prepare('DELETE FROM file_contents WHERE scope = ? AND file_id = ?'),
    deleteUnownedPieces: db.prepare(
      `DELETE FROM file_contents WHERE NOT EXISTS (
         SELECT 1 FROM objects WHERE kind = 'file' AND scope = file_contents.scope AND parent = '${ROOT}' AND id = file_contents.file_id)`,
    ),
    addIndex: db.prepare('INSERT INTO file_indexes (scope, file_id, tokens, embedding_model) VALUES (?, ?, ?, ?)'),
    addChunk: db.prepare('INSERT INTO file_chunks (scope, file_id, chunk, start, text, tokens, embedding) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    // bm25() is lower for better matches. Only the given files' chunks are kept, but the match (and
    // BM25's statistics) run over the whole index.
    searchChunks: db.prepare(
      `SELECT c.file_id, c.chunk, c.text, bm25(file_chunks_fts) AS rank
       FROM file_chunks_fts JOIN file_chunks c ON c.id = file_chunks_fts.rowid
       WHERE file_chunks_fts MATCH ? AND c.scope = ? AND c.file_id IN (SELECT value FROM json_each(?))
       ORDER BY rank LIMIT ?`,
    ),
    embeddedChunks: db.prepare(
      `SELECT c.file_id, c.chunk, c.embedding FROM file_indexes f JOIN file_chunks c ON c.scope = f.scope AND c.file_id = f.file_id
       WHERE f.scope = ? AND f.file_id IN (SELECT value FROM json_each(?)) AND f.embedding_model = ? AND c.embedding IS NOT NULL`,
    ),
    chunkText: db.prepare('SELECT text FROM file_chunks WHERE scope = ? AND file_id = ? AND chunk = ?'),
    listChunks: db.prepare('SELECT chunk, start, text, tokens FROM file_chunks WHERE scope = ? AND file_id = ? ORDER BY chunk LIMIT ?'),
    indexTokens: db.prepare('SELECT tokens FROM file_indexes WHERE scope = ? AND file_id = ?'),
    deleteChunks: db.prepare('DELETE FROM file_chunks WHERE scope = ? AND file_id = ?'),
    deleteIndex: db.prepare('DELETE FROM file_indexes WHERE scope = ? AND file_id = ?'),
    deleteUnownedChunks: db.prepare(
      `DELETE FROM file_chunks WHERE NOT EXISTS (
         SELECT 1 FROM objects WHERE kind = 'file' AND scope = file_chunks.scope AND parent = '${ROOT}' AND id = file_chunks.file_id)`,
    ),
    deleteUnownedIndexes: db.prepare(
      `DELETE FROM file_indexes WHERE NOT EXISTS (
         SELECT 1 FROM objects WHERE kind = 'file' AND scope = file_indexes.scope AND parent = '${ROOT}' AND id = file_indexes.file_id)`,
    ),
    listByRun: db.prepare(`SELECT body FROM objects WHERE ${set} AND run_id = ? ORDER BY created_at, seq`),
    withStatus: db.prepare(
      `SELECT body FROM objects INDEXED BY objects_by_status WHERE ${set} AND ${statuses} ORDER BY created_at, seq`,
    ),
    everyWithStatus: db.prepare(
      `SELECT scope, body FROM objects INDEXED BY objects_by_status WHERE kind = ? AND ${statuses} ORDER BY created_at, seq`,
    ),
    addKey: db.prepare('INSERT INTO api_keys (name, hash, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING'),
    listKeys: db.prepare('SELECT name, created_at, last_used_at, revoked_at FROM api_keys ORDER BY created_at, rowid'),
    findActiveKey: db.prepare(
      'SELECT name, created_at, last_used_at, revoked_at FROM api_keys WHERE hash = ? AND revoked_at IS NULL',
    ),
    markKeyUsed: db.prepare('UPDATE api_keys SET last_used_at = ? WHERE name = ?'),
    revokeKey: db.prepare('UPDATE api_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL'),
    anyKey: db.prepare('SELECT EXISTS (SELECT 1 FROM api_keys) AS found'),
    claimLease: db.prepare(
      `INSERT INTO run_leases (run_id, scope, holder, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (run_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE run_leases.holder = excluded.holder OR run_leases.expires_at <= ?`,
    ),
    freeRuns: db.prepare(
      `SELECT o.scope, o.id, o.body FROM objects o LEFT JOIN run_leases l ON l.run_id = o.id
       WHERE o.kind = 'run' AND o.${statuses} AND (l.run_id IS NULL OR l.expires_at <= ?) ORDER BY o.created_at, o.seq`,
    ),
    renewLease: db.prepare(
      `UPDATE run_leases SET expires_at = ? WHERE holder = ? AND run_id = ? AND EXISTS (
         SELECT 1 FROM objects WHERE kind = 'run' AND scope = run_leases.scope AND id = run_leases.run_id AND ${statuses})`,
    ),
    releaseLease: db.prepare('DELETE FROM run_leases WHERE holder = ? AND run_id = ?'),
    holdsLease: db.prepare('SELECT 1 AS held FROM run_leases WHERE run_id = ? AND holder = ?'),
  };
}

type Statements = ReturnType<typeof prepareStatements>;
type Row = Record<string, unknown>;

function text(row: Row, name: string): string {
  const value = row[name];
  if (typeof value !== 'string') throw new Error(`objects.${name}: expected text, got ${typeof value}.`);
  return value;
}

function integer(row: Row, name: string): number {
  const value = row[name];
  if (typeof value !== 'number') throw new Error(`objects.${name}: expected an integer, got ${typeof value}.`);
  return value;
}

function parse<T>(row: Row): T {
  return JSON.parse(text(row, 'body')) as T;
}

/** Runs one synchronous store operation: at once, or when the store's lock allows. */
type Execute = <R>(operation: () => R) => Promise<R>;

/** The indexed columns of an object, besides its id. */
interface Columns {
  createdAt: number;
  runId: string | null;
  status: string | null;
}

/** Which rows a page lists: all of the set, or those a `PAGE_FILTERS` condition keeps. */
type Subset = { filter: 'all' } | { filter: Exclude<PageFilter, 'all'>; value: string };

const byCreation = (value: { created_at: number }): Columns => ({ createdAt: value.created_at, runId: null, status: null });

class ObjectTable<T> implements Table<T> {
  constructor(
    protected readonly sql: Statements,
    protected readonly kind: Kind,
    protected readonly execute: Execute,
    private readonly columns: (value: T) => Columns,
  ) {}

  get(scope: string, parent: string, id: string): Promise<T | undefined> {
    return this.execute(() => this.read(scope, parent, id));
  }

  put(scope: string, parent: string, id: string, value: T): Promise<void> {
    return this.execute(() => this.write(scope, parent, id, value));
  }

  getMany(scope: string, parent: string, ids: readonly string[]): Promise<Map<string, T>> {
    return this.execute(() => {
      const found = new Map<string, T>();
      for (const id of ids) {
        const value = this.read(scope, parent, id);
        if (value !== undefined) found.set(id, value);
      }
      return found;
    });
  }

  putMany(scope: string, parent: string, entries: readonly (readonly [id: string, value: T])[]): Promise<void> {
    return this.execute(() => {
      for (const [id, value] of entries) this.write(scope, parent, id, value);
    });
  }

  private read(scope: string, parent: string, id: string): T | undefined {
    const row = this.sql.get.get(this.kind, scope, parent, id);
    return row === undefined ? undefined : parse<T>(row);
  }

  private write(scope: string, parent: string, id: string, value: T): void {
    const { createdAt, runId, status } = this.columns(value);
    const body = JSON.stringify(value);
    if (this.sql.putBody.run(body, this.kind, scope, parent, id, createdAt, runId, status).changes === 0) {
      this.sql.put.run(this.kind, scope, parent, id, createdAt, runId, status, body);
    }
  }

  delete(scope: string, parent: string, id: string): Promise<boolean> {
    return this.execute(() => this.sql.delete.run(this.kind, scope, parent, id).changes > 0);
  }

  deleteAll(scope: string, parent: string): Promise<void> {
    return this.execute(() => {
      this.sql.deleteAll.run(this.kind, scope, parent);
    });
  }

  list(scope: string, parent: string): Promise<T[]> {
    return this.execute(() => this.sql.list.all(this.kind, scope, parent).map((row) => parse<T>(row)));
  }

  page(scope: string, parent: string, query: PageQuery): Promise<Page<T>> {
    return this.execute(() => this.pageNow(scope, parent, query, { filter: 'all' }));
  }

  /** One page of the set, or of the subset `filter` keeps (its value is the condition's parameter). */
  protected pageNow(scope: string, parent: string, query: PageQuery, subset: Subset): Page<T> {
    const { limit, order, after, before } = query;
    const statements = this.sql.pages[subset.filter];
    const set = subset.filter === 'all' ? [this.kind, scope, parent] : [this.kind, scope, parent, subset.value];
    const positionOf = (id: string, param: 'after' | 'before'): Position => {
      const row = statements.position.get(...set, id);
      if (row === undefined) throw new CursorNotFoundError(param, id);
      return [integer(row, 'created_at'), integer(row, 'seq')];
    };
    const afterAt = after === undefined ? undefined : positionOf(after, 'after');
    const beforeAt = before === undefined ? undefined : positionOf(before, 'before');
    // The window between the cursors, in ascending (created_at, seq) terms.
    const [low, high] = order === 'asc' ? [afterAt ?? FIRST, beforeAt ?? LAST] : [beforeAt ?? FIRST, afterAt ?? LAST];
    // Read away from `after`; with `before`, read back from it and then restore the page's order.
    // One row more than the page says whether there are more.
    const ascending = (order === 'asc') === (before === undefined);
    const statement = ascending ? statements.up : statements.down;
    const rows = statement.all(...set, ...low, ...high, Math.max(0, limit) + 1);
    const data = rows.slice(0, limit).map((row) => parse<T>(row));
    if (before !== undefined) data.reverse();
    return { data, hasMore: rows.length > limit };
  }
}

class SqliteThreadTable extends ObjectTable<Thread> implements ThreadTable {
  constructor(sql: Statements, execute: Execute) {
    super(sql, 'thread', execute, byCreation);
  }

  override page(
    scope: string,
    parent: string,
    query: PageQuery & { metadata?: Record<string, string> | undefined },
  ): Promise<Page<Thread>> {
    const { metadata } = query;
    const subset: Subset =
      metadata === undefined || Object.keys(metadata).length === 0
        ? { filter: 'all' }
        : { filter: 'metadata', value: JSON.stringify(metadata) };
    return this.execute(() => this.pageNow(scope, parent, query, subset));
  }
}

class SqliteMessageTable extends ObjectTable<Message> implements MessageTable {
  constructor(sql: Statements, execute: Execute) {
    super(sql, 'message', execute, (message) => ({
      createdAt: message.created_at,
      runId: message.run_id ?? null,
      status: null,
    }));
  }

  override page(scope: string, parent: string, query: PageQuery & { runId?: string | undefined }): Promise<Page<Message>> {
    const subset: Subset = query.runId === undefined ? { filter: 'all' } : { filter: 'run', value: query.runId };
    return this.execute(() => this.pageNow(scope, parent, query, subset));
  }

  listByRun(scope: string, threadId: string, runId: string): Promise<Message[]> {
    return this.execute(() =>
      this.sql.listByRun.all(this.kind, scope, threadId, runId).map((row) => parse<Message>(row)),
    );
  }
}

class SqliteRunTable extends ObjectTable<Run> implements RunTable {
  constructor(sql: Statements, execute: Execute) {
    super(sql, 'run', execute, (run) => ({ createdAt: run.created_at, runId: null, status: run.status }));
  }

  withStatus(scope: string, threadId: string, statuses: readonly string[]): Promise<Run[]> {
    return this.execute(() =>
      this.sql.withStatus.all(this.kind, scope, threadId, JSON.stringify(statuses)).map((row) => parse<Run>(row)),
    );
  }

  everyWithStatus(statuses: readonly string[]): Promise<ScopedRun[]> {
    return this.execute(() =>
      this.sql.everyWithStatus
        .all(this.kind, JSON.stringify(statuses))
        .map((row) => ({ scope: text(row, 'scope'), run: parse<Run>(row) })),
    );
  }
}

class SqliteAssistantFileTable extends ObjectTable<AssistantFile> implements AssistantFileTable {
  constructor(sql: Statements, execute: Execute) {
    super(sql, 'assistant_file', execute, byCreation);
  }

  ofFile(scope: string, fileId: string): Promise<AssistantFile[]> {
    return this.execute(() => this.sql.ofFile.all(this.kind, scope, fileId).map((row) => parse<AssistantFile>(row)));
  }
}

class SqliteVectorStoreFileTable extends ObjectTable<VectorStoreFileRecord> implements VectorStoreFileTable {
  constructor(sql: Statements, execute: Execute) {
    super(sql, 'vector_store_file', execute, byCreation);
  }

  ofFile(scope: string, fileId: string): Promise<VectorStoreFileRecord[]> {
    return this.execute(() => this.sql.ofFile.all(this.kind, scope, fileId).map((row) => parse<VectorStoreFileRecord>(row)));
  }
}

class SqliteFileTable extends ObjectTable<FileObject> implements FileTable {
  constructor(sql: Statements, execute: Execute) {
    super(sql, 'file', execute, byCreation);
  }

  override page(scope: string, parent: string, query: PageQuery & { purpose?: string | undefined }): Promise<Page<FileObject>> {
    const subset: Subset = query.purpose === undefined ? { filter: 'all' } : { filter: 'purpose', value: query.purpose };
    return this.execute(() => this.pageNow(scope, parent, query, subset));
  }
}

class SqliteFileContentTable implements FileContentTable {
  constructor(
    private readonly sql: Statements,
    private readonly execute: Execute,
  ) {}

  append(scope: string, fileId: string, piece: number, bytes: Uint8Array): Promise<void> {
    return this.execute(() => {
      this.sql.appendPiece.run(scope, fileId, piece, bytes);
    });
  }

  piece(scope: string, fileId: string, piece: number): Promise<Uint8Array | undefined> {
    return this.execute(() => {
      const bytes = this.sql.piece.get(scope, fileId, piece)?.['bytes'];
      return bytes instanceof Uint8Array ? bytes : undefined;
    });
  }

  deleteAll(scope: string, fileId: string): Promise<void> {
    return this.execute(() => {
      this.sql.deletePieces.run(scope, fileId);
    });
  }
}

/**
 * An FTS5 query for free text: each word quoted (so nothing in it is query syntax), any of them
 * matching; undefined when there is none.
 */
export function matchAnyWord(query: string): string | undefined {
  const words = queryWords(query);
  return words.length === 0 ? undefined : words.map((word) => `"${word}"`).join(' OR ');
}

class SqliteFileChunkTable implements FileChunkTable {
  constructor(
    private readonly sql: Statements,
    private readonly execute: Execute,
  ) {}

  add(scope: string, fileId: string, text: IndexedText): Promise<void> {
    return this.execute(() => {
      const { embeddings } = text;
      this.sql.addIndex.run(scope, fileId, text.tokens, embeddings?.model ?? null);
      text.chunks.forEach((chunk, position) => {
        const vector = embeddings?.vectors[position];
        this.sql.addChunk.run(scope, fileId, chunk.index, chunk.start, chunk.text, chunk.tokens, vector ? vectorBytes(vector) : null);
      });
    });
  }

  search(scope: string, fileIds: readonly string[], query: string, limit: number): Promise<ChunkHit[]> {
    const match = matchAnyWord(query);
    if (match === undefined || fileIds.length === 0) return Promise.resolve([]);
    return this.execute(() =>
      this.sql.searchChunks.all(match, scope, JSON.stringify(fileIds), limit).map((row) => ({
        fileId: text(row, 'file_id'),
        index: integer(row, 'chunk'),
        text: text(row, 'text'),
        score: -Number(row['rank']),
      })),
    );
  }

  /** A scan of the files' vectors, keeping the best `limit`: memory stays that of one vector. */
  nearest(scope: string, fileIds: readonly string[], model: string, vector: Float32Array, limit: number): Promise<ChunkHit[]> {
    if (fileIds.length === 0 || limit <= 0) return Promise.resolve([]);
    const vectorNorm = norm(vector);
    return this.execute(() => {
      const best = new BestHits<{ fileId: string; index: number; score: number }>(limit);
      for (const row of this.sql.embeddedChunks.iterate(scope, JSON.stringify(fileIds), model)) {
        const blob = row['embedding'];
        if (!(blob instanceof Uint8Array)) continue;
        best.offer({ fileId: text(row, 'file_id'), index: integer(row, 'chunk'), score: cosine(vector, vectorNorm, blob) });
      }
      return best.hits.map((hit) => ({ ...hit, text: text(this.sql.chunkText.get(scope, hit.fileId, hit.index) ?? {}, 'text') }));
    });
  }

  list(scope: string, fileId: string, limit = -1): Promise<FileChunk[]> {
    return this.execute(() =>
      this.sql.listChunks.all(scope, fileId, limit).map((row) => ({
        index: integer(row, 'chunk'),
        start: integer(row, 'start'),
        text: text(row, 'text'),
        tokens: integer(row, 'tokens'),
      })),
    );
  }

  tokens(scope: string, fileId: string): Promise<number | undefined> {
    return this.execute(() => {
      const row = this.sql.indexTokens.get(scope, fileId);
      return row === undefined ? undefined : integer(row, 'tokens');
    });
  }

  deleteAll(scope: string, fileId: string): Promise<void> {
    return this.execute(() => {
      this.sql.deleteChunks.run(scope, fileId);
      this.sql.deleteIndex.run(scope, fileId);
    });
  }
}

/** Each operation runs whole, synchronously, on the process's one connection: nothing interleaves with it. */
class SqliteRunLeaseTable implements RunLeaseTable {
  constructor(
    private readonly sql: Statements,
    private readonly execute: Execute,
  ) {}

  claim(scope: string, runId: string, holder: string, now: number, until: number): Promise<boolean> {
    return this.execute(() => this.sql.claimLease.run(runId, scope, holder, until, now).changes > 0);
  }

  claimFree(statuses: readonly string[], holder: string, now: number, until: number): Promise<ScopedRun[]> {
    return this.execute(() =>
      this.sql.freeRuns
        .all(JSON.stringify(statuses), now)
        .filter((row) => this.sql.claimLease.run(text(row, 'id'), text(row, 'scope'), holder, until, now).changes > 0)
        .map((row) => ({ scope: text(row, 'scope'), run: parse<Run>(row) })),
    );
  }

  renew(holder: string, runIds: readonly string[], statuses: readonly string[], until: number): Promise<string[]> {
    return this.execute(() => {
      const active = JSON.stringify(statuses);
      const held = runIds.filter((runId) => this.sql.renewLease.run(until, holder, runId, active).changes > 0);
      // The others' runs ended or are gone.
      for (const runId of runIds) if (!held.includes(runId)) this.sql.releaseLease.run(holder, runId);
      return held;
    });
  }

  release(holder: string, runIds: readonly string[]): Promise<void> {
    return this.execute(() => {
      for (const runId of runIds) this.sql.releaseLease.run(holder, runId);
    });
  }

  holds(runId: string, holder: string): Promise<boolean> {
    return this.execute(() => this.sql.holdsLease.get(runId, holder) !== undefined);
  }
}

function createTables(sql: Statements, execute: Execute): StoreTables {
  return {
    assistants: new ObjectTable<Assistant>(sql, 'assistant', execute, byCreation),
    threads: new SqliteThreadTable(sql, execute),
    messages: new SqliteMessageTable(sql, execute),
    runs: new SqliteRunTable(sql, execute),
    runLeases: new SqliteRunLeaseTable(sql, execute),
    steps: new ObjectTable<RunStep>(sql, 'step', execute, byCreation),
    assistantFiles: new SqliteAssistantFileTable(sql, execute),
    messageFiles: new ObjectTable<MessageFile>(sql, 'message_file', execute, byCreation),
    // Usage has no created_at: pending usages list in insertion order.
    pendingUsage: new ObjectTable<Usage>(sql, 'pending_usage', execute, () => ({ createdAt: 0, runId: null, status: null })),
    hostedCalls: new ObjectTable<HostedStep>(sql, 'hosted_calls', execute, () => ({ createdAt: 0, runId: null, status: null })),
    files: new SqliteFileTable(sql, execute),
    fileContents: new SqliteFileContentTable(sql, execute),
    fileChunks: new SqliteFileChunkTable(sql, execute),
    v2Settings: new ObjectTable<V2Settings>(sql, 'v2_settings', execute, () => ({ createdAt: 0, runId: null, status: null })),
    vectorStores: new ObjectTable<VectorStoreRecord>(sql, 'vector_store', execute, byCreation),
    vectorStoreFiles: new SqliteVectorStoreFileTable(sql, execute),
    vectorStoreFileBatches: new ObjectTable<VectorStoreFileBatchRecord>(sql, 'vector_store_file_batch', execute, byCreation),
  };
}

function keyRecord(row: Row): ApiKeyRecord {
  const optional = (name: string): number | null => (row[name] === null ? null : integer(row, name));
  return {
    name: text(row, 'name'),
    createdAt: integer(row, 'created_at'),
    lastUsedAt: optional('last_used_at'),
    revokedAt: optional('revoked_at'),
  };
}

class SqliteKeyTable implements KeyTable {
  constructor(
    private readonly sql: Statements,
    private readonly execute: Execute,
  ) {}

  add(name: string, hash: string, createdAt: number): Promise<boolean> {
    return this.execute(() => this.sql.addKey.run(name, hash, createdAt).changes > 0);
  }

  list(): Promise<ApiKeyRecord[]> {
    return this.execute(() => this.sql.listKeys.all().map(keyRecord));
  }

  findActive(hash: string): Promise<ApiKeyRecord | undefined> {
    return this.execute(() => {
      const row = this.sql.findActiveKey.get(hash);
      return row === undefined ? undefined : keyRecord(row);
    });
  }

  markUsed(name: string, at: number): Promise<void> {
    return this.execute(() => {
      this.sql.markKeyUsed.run(at, name);
    });
  }

  revoke(name: string, at: number): Promise<boolean> {
    return this.execute(() => this.sql.revokeKey.run(at, name).changes > 0);
  }

  any(): Promise<boolean> {
    return this.execute(() => this.sql.anyKey.get()?.['found'] === 1);
  }
}

/** A FIFO lock that hands over directly to the next waiter. */
class Lock {
  private held = false;
  private readonly waiters: Array<() => void> = [];

  get isHeld(): boolean {
    return this.held;
  }

  async acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next === undefined) this.held = false;
    else next();
  }
}

/** The transaction whose `work` is running, as seen from inside it. */
interface OpenTransaction {
  open: boolean;
}

class SqliteStore implements Store {
  readonly assistants: StoreTables['assistants'];
  readonly threads: StoreTables['threads'];
  readonly messages: StoreTables['messages'];
  readonly runs: StoreTables['runs'];
  readonly runLeases: StoreTables['runLeases'];
  readonly steps: StoreTables['steps'];
  readonly assistantFiles: StoreTables['assistantFiles'];
  readonly messageFiles: StoreTables['messageFiles'];
  readonly pendingUsage: StoreTables['pendingUsage'];
  readonly hostedCalls: StoreTables['hostedCalls'];
  readonly files: StoreTables['files'];
  readonly fileContents: StoreTables['fileContents'];
  readonly fileChunks: StoreTables['fileChunks'];
  readonly v2Settings: StoreTables['v2Settings'];
  readonly vectorStores: StoreTables['vectorStores'];
  readonly vectorStoreFiles: StoreTables['vectorStoreFiles'];
  readonly vectorStoreFileBatches: StoreTables['vectorStoreFileBatches'];
  readonly keys: KeyTable;

  private readonly sql: Statements;
  private readonly lock = new Lock();
  /** Set inside a transaction's `work`, to catch calls that would wait for that very transaction. */
  private readonly current = new AsyncLocalStorage<OpenTransaction>();

  constructor(
    private readonly db: DatabaseSync,
    private readonly stopCheckpointer: () => Promise<void>,
  ) {
    this.sql = prepareStatements(db);
    const tables = createTables(this.sql, (operation) => this.outside(operation));
    this.assistants = tables.assistants;
    this.threads = tables.threads;
    this.messages = tables.messages;
    this.runs = tables.runs;
    this.runLeases = tables.runLeases;
    this.steps = tables.steps;
    this.assistantFiles = tables.assistantFiles;
    this.messageFiles = tables.messageFiles;
    this.pendingUsage = tables.pendingUsage;
    this.hostedCalls = tables.hostedCalls;
    this.files = tables.files;
    this.fileContents = tables.fileContents;
    this.fileChunks = tables.fileChunks;
    this.v2Settings = tables.v2Settings;
    this.vectorStores = tables.vectorStores;
    this.vectorStoreFiles = tables.vectorStoreFiles;
    this.vectorStoreFileBatches = tables.vectorStoreFileBatches;
    this.keys = new SqliteKeyTable(this.sql, (operation) => this.outside(operation));
  }

  /** An operation outside any transaction: now when no transaction is open, else in turn. */
  private async outside<R>(operation: () => R): Promise<R> {
    if (!this.lock.isHeld) return this.now(operation);
    this.refuseInsideTransaction('an operation on the store itself');
    await this.lock.acquire();
    try {
      return this.now(operation);
    } finally {
      this.lock.release();
    }
  }

  private now<R>(operation: () => R): R {
    if (!this.db.isOpen) throw new Error('The store is closed.');
    return operation();
  }

  /**
   * Inside `work` the lock is this transaction's, so waiting for it would never end: fail loudly
   * instead. (A task that `work` started and did not await is refused too while `work` runs.)
   */
  private refuseInsideTransaction(what: string): void {
    if (this.current.getStore()?.open === true) {
      throw new Error(
        `${what} was called inside a transaction's work and would wait for that transaction forever: ` +
          'use the tables given to work.',
      );
    }
  }

  async transaction<T>(work: (tx: StoreTables) => Promise<T>): Promise<T> {
    this.refuseInsideTransaction('store.transaction');
    await this.lock.acquire();
    const state: OpenTransaction = { open: true };
    try {
      this.now(() => this.db.exec('BEGIN IMMEDIATE'));
      const tables = createTables(this.sql, async (operation) => {
        if (!state.open) throw new Error('This transaction has ended: its tables can no longer be used.');
        return this.now(operation);
      });
      let result: T;
      try {
        result = await this.current.run(state, () => work(tables));
        this.db.exec('COMMIT');
      } catch (error) {
        // SQLite may already have rolled back (after some I/O errors): then there is nothing to undo.
        if (this.db.isTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
      return result;
    } finally {
      state.open = false;
      this.lock.release();
    }
  }

  /** Every transaction here runs alone, so a run's is like any other. */
  runTransaction<T>(_run: RunKey, work: (tx: StoreTables) => Promise<T>): Promise<T> {
    return this.transaction(work);
  }

  discardUnownedContents(): Promise<number> {
    return this.outside(() => {
      this.sql.deleteUnownedIndexes.run();
      return Number(this.sql.deleteUnownedPieces.run().changes) + Number(this.sql.deleteUnownedChunks.run().changes);
    });
  }

  async close(): Promise<void> {
    this.refuseInsideTransaction('store.close');
    await this.lock.acquire();
    try {
      // The worker's connection first: the last one to close checkpoints the WAL and removes it.
      await this.stopCheckpointer();
      if (this.db.isOpen) this.db.close();
    } finally {
      this.lock.release();
    }
  }
}
