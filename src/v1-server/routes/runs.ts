/** Runs (operations 14–20) and run steps (21–22). */
import { cancelRunBody, createRunBody, createThreadAndRunBody, metadataBody, submitToolOutputsBody } from '../../v1/requests.js';
import type { Run } from '../../v1/schemas.js';
import { listPage } from '../pagination.js';
import { getRun, getStep } from '../resources.js';
import type { Route, RouteContext, RouteResult } from '../router.js';
import { currentThread, pathParam } from '../router.js';
import type { RunListener } from '../runs/events.js';
import { parseBody, parsePageQuery } from '../validation.js';

/** Runs the action with an SSE listener when `stream` is true; the run object otherwise. */
async function answer(
  ctx: RouteContext,
  stream: boolean | null | undefined,
  act: (listener?: RunListener) => Promise<Run>,
): Promise<RouteResult> {
  if (!stream) return { body: await act() };
  const listener = ctx.eventSink().send;
  const run = await act(listener);
  return { stream: { runId: run.id, listener } };
}

export const runRoutes: Route[] = [
  {
    operation: 'createThreadAndRun',
    handler: async (ctx) => {
      const input = parseBody(createThreadAndRunBody, ctx.body ?? {});
      return answer(ctx, input.stream, (listener) => ctx.engine.createThreadAndRun(ctx.scope, input, ctx.requestId, listener));
    },
  },
  {
    operation: 'listRuns',
    handler: async (ctx) => {
      const query = parsePageQuery(ctx.query);
      const thread = await currentThread(ctx);
      return { body: await listPage(ctx.store.runs.page(ctx.scope, thread.id, query)) };
    },
  },
  {
    operation: 'createRun',
    handler: async (ctx) => {
      const input = parseBody(createRunBody, ctx.body ?? {});
      return answer(ctx, input.stream, (listener) => ctx.engine.createRun(ctx.scope, pathParam(ctx, 'thread_id'), input, ctx.requestId, listener));
    },
  },
  {
    operation: 'getRun',
    handler: async (ctx) => {
      const threadId = (await currentThread(ctx)).id;
      return { body: await getRun(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id')) };
    },
  },
  {
    operation: 'modifyRun',
    handler: async (ctx) => {
      const input = parseBody(metadataBody, ctx.body ?? {});
      const threadId = (await currentThread(ctx)).id;
      const run = await ctx.store.transaction(async (tx) => {
        const current = await getRun(tx, ctx.scope, threadId, pathParam(ctx, 'run_id'));
        if (input.metadata !== undefined) current.metadata = input.metadata ?? {};
        await tx.runs.put(ctx.scope, threadId, current.id, current);
        return current;
      });
      return { body: run };
    },
  },
  {
    operation: 'submitToolOutputs',
    handler: async (ctx) => {
      const input = parseBody(submitToolOutputsBody, ctx.body ?? {});
      return answer(ctx, input.stream, (listener) =>
        ctx.engine.submitToolOutputs(
          ctx.scope,
          pathParam(ctx, 'thread_id'),
          pathParam(ctx, 'run_id'),
          input.tool_outputs,
          ctx.requestId,
          listener,
        ),
      );
    },
  },
  {
    operation: 'cancelRun',
    handler: async (ctx) => {
      parseBody(cancelRunBody, ctx.body ?? {});
      return { body: await ctx.engine.cancel(ctx.scope, pathParam(ctx, 'thread_id'), pathParam(ctx, 'run_id')) };
    },
  },
  {
    operation: 'listRunSteps',
    handler: async (ctx) => {
      const query = parsePageQuery(ctx.query);
      const threadId = (await currentThread(ctx)).id;
      const run = await getRun(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id'));
      return { body: await listPage(ctx.store.steps.page(ctx.scope, run.id, query)) };
    },
  },
  {
    operation: 'getRunStep',
    handler: async (ctx) => {
      const threadId = (await currentThread(ctx)).id;
      return { body: await getStep(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id'), pathParam(ctx, 'step_id')) };
    },
  },
];
