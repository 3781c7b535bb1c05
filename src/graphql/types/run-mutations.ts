/** The run mutations: start, change, answer and cancel runs. */
import type { Run } from '../../openai/schemas.js';
import { TERMINAL_RUN_STATUSES } from '../../openai/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { conflict } from '../errors.js';
import { expectId } from '../ids.js';
import { primeRun } from '../loaders.js';
import { checkMetadata } from '../validation.js';
import { RunRef } from './run.js';
import {
  CreateRunInput,
  CreateThreadAndRunInput,
  SubmitToolOutputsInput,
  createRunRequest,
  createThreadAndRunBody,
  getRunOrNotFound,
  submitToolOutputsRequest,
} from './run-inputs.js';

const runPayloadFields = (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, { run: Run }>) => ({
  run: t.field({ type: RunRef, description: 'The run.', resolve: (payload) => payload.run }),
});

function runPayload(name: string, description: string) {
  return builder.objectRef<{ run: Run }>(name).implement({ description, fields: runPayloadFields });
}

builder.mutationFields((t) => ({
  createRun: t.field({
    type: runPayload('CreateRunPayload', 'The started run, usually QUEUED.'),
    description:
      'Starts a run on a thread. Fails with CONFLICT (THREAD_BUSY) while another run is active on the thread. Follow it with the `run(id:)` subscription, or use the `runEvents` subscription to start it streaming.',
    args: { input: t.arg({ type: CreateRunInput, required: true, description: 'The run.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { threadId, body } = createRunRequest(input);
      const run = await ctx.api.createRun(threadId, body);
      return { run: primeRun(ctx.loaders, run) };
    },
  }),
  createThreadAndRun: t.field({
    type: runPayload('CreateThreadAndRunPayload', 'The started run; its `thread` is the new thread.'),
    description: 'Creates a thread with its messages and starts a run on it, in one step.',
    args: { input: t.arg({ type: CreateThreadAndRunInput, required: true, description: 'The thread and the run.' }) },
    resolve: async (_root, { input }, ctx) => {
      const run = await ctx.api.createThreadAndRun(createThreadAndRunBody(input));
      return { run: primeRun(ctx.loaders, run) };
    },
  }),
  submitToolOutputs: t.field({
    type: runPayload('SubmitToolOutputsPayload', 'The run, going on (usually QUEUED).'),
    description:
      'Answers every tool call of a run that requires action; the run then goes on. Fails with CONFLICT (RUN_NOT_AWAITING_OUTPUTS or RUN_EXPIRED) when the run does not wait for outputs, and BAD_USER_INPUT when an output is missing, repeated or for an unknown call.',
    args: { input: t.arg({ type: SubmitToolOutputsInput, required: true, description: 'The outputs.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { threadId, runId, body } = await submitToolOutputsRequest(ctx.api, input);
      const run = await ctx.api.submitToolOutputs(threadId, runId, body);
      return { run: primeRun(ctx.loaders, run) };
    },
  }),
}));

builder.relayMutationField(
  'updateRun',
  {
    name: 'UpdateRunInput',
    description: 'The run and its new metadata.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The run, by its global ID.' }),
      metadata: t.field({ type: 'Metadata', description: 'Replaces the metadata; at most 16 pairs.' }),
    }),
  },
  {
    description: 'Changes a run’s metadata.',
    resolve: async (_root, { input }, ctx) => {
      const [threadId = '', runId = ''] = expectId(input.id, 'Run', 'input.id');
      checkMetadata(input.metadata, 'input.metadata');
      const run = await ctx.api.modifyRun(threadId, runId, { metadata: input.metadata });
      return { run: primeRun(ctx.loaders, run) };
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
      const [threadId = '', runId = ''] = expectId(input.id, 'Run', 'input.id');
      const current = await getRunOrNotFound(ctx.api, threadId, runId);
      if (TERMINAL_RUN_STATUSES.includes(current.status)) {
        throw conflict(`Run ${runId} has already ended (${current.status}); there is nothing to cancel.`, 'RUN_FINISHED', {
          runId,
          status: current.status,
        });
      }
      const run = await ctx.api.cancelRun(threadId, runId);
      return { run: primeRun(ctx.loaders, run) };
    },
  },
  {
    name: 'CancelRunPayload',
    description: 'The run, usually CANCELLING.',
    outputFields: runPayloadFields,
  },
);
