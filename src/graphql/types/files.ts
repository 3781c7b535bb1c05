/** AssistantFile and MessageFile: the nodes, `Assistant.files`, `Message.files` and the file mutations. */
import type { AssistantFile } from '../../openai/schemas.js';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { encodeGlobalId, expectId, expectSimpleId, innerId } from '../ids.js';
import type { MessageFileInThread } from '../loaders.js';
import { resolveConnection } from '../pagination.js';
import { checkFileIds } from '../validation.js';
import { AssistantRef } from './assistant.js';
import { SortOrder, orderArgDescription, orderOf } from './common.js';
import { MessageRef } from './message.js';

const AssistantFileRef = builder.objectRef<AssistantFile>('AssistantFile');
const MessageFileRef = builder.objectRef<MessageFileInThread>('MessageFile');

builder.node(AssistantFileRef, {
  description: 'A file attached to an assistant, for its retrieval and code interpreter tools.',
  id: { resolve: (file) => innerId(file.assistant_id, file.id) },
  isTypeOf: (value) => (value as { object?: unknown }).object === 'assistant.file',
  loadOne: (inner, ctx) => {
    const [assistantId = '', id = ''] = inner.split(':');
    return ctx.loaders.assistantFile.load({ assistantId, id });
  },
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The file id, e.g. `file-abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was attached.', resolve: (file) => file.created_at }),
    assistant: t.field({
      type: AssistantRef,
      nullable: true,
      description: 'The assistant it is attached to.',
      resolve: (file, _args, ctx) => ctx.loaders.assistant.load(file.assistant_id),
    }),
  }),
});

builder.node(MessageFileRef, {
  description: 'A file attached to a message.',
  id: { resolve: (file) => innerId(file.thread_id, file.message_id, file.id) },
  isTypeOf: (value) => (value as { object?: unknown }).object === 'thread.message.file',
  loadOne: (inner, ctx) => {
    const [threadId = '', messageId = '', id = ''] = inner.split(':');
    return ctx.loaders.messageFile.load({ threadId, messageId, id });
  },
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The file id, e.g. `file-abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was attached.', resolve: (file) => file.created_at }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message it is attached to.',
      resolve: (file, _args, ctx) => ctx.loaders.message.load({ threadId: file.thread_id, id: file.message_id }),
    }),
  }),
});

const AssistantFileConnection = builder.connectionObject(
  { type: AssistantFileRef, name: 'AssistantFileConnection', description: 'A page of assistant files.' },
  { name: 'AssistantFileEdge', description: 'An assistant file in a page.' },
);

const MessageFileConnection = builder.connectionObject(
  { type: MessageFileRef, name: 'MessageFileConnection', description: 'A page of message files.' },
  { name: 'MessageFileEdge', description: 'A message file in a page.' },
);

builder.objectFields(AssistantRef, (t) => ({
  files: t.connection(
    {
      type: AssistantFileRef,
      description: 'The files attached to the assistant, as a Relay connection over the upstream list.',
      args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
      resolve: (assistant, args, ctx) =>
        resolveConnection(args, { name: 'assistantFiles', parentId: assistant.id, order: orderOf(args.order) }, (page) =>
          ctx.api.listAssistantFiles(assistant.id, page),
        ),
    },
    AssistantFileConnection,
  ),
}));

builder.objectFields(MessageRef, (t) => ({
  files: t.connection(
    {
      type: MessageFileRef,
      description: 'The files attached to the message, as a Relay connection over the upstream list.',
      args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
      resolve: (message, args, ctx) =>
        resolveConnection(
          args,
          { name: 'messageFiles', parentId: innerId(message.thread_id, message.id), order: orderOf(args.order) },
          async (page) => {
            const list = await ctx.api.listMessageFiles(message.thread_id, message.id, page);
            return { ...list, data: list.data.map((file) => ({ ...file, thread_id: message.thread_id })) };
          },
        ),
    },
    MessageFileConnection,
  ),
}));

builder.relayMutationField(
  'createAssistantFile',
  {
    name: 'CreateAssistantFileInput',
    description: 'The assistant and the file to attach.',
    inputFields: (t) => ({
      assistantId: t.id({ required: true, description: 'The assistant, by global ID or raw `asst_…` id.' }),
      fileId: t.string({ required: true, description: 'The file id (`file-…`), of a file with purpose `assistants`.' }),
    }),
  },
  {
    description: 'Attaches a file to an assistant (at most 20 per assistant).',
    resolve: async (_root, { input }, ctx) => {
      const assistantId = expectSimpleId(input.assistantId, 'Assistant', 'input.assistantId', true);
      checkFileIds([input.fileId], 1, 'input.fileId');
      const file = await ctx.api.createAssistantFile(assistantId, { file_id: input.fileId });
      ctx.loaders.assistant.clear(assistantId);
      return { file };
    },
  },
  {
    name: 'CreateAssistantFilePayload',
    description: 'The attachment.',
    outputFields: (t) => ({
      assistantFile: t.field({ type: AssistantFileRef, description: 'The attached file.', resolve: (payload) => payload.file }),
    }),
  },
);

builder.relayMutationField(
  'deleteAssistantFile',
  {
    name: 'DeleteAssistantFileInput',
    description: 'The attachment to remove.',
    inputFields: (t) => ({
      id: t.id({ description: 'The AssistantFile global ID; or give `assistantId` and `fileId`.' }),
      assistantId: t.id({ description: 'The assistant, by global ID or raw `asst_…` id (with `fileId`).' }),
      fileId: t.string({ description: 'The file id (`file-…`) (with `assistantId`).' }),
    }),
  },
  {
    description: 'Detaches a file from an assistant. The file itself is not deleted.',
    resolve: async (_root, { input }, ctx) => {
      const [assistantId, fileId] = assistantFileTarget(input);
      await ctx.api.deleteAssistantFile(assistantId, fileId);
      ctx.loaders.assistant.clear(assistantId);
      return { assistantId, fileId };
    },
  },
  {
    name: 'DeleteAssistantFilePayload',
    description: 'What was detached.',
    outputFields: (t) => ({
      deletedAssistantFileId: t.id({
        description: 'The global ID of the removed attachment.',
        resolve: (payload) => encodeGlobalId('AssistantFile', innerId(payload.assistantId, payload.fileId)),
      }),
      assistant: t.field({
        type: AssistantRef,
        nullable: true,
        description: 'The assistant, as it is now.',
        resolve: (payload, _args, ctx) => ctx.loaders.assistant.load(payload.assistantId),
      }),
    }),
  },
);

function assistantFileTarget(input: { id?: string | null; assistantId?: string | null; fileId?: string | null }): [string, string] {
  if (input.id) {
    if (input.assistantId || input.fileId) {
      throw badUserInput('Give either `id` or `assistantId` with `fileId`, not both.', 'input.id');
    }
    const [assistantId = '', fileId = ''] = expectId(input.id, 'AssistantFile', 'input.id');
    return [assistantId, fileId];
  }
  if (!input.assistantId || !input.fileId) {
    throw badUserInput('Give `id`, or both `assistantId` and `fileId`.', input.assistantId ? 'input.fileId' : 'input.assistantId');
  }
  checkFileIds([input.fileId], 1, 'input.fileId');
  return [expectSimpleId(input.assistantId, 'Assistant', 'input.assistantId', true), input.fileId];
}
