/** RunStep: the node with every field, and `RunStepConnection`. */
import { RUN_STEP_TYPES } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import { knownValue } from '../objects/common.js';
import { LastErrorRef, UsageRef } from '../objects/run-details.js';
import { RUN_STEP_STATUSES, RunStepStatus, RunStepType, StepDetailsUnion } from '../objects/step-details.js';
import { ASSISTANT, RUN, RUN_STEP, THREAD } from '../identity.js';
import { AssistantRef, RunRef, RunStepRef, ThreadRef, nodeBasics } from './refs.js';

builder.node(RunStepRef, {
  description: 'One step of a run: writing a message, or calling tools.',
  ...nodeBasics(RUN_STEP),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `step_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (step) => step.created_at }),
    run: t.field({
      type: RunRef,
      nullable: true,
      description: 'The run it belongs to.',
      resolve: (step, _args, ctx) => ctx.loaders.load(RUN, { threadId: step.thread_id, id: step.run_id }),
    }),
    thread: t.field({
      type: ThreadRef,
      nullable: true,
      description: 'The thread of its run.',
      resolve: (step, _args, ctx) => ctx.loaders.load(THREAD, { id: step.thread_id }),
    }),
    assistant: t.field({
      type: AssistantRef,
      nullable: true,
      description: 'The assistant of its run.',
      resolve: (step, _args, ctx) => ctx.loaders.load(ASSISTANT, { id: step.assistant_id }),
    }),
    type: t.field({
      type: RunStepType,
      description: 'What it does.',
      resolve: (step) => knownValue(step.type, RUN_STEP_TYPES),
    }),
    status: t.field({
      type: RunStepStatus,
      description: 'Where it is in its life.',
      resolve: (step) => knownValue(step.status, RUN_STEP_STATUSES),
    }),
    stepDetails: t.field({
      type: StepDetailsUnion,
      description: 'What it did.',
      resolve: (step) => ({ ...step.step_details, via: { threadId: step.thread_id, runId: step.run_id, stepId: step.id } }),
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
export const RunStepConnection = builder.connectionObject(
  { type: RunStepRef, name: 'RunStepConnection', description: 'A page of run steps.' },
  { name: 'RunStepEdge', description: 'A run step in a page.' },
);
