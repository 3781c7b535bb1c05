/**
 * One model answer turned into v1 objects as it streams: the message-creation (or tool-calls) step
 * and its message are created on the first delta, every text delta is appended and sent on at once
 * (with the citations its source markers make) and written with the run's next transaction, and
 * tool-call fragments are joined by index. What
 * follows is decided from the calls received, never from the model's finish reason (servers send
 * `stop` with calls): calls of hosted tools are executed and the model asked again; calls of the
 * caller's functions make the run require action.
 */
import type { Message, Run, Usage } from '../../v1/schemas.js';
import { newId } from '../ids.js';
import type { FinishReason, ModelEvent } from '../model/model.js';
import { ModelError } from '../model/model.js';
import type { HostedCall, StoreTables } from '../store/store.js';
import { CitationWriter } from './citations.js';
import type { HostedTools } from './hosted-tools.js';
import { hostedCallFragment, hostedStepCall } from './hosted-tools.js';
import type { Change, EndStatus, FunctionCall, RunEvent } from './transitions.js';
import {
  appendText,
  completeHostedStep,
  completeRun,
  completeStep,
  finishMessage,
  functionStepCall,
  hostedCallDelta,
  incompleteRun,
  newRunMessage,
  newToolCallsStep,
  requireAction,
  toolCallDelta,
  usageOf,
  ZERO_USAGE,
} from './transitions.js';

type ToolCallEvent = Extract<ModelEvent, { type: 'tool_call' }>;

/** What an answer needs of the run engine: a narrow port, so that the two do not import each other. */
export interface AnswerEngine {
  /** Unix seconds on the engine's clock. */
  now(): number;
  /** One transaction on the run; undefined when the run is gone (or expired instead). */
  change<T>(scope: string, threadId: string, runId: string, work: (tx: StoreTables, run: Run) => Promise<Change<T> | undefined>): Promise<T | undefined>;
  /** Ends the run inside a transaction. */
  endIn(tx: StoreTables, scope: string, run: Run, status: EndStatus): Promise<RunEvent[]>;
  /** Sends a text delta of the run's open message now; `message`, with it, is written by the run's next transaction. */
  streamText(scope: string, run: Run, message: Message, events: readonly RunEvent[]): void;
  /** Ends the run `incomplete` for a token limit. */
  stopIncomplete(scope: string, run: Run, reason: 'max_completion_tokens' | 'max_prompt_tokens'): Promise<void>;
}

/** A call as the model made it, by its index in the answer; `hosted` when the server executes it. */
interface ModelCall extends FunctionCall {
  index: number;
  hosted: boolean;
}

/** After the model's answer: the run ended or waits (`settled`), or hosted calls were answered and the model is asked again. */
export type AnswerOutcome = 'settled' | 'ask_again';

/** The message an answer writes; `written`: as streamed so far (its content is what the answer writes). */
interface OpenMessage {
  id: string;
  stepId: string;
  citations: CitationWriter;
  written: Message;
}

/** What the work of an answer's transactions changes of the answer. */
interface AnswerState {
  message: OpenMessage | undefined;
  toolStepId: string | undefined;
  calls: ModelCall[];
  imagesShown: boolean;
}

export class Answer {
  /** The open message. */
  private message: OpenMessage | undefined;
  private toolStepId: string | undefined;
  private readonly calls = new Map<number, ModelCall>();
  private usage: Usage = ZERO_USAGE;
  /** The figures of the run's code go into the first message the answer finishes. */
  private imagesShown = false;
  private reason: FinishReason = 'stop';

  constructor(
    private readonly engine: AnswerEngine,
    private readonly scope: string,
    private readonly run: Run,
    private readonly hosted: HostedTools,
  ) {}

  /**
   * A transaction on the run, only while it is still in progress. A store may run it again after a
   * conflict (PostgreSQL): each attempt starts from the answer's state as it was before the first.
   */
  private whileInProgress(work: (tx: StoreTables, run: Run) => Promise<RunEvent[]>): Promise<boolean | undefined> {
    const before = this.state();
    return this.engine.change(this.scope, this.run.thread_id, this.run.id, async (tx, run) => {
      this.restore(before);
      return run.status === 'in_progress' ? { events: await work(tx, run), result: true } : undefined;
    });
  }

  /** What a transaction's work changes of the answer, copied. */
  private state(): AnswerState {
    return {
      message: this.message && { ...this.message, citations: this.message.citations.copy() },
      toolStepId: this.toolStepId,
      calls: [...this.calls.values()].map((call) => ({ ...call })),
      imagesShown: this.imagesShown,
    };
  }

  /** Back to `state`, copied again: a further attempt starts from it too. */
  private restore(state: AnswerState): void {
    this.message = state.message && { ...state.message, citations: state.message.citations.copy() };
    this.toolStepId = state.toolStepId;
    this.calls.clear();
    for (const call of state.calls) this.calls.set(call.index, { ...call });
    this.imagesShown = state.imagesShown;
  }

