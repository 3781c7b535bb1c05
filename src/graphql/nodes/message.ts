/** Message: the node with every field, and its mutations. */
import type { Message } from '../../v1/schemas.js';
import { MESSAGE_ROLES } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { createMessageBody, metadataBody } from '../../v1/requests.js';
import { MessageRole, messageBody } from '../inputs/message.js';
import { SortOrder, knownValue, orderArgDescription, orderOf } from '../objects/common.js';
import { IncompleteDetails, MESSAGE_STATUSES, MessageContentUnion, MessageStatus, contentOf } from '../objects/message-content.js';
import type { TextContent } from '../objects/message-content.js';
import { resolveConnection } from '../pagination.js';
import { LIMITS, checkBody, formatLimit, metadataDescription } from '../validation.js';
import { ASSISTANT, MESSAGE, RUN, THREAD } from '../identity.js';
import { MessageFileConnection } from './message-file.js';
import { AssistantRef, MessageFileRef, MessageRef, RunRef, ThreadRef, nodeBasics } from './refs.js';

builder.node(MessageRef, {
  description: 'A message in a thread, written by the user or by an assistant during a run.',
  ...nodeBasics(MESSAGE),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `msg_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (m) => m.created_at }),
    thread: t.field({
      type: ThreadRef,
      nullable: true,
      description: 'The thread it belongs to.',
      resolve: (m, _args, ctx) => ctx.loaders.load(THREAD, { id: m.thread_id }),
    }),
    status: t.field({
      type: MessageStatus,
      nullable: true,
      description: 'Where it is in its life; null when the upstream did not say.',
      resolve: (m) => (m.status ? knownValue(m.status, MESSAGE_STATUSES) : null),
    }),
    incompleteDetails: t.field({
      type: IncompleteDetails,
      nullable: true,
      description: 'Why it is incomplete, when it is.',
      resolve: (m) => m.incomplete_details ?? null,
    }),
    completedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was completed.', resolve: (m) => m.completed_at ?? null }),
    incompleteAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was marked incomplete.',
      resolve: (m) => m.incomplete_at ?? null,
    }),
    role: t.field({
      type: MessageRole,
      description: 'Who wrote it.',
      resolve: (m) => knownValue(m.role, MESSAGE_ROLES),
    }),
    content: t.field({ type: [MessageContentUnion], description: 'Its parts, in order.', resolve: contentOf }),
    text: t.string({
      description: 'All its text parts joined with blank lines: a shortcut for simple chat views.',
      resolve: (m) =>
        m.content
          .filter((part): part is TextContent => part.type === 'text')
          .map((part) => part.text.value)
          .join('\n\n'),
    }),
    assistant: t.field({
      type: AssistantRef,
      nullable: true,
      description: 'The assistant that wrote it, for assistant messages.',
      resolve: (m, _args, ctx) => (m.assistant_id ? ctx.loaders.load(ASSISTANT, { id: m.assistant_id }) : null),
    }),
    fileIds: t.exposeStringList('file_ids', { description: `Ids of its files (at most ${formatLimit(LIMITS.messageFiles)}).` }),
    metadata: t.field({ type: 'Metadata', description: 'Your key-value pairs.', resolve: (m) => m.metadata ?? {} }),
    run: t.field({
      type: RunRef,
      nullable: true,
      description: 'The run that wrote it; null for messages written by hand.',
      resolve: (message, _args, ctx) =>
        message.run_id ? ctx.loaders.load(RUN, { threadId: message.thread_id, id: message.run_id }) : null,
    }),
    files: t.connection(
      {
        type: MessageFileRef,
        description: 'The files attached to the message, as a Relay connection over the upstream list.',
        args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
        resolve: (message, args, ctx) =>
          resolveConnection(
            args,
            { name: 'messageFiles', parentId: MESSAGE.innerId(MESSAGE.keyOf(message)), order: orderOf(args.order) },
            async (page) => {
              const list = await ctx.api.listMessageFiles(message.thread_id, message.id, page);
              return { ...list, data: list.data.map((file) => ({ ...file, thread_id: message.thread_id })) };
            },
          ),
      },
      MessageFileConnection,
    ),
  }),
});
export const MessageConnection = builder.connectionObject(
  { type: MessageRef, name: 'MessageConnection', description: 'A page of messages.' },
  { name: 'MessageEdge', description: 'A message in a page.' },
);
const messagePayloadFields = (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, { message: Message }>) => ({
  message: t.field({ type: MessageRef, description: 'The message.', resolve: (payload) => payload.message }),
});

builder.relayMutationField(
  'createMessage',
  {
    name: 'CreateMessageInput',
    description: 'The thread and the message to add to it.',
    inputFields: (t) => ({
      threadId: t.id({ required: true, description: 'The thread, by global ID or raw `thread_…` id.' }),
      role: t.field({ type: MessageRole, defaultValue: 'user', description: 'Who writes it; USER by default.' }),
      content: t.string({ required: true, description: `The text, 1 to ${formatLimit(LIMITS.messageContent)} characters.` }),
      fileIds: t.stringList({ description: `Ids of files for the message (\`file-…\`), 1 to ${formatLimit(LIMITS.messageFiles)}.` }),
      metadata: t.field({ type: 'Metadata', description: metadataDescription }),
    }),
  },
  {
    description: 'Adds a message to a thread. Fails with CONFLICT (THREAD_BUSY) while a run is active on the thread.',
    resolve: async (_root, { input }, ctx) => {
      const threadId = THREAD.decode(input.threadId, 'input.threadId', { raw: true }).id;
      const body = messageBody(input, 'input');
      checkBody(createMessageBody, body);
      const message = await ctx.api.createMessage(threadId, body);
      return { message: message };
    },
  },
  { name: 'CreateMessagePayload', description: 'The created message.', outputFields: messagePayloadFields },
);

builder.relayMutationField(
  'updateMessage',
  {
    name: 'UpdateMessageInput',
    description: 'The message and its new metadata.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The message, by its global ID.' }),
      metadata: t.field({ type: 'Metadata', description: `Replaces the metadata; at most ${formatLimit(LIMITS.metadataPairs)} pairs.` }),
    }),
  },
  {
    description: 'Changes a message’s metadata.',
    resolve: async (_root, { input }, ctx) => {
      const { threadId, id: messageId } = MESSAGE.decode(input.id, 'input.id');
      const body = { metadata: input.metadata };
      checkBody(metadataBody, body);
      const message = await ctx.api.modifyMessage(threadId, messageId, body);
      return { message: message };
    },
  },
  { name: 'UpdateMessagePayload', description: 'The changed message.', outputFields: messagePayloadFields },
);
