/**
 * What the operations of the Assistants API v2 accept, as zod schemas, with v2's own limits in
 * `V2_LIMITS` (v1's, which v2 keeps, stay in `LIMITS`). The v1 server parses every v2 request with
 * these and words their issues as it does v1's.
 */
import { z } from 'zod';
import { FUNCTION_NAME, LIMITS, fileId, listQuery, metadata, runOptions } from '../v1/requests.js';
import { MESSAGE_ROLES, NONE_OR_AUTO, functionDefinitionSchema } from '../v1/schemas.js';
import { VECTOR_STORE_FILE_STATUSES } from './schemas.js';

export const V2_LIMITS = {
  /** Vector stores on one assistant or thread (`tool_resources.file_search`). */
  vectorStoresPerOwner: 1,
  /** Files of `tool_resources.code_interpreter.file_ids`: an assistant's are its v1 `file_ids`. */
  codeInterpreterFiles: LIMITS.assistantFiles,
  filesPerVectorStore: 10_000,
  /** Files of one file batch. */
  filesPerBatch: 500,
  /** Files attached to one message: its v1 `file_ids`. */
  messageAttachments: LIMITS.messageFiles,
  /** `file_search.max_num_results`. */
  minResults: 1,
  maxResults: 50,
  /** Days of a vector store's `expires_after`. */
  minExpiryDays: 1,
  maxExpiryDays: 365,
  /** Characters of a vector store's name. */
  vectorStoreName: 256,
  minTopP: 0,
  maxTopP: 1,
} as const;

const rankingOptions = z.strictObject({
  ranker: z.enum(['auto', 'default_2024_08_21']).optional(),
  score_threshold: z.number().min(0).max(1),
});

const fileSearchTool = z.strictObject({
  type: z.literal('file_search'),
  file_search: z
    .strictObject({
      max_num_results: z.number().int().min(V2_LIMITS.minResults).max(V2_LIMITS.maxResults).optional(),
      ranking_options: rankingOptions.optional(),
    })
    .optional(),
});

const tool = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('code_interpreter') }),
  fileSearchTool,
  z.strictObject({
    type: z.literal('function'),
    function: z.strictObject({ ...functionDefinitionSchema.shape, name: z.string().regex(FUNCTION_NAME), strict: z.boolean().nullish() }),
  }),
]);

const chunkingStrategy = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('auto') }),
  z.strictObject({
    type: z.literal('static'),
    static: z.strictObject({
      max_chunk_size_tokens: z.number().int().min(100).max(4096),
      chunk_overlap_tokens: z.number().int().min(0),
    }),
  }),
]);

const expiresAfter = z.strictObject({
  anchor: z.literal('last_active_at'),
  days: z.number().int().min(V2_LIMITS.minExpiryDays).max(V2_LIMITS.maxExpiryDays),
});

const inlineVectorStore = z.strictObject({
  file_ids: z.array(fileId).max(V2_LIMITS.filesPerVectorStore).optional(),
  chunking_strategy: chunkingStrategy.optional(),
  metadata,
});

const codeInterpreterResources = z.strictObject({ file_ids: z.array(fileId).max(V2_LIMITS.codeInterpreterFiles).optional() });

/** `tool_resources` of an assistant, a thread, or a thread made by createThreadAndRun. */
const toolResources = z
  .strictObject({
    code_interpreter: codeInterpreterResources.optional(),
    file_search: z
      .strictObject({
        vector_store_ids: z.array(z.string()).max(V2_LIMITS.vectorStoresPerOwner).optional(),
        vector_stores: z.array(inlineVectorStore).max(V2_LIMITS.vectorStoresPerOwner).optional(),
      })
      .optional(),
  })
  .nullish();

/** The Structured Outputs format: the model's answer follows `schema`. */
const jsonSchemaFormat = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  description: z.string().optional(),
  schema: z.record(z.string(), z.unknown()).optional(),
  strict: z.boolean().nullish(),
});

const responseFormat = z.union([
  z.literal('auto'),
  z.strictObject({ type: z.enum(['text', 'json_object']) }),
  z.strictObject({ type: z.literal('json_schema'), json_schema: jsonSchemaFormat }),
]);

/** How hard a reasoning model thinks (o1 and o3-mini at the time); sent to the model server as it is. */
const reasoningEffort = z.enum(['low', 'medium', 'high']).nullish();

const assistantOptions = {
  name: z.string().max(LIMITS.name).nullish(),
  description: z.string().max(LIMITS.description).nullish(),
  instructions: z.string().max(LIMITS.instructions).nullish(),
  tools: z.array(tool).max(LIMITS.assistantTools).optional(),
  tool_resources: toolResources,
  metadata,
  temperature: z.number().min(LIMITS.minTemperature).max(LIMITS.maxTemperature).nullish(),
  top_p: z.number().min(V2_LIMITS.minTopP).max(V2_LIMITS.maxTopP).nullish(),
  response_format: responseFormat.nullish(),
  reasoning_effort: reasoningEffort,
};

