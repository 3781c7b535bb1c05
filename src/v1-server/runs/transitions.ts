/**
 * The run lifecycle as pure functions: each takes the current objects and the time, and returns the
 * changed copies with the stream events they cause, in order. The engine reads, applies one of
 * these and writes the result in one transaction, then emits the events.
 *
 *   queued → in_progress → completed | incomplete | failed | requires_action
 *   requires_action --submit_tool_outputs--> queued → in_progress → …
 *   queued | in_progress | requires_action --cancel--> cancelling → cancelled
 *   any active status --the clock passes expires_at--> expired
 */
import type { Annotation, Message, Run, RunStep, StepToolCall, Usage } from '../../v1/schemas.js';
import { newId } from '../ids.js';

/** A stream event as the API sends it: its name and its object. */
export interface RunEvent {
  event: string;
  data: unknown;
}

export type EndStatus = 'failed' | 'cancelled' | 'expired';

/** What a transaction on one run decided: the events to send once it committed. */
export interface Change<T> {
  events: RunEvent[];
  result: T;
}

const MESSAGE_REASON: Record<EndStatus, string> = {
  failed: 'run_failed',
  cancelled: 'run_cancelled',
  expired: 'run_expired',
};

export const ZERO_USAGE: Usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };

export function usageOf(promptTokens: number, completionTokens: number): Usage {
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

export function sumUsage(usages: ReadonlyArray<Usage | null | undefined>): Usage {
  const total = { ...ZERO_USAGE };
  for (const usage of usages) {
    if (!usage) continue;
    total.prompt_tokens += usage.prompt_tokens;
    total.completion_tokens += usage.completion_tokens;
    total.total_tokens += usage.total_tokens;
  }
  return total;
}

export function runEvent(run: Run): RunEvent {
  return { event: `thread.run.${run.status}`, data: run };
}

export function startRun(run: Run, now: number): { run: Run; events: RunEvent[] } {
  const started: Run = { ...run, status: 'in_progress', started_at: run.started_at ?? now };
  return { run: started, events: [runEvent(started)] };
}

export function newStep(run: Run, details: RunStep['step_details'], now: number): RunStep {
  return {
    id: newId('step'),
    object: 'thread.run.step',
    created_at: now,
    assistant_id: run.assistant_id,
    thread_id: run.thread_id,
    run_id: run.id,
    type: details.type,
    status: 'in_progress',
    step_details: details,
    last_error: null,
    expired_at: null,
    cancelled_at: null,
    failed_at: null,
    completed_at: null,
    metadata: {},
    usage: null,
  };
}

/** The assistant message a run writes into, with the message-creation step that makes it. */
export function newRunMessage(run: Run, now: number): { message: Message; step: RunStep; events: RunEvent[] } {
  const message: Message = {
    id: newId('msg'),
    object: 'thread.message',
    created_at: now,
    thread_id: run.thread_id,
    status: 'in_progress',
    incomplete_details: null,
    completed_at: null,
    incomplete_at: null,
    role: 'assistant',
    content: [],
    assistant_id: run.assistant_id,
    run_id: run.id,
    file_ids: [],
    metadata: {},
  };
  const step = newStep(run, { type: 'message_creation', message_creation: { message_id: message.id } }, now);
  return {
    message,
    step,
    events: [
      { event: 'thread.run.step.created', data: step },
      { event: 'thread.run.step.in_progress', data: step },
      { event: 'thread.message.created', data: message },
      { event: 'thread.message.in_progress', data: message },
    ],
  };
}

export function newToolCallsStep(run: Run, now: number): { step: RunStep; events: RunEvent[] } {
  const step = newStep(run, { type: 'tool_calls', tool_calls: [] }, now);
  return {
    step,
    events: [
      { event: 'thread.run.step.created', data: step },
      { event: 'thread.run.step.in_progress', data: step },
    ],
  };
}

export function messageText(message: Message): string {
  return message.content.flatMap((part) => (part.type === 'text' ? [part.text.value] : [])).join('\n');
}

/**
 * The message with `delta` appended to its text, and the `thread.message.delta` event. `annotations`
 * are the citations in `delta`, their indices already counted in the whole text.
 */
export function appendText(
  message: Message,
  delta: string,
  annotations: readonly Annotation[] = [],
): { message: Message; events: RunEvent[] } {
  const first = message.content.length === 0;
  const part = message.content[0];
  const earlier = part?.type === 'text' ? part.text.annotations : [];
  const value = messageText(message) + delta;
  const updated: Message = { ...message, content: [{ type: 'text', text: { value, annotations: [...earlier, ...annotations] } }] };
  // The first delta of a content part carries its empty annotations, as upstream's stream does; a
  // delta with citations carries them, each with its index among the part's annotations.
  const indexed = annotations.map((annotation, index) => ({ index: earlier.length + index, ...annotation }));
  const text = first || indexed.length > 0 ? { value: delta, annotations: indexed } : { value: delta };
  const event: RunEvent = {
    event: 'thread.message.delta',
    data: { id: message.id, object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'text', text }] } },
  };
  return { message: updated, events: [event] };
}

