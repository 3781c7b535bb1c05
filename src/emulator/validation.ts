/**
 * Request validation: zod schemas for every request body and the list query, with zod's issues
 * translated into OpenAI's 400 envelope (`param` as a dotted/bracket path such as
 * `tools[0].function.name`, OpenAI's codes and message wording).
 */
import { z } from 'zod';
import type { PageQuery } from './store/store.js';
import type { ApiError } from './errors.js';
import { invalidRequest } from './errors.js';

type Path = ReadonlyArray<PropertyKey>;
type Issue = z.core.$ZodIssue;

function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  record: 'an object',
};

function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((value) => `'${String(value)}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1] ?? ''}`;
}

/** Parameters typed `number` upstream (the rest are integers): their range errors say "decimal". */
const DECIMAL_PARAMS = new Set(['temperature']);

/** Custom issues carry their OpenAI code here and their final message in `message`. */
interface OpenAiIssueParams {
  openaiCode: string;
}

function rangeError(param: string, value: unknown, bound: number | bigint, above: boolean): ApiError {
  const kind = DECIMAL_PARAMS.has(param) ? 'decimal' : 'integer';
  const side = above ? 'above maximum' : 'below minimum';
  const op = above ? '<=' : '>=';
  return invalidRequest(
    `Invalid '${param}': ${kind} ${side} value. Expected a value ${op} ${String(bound)}, but got ${String(value)} instead.`,
    param,
    `${kind}_${above ? 'above_max' : 'below_min'}_value`,
  );
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

/** Of a union's failed branches, the one that got furthest: the deepest first issue, then not a type mismatch. */
function bestBranch(branches: readonly Issue[][]): Issue | undefined {
  let best: Issue | undefined;
  for (const issues of branches) {
    const first = issues[0];
    if (!first) continue;
    if (
      !best ||
      first.path.length > best.path.length ||
      (first.path.length === best.path.length && best.code === 'invalid_type' && first.code !== 'invalid_type')
    ) {
      best = first;
    }
  }
  return best;
}

function toApiError(issue: Issue, root: unknown, prefix: Path = []): ApiError {
  const path = [...prefix, ...issue.path];
  const param = formatPath(path);
  const value = valueAt(root, path);
  if (value === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
    return invalidRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const name = formatPath([...path, issue.keys[0] ?? '']);
      return invalidRequest(`Unrecognized request argument supplied: ${name}`, name, 'unknown_parameter');
    }
    case 'invalid_type':
      return invalidRequest(
        `Invalid type for '${param}': expected ${EXPECTED[issue.expected] ?? issue.expected}, but got ${describe(value)} instead.`,
        param,
        'invalid_type',
      );
    case 'too_big':
      if (issue.origin === 'string') {
        return invalidRequest(
          `Invalid '${param}': string too long. Expected a string with maximum length ${String(issue.maximum)}, but got a string with length ${lengthOf(value)} instead.`,
          param,
          'string_above_max_length',
        );
      }
      if (issue.origin === 'array') {
        return invalidRequest(
          `Invalid '${param}': array too long. Expected an array with maximum length ${String(issue.maximum)}, but got an array with length ${lengthOf(value)} instead.`,
          param,
          'array_above_max_length',
        );
      }
      return rangeError(param, value, issue.maximum, true);
    case 'too_small':
      if (issue.origin === 'string') {
        const got = lengthOf(value) === 0 ? 'an empty string' : `a string with length ${lengthOf(value)}`;
        return invalidRequest(
          `Invalid '${param}': string too short. Expected a string with minimum length ${String(issue.minimum)}, but got ${got} instead.`,
          param,
          'string_below_min_length',
        );
      }
      if (issue.origin === 'array') {
        return invalidRequest(
          `Invalid '${param}': empty array. Expected an array with minimum length ${String(issue.minimum)}, but got an empty array instead.`,
          param,
          'empty_array',
        );
      }
      return rangeError(param, value, issue.minimum, false);
    case 'invalid_value':
      return invalidRequest(
        `Invalid value: '${String(value)}'. Supported values are: ${quoteList(issue.values)}.`,
        param,
        'invalid_value',
      );
    case 'invalid_format':
      return invalidRequest(
        `Invalid '${param}': string does not match pattern. Expected a string that matches the pattern '${issue.pattern ?? issue.format}'.`,
        param,
        'invalid_value',
      );
    case 'invalid_union': {
      if (issue.discriminator !== undefined && issue.inclusive !== false) {
        return invalidRequest(
          `Invalid value: '${String(value)}'. Supported values are: ${quoteList(issue.options ?? [])}.`,
          param,
          'invalid_value',
        );
      }
      const branch = bestBranch(issue.errors);
      if (branch) return toApiError(branch, root, path);
      return invalidRequest(`Invalid value for '${param}'.`, param, 'invalid_value');
    }
    case 'custom': {
      const params = issue.params as OpenAiIssueParams | undefined;
      return invalidRequest(issue.message, param, params?.openaiCode ?? 'invalid_value');
    }
    default:
      return invalidRequest(`Invalid value for '${param}'.`, param, 'invalid_value');
  }
}

/** Parses `input` or throws the 400 upstream would send for its first problem (unknown parameters first). */
export function parseBody<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = [...result.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  const first = issues[0];
  if (!first) throw invalidRequest('Invalid request body.', null, 'invalid_value');
  throw toApiError(first, input);
}

function customIssue(ctx: z.RefinementCtx, message: string, openaiCode: string, path: PropertyKey[] = []): void {
  const params: OpenAiIssueParams = { openaiCode };
  ctx.addIssue({ code: 'custom', message, params, path });
}

