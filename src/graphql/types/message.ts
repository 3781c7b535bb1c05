/** Message: the node, its content types, `Thread.messages`/`Thread.message` and its mutations. */
import type { Annotation, Message, MessageContent } from '../../openai/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { badUserInput } from '../errors.js';
import { expectId, expectSimpleId, innerId } from '../ids.js';
import { primeMessage } from '../loaders.js';
import { resolveConnection } from '../pagination.js';
import { checkMetadata } from '../validation.js';
import { AssistantRef } from './assistant.js';
import { SortOrder, knownValue, orderArgDescription, orderOf } from './common.js';
import { MessageRole, checkMessageInput, messageBodyFromInput } from './message-input.js';
import { ThreadRef } from './thread.js';

export const MessageRef = builder.objectRef<Message>('Message');

const MESSAGE_STATUSES = ['in_progress', 'incomplete', 'completed'] as const;

const MessageStatus = builder.enumType('MessageStatus', {
  description: 'Where a message is in its life.',
  values: {
    IN_PROGRESS: { value: 'in_progress', description: 'A run is still writing it.' },
    INCOMPLETE: { value: 'incomplete', description: 'Its run ended before it was finished; see `incompleteDetails`.' },
    COMPLETED: { value: 'completed', description: 'Finished.' },
    UNKNOWN: { value: 'unknown', description: 'A status this facade does not know (from a newer server).' },
  } as const,
});

const IncompleteDetails = builder.objectRef<{ reason: string }>('MessageIncompleteDetails').implement({
  description: 'Why a message is incomplete.',
  fields: (t) => ({
    reason: t.exposeString('reason', {
      description: '`content_filter`, `max_tokens`, `run_cancelled`, `run_expired` or `run_failed`.',
    }),
  }),
});

type FileCitation = Extract<Annotation, { type: 'file_citation' }>;
type FilePath = Extract<Annotation, { type: 'file_path' }>;

const annotationFields = (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, Annotation>) => ({
  text: t.exposeString('text', { description: 'The placeholder in the text value to replace, e.g. `【13†source】`.' }),
  startIndex: t.exposeInt('start_index', { description: 'Where the placeholder starts in the text value.' }),
  endIndex: t.exposeInt('end_index', { description: 'Where the placeholder ends in the text value.' }),
});

const FileCitationAnnotation = builder.objectRef<FileCitation>('FileCitationAnnotation').implement({
  description: 'A citation of a quote from a file the assistant searched.',
  isTypeOf: (value) => (value as Annotation).type === 'file_citation',
  fields: (t) => ({
    ...annotationFields(t as unknown as PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, Annotation>),
    fileId: t.string({ description: 'The cited file.', resolve: (a) => a.file_citation.file_id }),
    quote: t.string({ nullable: true, description: 'The quoted text.', resolve: (a) => a.file_citation.quote ?? null }),
  }),
});

const FilePathAnnotation = builder.objectRef<FilePath>('FilePathAnnotation').implement({
  description: 'A link to a file the code interpreter produced.',
  isTypeOf: (value) => (value as Annotation).type === 'file_path',
  fields: (t) => ({
    ...annotationFields(t as unknown as PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, Annotation>),
    fileId: t.string({ description: 'The produced file.', resolve: (a) => a.file_path.file_id }),
  }),
});

const AnnotationUnion = builder.unionType('Annotation', {
  description: 'A marked span of a text value that refers to a file.',
  types: [FileCitationAnnotation, FilePathAnnotation],
});

type TextContent = Extract<MessageContent, { type: 'text' }>;
type ImageFileContent = Extract<MessageContent, { type: 'image_file' }>;

const TextContentRef = builder.objectRef<TextContent>('TextContent').implement({
  description: 'Text, with annotations that point into it.',
  isTypeOf: (value) => (value as MessageContent).type === 'text',
  fields: (t) => ({
    value: t.string({ description: 'The text.', resolve: (content) => content.text.value }),
    annotations: t.field({
      type: [AnnotationUnion],
      description: 'Spans of the text that cite or link files.',
      resolve: (content) => content.text.annotations,
    }),
  }),
});

const ImageFileContentRef = builder.objectRef<ImageFileContent>('ImageFileContent').implement({
  description: 'An image file in a message.',
  isTypeOf: (value) => (value as MessageContent).type === 'image_file',
  fields: (t) => ({
    fileId: t.string({ description: 'The image’s file id.', resolve: (content) => content.image_file.file_id }),
  }),
});

const MessageContentUnion = builder.unionType('MessageContent', {
  description: 'A part of a message: text or an image file.',
  types: [TextContentRef, ImageFileContentRef],
});

/** The upstream ids in a Message's global ID. */
function messageKey(inner: string): { threadId: string; id: string } {
  const [threadId = '', id = ''] = inner.split(':');
  return { threadId, id };
}

