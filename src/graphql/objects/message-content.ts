/** What a message is made of: its status, content parts and annotations. */
import type { Annotation, Message, MessageContent } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { downloadableUrlOf, linkedFile } from '../nodes/file.js';
import { FileRef } from '../nodes/refs.js';

export { MESSAGE_STATUSES } from '../../v1/schemas.js';

export const MessageStatus = builder.enumType('MessageStatus', {
  description: 'Where a message is in its life.',
  values: {
    IN_PROGRESS: { value: 'in_progress', description: 'A run is still writing it.' },
    INCOMPLETE: { value: 'incomplete', description: 'Its run ended before it was finished; see `incompleteDetails`.' },
    COMPLETED: { value: 'completed', description: 'Finished.' },
    UNKNOWN: { value: 'unknown', description: 'A status this facade does not know (from a newer server).' },
  } as const,
});

export const IncompleteDetails = builder.objectRef<{ reason: string }>('MessageIncompleteDetails').implement({
  description: 'Why a message is incomplete.',
  fields: (t) => ({
    reason: t.exposeString('reason', {
      description: '`content_filter`, `max_tokens`, `run_cancelled`, `run_expired` or `run_failed`.',
    }),
  }),
});

/** The message a content part or annotation belongs to: the reference through which its files are read. */
interface InMessage {
  via: { threadId: string; messageId: string };
}

/** A message's content parts, each with the message they belong to. */
export function contentOf(message: Message): (MessageContent & InMessage)[] {
  const via = { threadId: message.thread_id, messageId: message.id };
  return message.content.map((part) => ({ ...part, via }));
}

type FileCitation = Extract<Annotation, { type: 'file_citation' }> & InMessage;
type FilePath = Extract<Annotation, { type: 'file_path' }> & InMessage;

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
    file: t.field({
      type: FileRef,
      nullable: true,
      description: 'The cited file itself (an assistant’s file is readable by everyone whose thread cites it).',
      resolve: (a, _args, ctx) => linkedFile(ctx, a.file_citation.file_id, a.via),
    }),
    quote: t.string({ nullable: true, description: 'The quoted text.', resolve: (a) => a.file_citation.quote ?? null }),
  }),
});

const FilePathAnnotation = builder.objectRef<FilePath>('FilePathAnnotation').implement({
  description: 'A link to a file the code interpreter produced.',
  isTypeOf: (value) => (value as Annotation).type === 'file_path',
  fields: (t) => ({
    ...annotationFields(t as unknown as PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, Annotation>),
    fileId: t.string({ description: 'The produced file.', resolve: (a) => a.file_path.file_id }),
    file: t.field({
      type: FileRef,
      nullable: true,
      description: 'The produced file itself.',
      resolve: (a, _args, ctx) => linkedFile(ctx, a.file_path.file_id, a.via),
    }),
  }),
});

const AnnotationUnion = builder.unionType('Annotation', {
  description: 'A marked span of a text value that refers to a file.',
  types: [FileCitationAnnotation, FilePathAnnotation],
});

export type TextContent = Extract<MessageContent, { type: 'text' }>;
type TextContentInMessage = TextContent & InMessage;
type ImageFileContent = Extract<MessageContent, { type: 'image_file' }> & InMessage;

const TextContentRef = builder.objectRef<TextContentInMessage>('TextContent').implement({
  description: 'Text, with annotations that point into it.',
  isTypeOf: (value) => (value as MessageContent).type === 'text',
  fields: (t) => ({
    value: t.string({ description: 'The text.', resolve: (content) => content.text.value }),
    annotations: t.field({
      type: [AnnotationUnion],
      description: 'Spans of the text that cite or link files.',
      resolve: (content) => content.text.annotations.map((annotation) => ({ ...annotation, via: content.via })),
    }),
  }),
});

const ImageFileContentRef = builder.objectRef<ImageFileContent>('ImageFileContent').implement({
  description: 'An image file in a message.',
  isTypeOf: (value) => (value as MessageContent).type === 'image_file',
  fields: (t) => ({
    fileId: t.string({ description: 'The image’s file id.', resolve: (content) => content.image_file.file_id }),
    file: t.field({
      type: FileRef,
      nullable: true,
      description: 'The image’s file itself.',
      resolve: (content, _args, ctx) => linkedFile(ctx, content.image_file.file_id, content.via),
    }),
    downloadUrl: t.string({
      nullable: true,
      description: 'Where to download the image (its file’s `downloadUrl`), e.g. for an `<img>` fetched with the `Authorization` of `/graphql`; null when the file is gone or cannot be downloaded.',
      resolve: async (content, _args, ctx) => {
        const file = await linkedFile(ctx, content.image_file.file_id, content.via);
        return file ? downloadableUrlOf(file) : null;
      },
    }),
  }),
});

export const MessageContentUnion = builder.unionType('MessageContent', {
  description: 'A part of a message: text or an image file.',
  types: [TextContentRef, ImageFileContentRef],
});
