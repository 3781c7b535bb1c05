/**
 * Vector stores: named sets of file ids over the retrieval index (nothing is copied; the chunks stay
 * the file's). Files are indexed when uploaded, so a file's place in a store ends at once:
 * `completed` when `file_search` can read it, `failed` when it cannot. A store expires
 * `expires_after.days` after it was last active, and is then no longer searched.
 */
import { CHUNK_TOKENS, OVERLAP_TOKENS } from '../retrieval/chunks.js';
import type { ChunkingStrategy } from '../../v2/requests.js';
import { V2_LIMITS } from '../../v2/requests.js';
import type { FileCounts, VectorStore, VectorStoreFile, VectorStoreFileBatch } from '../../v2/schemas.js';
import { ApiError, invalidRequest } from '../errors.js';
import { checkFileIds, retrievalExtraction } from '../files.js';
import type {
  StoreTables,
  V2Settings,
  VectorStoreFileBatchRecord,
  VectorStoreFileRecord,
  VectorStoreFileStatus,
  VectorStoreRecord,
} from '../store/store.js';
import { ROOT } from '../store/store.js';
import { newId } from '../ids.js';

const DAY_SECONDS = 86_400;

/** The chunking the retrieval index applies to every file, as v2 reports a static strategy. */
const INDEX_CHUNKING = { type: 'static', static: { max_chunk_size_tokens: CHUNK_TOKENS, chunk_overlap_tokens: OVERLAP_TOKENS } } as const;

/**
 * The index chunks every file one way: `auto` is that way, and a `static` strategy is accepted only
 * when it asks for it (another would be silently ignored).
 */
export function checkChunking(strategy: ChunkingStrategy | undefined, param: string): void {
  if (strategy === undefined || strategy.type === 'auto') return;
  const { max_chunk_size_tokens: size, chunk_overlap_tokens: overlap } = strategy.static;
  if (size !== CHUNK_TOKENS || overlap !== OVERLAP_TOKENS) {
    throw invalidRequest(
      `Invalid '${param}': this server chunks files into ${CHUNK_TOKENS} tokens with ${OVERLAP_TOKENS} tokens of overlap; use 'auto' or that static strategy.`,
      param,
      'invalid_value',
    );
  }
}

function vectorStoreNotFound(id: string): ApiError {
  return new ApiError(404, `No vector store found with id '${id}'.`);
}

export async function getVectorStoreRecord(tables: StoreTables, scope: string, id: string): Promise<VectorStoreRecord> {
  const store = await tables.vectorStores.get(scope, ROOT, id);
  if (!store) throw vectorStoreNotFound(id);
  return store;
}

/**
 * An assistant's or a thread's v2 settings without the vector stores deleted since: deleting a
 * store leaves its owners' settings as they are, so they are read through this.
 */
export async function ownerSettings(tables: StoreTables, scope: string, kind: 'assistant' | 'thread', id: string): Promise<V2Settings | undefined> {
  const settings = await tables.v2Settings.get(scope, kind, id);
  if (settings === undefined) return undefined;
  const live: string[] = [];
  for (const storeId of settings.vectorStoreIds) if (await tables.vectorStores.get(scope, ROOT, storeId)) live.push(storeId);
  return { ...settings, vectorStoreIds: live };
}

/** Whether the store has expired at `now` (it is then kept, but not searched). */
function isExpired(store: VectorStoreRecord, now: number): boolean {
  return store.expires_after !== null && now >= store.last_active_at + store.expires_after.days * DAY_SECONDS;
}

function fileCounts(statuses: readonly VectorStoreFileStatus[]): FileCounts {
  const count = (status: VectorStoreFileStatus): number => statuses.filter((value) => value === status).length;
  return {
    in_progress: count('in_progress'),
    completed: count('completed'),
    failed: count('failed'),
    cancelled: count('cancelled'),
    total: statuses.length,
  };
}

export async function renderVectorStore(tables: StoreTables, scope: string, store: VectorStoreRecord, now: number): Promise<VectorStore> {
  const files = await tables.vectorStoreFiles.list(scope, store.id);
  const expired = isExpired(store, now);
  return {
    id: store.id,
    object: 'vector_store',
    created_at: store.created_at,
    name: store.name,
    usage_bytes: files.reduce((sum, file) => sum + file.usage_bytes, 0),
    file_counts: fileCounts(files.map((file) => file.status)),
    status: expired ? 'expired' : files.some((file) => file.status === 'in_progress') ? 'in_progress' : 'completed',
    expires_after: store.expires_after,
    expires_at: store.expires_after === null ? null : store.last_active_at + store.expires_after.days * DAY_SECONDS,
    last_active_at: store.last_active_at,
    metadata: store.metadata,
  };
}

