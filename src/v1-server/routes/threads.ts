/**
 * Threads (operations 6–9), messages (10–13) and message files (27–28), and one extension beyond
 * v1: `GET /threads`, the key's threads, optionally kept to those with given metadata pairs.
 */
import { createMessageBody, createThreadBody, metadataBody } from '../../v1/requests.js';
import { notFound } from '../errors.js';
import { checkFileIds } from '../files.js';
import { listPage } from '../pagination.js';
import { addMessage, checkMessageFiles, createThread, getMessage, getThread } from '../resources.js';
import type { Route, RouteContext, RouteResult } from '../router.js';
import { currentThread, pathParam } from '../router.js';
import { ROOT } from '../store/store.js';
import { parseBody, parsePageQuery, parseThreadsQuery } from '../validation.js';

/** `DELETE /threads/{thread_id}`: the same in both versions. */
export async function removeThread(ctx: RouteContext): Promise<RouteResult> {
  const thread = await getThread(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'));
  await ctx.engine.deleteThread(ctx.scope, thread.id);
  return { body: { id: thread.id, object: 'thread.deleted', deleted: true } };
}

export const threadRoutes: Route[] = [
  {
    operation: 'listThreads',
    handler: async (ctx) => ({ body: await listPage(ctx.store.threads.page(ctx.scope, ROOT, parseThreadsQuery(ctx.query))) }),
  },
  {
    operation: 'createThread',
    handler: async (ctx) => {
      const input = parseBody(createThreadBody, ctx.body ?? {});
      const thread = await ctx.store.transaction(async (tx) => {
        await checkMessageFiles(tx, ctx.scope, input.messages ?? []);
        return createThread(tx, ctx.scope, input, ctx.now());
      });
      return { body: thread };
    },
  },
  {
    operation: 'getThread',
    handler: async (ctx) => ({ body: await getThread(ctx.store, ctx.scope, pathParam(ctx, 'thread_id')) }),
  },
  {
    operation: 'modifyThread',
    handler: async (ctx) => {
      const input = parseBody(metadataBody, ctx.body ?? {});
      const thread = await ctx.store.transaction(async (tx) => {
        const current = await getThread(tx, ctx.scope, pathParam(ctx, 'thread_id'));
        if (input.metadata !== undefined) current.metadata = input.metadata ?? {};
        await tx.threads.put(ctx.scope, ROOT, current.id, current);
        return current;
      });
      return { body: thread };
    },
  },
  {
    operation: 'deleteThread',
    handler: removeThread,
  },
  {
    operation: 'listMessages',
    handler: async (ctx) => {
      const query = parsePageQuery(ctx.query);
      const thread = await currentThread(ctx);
      const runId = ctx.query.get('run_id') || undefined;
      return { body: await listPage(ctx.store.messages.page(ctx.scope, thread.id, { ...query, runId })) };
    },
  },
  {
    operation: 'createMessage',
    handler: async (ctx) => {
      const input = parseBody(createMessageBody, ctx.body ?? {});
      const thread = await currentThread(ctx);
      const message = await ctx.store.transaction(async (tx) => {
        await ctx.engine.checkThreadFree(tx, ctx.scope, thread.id, 'messages');
        await checkFileIds(tx, ctx.scope, input.file_ids);
        return addMessage(tx, ctx.scope, thread.id, input, ctx.now());
      });
      return { body: message };
    },
  },
  {
    operation: 'getMessage',
    handler: async (ctx) => {
      const threadId = (await currentThread(ctx)).id;
      return { body: await getMessage(ctx.store, ctx.scope, threadId, pathParam(ctx, 'message_id')) };
    },
  },
  {
    operation: 'modifyMessage',
    handler: async (ctx) => {
      const input = parseBody(metadataBody, ctx.body ?? {});
      const threadId = pathParam(ctx, 'thread_id');
      const message = await ctx.store.transaction(async (tx) => {
        const current = await getMessage(tx, ctx.scope, threadId, pathParam(ctx, 'message_id'));
        if (input.metadata !== undefined) current.metadata = input.metadata ?? {};
        await tx.messages.put(ctx.scope, threadId, current.id, current);
        return current;
      });
      return { body: message };
    },
  },
  {
    operation: 'listMessageFiles',
    handler: async (ctx) => {
      const query = parsePageQuery(ctx.query);
      const message = await getMessage(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'), pathParam(ctx, 'message_id'));
      return { body: await listPage(ctx.store.messageFiles.page(ctx.scope, message.id, query)) };
    },
  },
  {
    operation: 'getMessageFile',
    handler: async (ctx) => {
      const message = await getMessage(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'), pathParam(ctx, 'message_id'));
      const fileId = pathParam(ctx, 'file_id');
      const file = await ctx.store.messageFiles.get(ctx.scope, message.id, fileId);
      if (!file) throw notFound('file', fileId);
      return { body: file };
    },
  },
];
