/**
 * One model answer turned into v1 objects as it streams: the message-creation (or tool-calls) step
 * and its message are created on the first delta, every text delta is appended and sent on at once,
 * and tool-call fragments are joined by index. Whether the run then requires action is decided
 * from the calls received, never from the model's finish reason (servers send `stop` with calls).
 */
import type { Run, Usage } from '../../v1/schemas.js';
import { newId } from '../ids.js';
import type { FinishReason, ModelEvent } from '../model/model.js';
import { ModelError } from '../model/model.js';
import type { Change, EndStatus, FunctionCall, RunEvent } from './transitions.js';
import {
  appendText,
  completeRun,
  completeStep,
  finishMessage,
  incompleteRun,
  newRunMessage,
  newToolCallsStep,
  requireAction,
  toolCallDelta,
  usageOf,
  ZERO_USAGE,
} from './transitions.js';
import type { StoreTables } from '../store/store.js';

type ToolCallEvent = Extract<ModelEvent, { type: 'tool_call' }>;

/** What an answer needs of the run engine: a narrow port, so that the two do not import each other. */
export interface AnswerEngine {
  /** Unix seconds on the engine's clock. */
  now(): number;
  /** One transaction on the run; undefined when the run is gone (or expired instead). */
  change<T>(scope: string, threadId: string, runId: string, work: (tx: StoreTables, run: Run) => Promise<Change<T> | undefined>): Promise<T | undefined>;
  /** Ends the run inside a transaction. */
  endIn(tx: StoreTables, scope: string, run: Run, status: EndStatus): Promise<RunEvent[]>;
  /** The run no longer needs its timer or model call. */
  release(runId: string): void;
  /** Ends the run `incomplete` for a token limit. */
  stopIncomplete(scope: string, run: Run, reason: 'max_completion_tokens' | 'max_prompt_tokens'): Promise<void>;
}

export class Answer {
  private message: { id: string; stepId: string } | undefined;
  private toolStepId: string | undefined;
  private readonly calls = new Map<number, FunctionCall>();
  private usage: Usage = ZERO_USAGE;
  private reason: FinishReason = 'stop';

  constructor(
    private readonly engine: AnswerEngine,
    private readonly scope: string,
    private readonly run: Run,
  ) {}

  /** A transaction on the run, only while it is still in progress. */
  private whileInProgress(work: (tx: StoreTables, run: Run) => Promise<RunEvent[]>): Promise<boolean | undefined> {
    return this.engine.change(this.scope, this.run.thread_id, this.run.id, async (tx, run) =>
      run.status === 'in_progress' ? { events: await work(tx, run), result: true } : undefined,
    );
  }

  async apply(event: ModelEvent): Promise<void> {
    if (event.type === 'text') {
      if (event.delta !== '') await this.text(event.delta);
    } else if (event.type === 'tool_call') await this.toolCall(event);
    else if (event.type === 'usage') this.usage = usageOf(event.promptTokens, event.completionTokens);
    else this.reason = event.reason;
  }

  private async text(delta: string): Promise<void> {
    await this.whileInProgress(async (tx, run) => {
      const events: RunEvent[] = [];
      let message = this.message ? await tx.messages.get(this.scope, run.thread_id, this.message.id) : undefined;
      if (!this.message) {
        const created = newRunMessage(run, this.engine.now());
        await tx.steps.put(this.scope, run.id, created.step.id, created.step);
        this.message = { id: created.message.id, stepId: created.step.id };
        message = created.message;
        events.push(...created.events);
      }
      if (message?.status !== 'in_progress') return events;
      const appended = appendText(message, delta);
      await tx.messages.put(this.scope, run.thread_id, message.id, appended.message);
      return [...events, ...appended.events];
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
        known.arguments += fragment.arguments ?? '';
        if (known.name === '') known.name = fragment.name ?? '';
      } else {
        // The server's call id is kept; one is made only where it sent none (or an empty one).
        const id = fragment.id !== undefined && fragment.id !== '' ? fragment.id : newId('call');
        this.calls.set(fragment.index, { id, name: fragment.name ?? '', arguments: fragment.arguments ?? '' });
      }
      events.push(toolCallDelta(step, fragment.index, { ...fragment, id: this.calls.get(fragment.index)?.id }, !known));
      return events;
    });
  }

  /** Finishes the open message (if any) and its step. */
  private async closeMessage(tx: StoreTables, run: Run, truncated: boolean, usage: Usage): Promise<RunEvent[]> {
    if (!this.message) return [];
    const { id, stepId } = this.message;
    this.message = undefined;
    const events: RunEvent[] = [];
    const message = await tx.messages.get(this.scope, run.thread_id, id);
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

  /** The model finished: the run requires action, completes, or ends incomplete at its token limit. */
  async finish(): Promise<void> {
    const truncated = this.reason === 'length';
    const calls = [...this.calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
    await this.whileInProgress(async (tx, run) => {
      const now = this.engine.now();
      if (calls.length > 0 && !truncated && this.toolStepId !== undefined) {
        const events = await this.closeMessage(tx, run, false, ZERO_USAGE);
        const step = await tx.steps.get(this.scope, run.id, this.toolStepId);
        if (!step) return events;
        const waiting = requireAction(run, step, calls);
        await tx.steps.put(this.scope, run.id, step.id, waiting.step);
        await tx.pendingUsage.put(this.scope, run.id, step.id, this.usage);
        await tx.runs.put(this.scope, run.thread_id, run.id, waiting.run);
        return [...events, ...waiting.events];
      }
      const events: RunEvent[] = [];
      if (!this.message && calls.length === 0) {
        const created = newRunMessage(run, now);
        await tx.messages.put(this.scope, run.thread_id, created.message.id, created.message);
        await tx.steps.put(this.scope, run.id, created.step.id, created.step);
        this.message = { id: created.message.id, stepId: created.step.id };
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
      this.engine.release(run.id);
      return [...events, ...ended.events];
    });
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
