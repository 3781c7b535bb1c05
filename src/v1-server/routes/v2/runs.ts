/**
 * Runs and run steps through v2: the engine runs them in their v1 form; v2's options are kept
 * beside, and every answer and streamed event is rendered in v2's shapes.
 */
import { cancelRunBody, metadataBody, submitToolOutputsBody } from '../../../v1/requests.js';
import type { Run, RunStep } from '../../../v1/schemas.js';
import type { RunStepV2 } from '../../../v2/schemas.js';
import type { OperationNameV2 } from '../../../v2/operations.js';
import { createRunBodyV2, createThreadAndRunBodyV2 } from '../../../v2/requests.js';
import type { CreateRunBodyV2 } from '../../../v2/requests.js';
import { invalidRequest } from '../../errors.js';
import { listPage, mappedPage } from '../../pagination.js';
import { getAssistant, getRun, getStep } from '../../resources.js';
import type { Route, RouteContext, RouteResult } from '../../router.js';
import { currentThread, pathParam } from '../../router.js';
import type { RunListener } from '../../runs/events.js';
import { runSettings } from '../../runs/prepare.js';
import type { StoreTables, V2Settings } from '../../store/store.js';
import { RESULT_CONTENT, eventV2, runV2, stepV2 } from '../../v2/render.js';
import type { StreamSettings } from '../../v2/render.js';
import { addMessageV2, checkMessageV2, putSettings, runBodyV1, runSettingsV2 } from '../../v2/resources.js';
import { parseBody, parsePageQuery } from '../../validation.js';
import { createThreadV2 } from './threads.js';

/** Whether `include[]` asks for the passages of file search results; any other value is refused. */
function includesContent(query: URLSearchParams): boolean {
  const asked = query.getAll('include[]');
  const unknown = asked.find((value) => value !== RESULT_CONTENT);
  if (unknown !== undefined) {
    throw invalidRequest(`Invalid 'include[]': '${unknown}'; the only value is '${RESULT_CONTENT}'.`, 'include[]', 'invalid_value');
  }
  return asked.length > 0;
}

type RunInput = Pick<CreateRunBodyV2, 'assistant_id' | 'tools' | 'temperature' | 'top_p' | 'parallel_tool_calls' | 'response_format'> &
  Partial<Pick<CreateRunBodyV2, 'reasoning_effort'>>;

/**
 * The run's options, those it does not give taken from its assistant's v2 settings (v1 runs had no
 * assistant defaults), and the v2 settings the run keeps.
 */
async function withAssistantOptions<T extends RunInput>(tables: StoreTables, scope: string, given: T): Promise<{ input: T; settings: V2Settings }> {
  const assistant = await tables.v2Settings.get(scope, 'assistant', given.assistant_id);
  const input = {
    ...given,
    temperature: given.temperature ?? assistant?.temperature,
    top_p: given.top_p ?? assistant?.topP,
    response_format: given.response_format ?? assistant?.responseFormat,
    reasoning_effort: given.reasoning_effort ?? assistant?.reasoningEffort,
  };
  return { input, settings: runSettingsV2(input, assistant) };
}

async function settingsOf(tables: StoreTables, scope: string, runId: string): Promise<V2Settings | undefined> {
  return tables.v2Settings.get(scope, 'run', runId);
}

/**
 * Runs the action with a v2 SSE listener when `stream` is true, the run in v2's shape otherwise.
 * `settings` are the run's (known before it exists, so its first events are rendered with them).
 */
async function answerV2(
  ctx: RouteContext,
  stream: boolean | null | undefined,
  settings: StreamSettings,
  act: (listener?: RunListener) => Promise<Run>,
): Promise<RouteResult> {
  if (!stream) return { body: runV2(await act(), settings.run) };
  const send = ctx.eventSink().send;
  const listener: RunListener = (event, data) => send(event, eventV2(event, data, settings));
  const run = await act(listener);
  return { stream: { runId: run.id, listener } };
}

/** Writes a new run's v2 settings in the transaction that creates it. */
function keepSettings(ctx: RouteContext, settings: V2Settings): (tx: StoreTables, run: Run) => Promise<void> {
  return (tx, run) => putSettings(tx, ctx.scope, 'run', run.id, settings);
}

