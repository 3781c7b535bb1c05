/** Thread: the node with every field, its root query and its mutations. */
import type { Thread } from '../../openai/schemas.js';
import { ACTIVE_RUN_STATUSES } from '../../openai/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { badUserInput } from '../errors.js';
import { MessageInput, checkMessageInput, messageBodyFromInput } from '../inputs/message.js';
import { SortOrder, orderArgDescription, orderOf } from '../objects/common.js';
import { resolveConnection } from '../pagination.js';
import { withoutOwnerTag } from '../../auth/owned-api.js';
import { checkThreadMetadata } from '../validation.js';
import { MESSAGE, RUN, THREAD, nodeBasics } from './identity.js';
import { MessageConnection } from './message.js';
import { RunConnection } from './run.js';

export const ThreadRef = THREAD.ref;

builder.node(ThreadRef, {
  description: 'A conversation: messages between a user and assistants, and the runs that answered them.',
  ...nodeBasics(THREAD),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `thread_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (thread) => thread.created_at }),
    metadata: t.field({ type: 'Metadata', description: 'Your key-value pairs.', resolve: (thread) => withoutOwnerTag(thread.metadata ?? {}) }),
  }),
});

builder.queryFields((t) => ({
  thread: t.field({
    type: ThreadRef,
    nullable: true,
    description: 'A thread by global ID or raw upstream id (`thread_…`); null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'A global ID or a raw `thread_…` id.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.load(THREAD, { id: THREAD.decode(args.id, 'id', { raw: true }).id }),
  }),
}));

const threadPayloadFields = (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, { thread: Thread }>) => ({
  thread: t.field({ type: ThreadRef, description: 'The thread.', resolve: (payload) => payload.thread }),
});

builder.relayMutationField(
  'createThread',
  {
    name: 'CreateThreadInput',
    description: 'The new thread, optionally with its first messages.',
    inputFields: (t) => ({
      messages: t.field({ type: [MessageInput], description: 'Messages to start the thread with, oldest first.' }),
      metadata: t.field({ type: 'Metadata', description: 'At most 16 key-value pairs (15 in `jwt` mode); the key `_owner` is reserved.' }),
    }),
  },
  {
    description: 'Creates a thread.',
    resolve: async (_root, { input }, ctx) => {
      input.messages?.forEach((message, index) => checkMessageInput(message, `input.messages[${index}]`));
      checkThreadMetadata(input.metadata, 'input.metadata', ctx.caller);
      const thread = await ctx.api.createThread({
        messages: input.messages?.map(messageBodyFromInput),
        metadata: input.metadata,
      });
      return { thread: thread };
    },
  },
  { name: 'CreateThreadPayload', description: 'The created thread.', outputFields: threadPayloadFields },
);

builder.relayMutationField(
  'updateThread',
  {
    name: 'UpdateThreadInput',
    description: 'The thread and its new metadata.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The thread, by global ID or raw `thread_…` id.' }),
      metadata: t.field({ type: 'Metadata', description: 'Replaces the metadata; at most 16 pairs (15 in `jwt` mode); the key `_owner` is reserved.' }),
    }),
  },
  {
    description: 'Changes a thread’s metadata.',
    resolve: async (_root, { input }, ctx) => {
      const id = THREAD.decode(input.id, 'input.id', { raw: true }).id;
      checkThreadMetadata(input.metadata, 'input.metadata', ctx.caller);
      const thread = await ctx.api.modifyThread(id, { metadata: input.metadata });
      return { thread: thread };
    },
  },
  { name: 'UpdateThreadPayload', description: 'The changed thread.', outputFields: threadPayloadFields },
);

builder.relayMutationField(
  'deleteThread',
  {
    name: 'DeleteThreadInput',
    description: 'The thread to delete.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The thread, by global ID or raw `thread_…` id.' }),
    }),
  },
  {
    description: 'Deletes a thread with its messages and runs. Fails with NOT_FOUND when it does not exist.',
    resolve: async (_root, { input }, ctx) => {
      const id = THREAD.decode(input.id, 'input.id', { raw: true }).id;
      await ctx.api.deleteThread(id);
      ctx.loaders.clear(THREAD, { id: id });
      return { deletedId: id };
    },
  },
  {
    name: 'DeleteThreadPayload',
    description: 'What was deleted.',
    outputFields: (t) => ({
      deletedThreadId: t.id({
        description: 'The global ID of the deleted thread.',
        resolve: (payload) => THREAD.globalId({ id: payload.deletedId }),
      }),
    }),
  },
);

/** A Message argument as upstream ids: a global Message ID, or a raw `msg_…` id within `threadId`. */
export function messageKeyFromArg(value: string, threadId: string, argument: string): { threadId: string; id: string } {
  if (value.startsWith('msg_')) return { threadId, id: value };
  const { threadId: ownThread, id } = MESSAGE.decode(value, argument);
  if (ownThread !== threadId) {
    throw badUserInput(`\`${argument}\` names a message of another thread (${ownThread}).`, argument);
  }
  return { threadId, id };
}