const METADATA_MAX_PAIRS = 16;
const METADATA_MAX_KEY = 64;
const METADATA_MAX_VALUE = 512;

const metadata = z
  .record(z.string(), z.string().max(METADATA_MAX_VALUE))
  .nullish()
  .superRefine((value, ctx) => {
    if (!value) return;
    const keys = Object.keys(value);
    if (keys.length > METADATA_MAX_PAIRS) {
      customIssue(
        ctx,
        `Invalid 'metadata': too many properties. Expected an object with at most ${METADATA_MAX_PAIRS} properties, but got an object with ${keys.length} properties instead.`,
        'object_above_max_properties',
      );
    }
    const longKey = keys.find((key) => key.length > METADATA_MAX_KEY);
    if (longKey !== undefined) {
      customIssue(
        ctx,
        `Invalid 'metadata': key too long. Expected a key with maximum length ${METADATA_MAX_KEY}, but got a key with length ${longKey.length} instead.`,
        'string_above_max_length',
      );
    }
  });

const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

const tool = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('code_interpreter') }),
  z.strictObject({ type: z.literal('retrieval') }),
  z.strictObject({
    type: z.literal('function'),
    function: z.strictObject({
      name: z.string().regex(FUNCTION_NAME),
      description: z.string().nullish(),
      parameters: z.record(z.string(), z.unknown()).nullish(),
    }),
  }),
]);

export const createAssistantBody = z.strictObject({
  model: z.string(),
  name: z.string().max(256).nullish(),
  description: z.string().max(512).nullish(),
  instructions: z.string().max(256_000).nullish(),
  tools: z.array(tool).max(128).optional(),
  file_ids: z.array(z.string()).max(20).optional(),
  metadata,
});

export const modifyAssistantBody = createAssistantBody.partial();

export const createMessageBody = z.strictObject({
  role: z.enum(['user', 'assistant']),
  content: z.string().min(1).max(256_000),
  file_ids: z.array(z.string()).min(1).max(10).optional(),
  metadata,
});

export const createThreadBody = z.strictObject({
  messages: z.array(createMessageBody).optional(),
  metadata,
});

export const metadataBody = z.strictObject({ metadata });

const toolChoice = z.union([
  z.enum(['none', 'auto']),
  z.strictObject({
    type: z.enum(['function', 'code_interpreter', 'retrieval']),
    function: z.strictObject({ name: z.string() }).optional(),
  }),
]);

const responseFormat = z.union([
  z.enum(['none', 'auto']),
  z.strictObject({ type: z.enum(['text', 'json_object']).optional() }),
]);

const runOptions = {
  assistant_id: z.string(),
  model: z.string().nullish(),
  instructions: z.string().nullish(),
  tools: z.array(tool).max(20).nullish(),
  metadata,
  temperature: z.number().min(0).max(2).nullish(),
  stream: z.boolean().nullish(),
  max_prompt_tokens: z.number().int().min(256).nullish(),
  max_completion_tokens: z.number().int().min(256).nullish(),
  truncation_strategy: z
    .strictObject({ type: z.enum(['auto', 'last_messages']), last_messages: z.number().int().min(1).nullish() })
    .nullish(),
  tool_choice: toolChoice.nullish(),
  response_format: responseFormat.nullish(),
};

export const createRunBody = z.strictObject({
  ...runOptions,
  additional_instructions: z.string().nullish(),
  additional_messages: z.array(createMessageBody).nullish(),
});

export const createThreadAndRunBody = z.strictObject({
  ...runOptions,
  thread: createThreadBody.optional(),
});

export const submitToolOutputsBody = z.strictObject({
  tool_outputs: z.array(z.strictObject({ tool_call_id: z.string(), output: z.string().optional() })),
  stream: z.boolean().nullish(),
});

export const createAssistantFileBody = z.strictObject({ file_id: z.string() });

export type CreateAssistantInput = z.infer<typeof createAssistantBody>;
export type ModifyAssistantInput = z.infer<typeof modifyAssistantBody>;
export type CreateMessageInput = z.infer<typeof createMessageBody>;
export type CreateThreadInput = z.infer<typeof createThreadBody>;
export type RunOptionsInput = z.infer<typeof createRunBody> | z.infer<typeof createThreadAndRunBody>;
export type CreateRunInput = z.infer<typeof createRunBody>;
export type CreateThreadAndRunInput = z.infer<typeof createThreadAndRunBody>;
export type SubmitToolOutputsInput = z.infer<typeof submitToolOutputsBody>;

function integerParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^-?\d+$/.test(raw.trim())) {
    throw invalidRequest(`Invalid type for '${name}': expected an integer, but got a string instead.`, name, 'invalid_type');
  }
  return Number(raw);
}

/** The list query parameters (`limit` 1..100 default 20, `order` default `desc`, `after`, `before`). */
export function parsePageQuery(query: URLSearchParams): PageQuery {
  const limit = integerParam(query, 'limit') ?? 20;
  if (limit > 100) throw rangeError('limit', limit, 100, true);
  if (limit < 1) throw rangeError('limit', limit, 1, false);
  const order = query.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') {
    throw invalidRequest(`Invalid value: '${order}'. Supported values are: 'asc' and 'desc'.`, 'order', 'invalid_value');
  }
  const parsed: PageQuery = { limit, order };
  const after = query.get('after');
  const before = query.get('before');
  if (after !== null && after !== '') parsed.after = after;
  if (before !== null && before !== '') parsed.before = before;
  return parsed;
}
