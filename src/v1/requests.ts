/**
 * What the 28 operations of the Assistants API v1 accept, as zod schemas, with every upstream
 * limit named once in `LIMITS`. The one source of these facts:
 * - the REST client types its bodies and list queries with the inferred types
 *   (`src/openai/api.ts`), and sends them as given: it never parses what it sends;
 * - the v1 server parses every request with these schemas and words their issues as OpenAI does
 *   (`src/v1-server/validation.ts`);
 * - the GraphQL facade parses the bodies it builds with them before calling upstream, and words
 *   their issues for its own fields (`src/graphql/validation.ts`); its schema descriptions show
 *   `LIMITS`.
 *
 * The schemas carry no wording: a limit is a zod check, and the two rules zod has no check for
 * (metadata's pair count and key length) raise zod's own issue shapes, `too_big` on the object and
 * `invalid_key` on the record.
 *
 * Which operation takes which schema is the table of operations' to say (`operations.ts`).
 */
import { z } from 'zod';
import {
  DEFAULT_SORT_ORDER,
  MESSAGE_ROLES,
  NONE_OR_AUTO,
  RESPONSE_FORMAT_TYPES,
  SORT_ORDERS,
  TOOL_TYPES,
  TRUNCATION_TYPES,
  functionDefinitionSchema,
} from './schemas.js';

/** The upstream's limits: string lengths, list sizes, counts and ranges. */
export const LIMITS = {
  /** Characters of an assistant's name. */
  name: 256,
  /** Characters of an assistant's description. */
  description: 512,
  /** Characters of an assistant's instructions, and of a run's (its own and its additional ones). */
  instructions: 256_000,
  /** Characters of a message's content. */
  messageContent: 256_000,
  metadataPairs: 16,
  /** Characters of a metadata key. */
  metadataKey: 64,
  /** Characters of a metadata value. */
  metadataValue: 512,
  assistantTools: 128,
  runTools: 20,
  /** Files attached to an assistant, in its body and through createAssistantFile. */
  assistantFiles: 20,
  messageFiles: 10,
  /** Bytes of an uploaded file (512 MB). */
  fileBytes: 512 * 1024 * 1024,
  /** Tokens of a file's text that retrieval reads. */
  fileTokens: 2_000_000,
  /** Characters of a function name. */
  functionName: 64,
  /** The least `max_prompt_tokens` and `max_completion_tokens`. */
  minTokens: 256,
  minTemperature: 0,
  maxTemperature: 2,
  /** The least `truncation_strategy.last_messages`. */
  minLastMessages: 1,
  /** The longest upstream id accepted before asking upstream: the facade's own bound (ids run to about 30). */
  maxIdLength: 128,
  /** The most letters and digits after a file id's `file-`: the facade's own bound (OpenAI's run to 24). */
  maxFileIdCharacters: 64,
  /** A list's `limit`: its range and its value when not given. */
  minPageSize: 1,
  maxPageSize: 100,
  defaultPageSize: 20,
} as const;

/** A function name, unanchored, for patterns that contain one: a-z, A-Z, 0-9, _ and -. */
export const FUNCTION_NAME_SOURCE = `[a-zA-Z0-9_-]{1,${LIMITS.functionName}}`;
export const FUNCTION_NAME = new RegExp(`^${FUNCTION_NAME_SOURCE}$`);

const ID_SOURCE = `[A-Za-z0-9_-]{1,${LIMITS.maxIdLength}}`;
/** What an upstream id looks like (`asst_abc123`, `file-abc123`): letters, digits, `_` and `-`. */
export const UPSTREAM_ID = new RegExp(`^${ID_SOURCE}$`);
/**
 * A file id (`file-abc123`): `file-` then letters and digits, as OpenAI issues them (no `_` or
 * `-` after the prefix). Whether the file exists is upstream's to say.
 */
export const FILE_ID = new RegExp(`^file-[A-Za-z0-9]{1,${LIMITS.maxFileIdCharacters}}$`);

/** The header that names a request, end to end: kept by each server when valid, else made anew. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** A request id a server keeps as it was sent: 1–200 of `A-Za-z0-9._:-` (safe in logs and headers). */
export const REQUEST_ID = /^[A-Za-z0-9._:-]{1,200}$/;
/** A file id parameter (its shape; whether it exists is the server's to say). */
export const fileId = z.string().regex(FILE_ID);

/** A metadata parameter, with its pair count and key and value lengths. */
export const metadata = z
  .record(z.string(), z.string().max(LIMITS.metadataValue))
  .nullish()
  .superRefine((value, ctx) => {
    if (!value) return;
    const keys = Object.keys(value);
    if (keys.length > LIMITS.metadataPairs) {
      ctx.addIssue({ code: 'too_big', origin: 'object', maximum: LIMITS.metadataPairs, inclusive: true, input: value });
    }
    const longKey = keys.find((key) => key.length > LIMITS.metadataKey);
    if (longKey !== undefined) {
      const tooLong: z.core.$ZodIssue = { code: 'too_big', origin: 'string', maximum: LIMITS.metadataKey, path: [], message: 'Too long' };
      ctx.addIssue({ code: 'invalid_key', origin: 'record', issues: [tooLong], input: longKey, path: [longKey] });
    }
  });

const tool = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('code_interpreter') }),
  z.strictObject({ type: z.literal('retrieval') }),
  z.strictObject({
    type: z.literal('function'),
    function: z.strictObject({ ...functionDefinitionSchema.shape, name: z.string().regex(FUNCTION_NAME) }),
  }),
]);

