/**
 * The v1 server's store on PostgreSQL (see `store.ts` for the contract), for several instances of
 * the server on one database.
 *
 * The schema mirrors SQLite's: every object of every table is one row of `objects`, its body as
 * `json` (text kept as written, so objects read back with their keys in order); `seq`, an identity,
 * is the insertion order that breaks ties of `created_at`, kept by `put` of an existing object.
 * A list page is one query on an index that ends in `(created_at, seq)`.
 *
 * Connections come from a bounded pool. An operation outside a transaction is one autocommitted
 * statement; `transaction` runs its work on one connection at `SERIALIZABLE`, and runs the work
 * again when Postgres aborts it for a conflict with a concurrent one: so no other operation
 * interleaves with it, across connections and instances alike (two requests creating a run on one
 * thread through two instances: one of them sees the other's run). `runTransaction`, a run's own
 * change, locks the run's row and works at `REPEATABLE READ`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { DEFAULT_POOL_SIZE } from '../config.js';
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
  FileTable,
  HostedStep,
  IndexedText,
  KeyTable,
  MessageTable,
  Page,
  PageQuery,
  RunKey,
  RunLeaseTable,
  RunTable,
  ScopedRun,
  Store,
  StoreTables,
  Table,
  ThreadTable,
  V2Settings,
  VectorStoreFileBatchRecord,
  VectorStoreFileRecord,
  VectorStoreFileTable,
  VectorStoreRecord,
} from './store.js';
import { PostgresBroadcast } from './postgres-broadcast.js';
import { FIRST, LAST } from './rows.js';
import type { Kind, Position } from './rows.js';

/**
 * The schema, as an ordered list of migrations: applying entry `i` takes `store_schema.version`
 * from `i` to `i + 1`. Append new entries; never edit one that has shipped.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE objects (
     seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE, -- insertion order
     kind text NOT NULL,       -- which table: see Kind
     scope text NOT NULL,
     parent text NOT NULL,
     id text NOT NULL,
     created_at bigint NOT NULL,
     run_id text,              -- messages only: the run that created the message
     status text,              -- runs only
     body json NOT NULL,       -- the object
     PRIMARY KEY (kind, scope, parent, id)
   );
   CREATE INDEX objects_by_created ON objects (kind, scope, parent, created_at, seq);
   CREATE INDEX objects_by_run ON objects (kind, scope, parent, run_id, created_at, seq);
   CREATE INDEX objects_by_status ON objects (kind, status, scope, parent, created_at, seq);
   -- An object by its id under any parent: a file's attachments to assistants and vector stores.
   CREATE INDEX objects_by_id ON objects (kind, scope, id);
   CREATE TABLE api_keys (
     seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
     name text PRIMARY KEY,
     hash text NOT NULL UNIQUE, -- the key's SHA-256, hex: the key itself is never stored
     created_at bigint NOT NULL,
     last_used_at bigint,
     revoked_at bigint
   );
   CREATE TABLE file_contents (
     scope text NOT NULL,
     file_id text NOT NULL,
     piece integer NOT NULL, -- 0, 1, …: the pieces in order
     bytes bytea NOT NULL,
     PRIMARY KEY (scope, file_id, piece)
   );
   CREATE TABLE file_indexes (
     scope text NOT NULL,
     file_id text NOT NULL,
     tokens integer NOT NULL, -- of the whole extracted text
     embedding_model text,    -- the model of its chunks' embeddings; null when they have none
     PRIMARY KEY (scope, file_id)
   );
   CREATE TABLE file_chunks (
     scope text NOT NULL,
     file_id text NOT NULL,
     chunk integer NOT NULL, -- 0, 1, …: the chunks in order
     start integer NOT NULL, -- where the chunk begins in the file's text, in UTF-16 code units
     text text NOT NULL,
     tokens integer NOT NULL,
     embedding bytea,        -- float32 little-endian
     words tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
     PRIMARY KEY (scope, file_id, chunk)
   );
   CREATE INDEX file_chunks_words ON file_chunks USING gin (words);`,
  // Which instance executes each active run (see RunLeaseTable); a row goes when its run ends.
  `CREATE TABLE run_leases (
     run_id text PRIMARY KEY,
     scope text NOT NULL,
     holder text NOT NULL,      -- the instance executing the run
     expires_at bigint NOT NULL -- milliseconds since the epoch, on the holder's clock
   );`,
  // Broadcast notes too long for a notification (see postgres-broadcast.ts).
  `CREATE TABLE broadcast_bodies (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     sent_at timestamptz NOT NULL DEFAULT now(),
     body text NOT NULL
   );
   CREATE INDEX broadcast_bodies_by_time ON broadcast_bodies (sent_at);`,
];

/** The version of the schema this code writes: how many migrations it knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Serializes migrations of instances starting together on one database (any constant of ours). */
const MIGRATION_LOCK = 0x61737369;

