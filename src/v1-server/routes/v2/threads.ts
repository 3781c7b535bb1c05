/** Threads and messages through v2: `tool_resources`, message content parts and `attachments`, deleteMessage. */
import type { Thread } from '../../../v1/schemas.js';
import { metadataBody } from '../../../v1/requests.js';
import type { CreateMessageBodyV2, ToolResourcesParam } from '../../../v2/requests.js';
import { createMessageBodyV2, createThreadBodyV2, modifyThreadBodyV2 } from '../../../v2/requests.js';
import type { OperationNameV2 } from '../../../v2/operations.js';
import { listPage, mappedPage } from '../../pagination.js';
import { createThread, getMessage, getThread } from '../../resources.js';
import type { Route } from '../../router.js';
import { currentThread, pathParam } from '../../router.js';
import { ROOT } from '../../store/store.js';
import type { StoreTables, V2Settings } from '../../store/store.js';
import { messageV2, threadV2 } from '../../v2/render.js';
import { addMessageV2, checkMessageV2, putSettings, resolveToolResources } from '../../v2/resources.js';
import { checkVectorStoreIds, ownerSettings } from '../../v2/vector-stores.js';
import { parseBody, parsePageQuery, parseThreadsQuery } from '../../validation.js';
import { removeThread } from '../threads.js';

export async function threadSettings(tables: StoreTables, scope: string, id: string): Promise<V2Settings | undefined> {
  return ownerSettings(tables, scope, 'thread', id);
}

async function messageSettings(tables: StoreTables, scope: string, id: string): Promise<V2Settings | undefined> {
  return tables.v2Settings.get(scope, 'message', id);
}

/**
 * A thread made through v2, with its tool resources and messages; the caller renders it. Its
 * messages and resources are checked before anything is written.
 */
export async function createThreadV2(
  tables: StoreTables,
  scope: string,
  input: { messages?: CreateMessageBodyV2[] | undefined; tool_resources?: ToolResourcesParam; metadata?: Record<string, string> | null | undefined },
  now: number,
): Promise<{ thread: Thread; settings: V2Settings }> {
  for (const [index, message] of (input.messages ?? []).entries()) await checkMessageV2(tables, scope, message, `messages[${index}]`);
  const resources = await resolveToolResources(tables, scope, input.tool_resources, now);
  const thread = await createThread(tables, scope, { metadata: input.metadata }, now);
  const settings: V2Settings = { vectorStoreIds: resources.vectorStoreIds ?? [], codeInterpreterFileIds: resources.codeInterpreterFileIds };
  await putSettings(tables, scope, 'thread', thread.id, settings);
  for (const message of input.messages ?? []) await addMessageV2(tables, scope, thread.id, message, now);
  // An attachment may have given the thread its vector store.
  return { thread, settings: (await threadSettings(tables, scope, thread.id)) ?? settings };
}

export const threadRoutesV2: Route<OperationNameV2>[] = [
  {
    operation: 'listThreads',
    handler: async (ctx) => {
      const page = ctx.store.threads.page(ctx.scope, ROOT, parseThreadsQuery(ctx.query));
      return { body: await listPage(mappedPage(page, async (thread) => threadV2(thread, await threadSettings(ctx.store, ctx.scope, thread.id)))) };
    },
  },
  {
    operation: 'createThread',
    handler: async (ctx) => {
      const input = parseBody(createThreadBodyV2, ctx.body ?? {});
      const { thread, settings } = await ctx.store.transaction((tx) => createThreadV2(tx, ctx.scope, input, ctx.now()));
      return { body: threadV2(thread, settings) };
    },
  },
  {
    operation: 'getThread',
    handler: async (ctx) => {
      const thread = await getThread(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'));
      return { body: threadV2(thread, await threadSettings(ctx.store, ctx.scope, thread.id)) };
    },
  },
  {
    operation: 'modifyThread',
    handler: async (ctx) => {
      const input = parseBody(modifyThreadBodyV2, ctx.body ?? {});
      const body = await ctx.store.transaction(async (tx) => {
        const current = await getThread(tx, ctx.scope, pathParam(ctx, 'thread_id'));
        const settings = (await threadSettings(tx, ctx.scope, current.id)) ?? { vectorStoreIds: [] };
        const resources = input.tool_resources;
        const storeIds = resources?.file_search?.vector_store_ids;
        if (storeIds !== undefined) {
          await checkVectorStoreIds(tx, ctx.scope, storeIds, 'tool_resources.file_search.vector_store_ids');
          settings.vectorStoreIds = storeIds;
        }
        const codeFiles = (await resolveToolResources(tx, ctx.scope, resources?.code_interpreter ? { code_interpreter: resources.code_interpreter } : undefined, ctx.now()))
          .codeInterpreterFileIds;
        if (codeFiles !== undefined) settings.codeInterpreterFileIds = codeFiles;
        if (input.metadata !== undefined) current.metadata = input.metadata ?? {};
        await tx.threads.put(ctx.scope, ROOT, current.id, current);
        await putSettings(tx, ctx.scope, 'thread', current.id, settings);
        return threadV2(current, settings);
      });
      return { body };
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
      const page = ctx.store.messages.page(ctx.scope, thread.id, { ...query, runId });
      return { body: await listPage(mappedPage(page, async (message) => messageV2(message, await messageSettings(ctx.store, ctx.scope, message.id)))) };
    },
  },
  {
    operation: 'createMessage',
    handler: async (ctx) => {
      const input = parseBody(createMessageBodyV2, ctx.body ?? {});
      const thread = await currentThread(ctx);
      const { message, settings } = await ctx.store.transaction(async (tx) => {
        await ctx.engine.checkThreadFree(tx, ctx.scope, thread.id, 'messages');
        await checkMessageV2(tx, ctx.scope, input, 'message');
        return addMessageV2(tx, ctx.scope, thread.id, input, ctx.now());
      });
      return { body: messageV2(message, settings) };
    },
  },
  {
    operation: 'getMessage',
    handler: async (ctx) => {
      const threadId = (await currentThread(ctx)).id;
      const message = await getMessage(ctx.store, ctx.scope, threadId, pathParam(ctx, 'message_id'));
      return { body: messageV2(message, await messageSettings(ctx.store, ctx.scope, message.id)) };
    },
  },
  {
    operation: 'modifyMessage',
    handler: async (ctx) => {
      const input = parseBody(metadataBody, ctx.body ?? {});
      const threadId = pathParam(ctx, 'thread_id');
      const body = await ctx.store.transaction(async (tx) => {
        const current = await getMessage(tx, ctx.scope, threadId, pathParam(ctx, 'message_id'));
        if (input.metadata !== undefined) current.metadata = input.metadata ?? {};
        await tx.messages.put(ctx.scope, threadId, current.id, current);
        return messageV2(current, await messageSettings(tx, ctx.scope, current.id));
      });
      return { body };
    },
  },
  {
    operation: 'deleteMessage',
    handler: async (ctx) => {
      const threadId = (await currentThread(ctx)).id;
      const id = await ctx.store.transaction(async (tx) => {
        const message = await getMessage(tx, ctx.scope, threadId, pathParam(ctx, 'message_id'));
        await tx.messageFiles.deleteAll(ctx.scope, message.id);
        await tx.v2Settings.delete(ctx.scope, 'message', message.id);
        await tx.messages.delete(ctx.scope, threadId, message.id);
        return message.id;
      });
      return { body: { id, object: 'thread.message.deleted', deleted: true } };
    },
  },
];
