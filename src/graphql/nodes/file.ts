/** File (the v1 Files API): the node with every field, `files`, `uploadFile` and `deleteFile`, and how links reach a file. */
import { hasFilenameOwnerTag, uploadedFilename, withoutFilenameOwnerTag } from '../../auth/owned-api.js';
import type { FileReference } from '../../openai/api.js';
import { FILE_PURPOSES, FILE_STATUSES, UNDOWNLOADABLE_FILE_PURPOSE, UPLOAD_FILE_PURPOSES } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { badUserInput, isNotFound } from '../errors.js';
import { downloadUrlOf } from '../file-download.js';
import { FILE } from '../identity.js';
import type { FileInView } from '../identity.js';
import { SortOrder, knownValue, orderArgDescription, orderOf } from '../objects/common.js';
import { resolveConnection } from '../pagination.js';
import { LIMITS, formatLimit } from '../validation.js';
import { FileRef, nodeBasics } from './refs.js';

export const FilePurpose = builder.enumType('FilePurpose', {
  description: 'What a file is for.',
  values: {
    ASSISTANTS: { value: 'assistants', description: 'For assistants and messages (retrieval, code interpreter). Cannot be downloaded.' },
    ASSISTANTS_OUTPUT: { value: 'assistants_output', description: 'Made by an assistant’s tool (e.g. a chart of code interpreter); never uploaded.' },
    FINE_TUNE: { value: 'fine-tune', description: 'Fine-tuning data (`.jsonl`).' },
    FINE_TUNE_RESULTS: { value: 'fine-tune-results', description: 'Results of a fine-tuning job; never uploaded.' },
    UNKNOWN: { value: 'unknown', description: 'A purpose this facade does not know (from a newer server).' },
  } as const,
});

export const FileStatus = builder.enumType('FileStatus', {
  description: 'Where a file is in its processing.',
  values: {
    UPLOADED: { value: 'uploaded', description: 'Received, not yet processed.' },
    PROCESSED: { value: 'processed', description: 'Ready for use.' },
    ERROR: { value: 'error', description: 'Processing failed; see `statusDetails`.' },
    UNKNOWN: { value: 'unknown', description: 'A status this facade does not know (from a newer server).' },
  } as const,
});

builder.node(FileRef, {
  description: 'A file of the Files API: uploaded for assistants and messages, or made by their tools.',
  ...nodeBasics(FILE),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `file-abc123`.' }),
    filename: t.string({ description: 'Its name: as uploaded (without any path), or for a tool’s output its sandbox path.', resolve: (file) => withoutFilenameOwnerTag(file.filename) }),
    bytes: t.exposeInt('bytes', { description: `Its size in bytes (at most ${formatLimit(LIMITS.fileBytes)} for an upload).` }),
    purpose: t.field({ type: FilePurpose, description: 'What it is for.', resolve: (file) => knownValue(file.purpose, FILE_PURPOSES) }),
    status: t.field({
      type: FileStatus,
      nullable: true,
      description: 'Where it is in its processing; null when the upstream does not say.',
      resolve: (file) => (file.status == null ? null : knownValue(file.status, FILE_STATUSES)),
    }),
    statusDetails: t.string({ nullable: true, description: 'Why processing failed, when it did.', resolve: (file) => file.status_details ?? null }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was uploaded (or made).', resolve: (file) => file.created_at }),
    downloadUrl: t.string({
      nullable: true,
      description:
        'Where to download its bytes, a path relative to this API (`GET` it with the same `Authorization` as `/graphql`); null for purpose `ASSISTANTS`, whose files cannot be downloaded.',
      resolve: (file) => downloadableUrlOf(file),
    }),
  }),
});

export const FileConnection = builder.connectionObject(
  { type: FileRef, name: 'FileConnection', description: 'A page of files.' },
  { name: 'FileEdge', description: 'A file in a page.' },
);

/** Where to download a file's bytes, or null for purpose `assistants`, whose files cannot be downloaded. */
export function downloadableUrlOf(file: FileInView): string | null {
  return file.purpose === UNDOWNLOADABLE_FILE_PURPOSE ? null : downloadUrlOf(file);
}