/** How often a transaction is tried when Postgres keeps aborting it for conflicts. */
const TRANSACTION_ATTEMPTS = 20;

type Isolation = 'SERIALIZABLE' | 'REPEATABLE READ';

interface Statement {
  text: string;
  values: unknown[];
}

/** SQLSTATEs of a transaction aborted for a conflict with another: running it again may succeed. */
const RETRYABLE = new Set(['40001', '40P01']);

/** bigint columns as numbers: every one holds seconds or a sequence, far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresStoreOptions {
  /** At most this many connections (`DATABASE_POOL_SIZE`). */
  poolSize?: number | undefined;
}

/**
 * Connects to the database a `postgres://` or `postgresql://` URL names and brings its schema up to
 * date, or refuses a database written by a newer server. Errors never repeat the URL.
 */
export async function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? DEFAULT_POOL_SIZE, types });
  // An idle connection the server dropped: the pool replaces it; without a listener it would crash the process.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
    return new PostgresStore(pool, connectionString);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS store_schema (version integer NOT NULL)');
    const rows = (await client.query<{ version: number }>('SELECT version FROM store_schema')).rows;
    const version = rows[0]?.version ?? 0;
    if (version > MIGRATIONS.length) {
      throw new Error(
        `The database has schema version ${version}, newer than this server knows (${MIGRATIONS.length}): ` +
          'run a newer server, or use another database.',
      );
    }
    for (const migration of MIGRATIONS.slice(version)) await client.query(migration);
    if (rows.length === 0) await client.query('INSERT INTO store_schema (version) VALUES ($1)', [MIGRATIONS.length]);
    else await client.query('UPDATE store_schema SET version = $1', [MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

type Row = Record<string, unknown>;
/** Runs one statement: on the pool, or on a transaction's connection. */
type Query = (text: string, values?: readonly unknown[]) => Promise<{ rows: Row[]; rowCount: number }>;

/** Statement names by their text: the store's statements are a fixed set (lists go in as arrays). */
const statementNames = new Map<string, string>();

/**
 * A statement to run as a prepared one: each connection parses and analyzes it once, the first
 * time it runs there, instead of every time (most of PostgreSQL's work for the store's short
 * statements).
 */
function prepared(text: string, values: readonly unknown[] | undefined): pg.QueryConfig {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `store_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  // pg only reads the values.
  return { name, text, values: values as unknown[] | undefined };
}

function text(row: Row, name: string): string {
  const value = row[name];
  if (typeof value !== 'string') throw new Error(`${name}: expected text, got ${typeof value}.`);
  return value;
}

function integer(row: Row, name: string): number {
  const value = row[name];
  if (typeof value !== 'number') throw new Error(`${name}: expected an integer, got ${typeof value}.`);
  return value;
}

/** The parsed `json` body (a fresh object per read). */
function body<T>(row: Row): T {
  return row['body'] as T;
}

/** The indexed columns of an object, besides its id. */
interface Columns {
  createdAt: number;
  runId: string | null;
  status: string | null;
}

const byCreation = (value: { created_at: number }): Columns => ({ createdAt: value.created_at, runId: null, status: null });
const inInsertionOrder = (): Columns => ({ createdAt: 0, runId: null, status: null });

/** A condition a page can be kept to, on `$5` (after kind, scope, parent and id or the window). */
type Subset = { condition: ''; value?: undefined } | { condition: string; value: string };
const ALL: Subset = { condition: '' };

const SET = 'kind = $1 AND scope = $2 AND parent = $3';
/** Rows per statement of a `putMany`, so a statement's arrays stay small. */
const PUT_MANY_ROWS = 1000;

class ObjectTable<T> implements Table<T> {
  constructor(
    protected readonly query: Query,
    protected readonly kind: Kind,
    private readonly columns: (value: T) => Columns,
  ) {}

  async get(scope: string, parent: string, id: string): Promise<T | undefined> {
    const { rows } = await this.query(`SELECT body FROM objects WHERE ${SET} AND id = $4`, [this.kind, scope, parent, id]);
    return rows[0] === undefined ? undefined : body<T>(rows[0]);
  }

  async put(scope: string, parent: string, id: string, value: T): Promise<void> {
    const { createdAt, runId, status } = this.columns(value);
    // An existing object keeps its row, so its seq and its place in list order.
    await this.query(
      `INSERT INTO objects (kind, scope, parent, id, created_at, run_id, status, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (kind, scope, parent, id) DO UPDATE SET
         created_at = excluded.created_at, run_id = excluded.run_id, status = excluded.status, body = excluded.body`,
      [this.kind, scope, parent, id, createdAt, runId, status, JSON.stringify(value)],
    );
  }

  async getMany(scope: string, parent: string, ids: readonly string[]): Promise<Map<string, T>> {
    const { rows } = await this.query(`SELECT id, body FROM objects WHERE ${SET} AND id = ANY ($4::text[])`, [this.kind, scope, parent, ids]);
    return new Map(rows.map((row) => [text(row, 'id'), body<T>(row)]));
  }

  async putMany(scope: string, parent: string, entries: readonly (readonly [id: string, value: T])[]): Promise<void> {
    for (let start = 0; start < entries.length; start += PUT_MANY_ROWS) {
      const ids: string[] = [];
      const createdAts: number[] = [];
      const runIds: (string | null)[] = [];
      const statuses: (string | null)[] = [];
      const bodies: string[] = [];
      for (const [id, value] of entries.slice(start, start + PUT_MANY_ROWS)) {
        const { createdAt, runId, status } = this.columns(value);
        ids.push(id);
        createdAts.push(createdAt);
        runIds.push(runId);
        statuses.push(status);
        bodies.push(JSON.stringify(value));
      }
      // Rows are inserted in the entries' order, so their seq and list order follow it.
      await this.query(
        `INSERT INTO objects (kind, scope, parent, id, created_at, run_id, status, body)
         SELECT $1, $2, $3, e.id, e.created_at, e.run_id, e.status, e.body::json
         FROM unnest($4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS e (id, created_at, run_id, status, body, n)
         ORDER BY e.n
         ON CONFLICT (kind, scope, parent, id) DO UPDATE SET
           created_at = excluded.created_at, run_id = excluded.run_id, status = excluded.status, body = excluded.body`,
        [this.kind, scope, parent, ids, createdAts, runIds, statuses, bodies],
      );
    }
  }

  async delete(scope: string, parent: string, id: string): Promise<boolean> {
    return (await this.query(`DELETE FROM objects WHERE ${SET} AND id = $4`, [this.kind, scope, parent, id])).rowCount > 0;
  }

  async deleteAll(scope: string, parent: string): Promise<void> {
    await this.query(`DELETE FROM objects WHERE ${SET}`, [this.kind, scope, parent]);
  }

  async list(scope: string, parent: string): Promise<T[]> {
    const { rows } = await this.query(`SELECT body FROM objects WHERE ${SET} ORDER BY created_at, seq`, [this.kind, scope, parent]);
    return rows.map((row) => body<T>(row));
  }

  page(scope: string, parent: string, query: PageQuery): Promise<Page<T>> {
    return this.pageOf(scope, parent, query, ALL);
  }

  /** One page of the set, or of the subset whose condition holds for `subset.value`. */
  protected async pageOf(scope: string, parent: string, query: PageQuery, subset: Subset): Promise<Page<T>> {
    const { limit, order, after, before } = query;
    const set = [this.kind, scope, parent];
    const extra = subset.value === undefined ? [] : [subset.value];
    /** The subset's condition, its value the statement's parameter `number`. */
    const condition = (number: number): string => (subset.condition === '' ? '' : `AND ${subset.condition.replaceAll('$value', `$${number}`)}`);
    const positionOf = async (id: string, param: 'after' | 'before'): Promise<Position> => {
      const { rows } = await this.query(`SELECT created_at, seq FROM objects WHERE ${SET} AND id = $4 ${condition(5)}`, [...set, id, ...extra]);
      const row = rows[0];
      if (row === undefined) throw new CursorNotFoundError(param, id);
      return [integer(row, 'created_at'), integer(row, 'seq')];
    };
    const afterAt = after === undefined ? undefined : await positionOf(after, 'after');
    const beforeAt = before === undefined ? undefined : await positionOf(before, 'before');
    // The window between the cursors, in ascending (created_at, seq) terms.
    const [low, high] = order === 'asc' ? [afterAt ?? FIRST, beforeAt ?? LAST] : [beforeAt ?? FIRST, afterAt ?? LAST];
    // Read away from `after`; with `before`, read back from it and then restore the page's order.
    // One row more than the page says whether there are more.
    const direction = (order === 'asc') === (before === undefined) ? 'ASC' : 'DESC';
    const first = 4 + extra.length;
    const { rows } = await this.query(
      `SELECT body FROM objects WHERE ${SET} ${condition(4)}
         AND (created_at, seq) > ($${first}, $${first + 1}) AND (created_at, seq) < ($${first + 2}, $${first + 3})
       ORDER BY created_at ${direction}, seq ${direction} LIMIT $${first + 4}`,
      [...set, ...extra, ...low, ...high, Math.max(0, limit) + 1],
    );
    const data = rows.slice(0, limit).map((row) => body<T>(row));
    if (before !== undefined) data.reverse();
    return { data, hasMore: rows.length > limit };
  }
}

class PostgresThreadTable extends ObjectTable<Thread> implements ThreadTable {
  constructor(query: Query) {
    super(query, 'thread', byCreation);
  }

  override page(scope: string, parent: string, query: PageQuery & { metadata?: Record<string, string> | undefined }): Promise<Page<Thread>> {
    const { metadata } = query;
    if (metadata === undefined || Object.keys(metadata).length === 0) return this.pageOf(scope, parent, query, ALL);
    // Containment of the wanted pairs: every one of them is in the thread's metadata.
    return this.pageOf(scope, parent, query, { condition: "(body::jsonb -> 'metadata') @> $value::jsonb", value: JSON.stringify(metadata) });
  }
}

class PostgresMessageTable extends ObjectTable<Message> implements MessageTable {
  constructor(query: Query) {
    super(query, 'message', (message) => ({ createdAt: message.created_at, runId: message.run_id ?? null, status: null }));
  }

  override page(scope: string, parent: string, query: PageQuery & { runId?: string | undefined }): Promise<Page<Message>> {
    return this.pageOf(scope, parent, query, query.runId === undefined ? ALL : { condition: 'run_id = $value', value: query.runId });
  }

  async listByRun(scope: string, threadId: string, runId: string): Promise<Message[]> {
    const { rows } = await this.query(`SELECT body FROM objects WHERE ${SET} AND run_id = $4 ORDER BY created_at, seq`, [
      this.kind,
      scope,
      threadId,
      runId,
    ]);
    return rows.map((row) => body<Message>(row));
  }
}

class PostgresRunTable extends ObjectTable<Run> implements RunTable {
  constructor(query: Query) {
    super(query, 'run', (run) => ({ createdAt: run.created_at, runId: null, status: run.status }));
  }

  async withStatus(scope: string, threadId: string, statuses: readonly string[]): Promise<Run[]> {
    const { rows } = await this.query(`SELECT body FROM objects WHERE ${SET} AND status = ANY ($4::text[]) ORDER BY created_at, seq`, [
      this.kind,
      scope,
      threadId,
      statuses,
    ]);
    return rows.map((row) => body<Run>(row));
  }

  async everyWithStatus(statuses: readonly string[]): Promise<ScopedRun[]> {
    const { rows } = await this.query(
      'SELECT scope, body FROM objects WHERE kind = $1 AND status = ANY ($2::text[]) ORDER BY created_at, seq',
      [this.kind, statuses],
    );
    return rows.map((row) => ({ scope: text(row, 'scope'), run: body<Run>(row) }));
  }
}

/** The objects of `kind` whose id is a file's, under any parent, oldest first. */
async function ofFile<T>(query: Query, kind: Kind, scope: string, fileId: string): Promise<T[]> {
  const { rows } = await query('SELECT body FROM objects WHERE kind = $1 AND scope = $2 AND id = $3 ORDER BY created_at, seq', [
    kind,
    scope,
    fileId,
  ]);
  return rows.map((row) => body<T>(row));
}

class PostgresAssistantFileTable extends ObjectTable<AssistantFile> implements AssistantFileTable {
  constructor(query: Query) {
    super(query, 'assistant_file', byCreation);
  }

  ofFile(scope: string, fileId: string): Promise<AssistantFile[]> {
    return ofFile(this.query, this.kind, scope, fileId);
  }
}

class PostgresVectorStoreFileTable extends ObjectTable<VectorStoreFileRecord> implements VectorStoreFileTable {
  constructor(query: Query) {
    super(query, 'vector_store_file', byCreation);
  }

  ofFile(scope: string, fileId: string): Promise<VectorStoreFileRecord[]> {
    return ofFile(this.query, this.kind, scope, fileId);
  }
}

class PostgresFileTable extends ObjectTable<FileObject> implements FileTable {
  constructor(query: Query) {
    super(query, 'file', byCreation);
  }

  override page(scope: string, parent: string, query: PageQuery & { purpose?: string | undefined }): Promise<Page<FileObject>> {
    return this.pageOf(scope, parent, query, query.purpose === undefined ? ALL : { condition: "body ->> 'purpose' = $value", value: query.purpose });
  }
}

class PostgresFileContentTable implements FileContentTable {
  constructor(private readonly query: Query) {}

  async append(scope: string, fileId: string, piece: number, bytes: Uint8Array): Promise<void> {
    await this.query('INSERT INTO file_contents (scope, file_id, piece, bytes) VALUES ($1, $2, $3, $4)', [scope, fileId, piece, bytes]);
  }

  async piece(scope: string, fileId: string, piece: number): Promise<Uint8Array | undefined> {
    const { rows } = await this.query('SELECT bytes FROM file_contents WHERE scope = $1 AND file_id = $2 AND piece = $3', [scope, fileId, piece]);
    const bytes = rows[0]?.['bytes'];
    return bytes instanceof Uint8Array ? bytes : undefined;
  }

  async deleteAll(scope: string, fileId: string): Promise<void> {
    await this.query('DELETE FROM file_contents WHERE scope = $1 AND file_id = $2', [scope, fileId]);
  }
}

class PostgresFileChunkTable implements FileChunkTable {
  constructor(private readonly query: Query) {}

  async add(scope: string, fileId: string, indexed: IndexedText): Promise<void> {
    const { embeddings, chunks } = indexed;
    await this.query('INSERT INTO file_indexes (scope, file_id, tokens, embedding_model) VALUES ($1, $2, $3, $4)', [
      scope,
      fileId,
      indexed.tokens,
      embeddings?.model ?? null,
    ]);
    // All chunks in one statement, column by column.
    const vectors = chunks.map((_, position) => {
      const vector = embeddings?.vectors[position];
      return vector ? Buffer.from(vectorBytes(vector)) : null;
    });
    await this.query(
      `INSERT INTO file_chunks (scope, file_id, chunk, start, text, tokens, embedding)
       SELECT $1::text, $2::text, * FROM unnest($3::integer[], $4::integer[], $5::text[], $6::integer[], $7::bytea[])`,
      [scope, fileId, chunks.map((chunk) => chunk.index), chunks.map((chunk) => chunk.start), chunks.map((chunk) => chunk.text), chunks.map((chunk) => chunk.tokens), vectors],
    );
  }

  /** `ts_rank` is higher for better matches; any word of the query may match (their lexemes OR-ed). */
  async search(scope: string, fileIds: readonly string[], query: string, limit: number): Promise<ChunkHit[]> {
    const words = queryWords(query);
    if (words.length === 0 || fileIds.length === 0) return [];
    const { rows } = await this.query(
      `SELECT file_id, chunk, text, ts_rank(words, wanted) AS rank
       FROM file_chunks, to_tsquery('english', $3) AS wanted
       WHERE scope = $1 AND file_id = ANY ($2::text[]) AND words @@ wanted
       ORDER BY rank DESC, file_id, chunk LIMIT $4`,
      [scope, fileIds, words.join(' | '), limit],
    );
    return rows.map((row) => ({ fileId: text(row, 'file_id'), index: integer(row, 'chunk'), text: text(row, 'text'), score: Number(row['rank']) }));
  }

  async nearest(scope: string, fileIds: readonly string[], model: string, vector: Float32Array, limit: number): Promise<ChunkHit[]> {
    if (fileIds.length === 0 || limit <= 0) return [];
    const { rows } = await this.query(
      `SELECT c.file_id, c.chunk, c.text, c.embedding FROM file_chunks c
       JOIN file_indexes i ON i.scope = c.scope AND i.file_id = c.file_id
       WHERE c.scope = $1 AND c.file_id = ANY ($2::text[]) AND i.embedding_model = $3 AND c.embedding IS NOT NULL`,
      [scope, fileIds, model],
    );
    const vectorNorm = norm(vector);
    const best = new BestHits<ChunkHit>(limit);
    for (const row of rows) {
      const stored = row['embedding'];
      if (!(stored instanceof Uint8Array)) continue;
      best.offer({ fileId: text(row, 'file_id'), index: integer(row, 'chunk'), text: text(row, 'text'), score: cosine(vector, vectorNorm, stored) });
    }
    return best.hits;
  }

  async list(scope: string, fileId: string, limit?: number): Promise<FileChunk[]> {
    const { rows } = await this.query(
      'SELECT chunk, start, text, tokens FROM file_chunks WHERE scope = $1 AND file_id = $2 ORDER BY chunk LIMIT $3',
      [scope, fileId, limit ?? null],
    );
    return rows.map((row) => ({ index: integer(row, 'chunk'), start: integer(row, 'start'), text: text(row, 'text'), tokens: integer(row, 'tokens') }));
  }

  async tokens(scope: string, fileId: string): Promise<number | undefined> {
    const { rows } = await this.query('SELECT tokens FROM file_indexes WHERE scope = $1 AND file_id = $2', [scope, fileId]);
    return rows[0] === undefined ? undefined : integer(rows[0], 'tokens');
  }

  async deleteAll(scope: string, fileId: string): Promise<void> {
    await this.query('DELETE FROM file_chunks WHERE scope = $1 AND file_id = $2', [scope, fileId]);
    await this.query('DELETE FROM file_indexes WHERE scope = $1 AND file_id = $2', [scope, fileId]);
  }
}

/** An active run of the lease's scope and id whose status is one of `$statuses`. */
const activeRun = (lease: string, statuses: string) =>
  `SELECT 1 FROM objects o WHERE o.kind = 'run' AND o.scope = ${lease}.scope AND o.id = ${lease}.run_id AND o.status = ANY (${statuses}::text[])`;

/**
 * Every claim is one conditional upsert: it takes a missing lease, or one that expired, in one
 * statement, so two instances claiming together never both win (the second waits for the first's
 * row, then finds it held), and no lock on a run outlives the statement.
 */
class PostgresRunLeaseTable implements RunLeaseTable {
  constructor(private readonly query: Query) {}

  async claim(scope: string, runId: string, holder: string, now: number, until: number): Promise<boolean> {
    const { rowCount } = await this.query(
      `INSERT INTO run_leases (run_id, scope, holder, expires_at) VALUES ($1, $2, $3, $5)
       ON CONFLICT (run_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE run_leases.holder = excluded.holder OR run_leases.expires_at <= $4`,
      [runId, scope, holder, now, until],
    );
    return rowCount > 0;
  }

  async claimFree(statuses: readonly string[], holder: string, now: number, until: number): Promise<ScopedRun[]> {
    const { rows } = await this.query(
      `WITH free AS (
         SELECT o.scope, o.id FROM objects o LEFT JOIN run_leases l ON l.run_id = o.id
         WHERE o.kind = 'run' AND o.status = ANY ($1::text[]) AND (l.run_id IS NULL OR l.expires_at <= $3)
       ), claimed AS (
         INSERT INTO run_leases (run_id, scope, holder, expires_at) SELECT id, scope, $2, $4 FROM free
         ON CONFLICT (run_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE run_leases.expires_at <= $3
         RETURNING run_id, scope
       )
       SELECT o.scope, o.body FROM claimed c JOIN objects o ON o.kind = 'run' AND o.scope = c.scope AND o.id = c.run_id
       ORDER BY o.created_at, o.seq`,
      [statuses, holder, now, until],
    );
    return rows.map((row) => ({ scope: text(row, 'scope'), run: body<Run>(row) }));
  }

  async renew(holder: string, runIds: readonly string[], statuses: readonly string[], until: number): Promise<string[]> {
    const { rows } = await this.query(
      `WITH ended AS (
         DELETE FROM run_leases l WHERE l.holder = $1 AND l.run_id = ANY ($2::text[]) AND NOT EXISTS (${activeRun('l', '$3')})
       )
       UPDATE run_leases l SET expires_at = $4
       WHERE l.holder = $1 AND l.run_id = ANY ($2::text[]) AND EXISTS (${activeRun('l', '$3')})
       RETURNING l.run_id`,
      [holder, runIds, statuses, until],
    );
    return rows.map((row) => text(row, 'run_id'));
  }

  async release(holder: string, runIds: readonly string[]): Promise<void> {
    await this.query('DELETE FROM run_leases WHERE holder = $1 AND run_id = ANY ($2::text[])', [holder, runIds]);
  }

  async holds(runId: string, holder: string): Promise<boolean> {
    const { rows } = await this.query('SELECT 1 FROM run_leases WHERE run_id = $1 AND holder = $2 FOR SHARE', [runId, holder]);
    return rows.length > 0;
  }
}

function createTables(query: Query): StoreTables {
  return {
    assistants: new ObjectTable<Assistant>(query, 'assistant', byCreation),
    threads: new PostgresThreadTable(query),
    messages: new PostgresMessageTable(query),
    runs: new PostgresRunTable(query),
    runLeases: new PostgresRunLeaseTable(query),
    steps: new ObjectTable<RunStep>(query, 'step', byCreation),
    assistantFiles: new PostgresAssistantFileTable(query),
    messageFiles: new ObjectTable<MessageFile>(query, 'message_file', byCreation),
    // Usage has no created_at: pending usages list in insertion order.
    pendingUsage: new ObjectTable<Usage>(query, 'pending_usage', inInsertionOrder),
    hostedCalls: new ObjectTable<HostedStep>(query, 'hosted_calls', inInsertionOrder),
    files: new PostgresFileTable(query),
    fileContents: new PostgresFileContentTable(query),
    fileChunks: new PostgresFileChunkTable(query),
    v2Settings: new ObjectTable<V2Settings>(query, 'v2_settings', inInsertionOrder),
    vectorStores: new ObjectTable<VectorStoreRecord>(query, 'vector_store', byCreation),
    vectorStoreFiles: new PostgresVectorStoreFileTable(query),
    vectorStoreFileBatches: new ObjectTable<VectorStoreFileBatchRecord>(query, 'vector_store_file_batch', byCreation),
  };
}

function keyRecord(row: Row): ApiKeyRecord {
  const optional = (name: string): number | null => (row[name] === null ? null : integer(row, name));
  return { name: text(row, 'name'), createdAt: integer(row, 'created_at'), lastUsedAt: optional('last_used_at'), revokedAt: optional('revoked_at') };
}

const KEY_COLUMNS = 'name, created_at, last_used_at, revoked_at';

class PostgresKeyTable implements KeyTable {
  constructor(private readonly query: Query) {}

  async add(name: string, hash: string, createdAt: number): Promise<boolean> {
    const { rowCount } = await this.query('INSERT INTO api_keys (name, hash, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
      name,
      hash,
      createdAt,
    ]);
    return rowCount > 0;
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.query(`SELECT ${KEY_COLUMNS} FROM api_keys ORDER BY created_at, seq`)).rows.map(keyRecord);
  }

  async findActive(hash: string): Promise<ApiKeyRecord | undefined> {
    const { rows } = await this.query(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE hash = $1 AND revoked_at IS NULL`, [hash]);
    return rows[0] === undefined ? undefined : keyRecord(rows[0]);
  }

  async markUsed(name: string, at: number): Promise<void> {
    await this.query('UPDATE api_keys SET last_used_at = $1 WHERE name = $2', [at, name]);
  }

  async revoke(name: string, at: number): Promise<boolean> {
    return (await this.query('UPDATE api_keys SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL', [at, name])).rowCount > 0;
  }

  async any(): Promise<boolean> {
    return (await this.query('SELECT 1 FROM api_keys LIMIT 1')).rows.length > 0;
  }
}

/** The transaction whose `work` is running, as seen from inside it. */
interface OpenTransaction {
  open: boolean;
  /** Runs a statement in it. */
  query: Query;
}

/** A transaction's connection failed to roll back: it cannot serve another. */
class ConnectionLost extends Error {
  constructor(readonly reason: Error) {
    super(reason.message);
  }
}

/** The SQLSTATE of a Postgres error. */
function sqlState(error: unknown): string {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

class PostgresStore implements Store {
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
  readonly broadcast: PostgresBroadcast;

  private closed = false;
  /** Set inside a transaction's `work`: a call on the store itself there would wait on a second connection. */
  private readonly current = new AsyncLocalStorage<OpenTransaction>();

  constructor(
    private readonly pool: pg.Pool,
    connectionString: string,
  ) {
    const outside: Query = async (statement, values) => {
      this.refuseInsideTransaction('an operation on the store itself');
      this.refuseClosed();
      const result = await this.pool.query(prepared(statement, values));
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    };
    const tables = createTables(outside);
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
    this.keys = new PostgresKeyTable(outside);
    // Notes sent inside a transaction's work go with it.
    const here: Query = (statement, values) => {
      const open = this.current.getStore();
      return open?.open === true ? open.query(statement, values) : outside(statement, values);
    };
    this.broadcast = new PostgresBroadcast(here, connectionString);
  }

  private refuseClosed(): void {
    if (this.closed) throw new Error('The store is closed.');
  }

  /** Inside `work`, its tables are the ones to use: the store's own would see none of its writes. */
  private refuseInsideTransaction(what: string): void {
    if (this.current.getStore()?.open === true) {
      throw new Error(
        `${what} was called inside a transaction's work, where it would not see the transaction's writes ` +
          '(and could wait for them forever): use the tables given to work.',
      );
    }
  }

  transaction<T>(work: (tx: StoreTables) => Promise<T>): Promise<T> {
    return this.transact('SERIALIZABLE', undefined, work);
  }

  /**
   * Writing the run's row first (to the same values) makes every other change of the run wait, or
   * run again, and so does a concurrent deletion of its thread: the run's row goes with the thread.
   */
  runTransaction<T>({ scope, threadId, runId }: RunKey, work: (tx: StoreTables) => Promise<T>): Promise<T> {
    const claim: Statement = {
      text: `UPDATE objects SET status = status WHERE kind = 'run' AND scope = $1 AND parent = $2 AND id = $3`,
      values: [scope, threadId, runId],
    };
    return this.transact('REPEATABLE READ', claim, work);
  }

  private async transact<T>(isolation: Isolation, first: Statement | undefined, work: (tx: StoreTables) => Promise<T>): Promise<T> {
    this.refuseInsideTransaction('store.transaction');
    this.refuseClosed();
    const client = await this.pool.connect();
    /** Set when the connection failed mid-transaction: the pool then drops it instead of reusing it. */
    let lost: Error | undefined;
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.attempt(client, isolation, first, work);
        } catch (error) {
          if (error instanceof ConnectionLost) {
            lost = error.reason;
            throw error.reason;
          }
          if (!RETRYABLE.has(sqlState(error)) || attempt === TRANSACTION_ATTEMPTS) throw error;
          // Another transaction won the conflict: back off a little (more each time), then run the work again.
          await sleep(Math.random() * Math.min(100, 2 ** attempt));
        }
      }
    } finally {
      client.release(lost);
    }
  }

  private async attempt<T>(
    client: pg.PoolClient,
    isolation: Isolation,
    first: Statement | undefined,
    work: (tx: StoreTables) => Promise<T>,
  ): Promise<T> {
    const state: OpenTransaction = { open: true, query: async (statement, values) => query(statement, values) };
    const query: Query = async (statement, values) => {
      if (!state.open) throw new Error('This transaction has ended: its tables can no longer be used.');
      const result = await client.query(prepared(statement, values));
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    };
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    try {
      if (first) await client.query(prepared(first.text, first.values));
      const result = await this.current.run(state, () => work(createTables(query)));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (reason) {
        throw new ConnectionLost(reason instanceof Error ? reason : new Error(String(reason)));
      }
      throw error;
    } finally {
      state.open = false;
    }
  }

  async discardUnownedContents(): Promise<number> {
    this.refuseInsideTransaction('store.discardUnownedContents');
    this.refuseClosed();
    const unowned = (table: string) =>
      `DELETE FROM ${table} t WHERE NOT EXISTS (
         SELECT 1 FROM objects WHERE kind = 'file' AND scope = t.scope AND parent = '${ROOT}' AND id = t.file_id)`;
    await this.pool.query(unowned('file_indexes'));
    const pieces = await this.pool.query(unowned('file_contents'));
    const chunks = await this.pool.query(unowned('file_chunks'));
    return (pieces.rowCount ?? 0) + (chunks.rowCount ?? 0);
  }

  async close(): Promise<void> {
    this.refuseInsideTransaction('store.close');
    if (this.closed) return;
    this.closed = true;
    await this.broadcast.close();
    // Waits for the connections in use (an open transaction) to be released.
    await this.pool.end();
  }
}