  async apply(event: ModelEvent): Promise<void> {
    if (event.type === 'text') {
      if (event.delta !== '') await this.text(event.delta);
    } else if (event.type === 'tool_call') await this.toolCall(event);
    else if (event.type === 'usage') this.usage = usageOf(event.promptTokens, event.completionTokens);
    else this.reason = event.reason;
  }

  /** The first delta creates the step and its message in a transaction; the others are sent at once. */
  private async text(delta: string): Promise<void> {
    const open = this.message;
    if (open) {
      const cited = open.citations.push(delta);
      // All of it may be the start of a marker: its text comes with the rest.
      if (cited.text === '') return;
      const appended = appendText(open.written, cited.text, cited.annotations);
      open.written = appended.message;
      this.engine.streamText(this.scope, this.run, appended.message, appended.events);
      return;
    }
    await this.whileInProgress(async (tx, run) => {
      const created = newRunMessage(run, this.engine.now());
      await tx.steps.put(this.scope, run.id, created.step.id, created.step);
      const citations = new CitationWriter(this.hosted.sources, this.hosted.links);
      const cited = citations.push(delta);
      const appended = cited.text === '' ? { message: created.message, events: [] } : appendText(created.message, cited.text, cited.annotations);
      await tx.messages.put(this.scope, run.thread_id, created.message.id, appended.message);
      this.message = { id: created.message.id, stepId: created.step.id, citations, written: appended.message };
      return [...created.events, ...appended.events];
    });
  }

  private async toolCall(fragment: ToolCallEvent): Promise<void> {
    await this.whileInProgress(async (tx, run) => {
      const events = await this.closeMessage(tx, run, false, ZERO_USAGE);
      if (this.toolStepId === undefined) {
        const created = newToolCallsStep(run, this.engine.now());
        await tx.steps.put(this.scope, run.id, created.step.id, created.step);
        this.toolStepId = created.step.id;
        events.push(...created.events);
      }
      const step = await tx.steps.get(this.scope, run.id, this.toolStepId);
      if (!step) return events;
      const known = this.calls.get(fragment.index);
      if (known) {
        const before = known.arguments;
        known.arguments += fragment.arguments ?? '';
        if (known.name === '') known.name = fragment.name ?? '';
        if (!known.hosted) events.push(toolCallDelta(step, fragment.index, fragment, false));
        else {
          const shown = hostedCallFragment(known, before);
          if (shown) events.push(hostedCallDelta(step, fragment.index, shown));
        }
        return events;
      }
      // The server's call id is kept; one is made only where it sent none (or an empty one).
      const id = fragment.id !== undefined && fragment.id !== '' ? fragment.id : newId('call');
      const name = fragment.name ?? '';
      const call: ModelCall = { id, index: fragment.index, name, arguments: fragment.arguments ?? '', hosted: this.hosted.runs(name) };
      this.calls.set(fragment.index, call);
      events.push(call.hosted ? hostedCallDelta(step, fragment.index, hostedStepCall(call)) : toolCallDelta(step, fragment.index, { ...fragment, id }, true));
      return events;
    });
  }

  /** Finishes the open message (if any) and its step. */
  private async closeMessage(tx: StoreTables, run: Run, truncated: boolean, usage: Usage): Promise<RunEvent[]> {
    if (!this.message) return [];
    const { id, stepId } = this.message;
    const events: RunEvent[] = [];
    let message = await tx.messages.get(this.scope, run.thread_id, id);
    const rest = this.message.citations.flush();
    this.message = undefined;
    if (message?.status === 'in_progress' && rest.text !== '') {
      const appended = appendText(message, rest.text, rest.annotations);
      message = appended.message;
      events.push(...appended.events);
    }
    if (message?.status === 'in_progress' && !this.imagesShown) {
      this.imagesShown = true;
      const shown = showImages(message, this.hosted.pendingImages);
      message = shown.message;
      events.push(...shown.events);
    }
    if (message?.status === 'in_progress') {
      const finished = finishMessage(message, this.engine.now(), truncated);
      await tx.messages.put(this.scope, run.thread_id, id, finished.message);
      events.push(...finished.events);
    }
    const step = await tx.steps.get(this.scope, run.id, stepId);
    if (step?.status === 'in_progress') {
      const completed = completeStep(step, this.engine.now(), usage);
      await tx.steps.put(this.scope, run.id, stepId, completed.step);
      events.push(...completed.events);
    }
    return events;
  }

