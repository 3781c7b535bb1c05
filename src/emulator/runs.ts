/**
 * The run lifecycle engine (semantics §4):
 *   queued → in_progress → completed | failed | requires_action
 *   requires_action --submit_tool_outputs--> queued → in_progress → …
 *   queued | in_progress | requires_action --cancel--> cancelling → cancelled
 *   any active state --clock passes expires_at--> expired
 * Each step waits `stepDelayMs` (times the model's pace) on a timer, one timer per run. Every
 * change is written to the store and emitted to the run's listeners (the open SSE streams).
 * Expiry is checked by `sweep` on every read of a thread's runs and by the timers.
 */
import type { Message, Run, RunStep, StepToolCall, Tool, ToolChoice, Usage } from '../openai/schemas.js';
import { invalidRequest, wrongState } from './errors.js';
import { newId } from './ids.js';
import type { AssistantModel, ModelInput, ModelOutput, ModelToolResult, ModelUsage } from './model.js';
import { addMessage, checkMessageFiles, getAssistant, getRun, getThread, messageText } from './resources.js';
import type { EmulatorStore } from './store.js';
import { endsStream } from './streaming.js';
import type { CreateRunInput, RunOptionsInput } from './validation.js';

export type RunListener = (event: string, data: unknown) => void;

const MAX_TIMER_MS = 2 ** 31 - 1;

const ACTIVE_STATUSES: ReadonlySet<string> = new Set(['queued', 'in_progress', 'requires_action', 'cancelling']);

export interface RunEngineOptions {
  store: EmulatorStore;
  model: AssistantModel;
  clock: () => number;
  runTtlSeconds: number;
  stepDelayMs: number;
}

/** A run's configuration, resolved against its assistant and checked, before anything is written. */
export interface PreparedRun {
  assistantId: string;
  fields: Pick<
    Run,
    | 'model'
    | 'instructions'
    | 'tools'
    | 'file_ids'
    | 'metadata'
    | 'temperature'
    | 'max_prompt_tokens'
    | 'max_completion_tokens'
    | 'truncation_strategy'
    | 'tool_choice'
    | 'response_format'
  >;
}

type EndStatus = 'failed' | 'cancelled' | 'expired';

const MESSAGE_REASON: Record<EndStatus, string> = {
  failed: 'run_failed',
  cancelled: 'run_cancelled',
  expired: 'run_expired',
};

function checkToolChoice(choice: ToolChoice, tools: readonly Tool[]): void {
  if (typeof choice === 'string') return;
  if (choice.type === 'function') {
    const name = choice.function?.name;
    if (name === undefined) {
      throw invalidRequest(`Missing required parameter: 'tool_choice.function'.`, 'tool_choice.function', 'missing_required_parameter');
    }
    if (!tools.some((tool) => tool.type === 'function' && tool.function.name === name)) {
      throw invalidRequest(
        `Invalid 'tool_choice': the function '${name}' is not among the run's tools.`,
        'tool_choice',
        'invalid_value',
      );
    }
  } else if (!tools.some((tool) => tool.type === choice.type)) {
    throw invalidRequest(`Invalid 'tool_choice': the run has no '${choice.type}' tool.`, 'tool_choice', 'invalid_value');
  }
}

function sumUsage(usages: ReadonlyArray<Usage | null | undefined>): Usage {
  const total: Usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  for (const usage of usages) {
    if (!usage) continue;
    total.prompt_tokens += usage.prompt_tokens;
    total.completion_tokens += usage.completion_tokens;
    total.total_tokens += usage.total_tokens;
  }
  return total;
}

