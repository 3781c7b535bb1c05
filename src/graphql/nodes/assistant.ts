/** Assistant: the node with every field, its root queries and its mutations. */
import type { ModifyAssistantBody } from '../../openai/api.js';
import type { Assistant } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { notFound } from '../errors.js';
import { SortOrder, ToolInput, ToolInterface, orderArgDescription, orderOf, toolsFromInput } from '../objects/common.js';
import { resolveConnection } from '../pagination.js';
import { createAssistantBody, modifyAssistantBody } from '../../v1/requests.js';
import { LIMITS, checkBody, formatLimit, metadataDescription } from '../validation.js';
import { AssistantFileConnection } from './assistant-file.js';
import { ASSISTANT } from '../identity.js';
import { AssistantFileRef, AssistantRef, nodeBasics } from './refs.js';

builder.node(AssistantRef, {
  description: 'An assistant: a model with instructions, tools and files that answers in threads.',
  ...nodeBasics(ASSISTANT),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `asst_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (a) => a.created_at }),
    name: t.string({ nullable: true, description: `Its name (at most ${formatLimit(LIMITS.name)} characters).`, resolve: (a) => a.name ?? null }),
    description: t.string({
      nullable: true,
      description: `Its description (at most ${formatLimit(LIMITS.description)} characters).`,
      resolve: (a) => a.description ?? null,
    }),
    model: t.exposeString('model', { description: 'The model it uses, e.g. `gpt-4-turbo`.' }),
    instructions: t.string({
      nullable: true,
      description: `Its system instructions (at most ${formatLimit(LIMITS.instructions)} characters).`,
      resolve: (a) => a.instructions ?? null,
    }),
    tools: t.field({ type: [ToolInterface], description: `The tools it may use (at most ${formatLimit(LIMITS.assistantTools)}).`, resolve: (a) => a.tools }),
    fileIds: t.exposeStringList('file_ids', {
      description: `Ids of the files attached to it (at most ${formatLimit(LIMITS.assistantFiles)}), oldest first. See \`files\` for the attachment objects.`,
    }),
    metadata: t.field({ type: 'Metadata', description: 'Your key-value pairs.', resolve: (a) => a.metadata ?? {} }),
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
  }),
});

export const AssistantConnection = builder.connectionObject(
  { type: AssistantRef, name: 'AssistantConnection', description: 'A page of assistants.' },
  { name: 'AssistantEdge', description: 'An assistant in a page.' },
);

builder.queryFields((t) => ({
  assistant: t.field({
    type: AssistantRef,
    nullable: true,
    description: 'An assistant by global ID or raw upstream id (`asst_…`); null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'A global ID or a raw `asst_…` id.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.load(ASSISTANT, { id: ASSISTANT.decode(args.id, 'id', { raw: true }).id }),
  }),
  assistants: t.connection(
    {
      type: AssistantRef,
      description: 'All assistants of the caller, as a Relay connection over the upstream list.',
      args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
      resolve: (_root, args, ctx) =>
        resolveConnection(args, { name: 'assistants', order: orderOf(args.order) }, async (page) => {
          const list = await ctx.api.listAssistants(page);
          return list;
        }),
    },
    AssistantConnection,
  ),
}));

const assistantPayloadFields = (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, { assistant: Assistant }>) => ({
  assistant: t.field({ type: AssistantRef, description: 'The assistant.', resolve: (payload) => payload.assistant }),
});

interface AssistantFieldsInput {
  name?: string | null;
  description?: string | null;
  instructions?: string | null;
  tools?: Parameters<typeof toolsFromInput>[0];
  metadata?: Record<string, string> | null;
  fileIds?: string[] | null;
}

/** The optional fields of create and update in wire form; omitted stays omitted, null clears. */
function assistantBody(input: AssistantFieldsInput): Omit<ModifyAssistantBody, 'model'> {
  return {
    name: input.name,
    description: input.description,
    instructions: input.instructions,
    tools: toolsFromInput(input.tools, 'input.tools'),
    file_ids: input.fileIds ?? undefined,
    metadata: input.metadata,
  };
}