/** A run argument as a raw run id of `threadId`: a Run global ID or a raw `run_…` id. */
export function runIdFromArg(value: string, threadId: string, argument = 'runId'): string {
  if (value.startsWith('run_')) return value;
  const { threadId: ownThread, id } = RUN.decode(value, argument);
  if (ownThread !== threadId) throw badUserInput(`\`${argument}\` names a run of another thread (${ownThread}).`, argument);
  return id;
}

builder.objectFields(ThreadRef, (t) => ({
  messages: t.connection(
    {
      type: MESSAGE.ref,
      description: 'The thread’s messages, as a Relay connection over the upstream list.',
      args: {
        order: t.arg({ type: SortOrder, description: orderArgDescription }),
        runId: t.arg.id({ description: 'Only the messages this run created (a Run global ID or a raw `run_…` id).' }),
      },
      resolve: (thread, args, ctx) => {
        const runId = args.runId ? runIdFromArg(args.runId, thread.id) : undefined;
        return resolveConnection(
          args,
          { name: 'messages', parentId: [thread.id, runId ?? ''].join(':'), order: orderOf(args.order) },
          async (page) => {
            const list = await ctx.api.listMessages(thread.id, { ...page, ...(runId ? { run_id: runId } : {}) });
            return list;
          },
        );
      },
    },
    MessageConnection,
  ),
  message: t.field({
    type: MESSAGE.ref,
    nullable: true,
    description: 'One message of this thread, by global ID or raw `msg_…` id; null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'A Message global ID or a raw `msg_…` id.' }) },
    resolve: (thread, args, ctx) => ctx.loaders.load(MESSAGE, messageKeyFromArg(args.id, thread.id, 'id')),
  }),
}));
builder.objectFields(ThreadRef, (t) => ({
  runs: t.connection(
    {
      type: RUN.ref,
      description: 'The thread’s runs, as a Relay connection over the upstream list.',
      args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
      resolve: (thread, args, ctx) =>
        resolveConnection(args, { name: 'runs', parentId: thread.id, order: orderOf(args.order) }, async (page) => {
          const list = await ctx.api.listRuns(thread.id, page);
          return list;
        }),
    },
    RunConnection,
  ),
  run: t.field({
    type: RUN.ref,
    nullable: true,
    description: 'One run of this thread, by global ID or raw `run_…` id; null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'A Run global ID or a raw `run_…` id.' }) },
    resolve: (thread, args, ctx) => ctx.loaders.load(RUN, { threadId: thread.id, id: runIdFromArg(args.id, thread.id, 'id') }),
  }),
  activeRun: t.field({
    type: RUN.ref,
    nullable: true,
    description:
      'The run that holds the thread (queued, in progress, requires action or cancelling), or null. While there is one, new messages and runs are refused with CONFLICT (THREAD_BUSY).',
    resolve: async (thread, _args, ctx) => {
      // Only one run can be active, and no run can start while it is, so it is always the newest.
      const newest = await ctx.api.listRuns(thread.id, { limit: 1, order: 'desc' });
      const run = newest.data[0];
      return run && ACTIVE_RUN_STATUSES.includes(run.status) ? run : null;
    },
  }),
}));