/** A finished message: `completed`, or `incomplete` because the model ran out of tokens. */
export function finishMessage(message: Message, now: number, truncated: boolean): { message: Message; events: RunEvent[] } {
  const finished: Message = truncated
    ? { ...message, status: 'incomplete', incomplete_at: now, incomplete_details: { reason: 'max_tokens' } }
    : { ...message, status: 'completed', completed_at: now };
  return { message: finished, events: [{ event: `thread.message.${finished.status}`, data: finished }] };
}

export function completeStep(step: RunStep, now: number, usage: Usage): { step: RunStep; events: RunEvent[] } {
  const completed: RunStep = { ...step, status: 'completed', completed_at: now, usage };
  return { step: completed, events: [{ event: 'thread.run.step.completed', data: completed }] };
}

/** The `thread.run.step.delta` for one fragment of a streamed function call. */
export function toolCallDelta(
  step: RunStep,
  index: number,
  fragment: { id?: string | undefined; name?: string | undefined; arguments?: string | undefined },
  first: boolean,
): RunEvent {
  const call = first
    ? { index, id: fragment.id, type: 'function', function: { name: fragment.name ?? '', arguments: fragment.arguments ?? '', output: null } }
    : { index, type: 'function', function: { arguments: fragment.arguments ?? '' } };
  return stepDelta(step, call);
}

/** The `thread.run.step.delta` that shows a call of a tool the server runs, or a part of one (see `hostedCallFragment`). */
export function hostedCallDelta(step: RunStep, index: number, call: object): RunEvent {
  return stepDelta(step, { index, ...call });
}

function stepDelta(step: RunStep, call: object): RunEvent {
  return {
    event: 'thread.run.step.delta',
    data: { id: step.id, object: 'thread.run.step.delta', delta: { step_details: { type: 'tool_calls', tool_calls: [call] } } },
  };
}

export interface FunctionCall {
  id: string;
  name: string;
  arguments: string;
}

/** A caller's function call as its tool-calls step lists it, before its output is submitted. */
export function functionStepCall(call: FunctionCall): StepToolCall {
  return { id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments, output: null } };
}

/**
 * The run waits for the outputs of `waitingFor`; its tool-calls step lists `toolCalls` (those
 * and the calls of hosted tools, already answered).
 */
export function requireAction(
  run: Run,
  step: RunStep,
  toolCalls: StepToolCall[],
  waitingFor: readonly FunctionCall[],
): { run: Run; step: RunStep; events: RunEvent[] } {
  const waiting: Run = {
    ...run,
    status: 'requires_action',
    required_action: {
      type: 'submit_tool_outputs',
      submit_tool_outputs: {
        tool_calls: waitingFor.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })),
      },
    },
  };
  return { run: waiting, step: { ...step, step_details: { type: 'tool_calls', tool_calls: toolCalls } }, events: [runEvent(waiting)] };
}