builder.relayMutationField(
  'createAssistant',
  {
    name: 'CreateAssistantInput',
    description: 'The new assistant.',
    inputFields: (t) => ({
      model: t.string({ required: true, description: 'The model to use, e.g. `gpt-4-turbo`.' }),
      name: t.string({ description: `At most ${formatLimit(LIMITS.name)} characters.` }),
      description: t.string({ description: `At most ${formatLimit(LIMITS.description)} characters.` }),
      instructions: t.string({ description: `System instructions, at most ${formatLimit(LIMITS.instructions)} characters.` }),
      tools: t.field({ type: [ToolInput], description: `At most ${formatLimit(LIMITS.assistantTools)} tools.` }),
      fileIds: t.stringList({ description: `Ids of files to attach (\`file-…\`), at most ${formatLimit(LIMITS.assistantFiles)}.` }),
      metadata: t.field({ type: 'Metadata', description: metadataDescription }),
    }),
  },
  {
    description: 'Creates an assistant.',
    resolve: async (_root, { input }, ctx) => {
      const body = { model: input.model, ...assistantBody(input) };
      checkBody(createAssistantBody, body);
      const assistant = await ctx.api.createAssistant(body);
      return { assistant: assistant };
    },
  },
  { name: 'CreateAssistantPayload', description: 'The created assistant.', outputFields: assistantPayloadFields },
);

builder.relayMutationField(
  'updateAssistant',
  {
    name: 'UpdateAssistantInput',
    description: 'The assistant and the fields to change; omitted fields keep their value, null clears a field.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The assistant, by global ID or raw `asst_…` id.' }),
      model: t.string({ description: 'The model to use.' }),
      name: t.string({ description: `At most ${formatLimit(LIMITS.name)} characters.` }),
      description: t.string({ description: `At most ${formatLimit(LIMITS.description)} characters.` }),
      instructions: t.string({ description: `At most ${formatLimit(LIMITS.instructions)} characters.` }),
      tools: t.field({ type: [ToolInput], description: `Replaces all tools; at most ${formatLimit(LIMITS.assistantTools)}.` }),
      fileIds: t.stringList({
        description: `Replaces the attached files: files left out are detached. At most ${formatLimit(LIMITS.assistantFiles)}.`,
      }),
      metadata: t.field({ type: 'Metadata', description: `Replaces the metadata; at most ${formatLimit(LIMITS.metadataPairs)} pairs.` }),
    }),
  },
  {
    description: 'Changes an assistant.',
    resolve: async (_root, { input }, ctx) => {
      const id = ASSISTANT.decode(input.id, 'input.id', { raw: true }).id;
      const body = { model: input.model ?? undefined, ...assistantBody(input) };
      checkBody(modifyAssistantBody, body);
      const assistant = await ctx.api.modifyAssistant(id, body);
      return { assistant: assistant };
    },
  },
  { name: 'UpdateAssistantPayload', description: 'The changed assistant.', outputFields: assistantPayloadFields },
);

builder.relayMutationField(
  'deleteAssistant',
  {
    name: 'DeleteAssistantInput',
    description: 'The assistant to delete.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The assistant, by global ID or raw `asst_…` id.' }),
    }),
  },
  {
    description: 'Deletes an assistant. Fails with NOT_FOUND when it does not exist.',
    resolve: async (_root, { input }, ctx) => {
      const id = ASSISTANT.decode(input.id, 'input.id', { raw: true }).id;
      const deletion = await ctx.api.deleteAssistant(id);
      if (!deletion.deleted) throw notFound(`Assistant ${id} was not deleted.`);
      ctx.loaders.clear(ASSISTANT, { id: id });
      return { deletedId: id };
    },
  },
  {
    name: 'DeleteAssistantPayload',
    description: 'What was deleted.',
    outputFields: (t) => ({
      deletedAssistantId: t.id({
        description: 'The global ID of the deleted assistant.',
        resolve: (payload) => ASSISTANT.globalId({ id: payload.deletedId }),
      }),
    }),
  },
);