export const createAssistantBodyV2 = z.strictObject({ model: z.string(), ...assistantOptions });
export const modifyAssistantBodyV2 = createAssistantBodyV2.partial();

const imageDetail = z.enum(['auto', 'low', 'high']).optional();

const contentPart = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().nonempty().max(LIMITS.messageContent) }),
  z.strictObject({ type: z.literal('image_file'), image_file: z.strictObject({ file_id: fileId, detail: imageDetail }) }),
  z.strictObject({ type: z.literal('image_url'), image_url: z.strictObject({ url: z.url(), detail: imageDetail }) }),
]);

export const attachment = z.strictObject({
  file_id: fileId,
  tools: z.array(z.discriminatedUnion('type', [z.strictObject({ type: z.literal('code_interpreter') }), z.strictObject({ type: z.literal('file_search') })])),
});

export const createMessageBodyV2 = z.strictObject({
  role: z.enum(MESSAGE_ROLES),
  content: z.union([z.string().nonempty().max(LIMITS.messageContent), z.array(contentPart).nonempty()]),
  attachments: z.array(attachment).max(V2_LIMITS.messageAttachments).nullish(),
  metadata,
});

export const createThreadBodyV2 = z.strictObject({
  messages: z.array(createMessageBodyV2).optional(),
  tool_resources: toolResources,
  metadata,
});

export const modifyThreadBodyV2 = z.strictObject({
  tool_resources: z
    .strictObject({
      code_interpreter: codeInterpreterResources.optional(),
      file_search: z.strictObject({ vector_store_ids: z.array(z.string()).max(V2_LIMITS.vectorStoresPerOwner).optional() }).optional(),
    })
    .nullish(),
  metadata,
});

const toolChoice = z.union([
  z.enum([...NONE_OR_AUTO, 'required']),
  z.strictObject({ type: z.enum(['file_search', 'code_interpreter']) }),
  z.strictObject({ type: z.literal('function'), function: z.strictObject({ name: z.string() }) }),
]);

const runOptionsV2 = {
  ...runOptions,
  tools: z.array(tool).max(LIMITS.runTools).nullish(),
  top_p: z.number().min(V2_LIMITS.minTopP).max(V2_LIMITS.maxTopP).nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  tool_choice: toolChoice.nullish(),
  response_format: responseFormat.nullish(),
};

// v2 has `reasoning_effort` on createRun, not on createThreadAndRun (whose run takes its assistant's).
export const createRunBodyV2 = z.strictObject({
  ...runOptionsV2,
  reasoning_effort: reasoningEffort,
  additional_instructions: z.string().max(LIMITS.instructions).nullish(),
  additional_messages: z.array(createMessageBodyV2).nullish(),
});

export const createThreadAndRunBodyV2 = z.strictObject({
  ...runOptionsV2,
  thread: createThreadBodyV2.optional(),
  tool_resources: toolResources,
});

export const createVectorStoreBody = z.strictObject({
  file_ids: z.array(fileId).max(V2_LIMITS.filesPerVectorStore).optional(),
  name: z.string().max(V2_LIMITS.vectorStoreName).optional(),
  expires_after: expiresAfter.optional(),
  chunking_strategy: chunkingStrategy.optional(),
  metadata,
});

export const modifyVectorStoreBody = z.strictObject({
  name: z.string().max(V2_LIMITS.vectorStoreName).nullish(),
  expires_after: expiresAfter.nullish(),
  metadata,
});

export const createVectorStoreFileBody = z.strictObject({ file_id: fileId, chunking_strategy: chunkingStrategy.optional() });

export const createVectorStoreFileBatchBody = z.strictObject({
  file_ids: z.array(fileId).nonempty().max(V2_LIMITS.filesPerBatch),
  chunking_strategy: chunkingStrategy.optional(),
});

/** listVectorStoreFiles and listFilesInVectorStoreBatch can keep to one status. */
export const listVectorStoreFilesQuery = listQuery.extend({ filter: z.enum(VECTOR_STORE_FILE_STATUSES).optional() });

export type ChunkingStrategy = z.infer<typeof chunkingStrategy>;
export type ToolResourcesParam = z.infer<typeof toolResources>;
export type CreateMessageBodyV2 = z.infer<typeof createMessageBodyV2>;
export type CreateRunBodyV2 = z.infer<typeof createRunBodyV2>;
export type ToolParamV2 = z.infer<typeof tool>;
export type ToolChoiceV2 = z.infer<typeof toolChoice>;
export type ResponseFormatV2 = z.infer<typeof responseFormat>;
export type JsonSchemaFormat = z.infer<typeof jsonSchemaFormat>;
export type ReasoningEffort = NonNullable<z.infer<typeof reasoningEffort>>;
