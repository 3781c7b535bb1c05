/** RunStep: the node, its step details and tool calls, and `Run.steps`. */
import type { CodeInterpreterOutput, RunStep, StepDetails, StepToolCall } from '../../openai/schemas.js';
import { builder } from '../builder.js';
import { innerId } from '../ids.js';
import { primeRunStep } from '../loaders.js';
import { resolveConnection } from '../pagination.js';
import { AssistantRef } from './assistant.js';
import { SortOrder, knownValue, orderArgDescription, orderOf } from './common.js';
import { MessageRef } from './message.js';
import { LastErrorRef, RunRef, UsageRef } from './run.js';
import { ThreadRef } from './thread.js';

export const RunStepRef = builder.objectRef<RunStep>('RunStep');

const RunStepType = builder.enumType('RunStepType', {
  description: 'What a step does.',
  values: {
    MESSAGE_CREATION: { value: 'message_creation', description: 'Writes a message.' },
    TOOL_CALLS: { value: 'tool_calls', description: 'Calls tools.' },
    UNKNOWN: { value: 'unknown', description: 'A type this facade does not know (from a newer server).' },
  } as const,
});

const RUN_STEP_STATUSES = ['in_progress', 'cancelled', 'failed', 'completed', 'expired'] as const;

const RunStepStatus = builder.enumType('RunStepStatus', {
  description: 'Where a step is in its life.',
  values: {
    IN_PROGRESS: { value: 'in_progress', description: 'Under way.' },
    CANCELLED: { value: 'cancelled', description: 'Its run was cancelled.' },
    FAILED: { value: 'failed', description: 'Failed; see `lastError`.' },
    COMPLETED: { value: 'completed', description: 'Done.' },
    EXPIRED: { value: 'expired', description: 'Its run expired.' },
    UNKNOWN: { value: 'unknown', description: 'A status this facade does not know (from a newer server).' },
  } as const,
});

type MessageCreation = Extract<StepDetails, { type: 'message_creation' }>;
type ToolCalls = Extract<StepDetails, { type: 'tool_calls' }>;
/** Step details carry the step's thread so the created message can be linked. */
type WithThread<T> = T & { threadId: string };

const StepToolCallInterface = builder.interfaceRef<StepToolCall>('StepToolCall').implement({
  description: 'A tool call made in a step.',
  resolveType: (call) => {
    if (call.type === 'function') return 'FunctionToolCall';
    if (call.type === 'retrieval') return 'RetrievalToolCall';
    return 'CodeInterpreterToolCall';
  },
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The tool call id (`call_…`).' }),
  }),
});

const CodeInterpreterLogsRef = builder
  .objectRef<Extract<CodeInterpreterOutput, { type: 'logs' }>>('CodeInterpreterLogs')
  .implement({
    description: 'Text the code printed.',
    isTypeOf: (value) => (value as CodeInterpreterOutput).type === 'logs',
    fields: (t) => ({ logs: t.exposeString('logs', { description: 'The output text.' }) }),
  });

const CodeInterpreterImageRef = builder
  .objectRef<Extract<CodeInterpreterOutput, { type: 'image' }>>('CodeInterpreterImage')
  .implement({
    description: 'An image the code produced.',
    isTypeOf: (value) => (value as CodeInterpreterOutput).type === 'image',
    fields: (t) => ({ fileId: t.string({ description: 'The image’s file id.', resolve: (output) => output.image.file_id }) }),
  });

const CodeInterpreterOutputUnion = builder.unionType('CodeInterpreterOutput', {
  description: 'An output of a code interpreter call.',
  types: [CodeInterpreterLogsRef, CodeInterpreterImageRef],
});

builder.objectRef<Extract<StepToolCall, { type: 'code_interpreter' }>>('CodeInterpreterToolCall').implement({
  description: 'A code interpreter call: the code and what it produced.',
  interfaces: [StepToolCallInterface],
  isTypeOf: (value) => (value as StepToolCall).type === 'code_interpreter',
  fields: (t) => ({
    input: t.string({ description: 'The code that ran.', resolve: (call) => call.code_interpreter.input }),
    outputs: t.field({
      type: [CodeInterpreterOutputUnion],
      description: 'What it printed and produced.',
      resolve: (call) => call.code_interpreter.outputs,
    }),
  }),
});

builder.objectRef<Extract<StepToolCall, { type: 'retrieval' }>>('RetrievalToolCall').implement({
  description: 'A retrieval call (v1 reports no detail of it).',
  interfaces: [StepToolCallInterface],
  isTypeOf: (value) => (value as StepToolCall).type === 'retrieval',
});

builder.objectRef<Extract<StepToolCall, { type: 'function' }>>('FunctionToolCall').implement({
  description: 'A function call: what the model asked for and the output you submitted.',
  interfaces: [StepToolCallInterface],
  isTypeOf: (value) => (value as StepToolCall).type === 'function',
  fields: (t) => ({
    name: t.string({ description: 'The function.', resolve: (call) => call.function.name }),
    arguments: t.string({ description: 'The arguments, as the JSON text the model produced.', resolve: (call) => call.function.arguments }),
    output: t.string({
      nullable: true,
      description: 'The output you submitted; null until then.',
      resolve: (call) => call.function.output ?? null,
    }),
  }),
});

