/**
 * Where the v1 server keeps its objects. Asynchronous and page-aware, so a database answers a
 * list page with one indexed query; writes that belong together go through `transaction`.
 *
 * Every object lives under a scope (a hash of the caller's API key, so two keys never see each
 * other's data, and no key is ever stored) and a parent id (the thread of a message or run, the run
 * of a step, …; `ROOT` for assistants and threads). Values are copied in and out: callers change a
 * copy and write it back with `put`, which keeps an existing object's place in list order.
 */
import type {
  Assistant,
  AssistantFile,
  CodeInterpreterOutput,
  Message,
  MessageFile,
  Metadata,
  Run,
  RunStep,
  SortOrder,
  Thread,
  Usage,
} from '../../v1/schemas.js';
import type { ReasoningEffort, ResponseFormatV2 } from '../../v2/requests.js';

export const ROOT = '';

/**
 * One page in the upstream's order: by `created_at`, ties by insertion order (a monotonic
 * sequence), `desc` the exact reverse of `asc`.
 * - `after=X`: up to `limit` objects strictly after X in the requested order.
 * - `before=X`: the `limit` objects immediately preceding X in the requested order, still in that
 *   order; `hasMore` says more exist further back.
 * Both together bound the window on each side.
 */
export interface PageQuery {
  limit: number;
  order: SortOrder;
  after?: string | undefined;
  before?: string | undefined;
}

export interface Page<T> {
  data: T[];
  hasMore: boolean;
}

/** `after` or `before` names an id that is not in the listed set. */
export class CursorNotFoundError extends Error {
  constructor(
    readonly param: 'after' | 'before',
    readonly id: string,
  ) {
    super(`No object with id '${id}' in this list (${param}).`);
    this.name = 'CursorNotFoundError';
  }
}

export interface Table<T> {
  get(scope: string, parent: string, id: string): Promise<T | undefined>;
  /** Inserts, or replaces an existing object in place (its list position does not change). */
  put(scope: string, parent: string, id: string, value: T): Promise<void>;
  /** The objects of `ids` that exist, by id, in one read however many are asked. */
  getMany(scope: string, parent: string, ids: readonly string[]): Promise<Map<string, T>>;
  /** `put` of each entry, in order, in one write however many there are. */
  putMany(scope: string, parent: string, entries: readonly (readonly [id: string, value: T])[]): Promise<void>;
  delete(scope: string, parent: string, id: string): Promise<boolean>;
  deleteAll(scope: string, parent: string): Promise<void>;
  /** The parent's whole set, oldest first: only for sets the API bounds (files, a run's steps). */
  list(scope: string, parent: string): Promise<T[]>;
  page(scope: string, parent: string, query: PageQuery): Promise<Page<T>>;
}

/** Threads can be kept to those whose metadata has every pair of `metadata`. */
export interface ThreadTable extends Table<Thread> {
  page(scope: string, parent: string, query: PageQuery & { metadata?: Record<string, string> | undefined }): Promise<Page<Thread>>;
}

export interface MessageTable extends Table<Message> {
  /** A page of the thread's messages, only those of `runId` when given. */
  page(scope: string, parent: string, query: PageQuery & { runId?: string | undefined }): Promise<Page<Message>>;
  /** The messages a run created, oldest first. */
  listByRun(scope: string, threadId: string, runId: string): Promise<Message[]>;
}

/** A run as the engine finds it when it looks for work: with its scope. */
export interface ScopedRun {
  scope: string;
  run: Run;
}

export interface RunTable extends Table<Run> {
  /** The thread's runs whose status is one of `statuses`, oldest first. */
  withStatus(scope: string, threadId: string, statuses: readonly string[]): Promise<Run[]>;
  /** Every run in any scope whose status is one of `statuses`, oldest first (for restart recovery). */
  everyWithStatus(statuses: readonly string[]): Promise<ScopedRun[]>;
}

/**
 * Which server instance executes each active run: a lease its holder renews while it works on the
 * run, which another instance may take once it has expired. Times are milliseconds on the engine's
 * clock. A lease is held until another instance takes it: one that expired and nobody took is still
 * its holder's.
 */
