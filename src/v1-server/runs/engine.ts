/**
 * Runs runs. Every change is a transaction on the store (read the current objects, apply a pure
 * transition, write), then its events go to the run's listeners. No run state lives outside the
 * store, so any instance on the store can pick a run up where another left it. The scheduler owns
 * the waits between lifecycle steps; the model call of an executing run has an AbortController that
 * cancel, expiry, thread deletion, a lost lease and close() abort.
 *
 * Who executes a run: the instance that holds its lease (`store.runLeases`). Creating a run takes
 * its lease in the same transaction; every `leaseMs / 3` an instance renews the leases it holds,
 * and every second at most it takes those of active runs whose lease is missing or expired (their
 * instance died, or let go at close) and resumes them from their last committed step. An instance
 * that loses a lease (another took it, or it could not renew it in time) stops executing the run
 * without writing: every change an executing instance makes checks, in its transaction, that it
 * still holds the lease.
 *
 * One model call: `prompt.ts` builds what the model sees (the thread cut to the run's window), the
 * model streams, and `answer.ts` turns the stream into steps and messages. Hosted tools
 * (`hosted-tools.ts`: `retrieval`, `code_interpreter`) plug in at those two ends: `prompt.ts` offers them to the model
 * as functions, and `Answer.finish` executes the calls made to them, after which the model is
 * asked again, where calls to the caller's functions make the run require action.
 */
import { randomUUID } from 'node:crypto';
import { KNOWN_CONFLICTS } from '../../v1/conflicts.js';
import type { CreateRunBody, CreateThreadAndRunBody } from '../../v1/requests.js';
import type { Message, Run, RunStep, Thread } from '../../v1/schemas.js';
import { ACTIVE_RUN_STATUSES, CANCELLABLE_RUN_STATUSES } from '../../v1/schemas.js';
import { invalidRequest, wrongState } from '../errors.js';
import type { AssistantModel } from '../model/model.js';
import { addMessage, checkMessageFiles, createThread, deleteThread, getAssistant, getRun, getThread } from '../resources.js';
import type { ScopedRun, Store, StoreTables } from '../store/store.js';
import { Answer } from './answer.js';
import type { HostedServices } from './hosted-tools.js';
import { HostedTools } from './hosted-tools.js';
import type { AnswerEngine } from './answer.js';
import { endsRun } from './events.js';
import type { RunEventChannel, RunListener, RunRef } from './events.js';
import { newRun, runSettings } from './prepare.js';
import { messageImages } from './images.js';
import { buildModelInput } from './prompt.js';
import { Scheduler } from './scheduler.js';
import type { Change, EndStatus, RunEvent } from './transitions.js';
import { acceptToolOutputs, cancelling, endRun, incompleteRun, startRun, ZERO_USAGE } from './transitions.js';

/** The default of `RunEngineOptions.textSaveMs`. */
export const DEFAULT_TEXT_SAVE_MS = 100;