const MessageCreationDetailsRef = builder
  .objectRef<WithThread<MessageCreation>>('MessageCreationStepDetails')
  .implement({
    description: 'A step that wrote a message.',
    isTypeOf: (value) => (value as StepDetails).type === 'message_creation',
    fields: (t) => ({
      messageId: t.string({
        description: 'The raw upstream id of the message (`msg_…`).',
        resolve: (details) => details.message_creation.message_id,
      }),
      message: t.field({
        type: MessageRef,
        nullable: true,
        description: 'The message it wrote.',
        resolve: (details, _args, ctx) =>
          ctx.loaders.message.load({ threadId: details.threadId, id: details.message_creation.message_id }),
      }),
    }),
  });

const ToolCallsDetailsRef = builder.objectRef<WithThread<ToolCalls>>('ToolCallsStepDetails').implement({
  description: 'A step that called tools.',
  isTypeOf: (value) => (value as StepDetails).type === 'tool_calls',
  fields: (t) => ({
    toolCalls: t.field({
      type: [StepToolCallInterface],
      description: 'The calls, in order.',
      resolve: (details) => details.tool_calls,
    }),
  }),
});

const StepDetailsUnion = builder.unionType('StepDetails', {
  description: 'What a step did.',
  types: [MessageCreationDetailsRef, ToolCallsDetailsRef],
});

/** The upstream ids in a RunStep's global ID. */
function stepKey(inner: string): { threadId: string; runId: string; id: string } {
  const [threadId = '', runId = '', id = ''] = inner.split(':');
  return { threadId, runId, id };
}

builder.node(RunStepRef, {
  description: 'One step of a run: writing a message, or calling tools.',
  id: { resolve: (step) => innerId(step.thread_id, step.run_id, step.id) },
  isTypeOf: (value) => (value as { object?: unknown }).object === 'thread.run.step',
  loadOne: (inner, ctx) => ctx.loaders.runStep.load(stepKey(inner)),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `step_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (step) => step.created_at }),
    run: t.field({
      type: RunRef,
      nullable: true,
      description: 'The run it belongs to.',
      resolve: (step, _args, ctx) => ctx.loaders.run.load({ threadId: step.thread_id, id: step.run_id }),
    }),
    thread: t.field({
      type: ThreadRef,
      nullable: true,
      description: 'The thread of its run.',
      resolve: (step, _args, ctx) => ctx.loaders.thread.load(step.thread_id),
    }),
    assistant: t.field({
      type: AssistantRef,
      nullable: true,
      description: 'The assistant of its run.',
      resolve: (step, _args, ctx) => ctx.loaders.assistant.load(step.assistant_id),
    }),
    type: t.field({
      type: RunStepType,
      description: 'What it does.',
      resolve: (step) => knownValue(step.type, ['message_creation', 'tool_calls'] as const),
    }),
    status: t.field({
      type: RunStepStatus,
      description: 'Where it is in its life.',
      resolve: (step) => knownValue(step.status, RUN_STEP_STATUSES),
    }),
    stepDetails: t.field({
      type: StepDetailsUnion,
      description: 'What it did.',
      resolve: (step) => ({ ...step.step_details, threadId: step.thread_id }),
    }),
    lastError: t.field({
      type: LastErrorRef,
      nullable: true,
      description: 'Why it failed, when it did.',
      resolve: (step) => step.last_error ?? null,
    }),
    expiredAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it expired with its run.',
      resolve: (step) => step.expired_at ?? null,
    }),
    cancelledAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was cancelled.',
      resolve: (step) => step.cancelled_at ?? null,
    }),
    failedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it failed.', resolve: (step) => step.failed_at ?? null }),
    completedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it completed.',
      resolve: (step) => step.completed_at ?? null,
    }),
    metadata: t.field({ type: 'Metadata', description: 'Key-value pairs.', resolve: (step) => step.metadata ?? {} }),
    usage: t.field({
      type: UsageRef,
      nullable: true,
      description: 'Tokens used; null while in progress.',
      resolve: (step) => step.usage ?? null,
    }),
  }),
});

const RunStepConnection = builder.connectionObject(
  { type: RunStepRef, name: 'RunStepConnection', description: 'A page of run steps.' },
  { name: 'RunStepEdge', description: 'A run step in a page.' },
);

builder.objectFields(RunRef, (t) => ({
  steps: t.connection(
    {
      type: RunStepRef,
      description: 'The run’s steps, as a Relay connection over the upstream list.',
      args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
      resolve: (run, args, ctx) =>
        resolveConnection(
          args,
          { name: 'steps', parentId: innerId(run.thread_id, run.id), order: orderOf(args.order) },
          async (page) => {
            const list = await ctx.api.listRunSteps(run.thread_id, run.id, page);
            list.data.forEach((step) => primeRunStep(ctx.loaders, step));
            return list;
          },
        ),
    },
    RunStepConnection,
  ),
}));
