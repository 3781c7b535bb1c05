/** Run: the node, its nested objects, `Thread.runs/run/activeRun` and `Message.run`. */
import type { Run, RunStatus as UpstreamRunStatus, ToolCall } from '../../openai/schemas.js';
import { ACTIVE_RUN_STATUSES, RUN_STATUSES } from '../../openai/schemas.js';
import { builder } from '../builder.js';
import { innerId } from '../ids.js';
import { primeRun } from '../loaders.js';
import { resolveConnection } from '../pagination.js';
import { AssistantRef } from './assistant.js';
import { SortOrder, ToolInterface, knownValue, orderArgDescription, orderOf } from './common.js';
import { MessageConnection, MessageRef, runIdFromArg } from './message.js';
import { ThreadRef } from './thread.js';

export const RunRef = builder.objectRef<Run>('Run');

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

type ToolChoiceValue = 'none' | 'auto' | 'function' | 'code_interpreter' | 'retrieval';
type ResponseFormatValue = 'auto' | 'none' | 'text' | 'json_object';

const ToolChoiceRef = builder.objectRef<{ type: ToolChoiceValue; functionName: string | null }>('ToolChoice').implement({
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

const TruncationStrategyRef = builder
  .objectRef<{ type: 'auto' | 'last_messages'; lastMessages: number | null }>('TruncationStrategy')
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

const RunIncompleteDetails = builder.objectRef<{ reason: string }>('RunIncompleteDetails').implement({
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

const RequiredActionRef = builder
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

function toolChoiceOf(run: Run): { type: ToolChoiceValue; functionName: string | null } | null {
  const choice = run.tool_choice;
  if (choice === null || choice === undefined) return null;
  const type = typeof choice === 'string' ? choice : choice.type;
  const known = knownValue(type, ['none', 'auto', 'function', 'code_interpreter', 'retrieval'] as const);
  if (known === 'unknown') return null;
  return { type: known, functionName: typeof choice === 'string' ? null : (choice.function?.name ?? null) };
}

function responseFormatOf(run: Run): ResponseFormatValue | null {
  const format = run.response_format;
  if (format === null || format === undefined) return null;
  const known = knownValue(typeof format === 'string' ? format : format.type, ['auto', 'none', 'text', 'json_object'] as const);
  return known === 'unknown' ? null : known;
}

/** The upstream ids in a Run's global ID. */
export function runKey(inner: string): { threadId: string; id: string } {
  const [threadId = '', id = ''] = inner.split(':');
  return { threadId, id };
}

builder.node(RunRef, {
  description: 'One execution of an assistant on a thread.',
  id: { resolve: (run) => innerId(run.thread_id, run.id) },
  isTypeOf: (value) => (value as { object?: unknown }).object === 'thread.run',
  loadOne: (inner, ctx) => ctx.loaders.run.load(runKey(inner)),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `run_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (run) => run.created_at }),
    thread: t.field({
      type: ThreadRef,
      nullable: true,
      description: 'The thread it runs on.',
      resolve: (run, _args, ctx) => ctx.loaders.thread.load(run.thread_id),
    }),
    assistant: t.field({
      type: AssistantRef,
      nullable: true,
      description: 'The assistant it runs; null when that assistant was deleted.',
      resolve: (run, _args, ctx) => ctx.loaders.assistant.load(run.assistant_id),
    }),
    status: t.field({ type: RunStatus, description: 'Where it is in its lifecycle.', resolve: runStatusOf }),
    isActive: t.boolean({
      description: 'True while the run holds its thread (queued, in progress, requires action or cancelling).',
      resolve: (run) => ACTIVE_RUN_STATUSES.includes(run.status),
    }),
    requiredAction: t.field({
      type: RequiredActionRef,
      nullable: true,
      description: 'What it waits for, when its status is REQUIRES_ACTION.',
      resolve: (run) => run.required_action ?? null,
    }),
    lastError: t.field({
      type: LastErrorRef,
      nullable: true,
      description: 'Why it failed, when it did.',
      resolve: (run) => run.last_error ?? null,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it expires unless it finishes; null once it has ended.',
      resolve: (run) => run.expires_at ?? null,
    }),
    startedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it started.', resolve: (run) => run.started_at ?? null }),
    cancelledAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was cancelled.',
      resolve: (run) => run.cancelled_at ?? null,
    }),
    failedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it failed.', resolve: (run) => run.failed_at ?? null }),
    completedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it completed.',
      resolve: (run) => run.completed_at ?? null,
    }),
    incompleteDetails: t.field({
      type: RunIncompleteDetails,
      nullable: true,
      description: 'Why it ended incomplete, on servers that report it (the v1 spec does not list the INCOMPLETE status).',
      resolve: (run) => run.incomplete_details ?? null,
    }),
    model: t.string({ nullable: true, description: 'The model it used.', resolve: (run) => run.model ?? null }),
    instructions: t.string({
      nullable: true,
      description: 'The instructions it used.',
      resolve: (run) => run.instructions ?? null,
    }),
    tools: t.field({ type: [ToolInterface], description: 'The tools it could use.', resolve: (run) => run.tools }),
    fileIds: t.exposeStringList('file_ids', { description: 'Ids of the files it could use.' }),
    metadata: t.field({ type: 'Metadata', description: 'Your key-value pairs.', resolve: (run) => run.metadata ?? {} }),
    usage: t.field({
      type: UsageRef,
      nullable: true,
      description: 'Tokens used; null until the run has ended.',
      resolve: (run) => run.usage ?? null,
    }),
    temperature: t.float({ nullable: true, description: 'Sampling temperature, 0 to 2.', resolve: (run) => run.temperature ?? null }),
    maxPromptTokens: t.int({
      nullable: true,
      description: 'The most prompt tokens it may use.',
      resolve: (run) => run.max_prompt_tokens ?? null,
    }),
    maxCompletionTokens: t.int({
      nullable: true,
      description: 'The most completion tokens it may use.',
      resolve: (run) => run.max_completion_tokens ?? null,
    }),
    truncationStrategy: t.field({
      type: TruncationStrategyRef,
      nullable: true,
      description: 'How the thread was cut down for it.',
      resolve: (run) => {
        const strategy = run.truncation_strategy;
        const type = knownValue(strategy?.type, ['auto', 'last_messages'] as const);
        return strategy && type !== 'unknown' ? { type, lastMessages: strategy.last_messages ?? null } : null;
      },
    }),
    toolChoice: t.field({ type: ToolChoiceRef, nullable: true, description: 'How it chose tools.', resolve: toolChoiceOf }),
    responseFormat: t.field({
      type: ResponseFormat,
      nullable: true,
      description: 'The format it had to answer in.',
      resolve: responseFormatOf,
    }),
    messages: t.connection(
      {
        type: MessageRef,
        description: 'The messages this run created.',
        args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
        resolve: (run, args, ctx) =>
          resolveConnection(
            args,
            { name: 'messages', parentId: innerId(run.thread_id, run.id), order: orderOf(args.order) },
            (page) => ctx.api.listMessages(run.thread_id, { ...page, run_id: run.id }),
          ),
      },
      MessageConnection,
    ),
  }),
});

export const RunConnection = builder.connectionObject(
  { type: RunRef, name: 'RunConnection', description: 'A page of runs.' },
  { name: 'RunEdge', description: 'A run in a page.' },
);

builder.objectFields(ThreadRef, (t) => ({
  runs: t.connection(
    {
      type: RunRef,
      description: 'The thread’s runs, as a Relay connection over the upstream list.',
      args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
      resolve: (thread, args, ctx) =>
        resolveConnection(args, { name: 'runs', parentId: thread.id, order: orderOf(args.order) }, async (page) => {
          const list = await ctx.api.listRuns(thread.id, page);
          list.data.forEach((run) => primeRun(ctx.loaders, run));
          return list;
        }),
    },
    RunConnection,
  ),
  run: t.field({
    type: RunRef,
    nullable: true,
    description: 'One run of this thread, by global ID or raw `run_…` id; null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'A Run global ID or a raw `run_…` id.' }) },
    resolve: (thread, args, ctx) => ctx.loaders.run.load({ threadId: thread.id, id: runIdFromArg(args.id, thread.id, 'id') }),
  }),
  activeRun: t.field({
    type: RunRef,
    nullable: true,
    description:
      'The run that holds the thread (queued, in progress, requires action or cancelling), or null. While there is one, new messages and runs are refused with CONFLICT (THREAD_BUSY).',
    resolve: async (thread, _args, ctx) => {
      // Only one run can be active, and no run can start while it is, so it is always the newest.
      const newest = await ctx.api.listRuns(thread.id, { limit: 1, order: 'desc' });
      const run = newest.data[0];
      return run && ACTIVE_RUN_STATUSES.includes(run.status) ? primeRun(ctx.loaders, run) : null;
    },
  }),
}));

builder.objectFields(MessageRef, (t) => ({
  run: t.field({
    type: RunRef,
    nullable: true,
    description: 'The run that wrote it; null for messages written by hand.',
    resolve: (message, _args, ctx) =>
      message.run_id ? ctx.loaders.run.load({ threadId: message.thread_id, id: message.run_id }) : null,
  }),
}));
