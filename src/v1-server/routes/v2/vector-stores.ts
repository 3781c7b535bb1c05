/** Vector stores, their files and file batches (Assistants v2 only). */
import type { OperationNameV2 } from '../../../v2/operations.js';
import {
  createVectorStoreBody,
  createVectorStoreFileBatchBody,
  createVectorStoreFileBody,
  listVectorStoreFilesQuery,
  modifyVectorStoreBody,
} from '../../../v2/requests.js';
import { cancelRunBody } from '../../../v1/requests.js';
import { ApiError, wrongState } from '../../errors.js';
import { newId } from '../../ids.js';
import { listPage, mappedPage } from '../../pagination.js';
import type { Route, RouteContext } from '../../router.js';
import { pathParam } from '../../router.js';
import { CursorNotFoundError, ROOT } from '../../store/store.js';
import type { Page, PageQuery, VectorStoreFileBatchRecord, VectorStoreFileRecord, VectorStoreFileStatus } from '../../store/store.js';
import {
  addVectorStoreFiles,
  batchFiles,
  checkChunking,
  createVectorStore,
  getVectorStoreRecord,
  renderBatch,
  renderVectorStore,
  renderVectorStoreFile,
} from '../../v2/vector-stores.js';
import { parseBody, parsePageQuery } from '../../validation.js';

function batchNotFound(id: string): ApiError {
  return new ApiError(404, `No file batch found with id '${id}'.`);
}

function fileNotFound(id: string): ApiError {
  return new ApiError(404, `No file found with id '${id}' in this vector store.`);
}

/**
 * A page of a store's files (a bounded set: at most the store's limit), kept to one status when
 * `filter` is given, in the store's list order.
 */
function filePage(files: readonly VectorStoreFileRecord[], query: PageQuery, filter: VectorStoreFileStatus | undefined): Page<VectorStoreFileRecord> {
  const ordered = files.filter((file) => filter === undefined || file.status === filter);
  if (query.order === 'desc') ordered.reverse();
  const indexOf = (id: string, param: 'after' | 'before'): number => {
    const index = ordered.findIndex((file) => file.id === id);
    if (index < 0) throw new CursorNotFoundError(param, id);
    return index;
  };
  const start = query.after === undefined ? 0 : indexOf(query.after, 'after') + 1;
  const end = query.before === undefined ? ordered.length : indexOf(query.before, 'before');
  if (query.before !== undefined && query.after === undefined) {
    const from = Math.max(0, end - query.limit);
    return { data: ordered.slice(from, end), hasMore: from > 0 };
  }
  const data = ordered.slice(start, Math.min(end, start + query.limit));
  return { data, hasMore: start + query.limit < end };
}

async function listFiles(ctx: RouteContext, files: (storeId: string) => Promise<VectorStoreFileRecord[]>) {
  const query = parsePageQuery(ctx.query);
  const { filter } = parseBody(listVectorStoreFilesQuery, { filter: ctx.query.get('filter') ?? undefined });
  const store = await getVectorStoreRecord(ctx.store, ctx.scope, pathParam(ctx, 'vector_store_id'));
  const page = (async () => filePage(await files(store.id), query, filter))();
  return { body: await listPage(mappedPage(page, async (file) => renderVectorStoreFile(file))) };
}

async function getBatch(ctx: RouteContext): Promise<VectorStoreFileBatchRecord> {
  const store = await getVectorStoreRecord(ctx.store, ctx.scope, pathParam(ctx, 'vector_store_id'));
  const id = pathParam(ctx, 'batch_id');
  const batch = await ctx.store.vectorStoreFileBatches.get(ctx.scope, store.id, id);
  if (!batch) throw batchNotFound(id);
  return batch;
}