  /** The model finished: the run requires action, completes, ends incomplete at its token limit, or asks again. */
  async finish(signal: AbortSignal): Promise<AnswerOutcome> {
    const truncated = this.reason === 'length';
    const calls = [...this.calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
    if (calls.length > 0 && !truncated && this.toolStepId !== undefined) return this.finishCalls(this.toolStepId, calls, signal);
    await this.whileInProgress(async (tx, run) => {
      const now = this.engine.now();
      const events: RunEvent[] = [];
      if (!this.message && calls.length === 0) {
        const created = newRunMessage(run, now);
        await tx.messages.put(this.scope, run.thread_id, created.message.id, created.message);
        await tx.steps.put(this.scope, run.id, created.step.id, created.step);
        const citations = new CitationWriter(this.hosted.sources, this.hosted.links);
        this.message = { id: created.message.id, stepId: created.step.id, citations, written: created.message };
        events.push(...created.events);
      }
      events.push(...(await this.closeMessage(tx, run, truncated, this.usage)));
      if (this.toolStepId !== undefined) {
        const step = await tx.steps.get(this.scope, run.id, this.toolStepId);
        if (step?.status === 'in_progress') {
          const completed = completeStep(step, now, this.usage);
          await tx.steps.put(this.scope, run.id, step.id, completed.step);
          events.push(...completed.events);
        }
      }
      const steps = await tx.steps.list(this.scope, run.id);
      const ended = truncated ? incompleteRun(run, steps, 'max_completion_tokens') : completeRun(run, steps, now);
      await tx.runs.put(this.scope, run.thread_id, run.id, ended.run);
      return [...events, ...ended.events];
    });
    return 'settled';
  }

  /**
   * The model called tools: hosted calls are executed (outside any transaction: a search may wait
   * on the network) and kept; then the run waits for the caller's function calls, or, with none,
   * the step completes and the model is asked again.
   */
  private async finishCalls(stepId: string, calls: readonly ModelCall[], signal: AbortSignal): Promise<AnswerOutcome> {
    const open = await this.whileInProgress((tx, run) => this.closeMessage(tx, run, false, ZERO_USAGE));
    if (open !== true) return 'settled';
    const answered: HostedCall[] = [];
    let nextSource = this.hosted.nextSourceNumber();
    for (const call of calls.filter((candidate) => candidate.hosted)) {
      const done = await this.hosted.execute(call, nextSource, signal, this.engine.now());
      nextSource += done.sources.length;
      answered.push(done);
    }
    if (signal.aborted) return 'settled';
    const functions = calls.filter((call) => !call.hosted);
    const executed = new Map(answered.map((done) => [done.id, done]));
    const toolCalls = calls.map((call) => (call.hosted ? hostedStepCall(call, executed.get(call.id)) : functionStepCall(call)));
    let outcome: AnswerOutcome = 'settled';
    await this.whileInProgress(async (tx, run) => {
      const step = await tx.steps.get(this.scope, run.id, stepId);
      if (!step) return [];
      if (answered.length > 0) await tx.hostedCalls.put(this.scope, run.id, step.id, { calls: answered });
      const outputs = calls.flatMap((call) => {
        const ran = executed.get(call.id)?.codeInterpreter;
        const shown = ran?.outputs.map((output, index) => ({ index, ...output }));
        return shown ? [hostedCallDelta(step, call.index, { type: 'code_interpreter', code_interpreter: { outputs: shown } })] : [];
      });
      if (functions.length > 0) {
        const waiting = requireAction(run, step, toolCalls, functions);
        await tx.steps.put(this.scope, run.id, step.id, waiting.step);
        await tx.pendingUsage.put(this.scope, run.id, step.id, this.usage);
        await tx.runs.put(this.scope, run.thread_id, run.id, waiting.run);
        return [...outputs, ...waiting.events];
      }
      const completed = completeHostedStep(step, toolCalls, this.engine.now(), this.usage);
      await tx.steps.put(this.scope, run.id, step.id, completed.step);
      outcome = 'ask_again';
      return [...outputs, ...completed.events];
    });
    return outcome;
  }

  /** The model gave up: the run fails with its code (the text so far stays, `incomplete`). */
  async fail(error: unknown): Promise<void> {
    if (error instanceof ModelError && error.code === 'max_prompt_tokens') {
      await this.engine.stopIncomplete(this.scope, this.run, 'max_prompt_tokens');
      return;
    }
    const code = error instanceof ModelError ? error.code : 'server_error';
    const message = error instanceof Error ? error.message : 'The model failed.';
    await this.whileInProgress((tx, run) => this.engine.endIn(tx, this.scope, { ...run, last_error: { code, message } }, 'failed'));
  }
}

/**
 * The message with the figures the run's code showed as `image_file` parts after its text, as v1
 * showed them, and the files its `sandbox:` links name in its `file_ids`.
 */
function showImages(message: Message, images: readonly string[]): { message: Message; events: RunEvent[] } {
  const linked = message.content.flatMap((part) =>
    part.type === 'text' ? part.text.annotations.flatMap((annotation) => (annotation.type === 'file_path' ? [annotation.file_path.file_id] : [])) : [],
  );
  const parts = images.map((fileId) => ({ type: 'image_file' as const, image_file: { file_id: fileId } }));
  const fileIds = [...new Set([...message.file_ids, ...linked])];
  const shown: Message = { ...message, content: [...message.content, ...parts], file_ids: fileIds };
  if (parts.length === 0) return { message: shown, events: [] };
  const content = parts.map((part, index) => ({ index: message.content.length + index, ...part }));
  const event: RunEvent = { event: 'thread.message.delta', data: { id: message.id, object: 'thread.message.delta', delta: { content } } };
  return { message: shown, events: [event] };
}
