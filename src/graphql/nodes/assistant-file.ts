/** AssistantFile: the node with every field, and its mutations. */
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { createAssistantFileBody } from '../../v1/requests.js';
import { LIMITS, checkBody, formatLimit } from '../validation.js';
import { ASSISTANT, ASSISTANT_FILE } from '../identity.js';
import { linkedFile } from './file.js';
import { AssistantFileRef, AssistantRef, FileRef, nodeBasics } from './refs.js';

builder.node(AssistantFileRef, {
  description: 'A file attached to an assistant, for its retrieval and code interpreter tools.',
  ...nodeBasics(ASSISTANT_FILE),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The file id, e.g. `file-abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was attached.', resolve: (file) => file.created_at }),
    assistant: t.field({
      type: AssistantRef,
      nullable: true,
      description: 'The assistant it is attached to.',
      resolve: (file, _args, ctx) => ctx.loaders.load(ASSISTANT, { id: file.assistant_id }),
    }),
    file: t.field({
      type: FileRef,
      nullable: true,
      description: 'The file itself; readable by everyone who reads the assistant.',
      resolve: (file, _args, ctx) => linkedFile(ctx, file.id, { assistantId: file.assistant_id }),
    }),
  }),
});
export const AssistantFileConnection = builder.connectionObject(
  { type: AssistantFileRef, name: 'AssistantFileConnection', description: 'A page of assistant files.' },
  { name: 'AssistantFileEdge', description: 'An assistant file in a page.' },
);
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
    description: `Attaches a file to an assistant (at most ${formatLimit(LIMITS.assistantFiles)} per assistant).`,
    resolve: async (_root, { input }, ctx) => {
      const assistantId = ASSISTANT.decode(input.assistantId, 'input.assistantId', { raw: true }).id;
      const body = { file_id: input.fileId };
      checkBody(createAssistantFileBody, body);
      const file = await ctx.api.createAssistantFile(assistantId, body);
      ctx.loaders.clear(ASSISTANT, { id: assistantId });
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
      ctx.loaders.clear(ASSISTANT, { id: assistantId });
      return { assistantId, fileId };
    },
  },
  {
    name: 'DeleteAssistantFilePayload',
    description: 'What was detached.',
    outputFields: (t) => ({
      deletedAssistantFileId: t.id({
        description: 'The global ID of the removed attachment.',
        resolve: (payload) => ASSISTANT_FILE.globalId({ assistantId: payload.assistantId, id: payload.fileId }),
      }),
      assistant: t.field({
        type: AssistantRef,
        nullable: true,
        description: 'The assistant, as it is now.',
        resolve: (payload, _args, ctx) => ctx.loaders.load(ASSISTANT, { id: payload.assistantId }),
      }),
    }),
  },
);

function assistantFileTarget(input: { id?: string | null; assistantId?: string | null; fileId?: string | null }): [string, string] {
  if (input.id) {
    if (input.assistantId || input.fileId) {
      throw badUserInput('Give either `id` or `assistantId` with `fileId`, not both.', 'input.id');
    }
    const { assistantId, id: fileId } = ASSISTANT_FILE.decode(input.id, 'input.id');
    return [assistantId, fileId];
  }
  if (!input.assistantId || !input.fileId) {
    throw badUserInput('Give `id`, or both `assistantId` and `fileId`.', input.assistantId ? 'input.fileId' : 'input.assistantId');
  }
  // The file id is checked as createAssistantFile's body would carry it.
  checkBody(createAssistantFileBody, { file_id: input.fileId });
  return [ASSISTANT.decode(input.assistantId, 'input.assistantId', { raw: true }).id, input.fileId];
}
