/**
 * Wire objects of the Assistants API v2, as zod schemas, beside v1's (`src/v1/schemas.ts`): what v2
 * changed (`tool_resources`, `file_search`, message `attachments`, the v2 run options) and what it
 * added (vector stores). Lenient as v1's are: statuses and enums are plain strings.
 */
import { z } from 'zod';
import {
  functionDefinitionSchema,
  metadataSchema,
  requiredActionSchema,
  responseFormatSchema,
  toolChoiceSchema,
  truncationStrategySchema,
  usageSchema,
} from '../v1/schemas.js';

const unixSeconds = z.number().int();
const nullableUnixSeconds = unixSeconds.nullish();

export const rankingOptionsSchema = z.object({ ranker: z.string().nullish(), score_threshold: z.number() });

export const fileSearchToolSchema = z.object({
  type: z.literal('file_search'),
  file_search: z.object({ max_num_results: z.number().int().nullish(), ranking_options: rankingOptionsSchema.nullish() }).nullish(),
});

export const toolV2Schema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('code_interpreter') }),
  fileSearchToolSchema,
  z.object({ type: z.literal('function'), function: functionDefinitionSchema.extend({ strict: z.boolean().nullish() }) }),
]);

export const toolResourcesSchema = z.object({
  code_interpreter: z.object({ file_ids: z.array(z.string()) }).nullish(),
  file_search: z.object({ vector_store_ids: z.array(z.string()) }).nullish(),
});

export const assistantV2Schema = z.object({
  id: z.string(),
  object: z.literal('assistant'),
  created_at: unixSeconds,
  name: z.string().nullish(),
  description: z.string().nullish(),
  model: z.string(),
  instructions: z.string().nullish(),
  tools: z.array(toolV2Schema).default([]),
  tool_resources: toolResourcesSchema.nullish(),
  metadata: metadataSchema,
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  response_format: responseFormatSchema.nullish(),
});

export const threadV2Schema = z.object({
  id: z.string(),
  object: z.literal('thread'),
  created_at: unixSeconds,
  tool_resources: toolResourcesSchema.nullish(),
  metadata: metadataSchema,
});

/** v2 citations name the file only: the `quote` of v1 is gone. */
export const annotationV2Schema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('file_citation'),
    text: z.string(),
    file_citation: z.object({ file_id: z.string() }),
    start_index: z.number().int(),
    end_index: z.number().int(),
  }),
  z.object({
    type: z.literal('file_path'),
    text: z.string(),
    file_path: z.object({ file_id: z.string() }),
    start_index: z.number().int(),
    end_index: z.number().int(),
  }),
]);

export const messageContentV2Schema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.object({ value: z.string(), annotations: z.array(annotationV2Schema).default([]) }) }),
  z.object({ type: z.literal('image_file'), image_file: z.object({ file_id: z.string(), detail: z.string().nullish() }) }),
  z.object({ type: z.literal('image_url'), image_url: z.object({ url: z.string(), detail: z.string().nullish() }) }),
]);

export const attachmentSchema = z.object({
  file_id: z.string(),
  tools: z.array(z.object({ type: z.enum(['code_interpreter', 'file_search']) })),
});

export const messageV2Schema = z.object({
  id: z.string(),
  object: z.literal('thread.message'),
  created_at: unixSeconds,
  thread_id: z.string(),
  status: z.string().nullish(),
  incomplete_details: z.object({ reason: z.string() }).nullish(),
  completed_at: nullableUnixSeconds,
  incomplete_at: nullableUnixSeconds,
  role: z.string(),
  content: z.array(messageContentV2Schema),
  assistant_id: z.string().nullish(),
  run_id: z.string().nullish(),
  attachments: z.array(attachmentSchema).nullish(),
  metadata: metadataSchema,
});

export const runV2Schema = z.object({
  id: z.string(),
  object: z.literal('thread.run'),
  created_at: unixSeconds,
  thread_id: z.string(),
  assistant_id: z.string(),
  status: z.string(),
  required_action: requiredActionSchema.nullish(),
  last_error: z.object({ code: z.string(), message: z.string() }).nullish(),
  expires_at: nullableUnixSeconds,
  started_at: nullableUnixSeconds,
  cancelled_at: nullableUnixSeconds,
  failed_at: nullableUnixSeconds,
  completed_at: nullableUnixSeconds,
  incomplete_details: z.object({ reason: z.string() }).nullish(),
  model: z.string(),
  instructions: z.string(),
  tools: z.array(toolV2Schema).default([]),
  metadata: metadataSchema,
  usage: usageSchema.nullish(),
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  max_prompt_tokens: z.number().int().nullish(),
  max_completion_tokens: z.number().int().nullish(),
  truncation_strategy: truncationStrategySchema.nullish(),
  tool_choice: toolChoiceSchema.nullish(),
  parallel_tool_calls: z.boolean(),
  response_format: responseFormatSchema.nullish(),
});

