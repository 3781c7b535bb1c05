/** Runs (operations 14–20) and run steps (21–22). */
import { z } from 'zod';
import { paginate } from '../pagination.js';
import { checkMessageFiles, createThread, getRun, getStep } from '../resources.js';
import type { Route, RouteContext, RouteResult } from '../router.js';
import { currentThread, pathParam } from '../router.js';
import type { Run } from '../../openai/schemas.js';
import type { RunListener } from '../runs.js';
import {
  createRunBody,
  createThreadAndRunBody,
  metadataBody,
  parseBody,
  parseListQuery,
  submitToolOutputsBody,
} from '../validation.js';

/** Runs the action with an SSE listener when `stream` is true; the run object otherwise. */
function answer(ctx: RouteContext, stream: boolean | null | undefined, act: (listener?: RunListener) => Run): RouteResult {
  if (!stream) return { body: act() };
  const listener = ctx.eventSink().send;
  const run = act(listener);
  return { stream: { runId: run.id, listener } };
}

export const runRoutes: Route[] = [
  {
    method: 'POST',
    path: '/threads/runs',
    handler: (ctx) => {
      const input = parseBody(createThreadAndRunBody, ctx.body ?? {});
      const prepared = ctx.engine.prepare(ctx.scope, input);
      checkMessageFiles(input.thread?.messages ?? [], 'thread.messages');
      return answer(ctx, input.stream, (listener) => {
        const thread = createThread(ctx.store, ctx.scope, input.thread ?? {}, ctx.now());
        listener?.('thread.created', thread);
        return ctx.engine.start(ctx.scope, thread.id, prepared, listener);
      });
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}/runs',
    handler: (ctx) => {
      const query = parseListQuery(ctx.query);
      const thread = currentThread(ctx);
      return { body: paginate(ctx.store.runs.list(ctx.scope, thread.id), query) };
    },
  },
  {
    method: 'POST',
    path: '/threads/{thread_id}/runs',
    handler: (ctx) => {
      const input = parseBody(createRunBody, ctx.body ?? {});
      return answer(ctx, input.stream, (listener) =>
        ctx.engine.createRun(ctx.scope, pathParam(ctx, 'thread_id'), input, listener),
      );
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}/runs/{run_id}',
    handler: (ctx) => {
      const threadId = currentThread(ctx).id;
      return { body: getRun(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id')) };
    },
  },
  {
    method: 'POST',
    path: '/threads/{thread_id}/runs/{run_id}',
    handler: (ctx) => {
      const input = parseBody(metadataBody, ctx.body ?? {});
      const threadId = currentThread(ctx).id;
      const run = getRun(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id'));
      if (input.metadata !== undefined) run.metadata = input.metadata ?? {};
      ctx.store.runs.put(ctx.scope, threadId, run.id, run);
      return { body: run };
    },
  },
  {
    method: 'POST',
    path: '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs',
    handler: (ctx) => {
      const input = parseBody(submitToolOutputsBody, ctx.body ?? {});
      return answer(ctx, input.stream, (listener) =>
        ctx.engine.submitToolOutputs(ctx.scope, pathParam(ctx, 'thread_id'), pathParam(ctx, 'run_id'), input.tool_outputs, listener),
      );
    },
  },
  {
    method: 'POST',
    path: '/threads/{thread_id}/runs/{run_id}/cancel',
    handler: (ctx) => {
      parseBody(z.strictObject({}), ctx.body ?? {});
      return { body: ctx.engine.cancel(ctx.scope, pathParam(ctx, 'thread_id'), pathParam(ctx, 'run_id')) };
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}/runs/{run_id}/steps',
    handler: (ctx) => {
      const query = parseListQuery(ctx.query);
      const threadId = currentThread(ctx).id;
      const run = getRun(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id'));
      return { body: paginate(ctx.store.steps.list(ctx.scope, run.id), query) };
    },
  },
  {
    method: 'GET',
    path: '/threads/{thread_id}/runs/{run_id}/steps/{step_id}',
    handler: (ctx) => {
      const threadId = currentThread(ctx).id;
      return { body: getStep(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id'), pathParam(ctx, 'step_id')) };
    },
  },
];