/** The longest a free run waits for an instance to take it (a lease let go at close is free at once). */
const CLAIM_INTERVAL_MS = 1_000;

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
   * How long a run's lease lasts unrenewed: an instance that dies mid-run has its runs resumed by
   * another this long after its last renewal, at most.
   */
  leaseMs: number;
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
  /** By run: its last change, which the next one waits for. */
  private readonly changing = new Map<string, Promise<unknown>>();
  private readonly executions = new Set<Promise<void>>();
  /** This instance, as the holder of run leases. */
  private readonly instance = randomUUID();
  /** The runs whose lease this instance holds. */
  private readonly leased = new Set<string>();
  /** On the engine's clock: when the leases held were last renewed (or taken). */
  private renewedAt = 0;
  private readonly timers: NodeJS.Timeout[] = [];
  /** The renewal or claim under way, so that a slow store never has two of either at once. */
  private renewing: Promise<void> | undefined;
  private claiming: Promise<void> | undefined;
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

  /**
   * Stops every timer and model call, waits for the executing runs to let go of the store, then
   * lets go of their leases, so that another instance resumes them at once. Their text streamed
   * since their last write is dropped: the step it belongs to is asked for again.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.scheduler.close();
    for (const held of this.heldText.values()) clearTimeout(held.timer);
    this.heldText.clear();
    for (const controller of this.modelCalls.values()) controller.abort();
    await this.events.close();
    await Promise.allSettled([...this.executions, ...this.changing.values(), this.renewing, this.claiming]);
    const runIds = [...this.leased.keys()];
    this.leased.clear();
    // Unreleased, they expire within leaseMs all the same.
    if (runIds.length > 0) await this.store.runLeases.release(this.instance, runIds).catch((error: unknown) => this.options.onError(error, undefined));
  }

  /**
   * At start: takes every active run no instance holds, and resumes it (nothing stays active
   * forever); from then on renews the leases held and takes the runs that become free.
   */
  async recover(): Promise<void> {
    await this.events.open({
      cancelling: (run) => this.cancelledElsewhere(run),
      ended: (run) => this.modelCalls.get(run.runId)?.abort(),
      forgotten: (run) => this.forget(run.runId),
      // The holder of the run's lease executes it; a resume through another instance reaches it here.
      resumed: (run, requestId) => {
        if (this.leased.has(run.runId)) this.scheduleStart(run, requestId);
      },
      concerns: (runId) => this.leased.has(runId) || this.modelCalls.has(runId) || this.scheduler.has(runId) || this.heldText.has(runId),
    });
    await this.claimFree();
    const every = (ms: number, task: () => Promise<void>): void => {
      const timer = setInterval(() => {
        task().catch((error: unknown) => this.reportError(error, undefined));
      }, ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(this.options.leaseMs / 3, () => this.renewLeases());
    every(Math.min(CLAIM_INTERVAL_MS, this.options.leaseMs / 3), () => this.claimFree());
  }

  private leaseUntil(now: number): number {
    return now + this.options.leaseMs;
  }

  /** Renews the leases held; stops executing the runs whose lease is lost. */
  private renewLeases(): Promise<void> {
    this.renewing ??= this.renewHeld().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async renewHeld(): Promise<void> {
    const runIds = [...this.leased.keys()];
    const now = this.options.clock();
    let kept: Set<string>;
    try {
      kept = new Set(runIds.length === 0 ? [] : await this.store.runLeases.renew(this.instance, runIds, ACTIVE_RUN_STATUSES, this.leaseUntil(now)));
    } catch (error) {
      // Past their expiry another instance may have taken them: executing on would be twice.
      if (this.options.clock() - this.renewedAt >= this.options.leaseMs) for (const runId of runIds) this.lose(runId);
      throw error;
    }
    this.renewedAt = now;
    for (const runId of runIds) if (!kept.has(runId)) this.lose(runId);
  }

  /** Takes the runs no instance holds, and resumes them. */
  private claimFree(): Promise<void> {
    this.claiming ??= this.claimAndResume().finally(() => {
      this.claiming = undefined;
    });
    return this.claiming;
  }

  private async claimAndResume(): Promise<void> {
    if (this.closed) return;
    const now = this.options.clock();
    const claimed = await this.store.runLeases.claimFree(ACTIVE_RUN_STATUSES, this.instance, now, this.leaseUntil(now));
    if (this.closed) {
      await this.store.runLeases.release(this.instance, claimed.map(({ run }) => run.id));
      return;
    }
    const failures: unknown[] = [];
    for (const claim of claimed) {
      // A run of its own whose lease ran out before a renewal: it is executing already.
      if (this.leased.has(claim.run.id)) continue;
      this.hold(claim.run.id, now);
      await this.resume(claim).catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) throw failures.length === 1 ? failures[0] : new AggregateError(failures, 'Runs could not be resumed.');
  }

  /** This instance took the run's lease at `takenAt`. */
  private hold(runId: string, takenAt: number): void {
    if (this.leased.size === 0) this.renewedAt = takenAt;
    this.leased.add(runId);
  }

  /** Takes the lease of a run being created or resumed, in the transaction that writes it. */
  private async take(tx: StoreTables, scope: string, runId: string, now: number): Promise<boolean> {
    return tx.runLeases.claim(scope, runId, this.instance, now, this.leaseUntil(now));
  }

  /** The lease of a run is no longer this instance's: its execution stops, writing nothing more. */
  private lose(runId: string): void {
    this.leased.delete(runId);
    this.release(runId);
    this.dropHeldText(runId);
  }

  /** Resumes a run whose lease this instance just took, from its last committed step. */
  private async resume({ scope, run }: ScopedRun): Promise<void> {
    if (this.isOverdue(run)) {
      await this.expireIfOverdue(scope, run);
      return;
    }
    const ref = refOf(scope, run);
    if (run.status === 'queued') this.scheduleStart(ref, undefined);
    else if (run.status === 'in_progress') {
      // The answer being written when its instance stopped is dropped and asked for again.
      await this.store.runTransaction(ref, async (tx) => {
        if (!(await tx.runLeases.holds(run.id, this.instance))) return;
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
      this.scheduler.after(run.id, 0, () => this.execute(ref, undefined, 'in_progress'));
    } else if (run.status === 'requires_action') this.watchExpiry(scope, run);
    else await this.end(scope, run.thread_id, run.id, 'cancelled');
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
    const takenAt = this.options.clock();
    const run = await this.store.transaction(async (tx) => {
      await getThread(tx, scope, threadId);
      await this.checkThreadFree(tx, scope, threadId, 'run');
      const settings = runSettings(await getAssistant(tx, scope, body.assistant_id), body);
      await checkMessageFiles(tx, scope, body.additional_messages ?? []);
      for (const message of body.additional_messages ?? []) await addMessage(tx, scope, threadId, message, this.now());
      const created = newRun(threadId, settings, this.now(), this.options.runTtlSeconds);
      await tx.runs.put(scope, threadId, created.id, created);
      await alongside?.(tx, created);
      await this.take(tx, scope, created.id, takenAt);
      await this.events.publish(refOf(scope, created), startEvents(created), { follower: listener });
      return created;
    }).catch((error: unknown) => this.abandon(listener, error));
    this.started(scope, run, startEvents(run), requestId, listener, takenAt);
    return run;
  }

  async createThreadAndRun(scope: string, body: CreateThreadAndRunBody, requestId: string, listener?: RunListener): Promise<Run> {
    const takenAt = this.options.clock();
    const { run, events } = await this.store.transaction(async (tx) => {
      const settings = runSettings(await getAssistant(tx, scope, body.assistant_id), body);
      await checkMessageFiles(tx, scope, body.thread?.messages ?? []);
      const created: Thread = await createThread(tx, scope, body.thread ?? {}, this.now());
      const queued = newRun(created.id, settings, this.now(), this.options.runTtlSeconds);
      await tx.runs.put(scope, created.id, queued.id, queued);
      await this.take(tx, scope, queued.id, takenAt);
      const events = [{ event: 'thread.created', data: created }, ...startEvents(queued)];
      await this.events.publish(refOf(scope, queued), events, { follower: listener });
      return { thread: created, run: queued, events };
    }).catch((error: unknown) => this.abandon(listener, error));
    this.started(scope, run, events, requestId, listener, takenAt);
    return run;
  }

  /** A run was created, and its lease taken at `takenAt`, by this instance. */
  private started(scope: string, run: Run, events: readonly RunEvent[], requestId: string, listener: RunListener | undefined, takenAt: number): void {
    this.hold(run.id, takenAt);
    const ref = refOf(scope, run);
    this.events.committed(ref, events, { follower: listener });
    this.scheduleStart(ref, requestId);
  }

  /** The transaction that was to start `listener`'s stream failed: its registration goes too. */
  private abandon(listener: RunListener | undefined, error: unknown): never {
    if (listener) this.events.abandon(listener);
    throw error;
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
    // One at a time per run: overlapping ones would conflict on PostgreSQL, and `work` is run again
    // after a conflict, which the answer's own state (its open message) would not bear.
    const previous = this.changing.get(runId);
    const turn = (previous ?? Promise.resolve()).then(
      () => this.changeNow(scope, threadId, runId, work),
      () => this.changeNow(scope, threadId, runId, work),
    );
    this.changing.set(runId, turn);
    try {
      return await turn;
    } finally {
      if (this.changing.get(runId) === turn) this.changing.delete(runId);
    }
  }

  private async changeNow<T>(
    scope: string,
    threadId: string,
    runId: string,
    work: (tx: StoreTables, run: Run) => Promise<Change<T> | undefined>,
  ): Promise<T | undefined> {
    let written: HeldText | undefined;
    let lost = false;
    const ref: RunRef = { scope, threadId, runId };
    await this.events.streamed(runId);
    const outcome = await this.store.runTransaction(ref, async (tx): Promise<Change<T | undefined> | undefined> => {
      // Only the lease's holder executes the run: one whose lease another instance took writes
      // nothing, even from an execution still winding down here after the loss.
      lost = (this.leased.has(runId) || this.modelCalls.has(runId)) && !(await tx.runLeases.holds(runId, this.instance));
      if (lost) return undefined;
      const run = await tx.runs.get(scope, threadId, runId);
      // Once closing, the text streamed since the last write is dropped: a change now would end the
      // run's message without it. The run is resumed from what is written.
      if (!run || this.closed) return undefined;
      written = this.heldText.get(runId);
      if (written) await writeHeldText(tx, scope, threadId, written);
      const changed = this.isOverdue(run) ? { events: await this.endIn(tx, scope, run, 'expired'), result: undefined } : await work(tx, run);
      if (changed && changed.events.length > 0) await this.events.publish(ref, changed.events);
      return changed;
    });
    if (lost) this.lose(runId);
    if (written) this.textWritten(scope, threadId, runId, written);
    if (!outcome) return undefined;
    // Not before the commit: a transaction that fails in the end leaves the run to its execution,
    // which then records the failure (an aborted one would not).
    if (outcome.events.some((event) => endsRun(event.event))) this.release(runId);
    this.events.committed(ref, outcome.events);
    return outcome.result;
  }

  /** Ends a run inside a `change`, which stops its timer and model call once it commits. */
  async endIn(tx: StoreTables, scope: string, run: Run, status: EndStatus): Promise<RunEvent[]> {
    const steps = await tx.steps.list(scope, run.id);
    const open = (await tx.messages.listByRun(scope, run.thread_id, run.id)).filter((message) => message.status === 'in_progress');
    const ended = endRun(run, status, steps, open, this.now());
    for (const step of ended.steps) await tx.steps.put(scope, run.id, step.id, step);
    for (const message of ended.messages) await tx.messages.put(scope, run.thread_id, message.id, message);
    await tx.pendingUsage.deleteAll(scope, run.id);
    await tx.runs.put(scope, run.thread_id, run.id, ended.run);
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
      .catch((error: unknown) => {
        this.reportError(error, requestId);
        // Not even the failure could be written: the run is left to its lease, which runs out
        // unrenewed, and the instance that takes it then (this one too) resumes it as after a crash.
        this.lose(runId);
      })
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
    const takenAt = this.options.clock();
    const run = await this.store.runTransaction({ scope, threadId, runId }, async (tx) => {
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
      const mine = await this.take(tx, scope, runId, takenAt);
      await this.events.publish({ scope, threadId, runId }, events, { follower: listener, resumedBy: requestId });
      return { run: queued, events, mine };
    }).catch((error: unknown) => this.abandon(listener, error));
    this.scheduler.cancel(runId);
    // Every instance hears of the resume; the holder of the run's lease executes it (a second start
    // of the run does nothing: it finds the run no longer queued).
    if (run.mine) {
      this.hold(runId, takenAt);
      this.scheduleStart({ scope, threadId, runId }, requestId);
    }
    this.events.committed({ scope, threadId, runId }, run.events, { follower: listener, resumedBy: requestId });
    return run.run;
  }

  async cancel(scope: string, threadId: string, runId: string): Promise<Run> {
    await this.sweep(scope, threadId);
    // The text this instance streamed comes before the cancel, as its own transactions do.
    await this.events.streamed(runId);
    const { run, events } = await this.store.runTransaction({ scope, threadId, runId }, async (tx) => {
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

  /** Deletes a thread; on every instance, its active runs' timers, model calls and listeners go. */
  async deleteThread(scope: string, threadId: string): Promise<void> {
    const forgotten = await this.store.transaction(async (tx) => {
      const active = await tx.runs.withStatus(scope, threadId, ACTIVE_RUN_STATUSES);
      await deleteThread(tx, scope, threadId);
      for (const run of active) await this.events.publish(refOf(scope, run), [], { forgotten: true });
      return active;
    });
    for (const run of forgotten) this.events.committed(refOf(scope, run), [], { forgotten: true });
  }

  private forget(runId: string): void {
    this.release(runId);
    this.dropHeldText(runId);
    this.events.drop(runId);
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