export const fileSearchResultSchema = z.object({
  file_id: z.string(),
  file_name: z.string(),
  score: z.number(),
  content: z.array(z.object({ type: z.literal('text'), text: z.string() })).nullish(),
});

export const stepToolCallV2Schema = z.discriminatedUnion('type', [
  z.object({
    id: z.string(),
    type: z.literal('code_interpreter'),
    code_interpreter: z.object({ input: z.string(), outputs: z.array(z.record(z.string(), z.unknown())).default([]) }),
  }),
  z.object({
    id: z.string(),
    type: z.literal('file_search'),
    file_search: z.object({
      ranking_options: z.object({ ranker: z.string(), score_threshold: z.number() }).nullish(),
      results: z.array(fileSearchResultSchema).nullish(),
    }),
  }),
  z.object({
    id: z.string(),
    type: z.literal('function'),
    function: z.object({ name: z.string(), arguments: z.string(), output: z.string().nullish() }),
  }),
]);

export const stepDetailsV2Schema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message_creation'), message_creation: z.object({ message_id: z.string() }) }),
  z.object({ type: z.literal('tool_calls'), tool_calls: z.array(stepToolCallV2Schema) }),
]);

export const runStepV2Schema = z.object({
  id: z.string(),
  object: z.literal('thread.run.step'),
  created_at: unixSeconds,
  assistant_id: z.string(),
  thread_id: z.string(),
  run_id: z.string(),
  type: z.string(),
  status: z.string(),
  step_details: stepDetailsV2Schema,
  last_error: z.object({ code: z.string(), message: z.string() }).nullish(),
  expired_at: nullableUnixSeconds,
  cancelled_at: nullableUnixSeconds,
  failed_at: nullableUnixSeconds,
  completed_at: nullableUnixSeconds,
  metadata: metadataSchema,
  usage: usageSchema.nullish(),
});

export const fileCountsSchema = z.object({
  in_progress: z.number().int(),
  completed: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
  total: z.number().int(),
});

export const expiresAfterSchema = z.object({ anchor: z.literal('last_active_at'), days: z.number().int() });

export const vectorStoreSchema = z.object({
  id: z.string(),
  object: z.literal('vector_store'),
  created_at: unixSeconds,
  name: z.string().nullish(),
  usage_bytes: z.number().int(),
  file_counts: fileCountsSchema,
  status: z.string(),
  expires_after: expiresAfterSchema.nullish(),
  expires_at: nullableUnixSeconds,
  last_active_at: nullableUnixSeconds,
  metadata: metadataSchema,
});

export const staticChunkingSchema = z.object({ max_chunk_size_tokens: z.number().int(), chunk_overlap_tokens: z.number().int() });

export const vectorStoreFileSchema = z.object({
  id: z.string(),
  object: z.literal('vector_store.file'),
  usage_bytes: z.number().int(),
  created_at: unixSeconds,
  vector_store_id: z.string(),
  status: z.string(),
  last_error: z.object({ code: z.string(), message: z.string() }).nullish(),
  chunking_strategy: z.object({ type: z.literal('static'), static: staticChunkingSchema }).nullish(),
});

export const vectorStoreFileBatchSchema = z.object({
  id: z.string(),
  object: z.literal('vector_store.files_batch'),
  created_at: unixSeconds,
  vector_store_id: z.string(),
  status: z.string(),
  file_counts: fileCountsSchema,
});

export type ToolV2 = z.infer<typeof toolV2Schema>;
export type ToolResources = z.infer<typeof toolResourcesSchema>;
export type AssistantV2 = z.infer<typeof assistantV2Schema>;
export type ThreadV2 = z.infer<typeof threadV2Schema>;
export type AnnotationV2 = z.infer<typeof annotationV2Schema>;
export type MessageContentV2 = z.infer<typeof messageContentV2Schema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type MessageV2 = z.infer<typeof messageV2Schema>;
export type RunV2 = z.infer<typeof runV2Schema>;
export type FileSearchResult = z.infer<typeof fileSearchResultSchema>;
export type StepToolCallV2 = z.infer<typeof stepToolCallV2Schema>;
export type StepDetailsV2 = z.infer<typeof stepDetailsV2Schema>;
export type RunStepV2 = z.infer<typeof runStepV2Schema>;
export type FileCounts = z.infer<typeof fileCountsSchema>;
export type VectorStore = z.infer<typeof vectorStoreSchema>;
export type VectorStoreFile = z.infer<typeof vectorStoreFileSchema>;
export type VectorStoreFileBatch = z.infer<typeof vectorStoreFileBatchSchema>;

/** The ranker v2 names in `ranking_options`; the server ranks with the retrieval index whatever is asked. */
export const DEFAULT_RANKER = 'default_2024_08_21';
/** `ranking_options.score_threshold` when not given: no result is left out for its score. */
export const DEFAULT_SCORE_THRESHOLD = 0;
/** The statuses of a vector store file and of a batch; all but `in_progress` end. */
export const VECTOR_STORE_FILE_STATUSES = ['in_progress', 'completed', 'cancelled', 'failed'] as const;
