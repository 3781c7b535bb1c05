/**
 * Wire objects of the Assistants API v1, as zod schemas.
 *
 * The facade parses every upstream body with these; the v1 server uses the inferred types to
 * build its answers. Parsing is lenient where the v1 spec is known to be wrong (real servers answer
 * outside it): statuses and other enums are
 * plain strings so a value from a newer server (e.g. `incomplete`) never breaks a whole page, and
 * fields the spec marks required but real answers omit are nullish.
 */
import { z } from 'zod';

const unixSeconds = z.number().int();
const nullableUnixSeconds = unixSeconds.nullish();
/** Metadata: string keys to string values; null on some servers. */
export const metadataSchema = z.record(z.string(), z.string()).nullish();

export const functionDefinitionSchema = z.object({
  name: z.string(),
  description: z.string().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
});

export const toolSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('code_interpreter') }),
  z.object({ type: z.literal('retrieval') }),
  z.object({ type: z.literal('function'), function: functionDefinitionSchema }),
]);

export const assistantSchema = z.object({
  id: z.string(),
  object: z.literal('assistant'),
  created_at: unixSeconds,
  name: z.string().nullish(),
  description: z.string().nullish(),
  model: z.string(),
  instructions: z.string().nullish(),
  tools: z.array(toolSchema).default([]),
  file_ids: z.array(z.string()).default([]),
  metadata: metadataSchema,
});

export const threadSchema = z.object({
  id: z.string(),
  object: z.literal('thread'),
  created_at: unixSeconds,
  metadata: metadataSchema,
});

export const fileCitationAnnotationSchema = z.object({
  type: z.literal('file_citation'),
  text: z.string(),
  file_citation: z.object({ file_id: z.string(), quote: z.string().nullish() }),
  start_index: z.number().int(),
  end_index: z.number().int(),
});

export const filePathAnnotationSchema = z.object({
  type: z.literal('file_path'),
  text: z.string(),
  file_path: z.object({ file_id: z.string() }),
  start_index: z.number().int(),
  end_index: z.number().int(),
});

export const annotationSchema = z.discriminatedUnion('type', [fileCitationAnnotationSchema, filePathAnnotationSchema]);

export const messageContentSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.object({ value: z.string(), annotations: z.array(annotationSchema).default([]) }),
  }),
  z.object({ type: z.literal('image_file'), image_file: z.object({ file_id: z.string() }) }),
]);

export const messageSchema = z.object({
  id: z.string(),
  object: z.literal('thread.message'),
  created_at: unixSeconds,
  thread_id: z.string(),
  status: z.string().nullish(),
  incomplete_details: z.object({ reason: z.string() }).nullish(),
  completed_at: nullableUnixSeconds,
  incomplete_at: nullableUnixSeconds,
  role: z.string(),
  content: z.array(messageContentSchema),
  assistant_id: z.string().nullish(),
  run_id: z.string().nullish(),
  file_ids: z.array(z.string()).default([]),
  metadata: metadataSchema,
});

export const toolCallSchema = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

export const requiredActionSchema = z.object({
  type: z.literal('submit_tool_outputs'),
  submit_tool_outputs: z.object({ tool_calls: z.array(toolCallSchema) }),
});

export const usageSchema = z.object({
  prompt_tokens: z.number().int(),
  completion_tokens: z.number().int(),
  total_tokens: z.number().int(),
});

export const truncationStrategySchema = z.object({
  type: z.string(),
  last_messages: z.number().int().nullish(),
});

/** `"none" | "auto"` or a named tool. */
export const toolChoiceSchema = z.union([
  z.string(),
  z.object({ type: z.string(), function: z.object({ name: z.string() }).nullish() }),
]);

/** `"none" | "auto"` or `{type: "text" | "json_object"}`. */
export const responseFormatSchema = z.union([z.string(), z.object({ type: z.string() })]);

export const runSchema = z.object({
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
  model: z.string().nullish(),
  instructions: z.string().nullish(),
  tools: z.array(toolSchema).default([]),
  file_ids: z.array(z.string()).default([]),
  metadata: metadataSchema,
  usage: usageSchema.nullish(),
  temperature: z.number().nullish(),
  max_prompt_tokens: z.number().int().nullish(),
  max_completion_tokens: z.number().int().nullish(),
  truncation_strategy: truncationStrategySchema.nullish(),
  tool_choice: toolChoiceSchema.nullish(),
  response_format: responseFormatSchema.nullish(),
});