export const vectorStoreRoutes: Route<OperationNameV2>[] = [
  {
    operation: 'listVectorStores',
    handler: async (ctx) => {
      const page = ctx.store.vectorStores.page(ctx.scope, ROOT, parsePageQuery(ctx.query));
      return { body: await listPage(mappedPage(page, (store) => renderVectorStore(ctx.store, ctx.scope, store, ctx.now()))) };
    },
  },
  {
    operation: 'createVectorStore',
    handler: async (ctx) => {
      const input = parseBody(createVectorStoreBody, ctx.body ?? {});
      checkChunking(input.chunking_strategy, 'chunking_strategy');
      const body = await ctx.store.transaction(async (tx) => {
        const now = ctx.now();
        const fields = { name: input.name ?? null, metadata: input.metadata ?? {}, expires_after: input.expires_after ?? null };
        const store = await createVectorStore(tx, ctx.scope, fields, now);
        await addVectorStoreFiles(tx, ctx.scope, store, input.file_ids ?? [], 'file_ids', now);
        return renderVectorStore(tx, ctx.scope, store, now);
      });
      return { body };
    },
  },
  {
    operation: 'getVectorStore',
    handler: async (ctx) => {
      const store = await getVectorStoreRecord(ctx.store, ctx.scope, pathParam(ctx, 'vector_store_id'));
      return { body: await renderVectorStore(ctx.store, ctx.scope, store, ctx.now()) };
    },
  },
  {
    operation: 'modifyVectorStore',
    handler: async (ctx) => {
      const input = parseBody(modifyVectorStoreBody, ctx.body ?? {});
      const body = await ctx.store.transaction(async (tx) => {
        const store = await getVectorStoreRecord(tx, ctx.scope, pathParam(ctx, 'vector_store_id'));
        if (input.name !== undefined) store.name = input.name;
        if (input.expires_after !== undefined) store.expires_after = input.expires_after;
        if (input.metadata !== undefined) store.metadata = input.metadata ?? {};
        store.last_active_at = ctx.now();
        await tx.vectorStores.put(ctx.scope, ROOT, store.id, store);
        return renderVectorStore(tx, ctx.scope, store, ctx.now());
      });
      return { body };
    },
  },
  {
    operation: 'deleteVectorStore',
    handler: async (ctx) => {
      const id = await ctx.store.transaction(async (tx) => {
        const store = await getVectorStoreRecord(tx, ctx.scope, pathParam(ctx, 'vector_store_id'));
        await tx.vectorStoreFiles.deleteAll(ctx.scope, store.id);
        await tx.vectorStoreFileBatches.deleteAll(ctx.scope, store.id);
        await tx.vectorStores.delete(ctx.scope, ROOT, store.id);
        return store.id;
      });
      return { body: { id, object: 'vector_store.deleted', deleted: true } };
    },
  },
  {
    operation: 'listVectorStoreFiles',
    handler: (ctx) => listFiles(ctx, (storeId) => ctx.store.vectorStoreFiles.list(ctx.scope, storeId)),
  },
  {
    operation: 'createVectorStoreFile',
    handler: async (ctx) => {
      const input = parseBody(createVectorStoreFileBody, ctx.body ?? {});
      checkChunking(input.chunking_strategy, 'chunking_strategy');
      const [file] = await ctx.store.transaction(async (tx) => {
        const store = await getVectorStoreRecord(tx, ctx.scope, pathParam(ctx, 'vector_store_id'));
        return addVectorStoreFiles(tx, ctx.scope, store, [input.file_id], 'file_id', ctx.now());
      });
      if (!file) throw fileNotFound(input.file_id);
      return { body: renderVectorStoreFile(file) };
    },
  },
  {
    operation: 'getVectorStoreFile',
    handler: async (ctx) => {
      const store = await getVectorStoreRecord(ctx.store, ctx.scope, pathParam(ctx, 'vector_store_id'));
      const fileId = pathParam(ctx, 'file_id');
      const file = await ctx.store.vectorStoreFiles.get(ctx.scope, store.id, fileId);
      if (!file) throw fileNotFound(fileId);
      return { body: renderVectorStoreFile(file) };
    },
  },
  {
    operation: 'deleteVectorStoreFile',
    handler: async (ctx) => {
      const fileId = pathParam(ctx, 'file_id');
      await ctx.store.transaction(async (tx) => {
        const store = await getVectorStoreRecord(tx, ctx.scope, pathParam(ctx, 'vector_store_id'));
        if (!(await tx.vectorStoreFiles.delete(ctx.scope, store.id, fileId))) throw fileNotFound(fileId);
      });
      return { body: { id: fileId, object: 'vector_store.file.deleted', deleted: true } };
    },
  },
  {
    operation: 'createVectorStoreFileBatch',
    handler: async (ctx) => {
      const input = parseBody(createVectorStoreFileBatchBody, ctx.body ?? {});
      checkChunking(input.chunking_strategy, 'chunking_strategy');
      const body = await ctx.store.transaction(async (tx) => {
        const store = await getVectorStoreRecord(tx, ctx.scope, pathParam(ctx, 'vector_store_id'));
        const now = ctx.now();
        await addVectorStoreFiles(tx, ctx.scope, store, input.file_ids, 'file_ids', now);
        // Every file ends as it is added, so the batch has ended too.
        const batch: VectorStoreFileBatchRecord = {
          id: newId('vsfb'),
          created_at: now,
          vector_store_id: store.id,
          status: 'completed',
          file_ids: [...new Set(input.file_ids)],
        };
        await tx.vectorStoreFileBatches.put(ctx.scope, store.id, batch.id, batch);
        return renderBatch(tx, ctx.scope, batch);
      });
      return { body };
    },
  },
  {
    operation: 'getVectorStoreFileBatch',
    handler: async (ctx) => ({ body: await renderBatch(ctx.store, ctx.scope, await getBatch(ctx)) }),
  },
  {
    operation: 'cancelVectorStoreFileBatch',
    handler: async (ctx) => {
      parseBody(cancelRunBody, ctx.body ?? {});
      const batch = await getBatch(ctx);
      if (batch.status !== 'in_progress') throw wrongState(`Cannot cancel file batch ${batch.id}: it has already ended (status '${batch.status}').`);
      return { body: await renderBatch(ctx.store, ctx.scope, batch) };
    },
  },
  {
    operation: 'listFilesInVectorStoreBatch',
    handler: async (ctx) => {
      const batch = await getBatch(ctx);
      return listFiles(ctx, () => batchFiles(ctx.store, ctx.scope, batch));
    },
  },
];
