/** Threads (operations 6–9), messages (10–13) and message files (27–28). */
import { notFound, wrongState } from '../errors.js';
import { paginate } from '../pagination.js';
import { addMessage, checkMessageFiles, createThread, deleteThread, getMessage, getThread } from '../resources.js';
import { checkFileIds } from '../files.js';
import type { Route } from '../router.js';
import { currentThread, pathParam } from '../router.js';
import { ROOT } from '../store.js';
import { createMessageBody, createThreadBody, metadataBody, parseBody, parseListQuery } from '../validation.js';

export const threadRoutes: Route[] = [
  {
    method: 'POST',
    path: '/threads',
    handler: (ctx) => {
      const input = parseBody(createThreadBody, ctx.body ?? {});
      checkMessageFiles(input.messages ?? [], 'messages');
      return { body: createThread(ctx.store, ctx.scope, input, ctx.now()) };
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}',
    handler: (ctx) => ({ body: getThread(ctx.store, ctx.scope, pathParam(ctx, 'thread_id')) }),
  },
  {
    method: 'POST',
    path: '/threads/{thread_id}',
    handler: (ctx) => {
      const input = parseBody(metadataBody, ctx.body ?? {});
      const thread = getThread(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'));
      if (input.metadata !== undefined) thread.metadata = input.metadata ?? {};
      ctx.store.threads.put(ctx.scope, ROOT, thread.id, thread);
      return { body: thread };
    },
  },
  {
    method: 'DELETE',
    path: '/threads/{thread_id}',
    handler: (ctx) => {
      const thread = getThread(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'));
      ctx.engine.forgetThread(ctx.scope, thread.id);
      deleteThread(ctx.store, ctx.scope, thread.id);
      return { body: { id: thread.id, object: 'thread.deleted', deleted: true } };
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}/messages',
    handler: (ctx) => {
      const query = parseListQuery(ctx.query);
      const thread = currentThread(ctx);
      const runId = ctx.query.get('run_id');
      const messages = ctx.store.messages
        .list(ctx.scope, thread.id)
        .filter((message) => runId === null || runId === '' || message.run_id === runId);
      return { body: paginate(messages, query) };
    },
  },
  {
    method: 'POST',
    path: '/threads/{thread_id}/messages',
    handler: (ctx) => {
      const input = parseBody(createMessageBody, ctx.body ?? {});
      const thread = getThread(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'));
      const active = ctx.engine.activeRun(ctx.scope, thread.id);
      if (active) throw wrongState(`Can't add messages to ${thread.id} while a run ${active.id} is active.`);
      checkFileIds(input.file_ids, 'file_ids');
      return { body: addMessage(ctx.store, ctx.scope, thread.id, input, ctx.now()) };
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}/messages/{message_id}',
    handler: (ctx) => {
      const threadId = currentThread(ctx).id;
      return { body: getMessage(ctx.store, ctx.scope, threadId, pathParam(ctx, 'message_id')) };
    },
  },
  {
    method: 'POST',
    path: '/threads/{thread_id}/messages/{message_id}',
    handler: (ctx) => {
      const input = parseBody(metadataBody, ctx.body ?? {});
      const threadId = pathParam(ctx, 'thread_id');
      const message = getMessage(ctx.store, ctx.scope, threadId, pathParam(ctx, 'message_id'));
      if (input.metadata !== undefined) message.metadata = input.metadata ?? {};
      ctx.store.messages.put(ctx.scope, threadId, message.id, message);
      return { body: message };
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}/messages/{message_id}/files',
    handler: (ctx) => {
      const query = parseListQuery(ctx.query);
      const message = getMessage(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'), pathParam(ctx, 'message_id'));
      return { body: paginate(ctx.store.messageFiles.list(ctx.scope, message.id), query) };
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}/messages/{message_id}/files/{file_id}',
    handler: (ctx) => {
      const message = getMessage(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'), pathParam(ctx, 'message_id'));
      const fileId = pathParam(ctx, 'file_id');
      const file = ctx.store.messageFiles.get(ctx.scope, message.id, fileId);
      if (!file) throw notFound('file', fileId);
      return { body: file };
    },
  },
];
