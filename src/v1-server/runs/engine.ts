/**
 * Runs runs. Every change is a transaction on the store (read the current objects, apply a pure
 * transition, write), then its events go to the run's listeners. No run state lives outside the
 * store, so `recover()` after a restart picks every run up again. The scheduler owns the waits
 * between lifecycle steps; the model call of an executing run has an AbortController that cancel,
 * expiry, thread deletion and close() abort.
 *
 * One model call: `prompt.ts` builds what the model sees (the thread cut to the run's window), the
 * model streams, and `answer.ts` turns the stream into steps and messages. Hosted tools
 * (`hosted-tools.ts`: `retrieval`, `code_interpreter`) plug in at those two ends: `prompt.ts` offers them to the model
 * as functions, and `Answer.finish` executes the calls made to them, after which the model is
 * asked again, where calls to the caller's functions make the run require action.
 */
import { KNOWN_CONFLICTS } from '../../v1/conflicts.js';
import type { CreateRunBody, CreateThreadAndRunBody } from '../../v1/requests.js';
import type { Message, Run, RunStep, Thread } from '../../v1/schemas.js';
import { ACTIVE_RUN_STATUSES, CANCELLABLE_RUN_STATUSES } from '../../v1/schemas.js';
import { invalidRequest, wrongState } from '../errors.js';
import type { AssistantModel } from '../model/model.js';
import { addMessage, checkMessageFiles, createThread, getAssistant, getRun, getThread } from '../resources.js';
import type { Store, StoreTables } from '../store/store.js';
import { Answer } from './answer.js';
import type { HostedServices } from './hosted-tools.js';
import { HostedTools } from './hosted-tools.js';
import type { AnswerEngine } from './answer.js';
import type { RunEventChannel, RunListener, RunRef } from './events.js';
import { newRun, runSettings } from './prepare.js';
import { messageImages } from './images.js';
import { buildModelInput } from './prompt.js';
import { Scheduler } from './scheduler.js';
import type { Change, EndStatus, RunEvent } from './transitions.js';
import { acceptToolOutputs, cancelling, endRun, incompleteRun, startRun, ZERO_USAGE } from './transitions.js';

/** The default of `RunEngineOptions.textSaveMs`. */
export const DEFAULT_TEXT_SAVE_MS = 100;

/** The status a run is started from: `queued`, or `in_progress` when a restart picks it up again. */
type StartFrom = 'queued' | 'in_progress';

/** A message's content that a run streamed and has not written yet. */
interface HeldText {
  messageId: string;
  content: Message['content'];
  /** Writes it `textSaveMs` after the first unwritten delta. */
  timer: NodeJS.Timeout;
}

export interface RunEngineOptions {
  store: Store;
  /** How the runs' events, cancels and resumes reach listeners and engines: chosen with the store. */
  events: RunEventChannel;
  model: AssistantModel;
  /** What executes hosted calls: where `retrieval` finds passages (the `Retriever`), and the code interpreter where a sandbox serves. */
  hosted: HostedServices;
  /** Milliseconds since the epoch. */
  clock: () => number;
  runTtlSeconds: number;
  /** The wait before a queued run starts and before a cancelling run ends. */
  stepDelayMs: number;
  /**
   * The longest a run's streamed text waits to be written: text deltas are sent at once, and their
   * message is written with the run's next transaction or this much later, whichever is first.
   */
  textSaveMs: number;
  /**
   * A background step failed (the store went away, a bug); the run stays where it was. `requestId`:
   * the request that started or resumed the run, when known.
   */
  onError: (error: unknown, requestId: string | undefined) => void;
}