export interface RunLeaseTable {
  /** Takes the run's lease for `holder` until `until` when it is free, expired at `now`, or already `holder`'s; false when another instance holds it. */
  claim(scope: string, runId: string, holder: string, now: number, until: number): Promise<boolean>;
  /** Takes for `holder` the leases of the runs whose status is one of `statuses` and whose lease is missing or expired at `now`: those runs, oldest first. */
  claimFree(statuses: readonly string[], holder: string, now: number, until: number): Promise<ScopedRun[]>;
  /**
   * Extends `holder`'s leases of `runIds` to `until` while their run's status is one of `statuses`,
   * and lets go of those of runs that ended or are gone: the ids whose lease it still holds.
   */
  renew(holder: string, runIds: readonly string[], statuses: readonly string[], until: number): Promise<string[]>;
  /** Lets go of `holder`'s leases of `runIds`, so any instance may take them at once. */
  release(holder: string, runIds: readonly string[]): Promise<void>;
  /**
   * Whether `holder` holds the run's lease. In a transaction it fences the holder's writes: another
   * instance's claim waits for the transaction, or makes it run again (and then see the new holder).
   */
  holds(runId: string, holder: string): Promise<boolean>;
}

/** What a file is for: callers upload `assistants` and `fine-tune` files; the others the server makes. */
export type FilePurpose = 'assistants' | 'assistants_output' | 'fine-tune' | 'fine-tune-results';

/** A file as the Files API shows it. */
export interface FileObject {
  id: string;
  object: 'file';
  bytes: number;
  created_at: number;
  filename: string;
  purpose: FilePurpose;
  status: 'uploaded' | 'processed' | 'error';
  /** Why processing failed, when `status` is `error`. */
  status_details: string | null;
}

/** Files can be kept to one purpose. */
export interface FileTable extends Table<FileObject> {
  page(scope: string, parent: string, query: PageQuery & { purpose?: string | undefined }): Promise<Page<FileObject>>;
}

/**
 * A file's bytes, as numbered pieces from 0. An upload writes its pieces as they arrive, each in
 * its own short write so that an upload never holds the store, before its file object exists: the
 * file object, written last, is what makes them a file (see `Store.discardUnownedContents`).
 */
export interface FileContentTable {
  append(scope: string, fileId: string, piece: number, bytes: Uint8Array): Promise<void>;
  /** One piece; undefined past the last one. */
  piece(scope: string, fileId: string, piece: number): Promise<Uint8Array | undefined>;
  deleteAll(scope: string, fileId: string): Promise<void>;
}

/** A passage of a file's extracted text, as retrieval indexes it. */
export interface FileChunk {
  /** 0, 1, …: the file's chunks in order. */
  index: number;
  /** Where the chunk begins in the file's text, in UTF-16 code units: chunks overlap, and together cover the text. */
  start: number;
  /** Exactly `fileText.slice(start, start + text.length)`. */
  text: string;
  tokens: number;
}

/** A file's extracted text as retrieval keeps it. */
export interface IndexedText {
  /** The tokens of the whole text. */
  tokens: number;
  chunks: readonly FileChunk[];
  /** One vector per chunk, in the chunks' order, and the model that made them; none without an embeddings model. */
  embeddings?: { model: string; vectors: readonly Float32Array[] } | undefined;
}

/** A chunk a search found; a higher `score` is a better match. */
export interface ChunkHit {
  fileId: string;
  index: number;
  text: string;
  score: number;
}

/**
 * The retrieval index: a file's chunks belong to the file (`add` once, `deleteAll` with it), and a
 * search covers a set of file ids, whatever holds them (an assistant's files, a message's).
 */
export interface FileChunkTable {
  add(scope: string, fileId: string, text: IndexedText): Promise<void>;
  /**
   * The chunks of `fileIds` that best match the words of `query`, best first, by BM25 (FTS5): free
   * text, any of its words may match (no query syntax). None when no word does.
   */
  search(scope: string, fileIds: readonly string[], query: string, limit: number): Promise<ChunkHit[]>;
  /** The chunks of `fileIds` embedded by `model` nearest to `vector`, by cosine similarity, best first. */
  nearest(scope: string, fileIds: readonly string[], model: string, vector: Float32Array, limit: number): Promise<ChunkHit[]>;
  /** A file's chunks in order; at most `limit` of them when given. */
  list(scope: string, fileId: string, limit?: number): Promise<FileChunk[]>;
  /** The tokens of a file's whole text; undefined when the file is not indexed. */
  tokens(scope: string, fileId: string): Promise<number | undefined>;
  deleteAll(scope: string, fileId: string): Promise<void>;
}

export interface AssistantFileTable extends Table<AssistantFile> {
  /** The attachments of one file to the scope's assistants. */
  ofFile(scope: string, fileId: string): Promise<AssistantFile[]>;
}

/** A passage a run showed its model, by the number its citation marker carries. */
export interface Source {
  number: number;
  fileId: string;
  filename: string;
  text: string;
  /** How well it matched, 0 to 1 (`file_search` results show it; `retrieval` does not keep it). */
  score?: number | undefined;
}

