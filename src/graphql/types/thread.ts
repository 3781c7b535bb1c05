/** Thread: the node, its root fields and its mutations. Its messages live in message.ts. */
import type { Thread } from '../../openai/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { encodeGlobalId, expectSimpleId } from '../ids.js';
import { primeThread } from '../loaders.js';
import { checkMetadata } from '../validation.js';
import { checkMessageInput, MessageInput, messageBodyFromInput } from './message-input.js';

export const ThreadRef = builder.objectRef<Thread>('Thread');

builder.node(ThreadRef, {
  description: 'A conversation: messages between a user and assistants, and the runs that answered them.',
  id: { resolve: (thread) => thread.id },
  isTypeOf: (value) => (value as { object?: unknown }).object === 'thread',
  loadOne: (id, ctx) => ctx.loaders.thread.load(id),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `thread_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (thread) => thread.created_at }),
    metadata: t.field({ type: 'Metadata', description: 'Your key-value pairs.', resolve: (thread) => thread.metadata ?? {} }),
  }),
});

builder.queryFields((t) => ({
  thread: t.field({
    type: ThreadRef,
    nullable: true,
    description: 'A thread by global ID or raw upstream id (`thread_…`); null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'A global ID or a raw `thread_…` id.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.thread.load(expectSimpleId(args.id, 'Thread', 'id', true)),
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
      metadata: t.field({ type: 'Metadata', description: 'At most 16 key-value pairs.' }),
    }),
  },
  {
    description: 'Creates a thread.',
    resolve: async (_root, { input }, ctx) => {
      input.messages?.forEach((message, index) => checkMessageInput(message, `input.messages[${index}]`));
      checkMetadata(input.metadata, 'input.metadata');
      const thread = await ctx.api.createThread({
        messages: input.messages?.map(messageBodyFromInput),
        metadata: input.metadata,
      });
      return { thread: primeThread(ctx.loaders, thread) };
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
      metadata: t.field({ type: 'Metadata', description: 'Replaces the metadata; at most 16 pairs.' }),
    }),
  },
  {
    description: 'Changes a thread’s metadata.',
    resolve: async (_root, { input }, ctx) => {
      const id = expectSimpleId(input.id, 'Thread', 'input.id', true);
      checkMetadata(input.metadata, 'input.metadata');
      const thread = await ctx.api.modifyThread(id, { metadata: input.metadata });
      return { thread: primeThread(ctx.loaders, thread) };
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
      const id = expectSimpleId(input.id, 'Thread', 'input.id', true);
      await ctx.api.deleteThread(id);
      ctx.loaders.thread.clear(id);
      return { deletedId: id };
    },
  },
  {
    name: 'DeleteThreadPayload',
    description: 'What was deleted.',
    outputFields: (t) => ({
      deletedThreadId: t.id({
        description: 'The global ID of the deleted thread.',
        resolve: (payload) => encodeGlobalId('Thread', payload.deletedId),
      }),
    }),
  },
);