/** A tool-calls step whose calls were all the server's own: completed, and the run goes on. */
export function completeHostedStep(step: RunStep, toolCalls: StepToolCall[], now: number, usage: Usage): { step: RunStep; events: RunEvent[] } {
  return completeStep({ ...step, step_details: { type: 'tool_calls', tool_calls: toolCalls } }, now, usage);
}

/** The run's tool-calls step with the submitted outputs, completed; the run queued again. */
export function acceptToolOutputs(
  run: Run,
  step: RunStep,
  outputs: ReadonlyMap<string, string>,
  usage: Usage,
  now: number,
): { run: Run; step: RunStep; events: RunEvent[] } {
  const details = step.step_details;
  const toolCalls =
    details.type === 'tool_calls'
      ? details.tool_calls.map((call) =>
          call.type === 'function' ? { ...call, function: { ...call.function, output: outputs.get(call.id) ?? call.function.output ?? null } } : call,
        )
      : [];
  const completed = completeStep({ ...step, step_details: { type: 'tool_calls', tool_calls: toolCalls } }, now, usage);
  const queued: Run = { ...run, status: 'queued', required_action: null };
  return { run: queued, step: completed.step, events: [...completed.events, runEvent(queued)] };
}

export function completeRun(run: Run, steps: readonly RunStep[], now: number): { run: Run; events: RunEvent[] } {
  const completed: Run = {
    ...run,
    status: 'completed',
    completed_at: now,
    expires_at: null,
    required_action: null,
    usage: sumUsage(steps.map((step) => step.usage)),
  };
  return { run: completed, events: [runEvent(completed)] };
}

/** The run stopped at a token limit: `incomplete`, naming the limit. */
export function incompleteRun(
  run: Run,
  steps: readonly RunStep[],
  reason: 'max_completion_tokens' | 'max_prompt_tokens',
): { run: Run; events: RunEvent[] } {
  const incomplete: Run = {
    ...run,
    status: 'incomplete',
    incomplete_details: { reason },
    expires_at: null,
    required_action: null,
    usage: sumUsage(steps.map((step) => step.usage)),
  };
  return { run: incomplete, events: [runEvent(incomplete)] };
}

export function cancelling(run: Run): { run: Run; events: RunEvent[] } {
  const changed: Run = { ...run, status: 'cancelling' };
  return { run: changed, events: [runEvent(changed)] };
}

/**
 * Ends a run as failed, cancelled or expired: its open steps end the same way, and the messages it
 * was still writing become `incomplete` (their text so far is kept).
 */
export function endRun(
  run: Run,
  status: EndStatus,
  steps: readonly RunStep[],
  openMessages: readonly Message[],
  now: number,
): { run: Run; steps: RunStep[]; messages: Message[]; events: RunEvent[] } {
  const events: RunEvent[] = [];
  const endedSteps = steps.map((step) => {
    if (step.status !== 'in_progress') return step;
    const ended: RunStep = { ...step, status };
    if (status === 'failed') {
      ended.failed_at = now;
      const code = run.last_error?.code === 'rate_limit_exceeded' ? 'rate_limit_exceeded' : 'server_error';
      ended.last_error = { code, message: run.last_error?.message ?? 'The run failed.' };
    } else if (status === 'cancelled') ended.cancelled_at = now;
    else ended.expired_at = now;
    events.push({ event: `thread.run.step.${status}`, data: ended });
    return ended;
  });
  const messages = openMessages.map((message) => {
    const ended: Message = { ...message, status: 'incomplete', incomplete_at: now, incomplete_details: { reason: MESSAGE_REASON[status] } };
    events.push({ event: 'thread.message.incomplete', data: ended });
    return ended;
  });
  const ended: Run = {
    ...run,
    status,
    failed_at: status === 'failed' ? now : run.failed_at,
    cancelled_at: status === 'cancelled' ? now : run.cancelled_at,
    expires_at: null,
    required_action: null,
    usage: sumUsage(endedSteps.map((step) => step.usage)),
  };
  events.push(runEvent(ended));
  return { run: ended, steps: endedSteps.filter((step, index) => step !== steps[index]), messages, events };
}