/** One executed call of a tool the server runs itself: what the model asked and what it was answered. */
export interface HostedCall {
  id: string;
  name: string;
  arguments: string;
  output: string;
  /** The passages the output numbered, for citations. */
  sources: Source[];
  /** A `code_interpreter` call's step details and the files it wrote. */
  codeInterpreter?: CodeInterpreterCall | undefined;
}

/** What a `code_interpreter` call ran and gave: its step's `input` and `outputs`, and the files it wrote by sandbox path (`/mnt/data/…`). */
export interface CodeInterpreterCall {
  input: string;
  outputs: CodeInterpreterOutput[];
  files: Array<{ path: string; fileId: string }>;
}

/** The hosted calls of one tool-calls step. */
export interface HostedStep {
  calls: HostedCall[];
}

/** How a `file_search` tool ranks: at most `maxResults` passages, none scoring under `scoreThreshold` (0 to 1). */
export interface FileSearchOptions {
  maxResults?: number | undefined;
  scoreThreshold?: number | undefined;
}

/**
 * What Assistants v2 says of an assistant, thread, message or run beyond the v1 form its own table
 * keeps; absent for objects made through v1. Parent: the object's kind; id: the object's id.
 */
export interface V2Settings {
  /** `tool_resources.file_search.vector_store_ids` (assistants and threads). */
  vectorStoreIds: string[];
  /** A thread's `tool_resources.code_interpreter.file_ids` (an assistant's are its v1 `file_ids`). */
  codeInterpreterFileIds?: string[] | undefined;
  /**
   * An assistant made through v1 and since changed through v2: its search still reads its
   * `file_ids` (and the thread's message files), as v1's retrieval did. An assistant made through v2
   * searches its vector stores only (its `file_ids` are code interpreter's).
   */
  searchesFileIds?: boolean | undefined;
  /** The `file_search` tool's options (assistants and runs whose tools were given through v2). */
  fileSearch?: FileSearchOptions | undefined;
  temperature?: number | null | undefined;
  topP?: number | null | undefined;
  /** An assistant's, and a run's whole (its v1 form keeps a `json_schema` format's type only). */
  responseFormat?: ResponseFormatV2 | null | undefined;
  parallelToolCalls?: boolean | undefined;
  /** The `strict` of function tools given through v2, by function name (assistants and runs). */
  strictFunctions?: Record<string, boolean> | undefined;
  /** An assistant's and a run's `reasoning_effort`. */
  reasoningEffort?: ReasoningEffort | null | undefined;
  /** A message's `image_url` parts (v1 has none), each with its place among the message's content parts. */
  imageUrls?: Array<{ position: number; url: string; detail?: 'auto' | 'low' | 'high' | undefined }> | undefined;
  /** A message's attachments: the tools each file was attached for. */
  attachments?: Array<{ fileId: string; tools: Array<'code_interpreter' | 'file_search'> }> | undefined;
}

/** The object kinds `V2Settings` are kept for. */
export type V2Kind = 'assistant' | 'thread' | 'message' | 'run';

/** `expires_after` of a vector store: it expires this many days after it was last active. */
export interface VectorStoreExpiry {
  anchor: 'last_active_at';
  days: number;
}

/** A vector store: a named set of files over the retrieval index (its counts and size are read from its files). */
export interface VectorStoreRecord {
  id: string;
  created_at: number;
  name: string | null;
  metadata: Metadata;
  expires_after: VectorStoreExpiry | null;
  /** Unix seconds: when it was made, changed, or searched by a run. */
  last_active_at: number;
}

export type VectorStoreFileStatus = 'in_progress' | 'completed' | 'cancelled' | 'failed';

/** A file in a vector store. Parent: the vector store id; id: the file id. */
export interface VectorStoreFileRecord {
  id: string;
  created_at: number;
  vector_store_id: string;
  status: VectorStoreFileStatus;
  last_error: { code: 'server_error' | 'unsupported_file' | 'invalid_file'; message: string } | null;
  usage_bytes: number;
}

export interface VectorStoreFileTable extends Table<VectorStoreFileRecord> {
  /** The places of one file in the scope's vector stores. */
  ofFile(scope: string, fileId: string): Promise<VectorStoreFileRecord[]>;
}

/** A batch of files added to a vector store together. Parent: the vector store id. */
export interface VectorStoreFileBatchRecord {
  id: string;
  created_at: number;
  vector_store_id: string;
  status: VectorStoreFileStatus;
  file_ids: string[];
}