/**
 * The file a link names, or null when it does not exist (or, in `jwt` mode, the user may not read
 * it). Through `via`, a user reads a file of another user's that the linking object refers to (an
 * assistant's, one its runs cite); the file then carries `via` for its download address. Without
 * `via` (a link whose object is not known), only the user's own files are found.
 */
export async function linkedFile(ctx: GraphQLContext, fileId: string, via: FileReference | undefined): Promise<FileInView | null> {
  const key = FILE.fromInnerId(fileId);
  if (!key) return null;
  const file = await ctx.loaders.load(FILE, key);
  if (file || ctx.caller.kind === 'key' || !via) return file;
  try {
    return { ...(await ctx.api.getFile(fileId, via)), via };
  } catch (error) {
    // The loader already said the file is missing for this user: a refused reference is the same.
    if (isNotFound(error)) return null;
    throw error;
  }
}

builder.queryFields((t) => ({
  files: t.connection(
    {
      type: FileRef,
      description: 'The caller’s files (in `jwt` mode, the user’s own uploads), as a Relay connection over the upstream list.',
      args: {
        purpose: t.arg({ type: FilePurpose, description: 'Only the files of this purpose.' }),
        order: t.arg({ type: SortOrder, description: orderArgDescription }),
      },
      resolve: (_root, args, ctx) => {
        const purpose = args.purpose ?? undefined;
        return resolveConnection(args, { name: 'files', parentId: purpose, order: orderOf(args.order) }, (page) =>
          ctx.api.listFiles({ ...page, ...(purpose ? { purpose } : {}) }),
        );
      },
    },
    FileConnection,
  ),
}));

builder.relayMutationField(
  'uploadFile',
  {
    name: 'UploadFileInput',
    description: 'The file to upload and what it is for.',
    inputFields: (t) => ({
      file: t.field({
        type: 'Upload',
        required: true,
        description: `The file, as a part of a multipart request (GraphQL multipart request spec), at most ${formatLimit(LIMITS.fileBytes)} bytes; its name's extension gives its type.`,
      }),
      purpose: t.field({ type: FilePurpose, required: true, description: '`ASSISTANTS` or `FINE_TUNE` (the others are made by the upstream).' }),
    }),
  },
  {
    description: 'Uploads a file, streamed to the upstream as it arrives. In `jwt` mode it belongs to the caller.',
    resolve: async (_root, { input }, ctx) => {
      if (!UPLOAD_FILE_PURPOSES.includes(input.purpose)) {
        throw badUserInput(`\`input.purpose\` must be ASSISTANTS or FINE_TUNE to upload a file, but got ${input.purpose.toUpperCase().replace(/-/g, '_')}.`, 'input.purpose');
      }
      const filename = uploadedFilename(input.file.name);
      if (filename === '') throw badUserInput('`input.file` must have a filename (its extension gives its type).', 'input.file');
      if (hasFilenameOwnerTag(filename)) {
        throw badUserInput('`input.file`’s filename must not start with `_owner-` and a tag: it is reserved for the file’s owner.', 'input.file');
      }
      const file = await ctx.api.uploadFile({ filename, purpose: input.purpose, contentType: input.file.type, content: input.file.stream() });
      return { file };
    },
  },
  {
    name: 'UploadFilePayload',
    description: 'The uploaded file.',
    outputFields: (t) => ({
      file: t.field({ type: FileRef, description: 'The file, as the upstream stored it.', resolve: (payload) => payload.file }),
    }),
  },
);

builder.relayMutationField(
  'deleteFile',
  {
    name: 'DeleteFileInput',
    description: 'The file to delete.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The file, by global ID or raw `file-…` id.' }),
    }),
  },
  {
    description: 'Deletes a file; the upstream detaches it from every assistant (messages keep naming it). Fails with NOT_FOUND when it does not exist.',
    resolve: async (_root, { input }, ctx) => {
      const key = FILE.decode(input.id, 'input.id', { raw: true });
      await ctx.api.deleteFile(key.id);
      ctx.loaders.clear(FILE, key);
      return { deletedId: key.id };
    },
  },
  {
    name: 'DeleteFilePayload',
    description: 'What was deleted.',
    outputFields: (t) => ({
      deletedFileId: t.id({ description: 'The global ID of the deleted file.', resolve: (payload) => FILE.globalId({ id: payload.deletedId }) }),
    }),
  },
);