function toUsage(usage: ModelUsage): Usage {
  return { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
}

/** The reply cut into word-sized deltas whose concatenation is exactly the reply. */
export function splitIntoChunks(text: string): string[] {
  const chunks: string[] = [...(text.match(/\s*\S+/g) ?? [])];
  const rest = text.slice(chunks.join('').length);
  if (rest !== '') {
    if (chunks.length > 0) chunks[chunks.length - 1] += rest;
    else chunks.push(rest);
  }
  return chunks;
}

export class RunEngine {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly listeners = new Map<string, Set<RunListener>>();
  /** Usage of tool-call steps, recorded when the step completes. */
  private readonly pendingStepUsage = new Map<string, Usage>();
  private closed = false;

  constructor(private readonly options: RunEngineOptions) {}

  private get store(): EmulatorStore {
    return this.options.store;
  }

  now(): number {
    return Math.floor(this.options.clock() / 1000);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.listeners.clear();
  }

  subscribe(runId: string, listener: RunListener): void {
    let set = this.listeners.get(runId);
    if (!set) {
      set = new Set();
      this.listeners.set(runId, set);
    }
    set.add(listener);
  }

  unsubscribe(runId: string, listener: RunListener): void {
    this.listeners.get(runId)?.delete(listener);
  }

  private emit(runId: string, event: string, data: unknown): void {
    for (const listener of [...(this.listeners.get(runId) ?? [])]) listener(event, data);
    if (endsStream(event)) this.listeners.delete(runId);
  }

  private schedule(runId: string, delayMs: number, task: () => void | Promise<void>): void {
    this.clearTimer(runId);
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(runId);
      // A failing step must not take the host process down; the run just stays where it was.
      void Promise.resolve(task()).catch(() => undefined);
    }, delayMs);
    this.timers.set(runId, timer);
  }

  private clearTimer(runId: string): void {
    const timer = this.timers.get(runId);
    if (timer) clearTimeout(timer);
    this.timers.delete(runId);
  }

  /** Stops the timers of a thread's runs before the thread is deleted. */
  forgetThread(scope: string, threadId: string): void {
    for (const run of this.store.runs.list(scope, threadId)) {
      this.clearTimer(run.id);
      this.listeners.delete(run.id);
    }
  }

  /** Expires the thread's active runs whose `expires_at` has passed. */
  sweep(scope: string, threadId: string): void {
    const nowMs = this.options.clock();
    for (const run of this.store.runs.list(scope, threadId)) {
      if (ACTIVE_STATUSES.has(run.status) && run.expires_at != null && nowMs >= run.expires_at * 1000) {
        this.end(scope, run, 'expired');
      }
    }
  }

  /** The thread's active run, if any (after expiring overdue ones). */
  activeRun(scope: string, threadId: string): Run | undefined {
    this.sweep(scope, threadId);
    return this.store.runs.list(scope, threadId).find((run) => ACTIVE_STATUSES.has(run.status));
  }

  /** Resolves a run's settings against its assistant; throws the 404/400 upstream would send. */
  prepare(scope: string, body: RunOptionsInput): PreparedRun {
    const assistant = getAssistant(this.store, scope, body.assistant_id);
    const tools = body.tools ?? assistant.tools;
    const toolChoice = body.tool_choice ?? 'auto';
    checkToolChoice(toolChoice, tools);
    const rawFormat = body.response_format ?? 'auto';
    const responseFormat = typeof rawFormat === 'string' ? rawFormat : { type: rawFormat.type ?? 'text' };
    if (typeof responseFormat === 'object' && responseFormat.type === 'json_object' && tools.some((tool) => tool.type !== 'function')) {
      throw invalidRequest(
        `Invalid 'response_format': 'json_object' is only compatible with 'function' tools.`,
        'response_format',
        'invalid_value',
      );
    }
    const base = body.instructions ?? assistant.instructions ?? '';
    const extra = ('additional_instructions' in body ? body.additional_instructions : null) ?? '';
    return {
      assistantId: assistant.id,
      fields: {
        model: body.model ?? assistant.model,
        instructions: base !== '' && extra !== '' ? `${base}\n${extra}` : base + extra,
        tools,
        file_ids: assistant.file_ids,
        metadata: body.metadata ?? {},
        temperature: body.temperature ?? 1,
        max_prompt_tokens: body.max_prompt_tokens ?? null,
        max_completion_tokens: body.max_completion_tokens ?? null,
        truncation_strategy: body.truncation_strategy
          ? { type: body.truncation_strategy.type, last_messages: body.truncation_strategy.last_messages ?? null }
          : { type: 'auto', last_messages: null },
        tool_choice: toolChoice,
        response_format: responseFormat,
      },
    };
  }

  /** createRun: checks the thread is free, adds `additional_messages`, then starts the run. */
  createRun(
    scope: string,
    threadId: string,
    body: CreateRunInput,
    listener?: RunListener,
  ): Run {
    getThread(this.store, scope, threadId);
    const active = this.activeRun(scope, threadId);
    if (active) throw wrongState(`Thread ${threadId} already has an active run ${active.id}.`);
    const prepared = this.prepare(scope, body);
    checkMessageFiles(body.additional_messages ?? [], 'additional_messages');
    for (const message of body.additional_messages ?? []) addMessage(this.store, scope, threadId, message, this.now());
    return this.start(scope, threadId, prepared, listener);
  }

  /** Writes a new queued run and sets its lifecycle going. */
  start(scope: string, threadId: string, prepared: PreparedRun, listener?: RunListener): Run {
    const now = this.now();
    const run: Run = {
      id: newId('run'),
      object: 'thread.run',
      created_at: now,
      thread_id: threadId,
      assistant_id: prepared.assistantId,
      status: 'queued',
      required_action: null,
      last_error: null,
      expires_at: now + this.options.runTtlSeconds,
      started_at: null,
      cancelled_at: null,
      failed_at: null,
      completed_at: null,
      incomplete_details: null,
      usage: null,
      ...prepared.fields,
    };
    this.store.runs.put(scope, threadId, run.id, run);
    if (listener) this.subscribe(run.id, listener);
    this.emit(run.id, 'thread.run.created', run);
    this.emit(run.id, 'thread.run.queued', run);
    this.scheduleBegin(scope, run);
    return run;
  }

  private scheduleBegin(scope: string, run: Run): void {
    const threadId = run.thread_id;
    this.schedule(run.id, this.options.stepDelayMs, () => this.begin(scope, threadId, run.id));
  }

  /** Reloads a run for a timer task: undefined when it was deleted, expired or left `status`. */
  private reload(scope: string, threadId: string, runId: string, status: string): Run | undefined {
    this.sweep(scope, threadId);
    const run = this.store.runs.get(scope, threadId, runId);
    return run?.status === status ? run : undefined;
  }

  private modelInput(scope: string, run: Run): ModelInput {
    const messages = this.store.messages
      .list(scope, run.thread_id)
      .sort((a, b) => a.created_at - b.created_at)
      .map((message) => ({ role: message.role, text: messageText(message) }));
    const toolResults: ModelToolResult[] = [];
    for (const step of this.store.steps.list(scope, run.id)) {
      if (step.step_details.type !== 'tool_calls') continue;
      for (const call of step.step_details.tool_calls) {
        if (call.type === 'function' && call.function.output != null) {
          toolResults.push({ name: call.function.name, arguments: call.function.arguments, output: call.function.output });
        }
      }
    }
    return {
      instructions: run.instructions ?? '',
      tools: run.tools,
      messages,
      toolResults,
      toolChoice: run.tool_choice ?? 'auto',
    };
  }

  private async begin(scope: string, threadId: string, runId: string): Promise<void> {
    const run = this.reload(scope, threadId, runId, 'queued');
    if (!run) return;
    run.status = 'in_progress';
    run.started_at ??= this.now();
    this.store.runs.put(scope, threadId, run.id, run);
    this.emit(run.id, 'thread.run.in_progress', run);
    const input = this.modelInput(scope, run);
    const pace = this.options.model.pace?.(input) ?? 1;
    let output: ModelOutput;
    try {
      output = await this.options.model.respond(input);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      output = { type: 'error', code: 'server_error', message, usage: { prompt_tokens: 0, completion_tokens: 0 } };
    }
    if (this.closed || !this.reload(scope, threadId, runId, 'in_progress')) return;
    this.schedule(runId, this.options.stepDelayMs * pace, () => this.act(scope, threadId, runId, output));
  }

  private act(scope: string, threadId: string, runId: string, output: ModelOutput): void {
    const run = this.reload(scope, threadId, runId, 'in_progress');
    if (!run) return;
    if (output.type === 'error') {
      run.last_error = { code: output.code, message: output.message };
      this.end(scope, run, 'failed');
    } else if (output.type === 'tool_calls') {
      this.requestToolCalls(scope, run, output.calls, toUsage(output.usage));
    } else {
      this.writeMessage(scope, run, output.text, toUsage(output.usage));
    }
  }

  private newStep(run: Run, details: RunStep['step_details']): RunStep {
    return {
      id: newId('step'),
      object: 'thread.run.step',
      created_at: this.now(),
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

  private requestToolCalls(scope: string, run: Run, calls: Array<{ name: string; arguments: string }>, usage: Usage): void {
    const toolCalls: StepToolCall[] = calls.map((call) => ({
      id: newId('call'),
      type: 'function',
      function: { name: call.name, arguments: call.arguments, output: null },
    }));
    const step = this.newStep(run, { type: 'tool_calls', tool_calls: toolCalls });
    this.store.steps.put(scope, run.id, step.id, step);
    this.pendingStepUsage.set(step.id, usage);
    this.emit(run.id, 'thread.run.step.created', step);
    this.emit(run.id, 'thread.run.step.in_progress', step);
    toolCalls.forEach((call, index) => {
      this.emit(run.id, 'thread.run.step.delta', {
        id: step.id,
        object: 'thread.run.step.delta',
        delta: { step_details: { type: 'tool_calls', tool_calls: [{ index, ...call }] } },
      });
    });
    run.status = 'requires_action';
    run.required_action = {
      type: 'submit_tool_outputs',
      submit_tool_outputs: {
        tool_calls: toolCalls.flatMap((call) =>
          call.type === 'function'
            ? [{ id: call.id, type: 'function' as const, function: { name: call.function.name, arguments: call.function.arguments } }]
            : [],
        ),
      },
    };
    this.store.runs.put(scope, run.thread_id, run.id, run);
    this.emit(run.id, 'thread.run.requires_action', run);
    this.watchExpiry(scope, run.thread_id, run.id);
  }

  /** Expires a run left in `requires_action` once the clock passes `expires_at`, without a read. */
  private watchExpiry(scope: string, threadId: string, runId: string): void {
    const run = this.store.runs.get(scope, threadId, runId);
    if (run?.status !== 'requires_action' || run.expires_at == null) return;
    // setTimeout fires at once beyond 2^31-1 ms, so a very long TTL is waited out in capped slices.
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, run.expires_at * 1000 - this.options.clock()));
    this.schedule(runId, wait, () => {
      this.sweep(scope, threadId);
      this.watchExpiry(scope, threadId, runId);
    });
  }

  private writeMessage(scope: string, run: Run, text: string, usage: Usage): void {
    const now = this.now();
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
    const step = this.newStep(run, { type: 'message_creation', message_creation: { message_id: message.id } });
    this.store.messages.put(scope, run.thread_id, message.id, message);
    this.store.steps.put(scope, run.id, step.id, step);
    this.emit(run.id, 'thread.run.step.created', step);
    this.emit(run.id, 'thread.run.step.in_progress', step);
    this.emit(run.id, 'thread.message.created', message);
    this.emit(run.id, 'thread.message.in_progress', message);
    this.writeChunks(scope, run, message.id, step.id, splitIntoChunks(text), 0, usage);
  }

  private writeChunks(scope: string, run: Run, messageId: string, stepId: string, chunks: string[], index: number, usage: Usage): void {
    const threadId = run.thread_id;
    const current = this.reload(scope, threadId, run.id, 'in_progress');
    const message = this.store.messages.get(scope, threadId, messageId);
    if (!current || !message) return;
    const chunk = chunks[index];
    if (chunk === undefined) {
      this.complete(scope, current, message, stepId, usage);
      return;
    }
    const first = message.content[0];
    const value = (first?.type === 'text' ? first.text.value : '') + chunk;
    message.content = [{ type: 'text', text: { value, annotations: [] } }];
    this.store.messages.put(scope, threadId, message.id, message);
    const text = index === 0 ? { value: chunk, annotations: [] } : { value: chunk };
    this.emit(run.id, 'thread.message.delta', {
      id: message.id,
      object: 'thread.message.delta',
      delta: { content: [{ index: 0, type: 'text', text }] },
    });
    this.schedule(run.id, Math.ceil(this.options.stepDelayMs / 10), () =>
      this.writeChunks(scope, current, messageId, stepId, chunks, index + 1, usage),
    );
  }

  private complete(scope: string, run: Run, message: Message, stepId: string, usage: Usage): void {
    const now = this.now();
    message.status = 'completed';
    message.completed_at = now;
    this.store.messages.put(scope, run.thread_id, message.id, message);
    this.emit(run.id, 'thread.message.completed', message);
    const step = this.store.steps.get(scope, run.id, stepId);
    if (step) {
      step.status = 'completed';
      step.completed_at = now;
      step.usage = usage;
      this.store.steps.put(scope, run.id, step.id, step);
      this.emit(run.id, 'thread.run.step.completed', step);
    }
    run.status = 'completed';
    run.completed_at = now;
    run.expires_at = null;
    run.required_action = null;
    run.usage = sumUsage(this.store.steps.list(scope, run.id).map((s) => s.usage));
    this.store.runs.put(scope, run.thread_id, run.id, run);
    this.emit(run.id, 'thread.run.completed', run);
  }

  /** Ends a run as failed, cancelled or expired, closing its open steps and messages. */
  private end(scope: string, run: Run, status: EndStatus): void {
    this.clearTimer(run.id);
    const now = this.now();
    for (const step of this.store.steps.list(scope, run.id)) {
      if (step.status !== 'in_progress') continue;
      step.status = status;
      if (status === 'failed') {
        step.failed_at = now;
        const code = run.last_error?.code === 'rate_limit_exceeded' ? 'rate_limit_exceeded' : 'server_error';
        step.last_error = { code, message: run.last_error?.message ?? 'The run failed.' };
      } else if (status === 'cancelled') step.cancelled_at = now;
      else step.expired_at = now;
      this.pendingStepUsage.delete(step.id);
      this.store.steps.put(scope, run.id, step.id, step);
      this.emit(run.id, `thread.run.step.${status}`, step);
    }
    for (const message of this.store.messages.list(scope, run.thread_id)) {
      if (message.run_id !== run.id || message.status !== 'in_progress') continue;
      message.status = 'incomplete';
      message.incomplete_at = now;
      message.incomplete_details = { reason: MESSAGE_REASON[status] };
      this.store.messages.put(scope, run.thread_id, message.id, message);
      this.emit(run.id, 'thread.message.incomplete', message);
    }
    run.status = status;
    if (status === 'failed') run.failed_at = now;
    else if (status === 'cancelled') run.cancelled_at = now;
    run.expires_at = null;
    run.required_action = null;
    run.usage = sumUsage(this.store.steps.list(scope, run.id).map((s) => s.usage));
    this.store.runs.put(scope, run.thread_id, run.id, run);
    this.emit(run.id, `thread.run.${status}`, run);
  }

  submitToolOutputs(
    scope: string,
    threadId: string,
    runId: string,
    outputs: ReadonlyArray<{ tool_call_id: string; output?: string | undefined }>,
    listener?: RunListener,
  ): Run {
    this.sweep(scope, threadId);
    const run = getRun(this.store, scope, threadId, runId);
    if (run.status !== 'requires_action') throw wrongState(`Runs in status "${run.status}" do not accept tool outputs.`);
    const pending = run.required_action?.submit_tool_outputs.tool_calls.map((call) => call.id) ?? [];
    const given = new Map<string, string>();
    outputs.forEach((output, index) => {
      const param = `tool_outputs[${index}].tool_call_id`;
      if (!pending.includes(output.tool_call_id)) {
        throw invalidRequest(`No tool call with id '${output.tool_call_id}' is pending on run ${run.id}.`, param, 'invalid_value');
      }
      if (given.has(output.tool_call_id)) {
        throw invalidRequest(`Duplicate output for tool call '${output.tool_call_id}'.`, param, 'invalid_value');
      }
      given.set(output.tool_call_id, output.output ?? '');
    });
    const missing = pending.filter((id) => !given.has(id));
    if (missing.length > 0) {
      const list = (ids: readonly string[]): string => `[${ids.map((id) => `'${id}'`).join(', ')}]`;
      throw invalidRequest(
        `Expected tool outputs for call_ids ${list(pending)}, got ${list([...given.keys()])}. Missing: ${list(missing)}.`,
        'tool_outputs',
        'invalid_value',
      );
    }
    this.clearTimer(run.id);
    if (listener) this.subscribe(run.id, listener);
    const now = this.now();
    for (const step of this.store.steps.list(scope, run.id)) {
      if (step.status !== 'in_progress' || step.step_details.type !== 'tool_calls') continue;
      for (const call of step.step_details.tool_calls) {
        if (call.type === 'function') call.function.output = given.get(call.id) ?? call.function.output ?? null;
      }
      step.status = 'completed';
      step.completed_at = now;
      step.usage = this.pendingStepUsage.get(step.id) ?? { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
      this.pendingStepUsage.delete(step.id);
      this.store.steps.put(scope, run.id, step.id, step);
      this.emit(run.id, 'thread.run.step.completed', step);
    }
    run.status = 'queued';
    run.required_action = null;
    this.store.runs.put(scope, threadId, run.id, run);
    this.emit(run.id, 'thread.run.queued', run);
    this.scheduleBegin(scope, run);
    return run;
  }

  cancel(scope: string, threadId: string, runId: string): Run {
    this.sweep(scope, threadId);
    const run = getRun(this.store, scope, threadId, runId);
    if (!['queued', 'in_progress', 'requires_action'].includes(run.status)) {
      throw wrongState(`Cannot cancel run with status '${run.status}'.`);
    }
    run.status = 'cancelling';
    this.store.runs.put(scope, threadId, run.id, run);
    this.emit(run.id, 'thread.run.cancelling', run);
    this.schedule(run.id, this.options.stepDelayMs, () => {
      const current = this.reload(scope, threadId, runId, 'cancelling');
      if (current) this.end(scope, current, 'cancelled');
    });
    return run;
  }
}