export interface StoreTables {
  assistants: Table<Assistant>;
  threads: ThreadTable;
  /** Parent: the thread id. */
  messages: MessageTable;
  /** Parent: the thread id. */
  runs: RunTable;
  /** Which instance executes each active run. */
  runLeases: RunLeaseTable;
  /** Parent: the run id. */
  steps: Table<RunStep>;
  /** Parent: the assistant id; id: the file id. */
  assistantFiles: AssistantFileTable;
  /** Parent: the message id; id: the file id. */
  messageFiles: Table<MessageFile>;
  /**
   * Usage of a tool-calls step, kept until the step completes (the API shows a step's usage only
   * once it ends). Parent: the run id; id: the step id.
   */
  pendingUsage: Table<Usage>;
  /** What the server's own tools answered in a run, so later model calls see it. Parent: the run id; id: the step id. */
  hostedCalls: Table<HostedStep>;
  /** Parent: `ROOT`. */
  files: FileTable;
  fileContents: FileContentTable;
  fileChunks: FileChunkTable;
  /** Parent: the object's `V2Kind`; id: its id. */
  v2Settings: Table<V2Settings>;
  /** Parent: `ROOT`. */
  vectorStores: Table<VectorStoreRecord>;
  /** Parent: the vector store id; id: the file id. */
  vectorStoreFiles: VectorStoreFileTable;
  /** Parent: the vector store id. */
  vectorStoreFileBatches: Table<VectorStoreFileBatchRecord>;
}

/**
 * Notes the instances of the server sharing one store send each other (run events, cancels,
 * resumes). Every listening instance, the sender included, receives every note, in the order the
 * transactions that sent them committed.
 */
export interface Broadcast {
  /** Inside a transaction's work: sent when it commits, and only then; outside one: at once. Of any size. */
  send(note: string): Promise<void>;
  /**
   * Delivers every note sent from now on, one at a time. `lost`: the connection that listens
   * dropped, so notes may have been missed; listening resumes by itself.
   */
  listen(onNote: (note: string) => void, onLost: (error: Error) => void): Promise<Listening>;
}

export interface Listening {
  stop(): Promise<void>;
}

/** A stored API key as `npm run keys -- list` shows it: never the key, nor its hash. Times in Unix seconds. */
export interface ApiKeyRecord {
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/**
 * The server's API keys, by the SHA-256 of the key (`scopeOf`); a key itself is never stored.
 * A revoked key keeps its row and its name, so revoking the last key never reopens the server.
 */
export interface KeyTable {
  /** Stores a new key; false when the name is taken (by a revoked key too). */
  add(name: string, hash: string, createdAt: number): Promise<boolean>;
  /** Every key, revoked ones included, oldest first. */
  list(): Promise<ApiKeyRecord[]>;
  /** The unrevoked key with this hash. */
  findActive(hash: string): Promise<ApiKeyRecord | undefined>;
  markUsed(name: string, at: number): Promise<void>;
  /** False when no unrevoked key has this name. */
  revoke(name: string, at: number): Promise<boolean>;
  /** Whether any key was ever stored: from then on only stored keys are accepted. */
  any(): Promise<boolean>;
}

/** A run, by where it lives. */
export interface RunKey {
  scope: string;
  threadId: string;
  runId: string;
}

export interface Store extends StoreTables {
  keys: KeyTable;
  /** Only on a store several instances of the server share. */
  broadcast?: Broadcast;
  /**
   * Runs `work` with all of its reads and writes in one transaction: committed when it resolves,
   * rolled back when it throws. No other operation interleaves with it. `work` must only await the
   * store, never the network. A store may run `work` again when a concurrent transaction conflicted
   * with it (PostgreSQL), so what `work` does beyond the store must bear being done twice.
   */
  transaction<T>(work: (tx: StoreTables) => Promise<T>): Promise<T>;
  /**
   * `transaction` for a change of one run and what is the run's: its steps, usage and hosted calls,
   * and the messages it writes. It is kept from interleaving only with the run's other changes and
   * with transactions that write a row it writes (a thread's deletion included); a store may run
   * other transactions beside it (PostgreSQL writes the run's row first, then works at REPEATABLE
   * READ: tracking every read, as `transaction` does, makes concurrent runs conflict by accident).
   * Run again after a conflict, as `transaction` may be.
   */
  runTransaction<T>(run: RunKey, work: (tx: StoreTables) => Promise<T>): Promise<T>;
  /**
   * Deletes the file contents and chunks no file owns: those of uploads cut off by a crash. Only
   * while no upload is under way (at start-up); returns how many pieces and chunks went.
   */
  discardUnownedContents(): Promise<number>;
  close(): Promise<void>;
}