export class RunEngine implements AnswerEngine {
  readonly events: RunEventChannel;
  private readonly scheduler: Scheduler;
  private readonly modelCalls = new Map<string, AbortController>();
  /** By run: the open message's text not written yet; every transaction on the run (`change`) writes it first. */
  private readonly heldText = new Map<string, HeldText>();
  private readonly executions = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: RunEngineOptions) {
    this.events = options.events;
    this.scheduler = new Scheduler((error) => this.reportError(error, undefined));
  }

  private get store(): Store {
    return this.options.store;
  }

  /** Unix seconds on the engine's clock. */
  now(): number {
    return Math.floor(this.options.clock() / 1000);
  }

  private reportError(error: unknown, requestId: string | undefined): void {
    if (!this.closed) this.options.onError(error, requestId);
  }

  /** Stops every timer and model call, and waits for the executing runs to let go of the store. */
  async close(): Promise<void> {
    this.closed = true;
    this.scheduler.close();
    for (const held of this.heldText.values()) clearTimeout(held.timer);
    this.heldText.clear();
    for (const controller of this.modelCalls.values()) controller.abort();
    await this.events.close();
    await Promise.allSettled([...this.executions]);
  }

  /** Listens to the other instances, then picks up every active run after a start: nothing stays active forever. */
  async recover(): Promise<void> {
    await this.events.open({
      cancelling: (run) => this.cancelledElsewhere(run),
      resumed: (run, requestId) => this.scheduleStart(run, requestId),
    });
    for (const { scope, run } of await this.store.runs.everyWithStatus(ACTIVE_RUN_STATUSES)) {
      if (this.isOverdue(run)) {
        await this.expireIfOverdue(scope, run);
        continue;
      }
      if (run.status === 'queued') this.scheduleStart({ scope, threadId: run.thread_id, runId: run.id }, undefined);
      else if (run.status === 'in_progress') {
        // The answer being written when the process stopped is dropped and asked for again.
        await this.store.transaction(async (tx) => {
          for (const step of await tx.steps.list(scope, run.id)) {
            if (step.status !== 'in_progress') continue;
            if (step.step_details.type === 'message_creation') {
              await tx.messages.delete(scope, run.thread_id, step.step_details.message_creation.message_id);
            }
            await tx.steps.delete(scope, run.id, step.id);
            await tx.pendingUsage.delete(scope, run.id, step.id);
            await tx.hostedCalls.delete(scope, run.id, step.id);
          }
        });
        this.scheduler.after(run.id, 0, () => this.execute({ scope, threadId: run.thread_id, runId: run.id }, undefined, 'in_progress'));
      } else if (run.status === 'requires_action') this.watchExpiry(scope, run);
      else await this.end(scope, run.thread_id, run.id, 'cancelled');
    }
  }

  private isOverdue(run: Run): boolean {
    return ACTIVE_RUN_STATUSES.includes(run.status) && run.expires_at != null && this.options.clock() >= run.expires_at * 1000;
  }

  /** Expires the thread's active runs whose `expires_at` has passed, so reads are current. */
  async sweep(scope: string, threadId: string): Promise<void> {
    for (const run of await this.store.runs.withStatus(scope, threadId, ACTIVE_RUN_STATUSES)) {
      if (this.isOverdue(run)) await this.expireIfOverdue(scope, run);
    }
  }

  /** `change` expires an overdue run before anything else, so a change that does nothing is the expiry. */
  private async expireIfOverdue(scope: string, run: Run): Promise<void> {
    await this.change(scope, run.thread_id, run.id, async () => undefined);
  }

  /**
   * Throws upstream's 400 when the thread has an active run. Called inside the transaction that
   * depends on the answer, after a `sweep` outside it.
   */
  async checkThreadFree(tx: StoreTables, scope: string, threadId: string, what: 'messages' | 'run'): Promise<void> {
    const [active] = await tx.runs.withStatus(scope, threadId, ACTIVE_RUN_STATUSES);
    if (!active) return;
    const busy = what === 'run' ? KNOWN_CONFLICTS.runWhileRunActive : KNOWN_CONFLICTS.messageWhileRunActive;
    throw wrongState(busy.say({ threadId, runId: active.id }));
  }

  /**
   * `requestId`: the creating request's, sent to the model server with the run's model calls.
   * `alongside` writes what belongs with the new run (v2's settings) in the same transaction, so
   * the run never starts without it.
   */
  async createRun(
    scope: string,
    threadId: string,
    body: CreateRunBody,
    requestId: string,
    listener?: RunListener,
    alongside?: (tx: StoreTables, run: Run) => Promise<void>,
  ): Promise<Run> {
    await this.sweep(scope, threadId);
    const run = await this.store.transaction(async (tx) => {
      await getThread(tx, scope, threadId);
      await this.checkThreadFree(tx, scope, threadId, 'run');
      const settings = runSettings(await getAssistant(tx, scope, body.assistant_id), body);
      await checkMessageFiles(tx, scope, body.additional_messages ?? []);
      for (const message of body.additional_messages ?? []) await addMessage(tx, scope, threadId, message, this.now());
      const created = newRun(threadId, settings, this.now(), this.options.runTtlSeconds);
      await tx.runs.put(scope, threadId, created.id, created);
      await alongside?.(tx, created);
      await this.events.publish(refOf(scope, created), startEvents(created), { follower: listener });
      return created;
    });
    this.started(scope, run, startEvents(run), requestId, listener);
    return run;
  }

  async createThreadAndRun(scope: string, body: CreateThreadAndRunBody, requestId: string, listener?: RunListener): Promise<Run> {
    const { run, events } = await this.store.transaction(async (tx) => {
      const settings = runSettings(await getAssistant(tx, scope, body.assistant_id), body);
      await checkMessageFiles(tx, scope, body.thread?.messages ?? []);
      const created: Thread = await createThread(tx, scope, body.thread ?? {}, this.now());
      const queued = newRun(created.id, settings, this.now(), this.options.runTtlSeconds);
      await tx.runs.put(scope, created.id, queued.id, queued);
      const events = [{ event: 'thread.created', data: created }, ...startEvents(queued)];
      await this.events.publish(refOf(scope, queued), events, { follower: listener });
      return { thread: created, run: queued, events };
    });
    this.started(scope, run, events, requestId, listener);
    return run;
  }

  private started(scope: string, run: Run, events: readonly RunEvent[], requestId: string, listener: RunListener | undefined): void {
    const ref = refOf(scope, run);
    this.events.committed(ref, events, { follower: listener });
    this.scheduleStart(ref, requestId);
  }

  private scheduleStart(run: RunRef, requestId: string | undefined): void {
    this.scheduler.after(run.runId, this.options.stepDelayMs, () => this.execute(run, requestId, 'queued'));
  }

  /**
   * One transaction on a run: reads it, writes the text it streamed since its last transaction (a
   * run past `expires_at` is then expired, and `work` is not called), lets `work` decide, commits,
   * then sends the events. Undefined when the run is gone.
   */
  async change<T>(
    scope: string,
    threadId: string,
    runId: string,
    work: (tx: StoreTables, run: Run) => Promise<Change<T> | undefined>,
  ): Promise<T | undefined> {
    let written: HeldText | undefined;
    const ref: RunRef = { scope, threadId, runId };
    await this.events.streamed(runId);
    const outcome = await this.store.transaction(async (tx): Promise<Change<T | undefined> | undefined> => {
      const run = await tx.runs.get(scope, threadId, runId);
      if (!run) return undefined;
      written = this.heldText.get(runId);
      if (written) await writeHeldText(tx, scope, threadId, written);
      const changed = this.isOverdue(run) ? { events: await this.endIn(tx, scope, run, 'expired'), result: undefined } : await work(tx, run);
      if (changed && changed.events.length > 0) await this.events.publish(ref, changed.events);
      return changed;
    });
    if (written) this.textWritten(scope, threadId, runId, written);
    if (!outcome) return undefined;
    this.events.committed(ref, outcome.events);
    return outcome.result;
  }

  /** Ends a run inside a transaction; stops its timer and model call. */
  async endIn(tx: StoreTables, scope: string, run: Run, status: EndStatus): Promise<RunEvent[]> {
    const steps = await tx.steps.list(scope, run.id);
    const open = (await tx.messages.listByRun(scope, run.thread_id, run.id)).filter((message) => message.status === 'in_progress');
    const ended = endRun(run, status, steps, open, this.now());
    for (const step of ended.steps) await tx.steps.put(scope, run.id, step.id, step);
    for (const message of ended.messages) await tx.messages.put(scope, run.thread_id, message.id, message);
    await tx.pendingUsage.deleteAll(scope, run.id);
    await tx.runs.put(scope, run.thread_id, run.id, ended.run);
    this.release(run.id);
    return ended.events;
  }

  /**
   * Sends a text delta of the run's open message at once; the message's content (`message`, with
   * the delta) is written by the run's next transaction, or by one of its own `textSaveMs` later.
   */
  streamText(scope: string, run: Run, message: Message, events: readonly RunEvent[]): void {
    const timer = this.heldText.get(run.id)?.timer ?? this.saveTextLater(scope, run.thread_id, run.id);
    this.heldText.set(run.id, { messageId: message.id, content: message.content, timer });
    this.events.stream(refOf(scope, run), events);
  }

  private saveTextLater(scope: string, threadId: string, runId: string): NodeJS.Timeout {
    return setTimeout(() => {
      this.change(scope, threadId, runId, async () => undefined).catch((error: unknown) => this.reportError(error, undefined));
    }, this.options.textSaveMs);
  }

  /** `written` was committed: text streamed since is held on, with a timer of its own. */
  private textWritten(scope: string, threadId: string, runId: string, written: HeldText): void {
    clearTimeout(written.timer);
    const held = this.heldText.get(runId);
    if (held === written) this.heldText.delete(runId);
    else if (held?.timer === written.timer) this.heldText.set(runId, { ...held, timer: this.saveTextLater(scope, threadId, runId) });
  }

  private dropHeldText(runId: string): void {
    const held = this.heldText.get(runId);
    if (held) clearTimeout(held.timer);
    this.heldText.delete(runId);
  }

  /** The run no longer needs its timer or model call. */
  release(runId: string): void {
    this.scheduler.cancel(runId);
    this.modelCalls.get(runId)?.abort();
  }

  private async end(scope: string, threadId: string, runId: string, status: EndStatus): Promise<void> {
    await this.change(scope, threadId, runId, async (tx, run) =>
      ACTIVE_RUN_STATUSES.includes(run.status) ? { events: await this.endIn(tx, scope, run, status), result: undefined } : undefined,
    );
  }

  /**
   * `from` → in_progress, then the model's answer. Only the engine whose transaction finds the run
   * in `from` executes it: several instances may try.
   */
  private execute(run: RunRef, requestId: string | undefined, from: StartFrom): Promise<void> {
    const { scope, threadId, runId } = run;
    const execution = this.answer(scope, threadId, runId, requestId, from)
      .catch((error: unknown) => this.reportError(error, requestId))
      .finally(() => this.executions.delete(execution));
    this.executions.add(execution);
    return execution;
  }

  private async answer(scope: string, threadId: string, runId: string, requestId: string | undefined, from: StartFrom): Promise<void> {
    // Registered before the run goes in progress: a cancel from then on aborts the model call, even
    // one that has not been sent yet.
    const controller = new AbortController();
    this.modelCalls.set(runId, controller);
    try {
      await this.answerWith(controller.signal, scope, threadId, runId, requestId, from);
    } finally {
      if (this.modelCalls.get(runId) === controller) this.modelCalls.delete(runId);
    }
  }

  private async answerWith(
    signal: AbortSignal,
    scope: string,
    threadId: string,
    runId: string,
    requestId: string | undefined,
    from: StartFrom,
  ): Promise<void> {
    const run = await this.change(scope, threadId, runId, async (tx, current) => {
      if (current.status !== from) return undefined;
      const started = current.status === 'queued' ? startRun(current, this.now()) : { run: current, events: [] };
      await tx.runs.put(scope, threadId, runId, started.run);
      return { events: started.events, result: started.run };
    });
    if (!run || this.closed || signal.aborted) return;
    this.watchExpiry(scope, run);
    // One round per model call: hosted tool calls are answered and the model asked again.
    for (let round = 0; ; round += 1) {
      const steps = await this.store.steps.list(scope, run.id);
      const budget = await this.remainingBudget(scope, run, steps);
      if (budget !== null && budget <= 0) {
        await this.stopIncomplete(scope, run, 'max_completion_tokens');
        return;
      }
      const messages = await this.store.messages.list(scope, run.thread_id);
      const hosted = await HostedTools.forRun(this.store, this.options.hosted, scope, run, messages, round, this.now());
      const answer = new Answer(this, scope, run, hosted);
      try {
        const v2 = await this.store.v2Settings.get(scope, 'run', run.id);
        const images = await messageImages(this.store, scope, messages);
        const input = buildModelInput({ run, v2, images, messages, steps, hosted, completionBudget: budget, requestId });
        if (signal.aborted) return;
        for await (const event of this.options.model.stream(input, signal)) {
          if (signal.aborted) break;
          await answer.apply(event);
        }
        if (signal.aborted || (await answer.finish(signal)) === 'settled') return;
      } catch (error) {
        if (!signal.aborted) await answer.fail(error);
        return;
      }
    }
  }

  /** Ends an in-progress run `incomplete` at a token limit. */
  async stopIncomplete(scope: string, run: Run, reason: 'max_completion_tokens' | 'max_prompt_tokens'): Promise<void> {
    await this.change(scope, run.thread_id, run.id, async (tx, current) => {
      if (current.status !== 'in_progress') return undefined;
      const ended = incompleteRun(current, await tx.steps.list(scope, run.id), reason);
      await tx.runs.put(scope, run.thread_id, run.id, ended.run);
      this.release(run.id);
      return { events: ended.events, result: undefined };
    });
  }

  /** What is left of `max_completion_tokens` after the run's earlier steps; null when unlimited. */
  private async remainingBudget(scope: string, run: Run, steps: readonly RunStep[]): Promise<number | null> {
    if (run.max_completion_tokens == null) return null;
    let used = 0;
    for (const step of steps) {
      const usage = step.usage ?? (await this.store.pendingUsage.get(scope, run.id, step.id));
      used += usage?.completion_tokens ?? 0;
    }
    return run.max_completion_tokens - used;
  }

  /** Expires an active run once the clock passes `expires_at`, even when nobody reads it. */
  watchExpiry(scope: string, run: Run): void {
    if (run.expires_at == null) return;
    this.scheduler.after(run.id, run.expires_at * 1000 - this.options.clock(), async () => {
      await this.expireIfOverdue(scope, run);
      const current = await this.store.runs.get(scope, run.thread_id, run.id);
      if (current && ACTIVE_RUN_STATUSES.includes(current.status) && current.status !== 'queued') this.watchExpiry(scope, current);
    });
  }

  async submitToolOutputs(
    scope: string,
    threadId: string,
    runId: string,
    outputs: ReadonlyArray<{ tool_call_id: string; output?: string | undefined }>,
    requestId: string,
    listener?: RunListener,
  ): Promise<Run> {
    await this.sweep(scope, threadId);
    const run = await this.store.transaction(async (tx) => {
      const current = await getRun(tx, scope, threadId, runId);
      if (current.status !== 'requires_action') throw wrongState(KNOWN_CONFLICTS.toolOutputsNotAwaited.say({ status: current.status }));
      const given = checkToolOutputs(current, outputs);
      let queued = current;
      const events: RunEvent[] = [];
      for (const step of await tx.steps.list(scope, runId)) {
        if (step.status !== 'in_progress' || step.step_details.type !== 'tool_calls') continue;
        const usage = (await tx.pendingUsage.get(scope, runId, step.id)) ?? ZERO_USAGE;
        const accepted = acceptToolOutputs(queued, step, given, usage, this.now());
        await tx.steps.put(scope, runId, step.id, accepted.step);
        await tx.pendingUsage.delete(scope, runId, step.id);
        queued = accepted.run;
        events.push(...accepted.events);
      }
      await tx.runs.put(scope, threadId, runId, queued);
      await this.events.publish({ scope, threadId, runId }, events, { follower: listener, resumedBy: requestId });
      return { run: queued, events };
    });
    // Every instance hears of the resume (this one too), and the first to start the run executes it.
    this.events.committed({ scope, threadId, runId }, run.events, { follower: listener, resumedBy: requestId });
    return run.run;
  }

  async cancel(scope: string, threadId: string, runId: string): Promise<Run> {
    await this.sweep(scope, threadId);
    // The text this instance streamed comes before the cancel, as its own transactions do.
    await this.events.streamed(runId);
    const { run, events } = await this.store.transaction(async (tx) => {
      const current = await getRun(tx, scope, threadId, runId);
      if (!CANCELLABLE_RUN_STATUSES.includes(current.status)) {
        throw wrongState(KNOWN_CONFLICTS.cancelEndedRun.say({ status: current.status }));
      }
      const changed = cancelling(current);
      await tx.runs.put(scope, threadId, runId, changed.run);
      await this.events.publish({ scope, threadId, runId }, changed.events);
      return changed;
    });
    this.modelCalls.get(runId)?.abort();
    this.events.committed({ scope, threadId, runId }, events);
    this.scheduler.after(runId, this.options.stepDelayMs, () => this.end(scope, threadId, runId, 'cancelled'));
    return run;
  }

  /** A run this instance executes was cancelled through another: its model call stops, and it ends here too, whichever instance is first. */
  private cancelledElsewhere({ scope, threadId, runId }: RunRef): void {
    const call = this.modelCalls.get(runId);
    if (!call) return;
    call.abort();
    this.scheduler.after(runId, this.options.stepDelayMs, () => this.end(scope, threadId, runId, 'cancelled'));
  }

  /** Before a thread is deleted: its runs' timers, model calls and listeners go. */
  async forgetThread(scope: string, threadId: string): Promise<void> {
    for (const run of await this.store.runs.withStatus(scope, threadId, ACTIVE_RUN_STATUSES)) {
      this.release(run.id);
      this.dropHeldText(run.id);
      this.events.drop(run.id);
    }
  }
}

function refOf(scope: string, run: Run): RunRef {
  return { scope, threadId: run.thread_id, runId: run.id };
}

/** A new run's first events. */
function startEvents(run: Run): RunEvent[] {
  return [
    { event: 'thread.run.created', data: run },
    { event: 'thread.run.queued', data: run },
  ];
}

/** The held content of a message the run is still writing; a message that was ended or removed stays as it is. */
async function writeHeldText(tx: StoreTables, scope: string, threadId: string, held: HeldText): Promise<void> {
  const stored = await tx.messages.get(scope, threadId, held.messageId);
  if (stored?.status === 'in_progress') await tx.messages.put(scope, threadId, held.messageId, { ...stored, content: held.content });
}

/** The outputs by call id, when every waiting call is answered exactly once; else upstream's 400. */
function checkToolOutputs(
  run: Run,
  outputs: ReadonlyArray<{ tool_call_id: string; output?: string | undefined }>,
): Map<string, string> {
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
  return given;
}