export const codeInterpreterOutputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('logs'), logs: z.string() }),
  z.object({ type: z.literal('image'), image: z.object({ file_id: z.string() }) }),
]);

export const stepToolCallSchema = z.discriminatedUnion('type', [
  z.object({
    id: z.string(),
    type: z.literal('code_interpreter'),
    code_interpreter: z.object({ input: z.string(), outputs: z.array(codeInterpreterOutputSchema).default([]) }),
  }),
  z.object({ id: z.string(), type: z.literal('retrieval'), retrieval: z.record(z.string(), z.unknown()).default({}) }),
  z.object({
    id: z.string(),
    type: z.literal('function'),
    function: z.object({ name: z.string(), arguments: z.string(), output: z.string().nullish() }),
  }),
]);

export const stepDetailsSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message_creation'), message_creation: z.object({ message_id: z.string() }) }),
  z.object({ type: z.literal('tool_calls'), tool_calls: z.array(stepToolCallSchema) }),
]);

export const runStepSchema = z.object({
  id: z.string(),
  object: z.literal('thread.run.step'),
  created_at: unixSeconds,
  assistant_id: z.string(),
  thread_id: z.string(),
  run_id: z.string(),
  type: z.string(),
  status: z.string(),
  step_details: stepDetailsSchema,
  last_error: z.object({ code: z.string(), message: z.string() }).nullish(),
  /** The spec says `expired_at`; stream payloads use `expires_at`. */
  expired_at: nullableUnixSeconds,
  expires_at: nullableUnixSeconds,
  cancelled_at: nullableUnixSeconds,
  failed_at: nullableUnixSeconds,
  completed_at: nullableUnixSeconds,
  metadata: metadataSchema,
  usage: usageSchema.nullish(),
});

export const assistantFileSchema = z.object({
  id: z.string(),
  object: z.literal('assistant.file'),
  created_at: unixSeconds,
  assistant_id: z.string(),
});

export const messageFileSchema = z.object({
  id: z.string(),
  object: z.literal('thread.message.file'),
  created_at: unixSeconds,
  message_id: z.string(),
});

/** A file of the v1 Files API (`/files`), which is not part of the Assistants beta. */
export const fileSchema = z.object({
  id: z.string(),
  object: z.literal('file'),
  bytes: z.number(),
  created_at: unixSeconds,
  filename: z.string(),
  purpose: z.string(),
  status: z.string().nullish(),
  status_details: z.string().nullish(),
});

export const deletionSchema = z.object({
  id: z.string(),
  object: z.string(),
  deleted: z.boolean(),
});

/** The list envelope. `first_id`/`last_id` are null on an empty list, whatever the spec says. */
function listSchema<T extends z.ZodType>(item: T) {
  return z.object({
    object: z.literal('list'),
    data: z.array(item),
    first_id: z.string().nullish(),
    last_id: z.string().nullish(),
    has_more: z.boolean(),
  });
}

// Made once: zod compiles a schema's parser on its first use, which costs more than a page's parse.
export const assistantListSchema = listSchema(assistantSchema);
export const messageListSchema = listSchema(messageSchema);
export const threadListSchema = listSchema(threadSchema);
export const runListSchema = listSchema(runSchema);
export const runStepListSchema = listSchema(runStepSchema);
export const assistantFileListSchema = listSchema(assistantFileSchema);
export const messageFileListSchema = listSchema(messageFileSchema);
export const fileListSchema = listSchema(fileSchema);

export const errorEnvelopeSchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.string().nullish(),
    param: z.string().nullish(),
    code: z.string().nullish(),
  }),
});