export const createAssistantBody = z.strictObject({
  model: z.string(),
  name: z.string().max(LIMITS.name).nullish(),
  description: z.string().max(LIMITS.description).nullish(),
  instructions: z.string().max(LIMITS.instructions).nullish(),
  tools: z.array(tool).max(LIMITS.assistantTools).optional(),
  file_ids: z.array(fileId).max(LIMITS.assistantFiles).optional(),
  metadata,
});

export const modifyAssistantBody = createAssistantBody.partial();

export const createMessageBody = z.strictObject({
  role: z.enum(MESSAGE_ROLES),
  content: z.string().nonempty().max(LIMITS.messageContent),
  file_ids: z.array(fileId).nonempty().max(LIMITS.messageFiles).optional(),
  metadata,
});

export const createThreadBody = z.strictObject({
  messages: z.array(createMessageBody).optional(),
  metadata,
});

/** modifyThread, modifyMessage and modifyRun. */
export const metadataBody = z.strictObject({ metadata });

const toolChoice = z.union([
  z.enum(NONE_OR_AUTO),
  z.strictObject({ type: z.enum(TOOL_TYPES), function: z.strictObject({ name: z.string() }).optional() }),
]);

const responseFormat = z.union([z.enum(NONE_OR_AUTO), z.strictObject({ type: z.enum(RESPONSE_FORMAT_TYPES).optional() })]);

/** The options createRun and createThreadAndRun share. */
export const runOptions = {
  assistant_id: z.string(),
  model: z.string().nullish(),
  instructions: z.string().max(LIMITS.instructions).nullish(),
  tools: z.array(tool).max(LIMITS.runTools).nullish(),
  metadata,
  temperature: z.number().min(LIMITS.minTemperature).max(LIMITS.maxTemperature).nullish(),
  /** `true` answers with server-sent events instead of the run. */
  stream: z.boolean().nullish(),
  max_prompt_tokens: z.number().int().min(LIMITS.minTokens).nullish(),
  max_completion_tokens: z.number().int().min(LIMITS.minTokens).nullish(),
  truncation_strategy: z
    .strictObject({ type: z.enum(TRUNCATION_TYPES), last_messages: z.number().int().min(LIMITS.minLastMessages).nullish() })
    .nullish(),
  tool_choice: toolChoice.nullish(),
  response_format: responseFormat.nullish(),
};

export const createRunBody = z.strictObject({
  ...runOptions,
  additional_instructions: z.string().max(LIMITS.instructions).nullish(),
  additional_messages: z.array(createMessageBody).nullish(),
});

export const createThreadAndRunBody = z.strictObject({
  ...runOptions,
  thread: createThreadBody.optional(),
});

export const submitToolOutputsBody = z.strictObject({
  tool_outputs: z.array(z.strictObject({ tool_call_id: z.string(), output: z.string().optional() })),
  stream: runOptions.stream,
});

export const createAssistantFileBody = z.strictObject({ file_id: fileId });

/** cancelRun takes no parameters: a body, if any, must be empty. */
export const cancelRunBody = z.strictObject({});

/** The query of every list operation; unknown parameters are ignored, as upstream does. */
export const listQuery = z.object({
  limit: z.number().int().min(LIMITS.minPageSize).max(LIMITS.maxPageSize).default(LIMITS.defaultPageSize),
  order: z.enum(SORT_ORDERS).default(DEFAULT_SORT_ORDER),
  after: z.string().optional(),
  before: z.string().optional(),
});

/** listMessages can keep to the messages of one run. */
export const listMessagesQuery = listQuery.extend({ run_id: z.string().optional() });

/**
 * listThreads, an extension of the built-in v1 server (v1 itself has no list of threads): the
 * key's threads, kept to those whose metadata has every given pair. Sent as `metadata[KEY]=VALUE`.
 */
export const listThreadsQuery = listQuery.extend({ metadata: z.record(z.string(), z.string()).optional() });

/** listFiles (the Files API): a page of the key's files, kept to one purpose when `purpose` is given. */
export const listFilesQuery = listQuery.extend({ purpose: z.string().optional() });

/** The bodies as sent and as parsed (the schemas transform nothing, so both are the same type). */
export type CreateAssistantBody = z.infer<typeof createAssistantBody>;
export type ModifyAssistantBody = z.infer<typeof modifyAssistantBody>;
export type CreateMessageBody = z.infer<typeof createMessageBody>;
export type CreateThreadBody = z.infer<typeof createThreadBody>;
export type MetadataBody = z.infer<typeof metadataBody>;
export type CreateRunBody = z.infer<typeof createRunBody>;
export type CreateThreadAndRunBody = z.infer<typeof createThreadAndRunBody>;
export type SubmitToolOutputsBody = z.infer<typeof submitToolOutputsBody>;
export type CreateAssistantFileBody = z.infer<typeof createAssistantFileBody>;
/** A list query as a caller gives it: every parameter optional. */
export type ListParams = z.input<typeof listQuery>;
export type ListMessagesParams = z.input<typeof listMessagesQuery>;
export type ListThreadsParams = z.input<typeof listThreadsQuery>;
export type ListFilesParams = z.input<typeof listFilesQuery>;
/** A list query once parsed: `limit` and `order` filled in. */
export type ListQuery = z.output<typeof listQuery>;