builder.node(MessageRef, {
  description: 'A message in a thread, written by the user or by an assistant during a run.',
  id: { resolve: (message) => innerId(message.thread_id, message.id) },
  isTypeOf: (value) => (value as { object?: unknown }).object === 'thread.message',
  loadOne: (inner, ctx) => ctx.loaders.message.load(messageKey(inner)),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `msg_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (m) => m.created_at }),
    thread: t.field({
      type: ThreadRef,
      nullable: true,
      description: 'The thread it belongs to.',
      resolve: (m, _args, ctx) => ctx.loaders.thread.load(m.thread_id),
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
      resolve: (m) => knownValue(m.role, ['user', 'assistant'] as const),
    }),
    content: t.field({ type: [MessageContentUnion], description: 'Its parts, in order.', resolve: (m) => m.content }),
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
      resolve: (m, _args, ctx) => (m.assistant_id ? ctx.loaders.assistant.load(m.assistant_id) : null),
    }),
    fileIds: t.exposeStringList('file_ids', { description: 'Ids of its files (at most 10).' }),
    metadata: t.field({ type: 'Metadata', description: 'Your key-value pairs.', resolve: (m) => m.metadata ?? {} }),
  }),
});

export const MessageConnection = builder.connectionObject(
  { type: MessageRef, name: 'MessageConnection', description: 'A page of messages.' },
  { name: 'MessageEdge', description: 'A message in a page.' },
);

/** A Message argument as upstream ids: a global Message ID, or a raw `msg_…` id within `threadId`. */
export function messageKeyFromArg(value: string, threadId: string, argument: string): { threadId: string; id: string } {
  if (value.startsWith('msg_')) return { threadId, id: value };
  const [ownThread = '', id = ''] = expectId(value, 'Message', argument);
  if (ownThread !== threadId) {
    throw badUserInput(`\`${argument}\` names a message of another thread (${ownThread}).`, argument);
  }
  return { threadId, id };
}

builder.objectFields(ThreadRef, (t) => ({
  messages: t.connection(
    {
      type: MessageRef,
      description: 'The thread’s messages, as a Relay connection over the upstream list.',
      args: {
        order: t.arg({ type: SortOrder, description: orderArgDescription }),
        runId: t.arg.id({ description: 'Only the messages this run created (a Run global ID or a raw `run_…` id).' }),
      },
      resolve: (thread, args, ctx) => {
        const runId = args.runId ? runIdFromArg(args.runId, thread.id) : undefined;
        return resolveConnection(
          args,
          { name: 'messages', parentId: innerId(thread.id, runId ?? ''), order: orderOf(args.order) },
          async (page) => {
            const list = await ctx.api.listMessages(thread.id, { ...page, ...(runId ? { run_id: runId } : {}) });
            list.data.forEach((message) => primeMessage(ctx.loaders, message));
            return list;
          },
        );
      },
    },
    MessageConnection,
  ),
  message: t.field({
    type: MessageRef,
    nullable: true,
    description: 'One message of this thread, by global ID or raw `msg_…` id; null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'A Message global ID or a raw `msg_…` id.' }) },
    resolve: (thread, args, ctx) => ctx.loaders.message.load(messageKeyFromArg(args.id, thread.id, 'id')),
  }),
}));

/** A run argument as a raw run id of `threadId`: a Run global ID or a raw `run_…` id. */
export function runIdFromArg(value: string, threadId: string, argument = 'runId'): string {
  if (value.startsWith('run_')) return value;
  const [ownThread = '', id = ''] = expectId(value, 'Run', argument);
  if (ownThread !== threadId) throw badUserInput(`\`${argument}\` names a run of another thread (${ownThread}).`, argument);
  return id;
}

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
      content: t.string({ required: true, description: 'The text, 1 to 256,000 characters.' }),
      fileIds: t.stringList({ description: 'Ids of files for the message (`file-…`), 1 to 10.' }),
      metadata: t.field({ type: 'Metadata', description: 'At most 16 key-value pairs.' }),
    }),
  },
  {
    description: 'Adds a message to a thread. Fails with CONFLICT (THREAD_BUSY) while a run is active on the thread.',
    resolve: async (_root, { input }, ctx) => {
      const threadId = expectSimpleId(input.threadId, 'Thread', 'input.threadId', true);
      checkMessageInput(input, 'input');
      const message = await ctx.api.createMessage(threadId, messageBodyFromInput(input));
      return { message: primeMessage(ctx.loaders, message) };
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
      metadata: t.field({ type: 'Metadata', description: 'Replaces the metadata; at most 16 pairs.' }),
    }),
  },
  {
    description: 'Changes a message’s metadata.',
    resolve: async (_root, { input }, ctx) => {
      const [threadId = '', messageId = ''] = expectId(input.id, 'Message', 'input.id');
      checkMetadata(input.metadata, 'input.metadata');
      const message = await ctx.api.modifyMessage(threadId, messageId, { metadata: input.metadata });
      return { message: primeMessage(ctx.loaders, message) };
    },
  },
  { name: 'UpdateMessagePayload', description: 'The changed message.', outputFields: messagePayloadFields },
);