export const runRoutesV2: Route<OperationNameV2>[] = [
  {
    operation: 'createThreadAndRun',
    handler: async (ctx) => {
      const { input, settings } = await withAssistantOptions(ctx.store, ctx.scope, parseBody(createThreadAndRunBodyV2, ctx.body ?? {}));
      const body = runBodyV1(input);
      const { thread, settings: threadSettings } = await ctx.store.transaction(async (tx) => {
        runSettings(await getAssistant(tx, ctx.scope, input.assistant_id), body);
        const given = input.thread ?? {};
        if (input.tool_resources && given.tool_resources) {
          throw invalidRequest(
            "Give 'tool_resources' once: at the top level or in 'thread' (both are the new thread's).",
            'tool_resources',
            'invalid_value',
          );
        }
        return createThreadV2(tx, ctx.scope, { ...given, tool_resources: input.tool_resources ?? given.tool_resources }, ctx.now());
      });
      return answerV2(ctx, input.stream, { run: settings, thread: threadSettings }, async (listener) => {
        listener?.('thread.created', thread);
        return ctx.engine.createRun(ctx.scope, thread.id, body, ctx.requestId, listener, keepSettings(ctx, settings));
      });
    },
  },
  {
    operation: 'listRuns',
    handler: async (ctx) => {
      const query = parsePageQuery(ctx.query);
      const thread = await currentThread(ctx);
      const page = ctx.store.runs.page(ctx.scope, thread.id, query);
      return { body: await listPage(mappedPage(page, async (run) => runV2(run, await settingsOf(ctx.store, ctx.scope, run.id)))) };
    },
  },
  {
    operation: 'createRun',
    handler: async (ctx) => {
      const { input, settings } = await withAssistantOptions(ctx.store, ctx.scope, parseBody(createRunBodyV2, ctx.body ?? {}));
      const body = runBodyV1(input);
      const threadId = pathParam(ctx, 'thread_id');
      const messages = input.additional_messages ?? [];
      // The messages are written in the run's transaction: a run started meanwhile refuses both.
      const alongside = async (tx: StoreTables, run: Run): Promise<void> => {
        for (const [index, message] of messages.entries()) await checkMessageV2(tx, ctx.scope, message, `additional_messages[${index}]`);
        for (const message of messages) await addMessageV2(tx, ctx.scope, threadId, message, ctx.now());
        await putSettings(tx, ctx.scope, 'run', run.id, settings);
      };
      return answerV2(ctx, input.stream, { run: settings, thread: undefined }, (listener) =>
        ctx.engine.createRun(ctx.scope, threadId, body, ctx.requestId, listener, alongside),
      );
    },
  },
  {
    operation: 'getRun',
    handler: async (ctx) => {
      const threadId = (await currentThread(ctx)).id;
      const run = await getRun(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id'));
      return { body: runV2(run, await settingsOf(ctx.store, ctx.scope, run.id)) };
    },
  },
  {
    operation: 'modifyRun',
    handler: async (ctx) => {
      const input = parseBody(metadataBody, ctx.body ?? {});
      const threadId = (await currentThread(ctx)).id;
      const body = await ctx.store.transaction(async (tx) => {
        const current = await getRun(tx, ctx.scope, threadId, pathParam(ctx, 'run_id'));
        if (input.metadata !== undefined) current.metadata = input.metadata ?? {};
        await tx.runs.put(ctx.scope, threadId, current.id, current);
        return runV2(current, await settingsOf(tx, ctx.scope, current.id));
      });
      return { body };
    },
  },
  {
    operation: 'submitToolOutputs',
    handler: async (ctx) => {
      const input = parseBody(submitToolOutputsBody, ctx.body ?? {});
      const threadId = pathParam(ctx, 'thread_id');
      const runId = pathParam(ctx, 'run_id');
      const settings: StreamSettings = { run: await settingsOf(ctx.store, ctx.scope, runId), thread: undefined };
      return answerV2(ctx, input.stream, settings, (listener) =>
        ctx.engine.submitToolOutputs(ctx.scope, threadId, runId, input.tool_outputs, ctx.requestId, listener),
      );
    },
  },
  {
    operation: 'cancelRun',
    handler: async (ctx) => {
      parseBody(cancelRunBody, ctx.body ?? {});
      const run = await ctx.engine.cancel(ctx.scope, pathParam(ctx, 'thread_id'), pathParam(ctx, 'run_id'));
      return { body: runV2(run, await settingsOf(ctx.store, ctx.scope, run.id)) };
    },
  },
  {
    operation: 'listRunSteps',
    handler: async (ctx) => {
      const query = parsePageQuery(ctx.query);
      const withContent = includesContent(ctx.query);
      const threadId = (await currentThread(ctx)).id;
      const run = await getRun(ctx.store, ctx.scope, threadId, pathParam(ctx, 'run_id'));
      const fileSearch = (await settingsOf(ctx.store, ctx.scope, run.id))?.fileSearch;
      const page = ctx.store.steps.page(ctx.scope, run.id, query);
      const render = async (step: RunStep): Promise<RunStepV2> =>
        stepV2(step, await ctx.store.hostedCalls.get(ctx.scope, run.id, step.id), fileSearch, withContent);
      return { body: await listPage(mappedPage(page, render)) };
    },
  },
  {
    operation: 'getRunStep',
    handler: async (ctx) => {
      const withContent = includesContent(ctx.query);
      const threadId = (await currentThread(ctx)).id;
      const runId = pathParam(ctx, 'run_id');
      const step = await getStep(ctx.store, ctx.scope, threadId, runId, pathParam(ctx, 'step_id'));
      const fileSearch = (await settingsOf(ctx.store, ctx.scope, runId))?.fileSearch;
      return { body: stepV2(step, await ctx.store.hostedCalls.get(ctx.scope, runId, step.id), fileSearch, withContent) };
    },
  },
];