export function renderVectorStoreFile(file: VectorStoreFileRecord): VectorStoreFile {
  return {
    id: file.id,
    object: 'vector_store.file',
    usage_bytes: file.usage_bytes,
    created_at: file.created_at,
    vector_store_id: file.vector_store_id,
    status: file.status,
    last_error: file.last_error,
    chunking_strategy: INDEX_CHUNKING,
  };
}

export async function renderBatch(tables: StoreTables, scope: string, batch: VectorStoreFileBatchRecord): Promise<VectorStoreFileBatch> {
  const files = await batchFiles(tables, scope, batch);
  return {
    id: batch.id,
    object: 'vector_store.files_batch',
    created_at: batch.created_at,
    vector_store_id: batch.vector_store_id,
    status: batch.status,
    file_counts: fileCounts(files.map((file) => file.status)),
  };
}

/** The store's files that the batch added and that are still in the store, oldest first. */
export async function batchFiles(tables: StoreTables, scope: string, batch: VectorStoreFileBatchRecord): Promise<VectorStoreFileRecord[]> {
  const ids = new Set(batch.file_ids);
  return (await tables.vectorStoreFiles.list(scope, batch.vector_store_id)).filter((file) => ids.has(file.id));
}

/** A new, empty vector store. */
export async function createVectorStore(
  tables: StoreTables,
  scope: string,
  fields: Pick<VectorStoreRecord, 'name' | 'metadata' | 'expires_after'>,
  now: number,
): Promise<VectorStoreRecord> {
  const store: VectorStoreRecord = { id: newId('vs'), created_at: now, last_active_at: now, ...fields };
  await tables.vectorStores.put(scope, ROOT, store.id, store);
  return store;
}

/**
 * Adds files to a store (those already in it stay as they are), each ended at once. Checks that
 * the files are the caller's and that the store stays within its limit, before writing anything.
 */
export async function addVectorStoreFiles(
  tables: StoreTables,
  scope: string,
  store: VectorStoreRecord,
  fileIds: readonly string[],
  param: string,
  now: number,
): Promise<VectorStoreFileRecord[]> {
  await checkFileIds(tables, scope, fileIds);
  const existing = new Map((await tables.vectorStoreFiles.list(scope, store.id)).map((file) => [file.id, file]));
  const added = [...new Set(fileIds)].filter((id) => !existing.has(id));
  if (existing.size + added.length > V2_LIMITS.filesPerVectorStore) {
    throw invalidRequest(
      `Vector store ${store.id} can hold at most ${V2_LIMITS.filesPerVectorStore} files; it has ${existing.size} and ${added.length} more were given.`,
      param,
      'array_above_max_length',
    );
  }
  const files = await tables.files.getMany(scope, ROOT, added);
  const records: VectorStoreFileRecord[] = [];
  const written: [string, VectorStoreFileRecord][] = [];
  for (const fileId of new Set(fileIds)) {
    const known = existing.get(fileId);
    if (known) {
      records.push(known);
      continue;
    }
    const file = files.get(fileId);
    const record: VectorStoreFileRecord = {
      id: fileId,
      created_at: now,
      vector_store_id: store.id,
      status: 'completed',
      last_error: null,
      usage_bytes: file?.bytes ?? 0,
    };
    if (file === undefined || retrievalExtraction(file) === undefined) {
      record.status = 'failed';
      record.last_error = { code: 'unsupported_file', message: `file_search cannot read the type of file '${fileId}'.` };
    } else if (file.status !== 'processed') {
      record.status = 'failed';
      record.last_error = { code: 'invalid_file', message: file.status_details ?? `File '${fileId}' could not be processed.` };
    }
    written.push([fileId, record]);
    records.push(record);
  }
  await tables.vectorStoreFiles.putMany(scope, store.id, written);
  store.last_active_at = now;
  await tables.vectorStores.put(scope, ROOT, store.id, store);
  return records;
}

/** Checks that each id names a vector store of the caller's. */
export async function checkVectorStoreIds(tables: StoreTables, scope: string, ids: readonly string[], param: string): Promise<void> {
  for (const id of ids) {
    if (!(await tables.vectorStores.get(scope, ROOT, id))) {
      throw invalidRequest(`Invalid '${param}': no vector store found with id '${id}'.`, param, 'invalid_value');
    }
  }
}

/** The completed files of the stores that have not expired: what `file_search` reads. */
export async function searchableFiles(tables: StoreTables, scope: string, storeIds: readonly string[], now: number): Promise<string[]> {
  const files: string[] = [];
  for (const id of new Set(storeIds)) {
    const store = await tables.vectorStores.get(scope, ROOT, id);
    if (!store || isExpired(store, now)) continue;
    for (const file of await tables.vectorStoreFiles.list(scope, id)) if (file.status === 'completed') files.push(file.id);
  }
  return files;
}