export type Metadata = Record<string, string>;
export type FunctionDefinition = z.infer<typeof functionDefinitionSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Assistant = z.infer<typeof assistantSchema>;
export type Thread = z.infer<typeof threadSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type MessageContent = z.infer<typeof messageContentSchema>;
export type Message = z.infer<typeof messageSchema>;
export type ToolCall = z.infer<typeof toolCallSchema>;
export type RequiredAction = z.infer<typeof requiredActionSchema>;
export type Usage = z.infer<typeof usageSchema>;
export type TruncationStrategy = z.infer<typeof truncationStrategySchema>;
export type ToolChoice = z.infer<typeof toolChoiceSchema>;
export type ResponseFormat = z.infer<typeof responseFormatSchema>;
export type Run = z.infer<typeof runSchema>;
export type CodeInterpreterOutput = z.infer<typeof codeInterpreterOutputSchema>;
export type StepToolCall = z.infer<typeof stepToolCallSchema>;
export type StepDetails = z.infer<typeof stepDetailsSchema>;
export type RunStep = z.infer<typeof runStepSchema>;
export type AssistantFile = z.infer<typeof assistantFileSchema>;
export type MessageFile = z.infer<typeof messageFileSchema>;
export type FileObject = z.infer<typeof fileSchema>;
export type Deletion = z.infer<typeof deletionSchema>;
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
export interface ListPage<T> {
  object: 'list';
  data: T[];
  first_id?: string | null;
  last_id?: string | null;
  has_more: boolean;
}

/**
 * The value lists of the v1 wire format, each written once here: the request schemas
 * (`requests.ts`), the v1 server and the facade's `knownValue` checks all import them.
 */

/** The run statuses the v1 spec documents, plus `incomplete` from later versions. Servers may send others. */
export const RUN_STATUSES = [
  'queued',
  'in_progress',
  'requires_action',
  'cancelling',
  'cancelled',
  'failed',
  'completed',
  'expired',
  'incomplete',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
/** The statuses in which a run holds its thread: no new message or run until it leaves them. */
export const ACTIVE_RUN_STATUSES: readonly string[] = ['queued', 'in_progress', 'requires_action', 'cancelling'];
/** The statuses a run can be cancelled from (`cancelling` is already on its way). */
export const CANCELLABLE_RUN_STATUSES: readonly string[] = ['queued', 'in_progress', 'requires_action'];
export const TERMINAL_RUN_STATUSES: readonly string[] = ['completed', 'failed', 'cancelled', 'expired', 'incomplete'];
export const RUN_STEP_STATUSES = ['in_progress', 'cancelled', 'failed', 'completed', 'expired'] as const;
export const RUN_STEP_TYPES = ['message_creation', 'tool_calls'] as const;
/** `status` of a message (null on servers older than the field). */
export const MESSAGE_STATUSES = ['in_progress', 'incomplete', 'completed'] as const;
export const MESSAGE_ROLES = ['user', 'assistant'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];
export const TOOL_TYPES = ['function', 'code_interpreter', 'retrieval'] as const;
/** `tool_choice` and `response_format` given as a plain string. */
export const NONE_OR_AUTO = ['none', 'auto'] as const;
/** `tool_choice`: a plain string, or an object naming a tool type. */
export const TOOL_CHOICE_TYPES = [...NONE_OR_AUTO, ...TOOL_TYPES] as const;
/** `response_format`: a plain string, or an object with one of these `type`s. */
export const RESPONSE_FORMAT_TYPES = ['text', 'json_object'] as const;
export const RESPONSE_FORMATS = [...NONE_OR_AUTO, ...RESPONSE_FORMAT_TYPES] as const;
export const TRUNCATION_TYPES = ['auto', 'last_messages'] as const;
/** `purpose` of a file: callers upload the first and the third; the server makes the others (tool outputs, fine-tuning results). */
export const FILE_PURPOSES = ['assistants', 'assistants_output', 'fine-tune', 'fine-tune-results'] as const;
/** The purposes a caller may upload a file for. */
export const UPLOAD_FILE_PURPOSES: readonly string[] = ['assistants', 'fine-tune'];
/** The purpose whose files cannot be downloaded (the upstream answers 400). */
export const UNDOWNLOADABLE_FILE_PURPOSE = 'assistants';
export const FILE_STATUSES = ['uploaded', 'processed', 'error'] as const;
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
/** The order of a list when the request does not say. */
export const DEFAULT_SORT_ORDER: SortOrder = 'desc';
