/** The objects a run is described by: statuses, tool choice, truncation, usage, errors and required actions. */
import type { Run, RunStatus as UpstreamRunStatus, ToolCall, TRUNCATION_TYPES } from '../../v1/schemas.js';
import { RESPONSE_FORMATS, RUN_STATUSES, TOOL_CHOICE_TYPES } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import { knownValue } from './common.js';

export const RunStatus = builder.enumType('RunStatus', {
  description: 'Where a run is in its lifecycle.',
  values: {
    QUEUED: { value: 'queued', description: 'Waiting to start.' },
    IN_PROGRESS: { value: 'in_progress', description: 'The model is working.' },
    REQUIRES_ACTION: {
      value: 'requires_action',
      description: 'Waiting for your tool outputs (see `requiredAction`); submit them before `expiresAt`.',
    },
    CANCELLING: { value: 'cancelling', description: 'A cancel was asked for and is under way.' },
    CANCELLED: { value: 'cancelled', description: 'Cancelled.' },
    FAILED: { value: 'failed', description: 'Failed; see `lastError`.' },
    COMPLETED: { value: 'completed', description: 'Finished successfully.' },
    EXPIRED: { value: 'expired', description: 'Tool outputs did not arrive before `expiresAt`.' },
    INCOMPLETE: { value: 'incomplete', description: 'Ended at a token limit; see `incompleteDetails` (newer servers).' },
    UNKNOWN: { value: 'unknown', description: 'A status this facade does not know (from a newer server).' },
  } as const,
});

export function runStatusOf(run: Run): UpstreamRunStatus | 'unknown' {
  return knownValue(run.status, RUN_STATUSES);
}

export const ToolChoiceType = builder.enumType('ToolChoiceType', {
  description: 'How a run chooses tools.',
  values: {
    NONE: { value: 'none', description: 'Never call a tool; answer with a message.' },
    AUTO: { value: 'auto', description: 'The model decides (the default).' },
    FUNCTION: { value: 'function', description: 'Call the function named in `functionName`.' },
    CODE_INTERPRETER: { value: 'code_interpreter', description: 'Use the code interpreter.' },
    RETRIEVAL: { value: 'retrieval', description: 'Use retrieval.' },
  } as const,
});

export const ResponseFormat = builder.enumType('ResponseFormat', {
  description: 'The format the model must answer in.',
  values: {
    AUTO: { value: 'auto', description: 'The default.' },
    NONE: { value: 'none', description: 'Listed by the v1 spec; treated like AUTO by most servers.' },
    TEXT: { value: 'text', description: 'Plain text.' },
    JSON_OBJECT: { value: 'json_object', description: 'A JSON object. Only allowed with FUNCTION tools or none.' },
  } as const,
});

export const TruncationType = builder.enumType('TruncationType', {
  description: 'How the thread is cut down to fit the context window.',
  values: {
    AUTO: { value: 'auto', description: 'Drop messages from the middle as needed.' },
    LAST_MESSAGES: { value: 'last_messages', description: 'Keep only the last `lastMessages` messages.' },
  } as const,
});

type ToolChoiceValue = (typeof TOOL_CHOICE_TYPES)[number];
type ResponseFormatValue = (typeof RESPONSE_FORMATS)[number];

export const ToolChoiceRef = builder.objectRef<{ type: ToolChoiceValue; functionName: string | null }>('ToolChoice').implement({
  description: 'How the run chooses tools.',
  fields: (t) => ({
    type: t.field({ type: ToolChoiceType, description: 'The choice.', resolve: (choice) => choice.type }),
    functionName: t.string({
      nullable: true,
      description: 'The function to call, when `type` is FUNCTION.',
      resolve: (choice) => choice.functionName,
    }),
  }),
});

export const TruncationStrategyRef = builder
  .objectRef<{ type: (typeof TRUNCATION_TYPES)[number]; lastMessages: number | null }>('TruncationStrategy')
  .implement({
    description: 'How the thread is cut down before the run.',
    fields: (t) => ({
      type: t.field({ type: TruncationType, description: 'The strategy.', resolve: (strategy) => strategy.type }),
      lastMessages: t.int({
        nullable: true,
        description: 'How many recent messages to keep, for LAST_MESSAGES.',
        resolve: (strategy) => strategy.lastMessages,
      }),
    }),
  });

export const UsageRef = builder
  .objectRef<{ prompt_tokens: number; completion_tokens: number; total_tokens: number }>('Usage')
  .implement({
    description: 'Tokens used.',
    fields: (t) => ({
      promptTokens: t.exposeInt('prompt_tokens', { description: 'Tokens in the prompt.' }),
      completionTokens: t.exposeInt('completion_tokens', { description: 'Tokens in the completion.' }),
      totalTokens: t.exposeInt('total_tokens', { description: 'Both together.' }),
    }),
  });

export const RunIncompleteDetails = builder.objectRef<{ reason: string }>('RunIncompleteDetails').implement({
  description: 'Why a run ended incomplete.',
  fields: (t) => ({
    reason: t.exposeString('reason', { description: '`max_completion_tokens` or `max_prompt_tokens`.' }),
  }),
});

export const LastErrorRef = builder.objectRef<{ code: string; message: string }>('LastError').implement({
  description: 'Why a run or step failed.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '`server_error`, `rate_limit_exceeded` or `invalid_prompt`.' }),
    message: t.exposeString('message', { description: 'What went wrong.' }),
  }),
});

const RequiredToolCallRef = builder.objectRef<ToolCall>('RequiredToolCall').implement({
  description: 'A function call the run waits for: answer it with `submitToolOutputs`, using its `id`.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The tool call id (`call_…`), to quote in `submitToolOutputs`.' }),
    functionName: t.string({ description: 'The function to call.', resolve: (call) => call.function.name }),
    arguments: t.string({
      description: 'The arguments the model chose, as the JSON text it produced.',
      resolve: (call) => call.function.arguments,
    }),
    parsedArguments: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The arguments parsed as JSON; null when the model produced invalid JSON.',
      resolve: (call) => parseJson(call.function.arguments),
    }),
  }),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export const RequiredActionRef = builder
  .objectRef<NonNullable<Run['required_action']>>('RequiredAction')
  .implement({
    description: 'What the run needs from you to go on.',
    fields: (t) => ({
      type: t.exposeString('type', { description: 'Always `submit_tool_outputs` in v1.' }),
      toolCalls: t.field({
        type: [RequiredToolCallRef],
        description: 'The calls to answer, all in one `submitToolOutputs`.',
        resolve: (action) => action.submit_tool_outputs.tool_calls,
      }),
    }),
  });

export function toolChoiceOf(run: Run): { type: ToolChoiceValue; functionName: string | null } | null {
  const choice = run.tool_choice;
  if (choice === null || choice === undefined) return null;
  const type = typeof choice === 'string' ? choice : choice.type;
  const known = knownValue(type, TOOL_CHOICE_TYPES);
  if (known === 'unknown') return null;
  return { type: known, functionName: typeof choice === 'string' ? null : (choice.function?.name ?? null) };
}

export function responseFormatOf(run: Run): ResponseFormatValue | null {
  const format = run.response_format;
  if (format === null || format === undefined) return null;
  const known = knownValue(typeof format === 'string' ? format : format.type, RESPONSE_FORMATS);
  return known === 'unknown' ? null : known;
}
