/** Run: the node with every field, and its mutations. */
import { metadataBody } from '../../v1/requests.js';
import type { Run } from '../../v1/schemas.js';
import { ACTIVE_RUN_STATUSES, TERMINAL_RUN_STATUSES, TRUNCATION_TYPES } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { conflict } from '../errors.js';
import {
  CreateRunInput,
  CreateThreadAndRunInput,
  SubmitToolOutputsInput,
  createRunRequest,
  createThreadAndRunRequest,
} from '../inputs/run.js';
import { getRunOrNotFound, submitToolOutputsRequest } from './run-state.js';
import { SortOrder, ToolInterface, knownValue, orderArgDescription, orderOf } from '../objects/common.js';
import {
  LastErrorRef,
  RequiredActionRef,
  ResponseFormat,
  RunIncompleteDetails,
  RunStatus,
  ToolChoiceRef,
  TruncationStrategyRef,
  UsageRef,
  responseFormatOf,
  runStatusOf,
  toolChoiceOf,
} from '../objects/run-details.js';
import { resolveConnection } from '../pagination.js';
import { LIMITS, checkBody, formatLimit } from '../validation.js';
import { ASSISTANT, RUN, THREAD } from '../identity.js';
import { MessageConnection } from './message.js';
import { RunStepConnection } from './run-step.js';
import { AssistantRef, MessageRef, RunRef, RunStepRef, ThreadRef, nodeBasics } from './refs.js';

builder.node(RunRef, {
  description: 'One execution of an assistant on a thread.',
  ...nodeBasics(RUN),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `run_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (run) => run.created_at }),
    thread: t.field({
      type: ThreadRef,
      nullable: true,
      description: 'The thread it runs on.',
      resolve: (run, _args, ctx) => ctx.loaders.load(THREAD, { id: run.thread_id }),
    }),
    assistant: t.field({
      type: AssistantRef,
      nullable: true,
      description: 'The assistant it runs; null when that assistant was deleted.',
      resolve: (run, _args, ctx) => ctx.loaders.load(ASSISTANT, { id: run.assistant_id }),
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
    temperature: t.float({ nullable: true, description: `Sampling temperature, ${LIMITS.minTemperature} to ${LIMITS.maxTemperature}.`, resolve: (run) => run.temperature ?? null }),
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
        const type = knownValue(strategy?.type, TRUNCATION_TYPES);
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
            { name: 'messages', parentId: RUN.innerId(RUN.keyOf(run)), order: orderOf(args.order) },
            (page) => ctx.api.listMessages(run.thread_id, { ...page, run_id: run.id }),
          ),
      },
      MessageConnection,
    ),
    steps: t.connection(
      {
        type: RunStepRef,
        description: 'The run’s steps, as a Relay connection over the upstream list.',
        args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
        resolve: (run, args, ctx) =>
          resolveConnection(
            args,
            { name: 'steps', parentId: RUN.innerId(RUN.keyOf(run)), order: orderOf(args.order) },
            async (page) => {
              const list = await ctx.api.listRunSteps(run.thread_id, run.id, page);
              return list;
            },
          ),
      },
      RunStepConnection,
    ),
  }),
});
export const RunConnection = builder.connectionObject(
  { type: RunRef, name: 'RunConnection', description: 'A page of runs.' },
  { name: 'RunEdge', description: 'A run in a page.' },
);

const runPayloadFields = (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, { run: Run }>) => ({
  run: t.field({ type: RunRef, description: 'The run.', resolve: (payload) => payload.run }),
});

// The inputs that start or continue a run are shared with the run-event subscriptions, so they are
// declared in ../inputs/run.ts and passed here by reference.
builder.relayMutationField(
  'createRun',
  CreateRunInput,
  {
    description:
      'Starts a run on a thread. Fails with CONFLICT (THREAD_BUSY) while another run is active on the thread. Follow it with the `run(id:)` subscription, or use the `runEvents` subscription to start it streaming.',
    resolve: async (_root, args, ctx) => {
      const { threadId, body } = createRunRequest(args.input as typeof CreateRunInput.$inferInput);
      return { run: await ctx.api.createRun(threadId, body) };
    },
  },
  { name: 'CreateRunPayload', description: 'The started run, usually QUEUED.', outputFields: runPayloadFields },
);

builder.relayMutationField(
  'createThreadAndRun',
  CreateThreadAndRunInput,
  {
    description: 'Creates a thread with its messages and starts a run on it, in one step.',
    resolve: async (_root, args, ctx) => ({
      run: await ctx.api.createThreadAndRun(createThreadAndRunRequest(args.input as typeof CreateThreadAndRunInput.$inferInput, ctx.caller)),
    }),
  },
  { name: 'CreateThreadAndRunPayload', description: 'The started run; its `thread` is the new thread.', outputFields: runPayloadFields },
);

builder.relayMutationField(
  'submitToolOutputs',
  SubmitToolOutputsInput,
  {
    description:
      'Answers every tool call of a run that requires action; the run then goes on. Fails with CONFLICT (RUN_NOT_AWAITING_OUTPUTS or RUN_EXPIRED) when the run does not wait for outputs, and BAD_USER_INPUT when an output is missing, repeated or for an unknown call.',
    resolve: async (_root, args, ctx) => {
      const { threadId, runId, body } = await submitToolOutputsRequest(ctx.api, args.input as typeof SubmitToolOutputsInput.$inferInput);
      return { run: await ctx.api.submitToolOutputs(threadId, runId, body) };
    },
  },
  { name: 'SubmitToolOutputsPayload', description: 'The run, going on (usually QUEUED).', outputFields: runPayloadFields },
);

builder.relayMutationField(
  'updateRun',
  {
    name: 'UpdateRunInput',
    description: 'The run and its new metadata.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The run, by its global ID.' }),
      metadata: t.field({ type: 'Metadata', description: `Replaces the metadata; at most ${formatLimit(LIMITS.metadataPairs)} pairs.` }),
    }),
  },
  {
    description: 'Changes a run’s metadata.',
    resolve: async (_root, { input }, ctx) => {
      const { threadId, id: runId } = RUN.decode(input.id, 'input.id');
      const body = { metadata: input.metadata };
      checkBody(metadataBody, body);
      const run = await ctx.api.modifyRun(threadId, runId, body);
      return { run };
    },
  },
  {
    name: 'UpdateRunPayload',
    description: 'The changed run.',
    outputFields: runPayloadFields,
  },
);

builder.relayMutationField(
  'cancelRun',
  {
    name: 'CancelRunInput',
    description: 'The run to cancel.',
    inputFields: (t) => ({ id: t.id({ required: true, description: 'The run, by its global ID.' }) }),
  },
  {
    description:
      'Asks a queued, in-progress or waiting run to stop; it is CANCELLING, then CANCELLED. Fails with CONFLICT (RUN_FINISHED) when the run has already ended.',
    resolve: async (_root, { input }, ctx) => {
      const { threadId, id: runId } = RUN.decode(input.id, 'input.id');
      const current = await getRunOrNotFound(ctx.api, threadId, runId);
      if (TERMINAL_RUN_STATUSES.includes(current.status)) {
        throw conflict(`Run ${runId} has already ended (${current.status}); there is nothing to cancel.`, 'RUN_FINISHED', {
          runId,
          status: current.status,
        });
      }
      const run = await ctx.api.cancelRun(threadId, runId);
      return { run };
    },
  },
  {
    name: 'CancelRunPayload',
    description: 'The run, usually CANCELLING.',
    outputFields: runPayloadFields,
  },
);
