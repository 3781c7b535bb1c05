/**
 * Several v1 servers on one PostgreSQL database: a run executing on one is streamed, polled,
 * cancelled and resumed through another. On a cluster the test starts; skipped, saying why, without
 * one. The servers' model is a fake Chat Completions server per instance, so the test knows which
 * instance executes, and releases the chunks itself.
 *
 * Who executes: a run created through an instance executes there; a resumed run, on the first
 * instance whose start wins. Instance B waits a minute before it starts a queued run, so A (no
 * wait) executes what B resumes, and B's streams follow a run A executes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { V1ServerOptions } from '../../src/v1-server/index.js';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import { BroadcastRunEvents } from '../../src/v1-server/runs/broadcast-events.js';
import type { RunEventHandlers, RunListener } from '../../src/v1-server/runs/events.js';
import type { RunEvent } from '../../src/v1-server/runs/transitions.js';
import { openStore } from '../../src/v1-server/store/index.js';
import type { Store } from '../../src/v1-server/store/index.js';
import type { Assistant, ListPage, Message, Run } from '../../src/v1/schemas.js';
import { settled, until } from '../helpers/kit.js';
import { findPostgresBin, POSTGRES_MISSING, startPostgres } from '../helpers/postgres.js';
import type { PostgresCluster } from '../helpers/postgres.js';
import { parseFrames } from '../helpers/sse-client.js';
import type { FakeChatServer, FakeReply, FakeRequest } from './fake-chat-server.js';
import { chunk, startFakeChatServer, textReply, toolCallReply } from './fake-chat-server.js';
import type { Api, SseEvent, TestV1Server } from './helpers.js';
import { readSse, startTestV1Server } from './helpers.js';

const bin = findPostgresBin();

/** Chunks written only as the test releases them. */
class Gate {
  private allowed = 0;
  private readonly waiting = new Set<() => void>();

  readonly pass = (index: number): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (index >= this.allowed) return;
        this.waiting.delete(check);
        resolve();
      };
      this.waiting.add(check);
      check();
    });

  release(count = 1): void {
    this.allowed += count;
    for (const check of [...this.waiting]) check();
  }
}

/** A streamed text answer whose chunks wait for `gate`: a role chunk, one per piece, the finish, then `[DONE]`. */
function gatedText(pieces: readonly string[], gate: Gate): FakeReply {
  const chunks = [chunk({ role: 'assistant', content: '' }), ...pieces.map((piece) => chunk({ content: piece })), chunk({}, 'stop')];
  return { kind: 'sse', chunks, gate: gate.pass };
}

/** An SSE response read as it arrives. */
function follow(response: Response): { events: SseEvent[]; ended: Promise<void> } {
  const events: SseEvent[] = [];
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const bytes of response.body ?? []) {
      buffer += decoder.decode(bytes as Uint8Array, { stream: true });
      const { frames, rest } = parseFrames(buffer);
      buffer = rest;
      events.push(...frames);
    }
  })();
  return { events, ended };
}

/** Events with their ids numbered by first appearance and their times left out, so two runs' streams compare. */
function normalized(events: readonly SseEvent[]): unknown[] {
  const ids = new Map<string, string>();
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const prefix = /^(asst|thread|run|step|msg)_[A-Za-z0-9]+$/.exec(value)?.[1];
      if (prefix === undefined) return value;
      if (!ids.has(value)) ids.set(value, `${prefix}#${ids.size}`);
      return ids.get(value);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !key.endsWith('_at'))
          .map(([key, inner]) => [key, walk(inner)]),
      );
    }
    return value;
  };
  return events.map(({ event, data }) => ({ event, data: data === '[DONE]' ? data : walk(JSON.parse(data)) }));
}

const deltaCount = (events: readonly SseEvent[]): number => events.filter((event) => event.event === 'thread.message.delta').length;

function textOf(message: Message | undefined): string {
  return message?.content.map((part) => (part.type === 'text' ? part.text.value : '')).join('') ?? '';
}

const LOOKUP = { type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: {} } } };
const ANSWER = ['The answer ', 'comes in ', 'three pieces.'];

/** An instance's engine with nothing of any run on it. */
const IDLE: RunEventHandlers = {
  cancelling: () => undefined,
  ended: () => undefined,
  forgotten: () => undefined,
  resumed: () => undefined,
  concerns: () => false,
};

describe.skipIf(bin === undefined)(bin === undefined ? `Several instances on PostgreSQL: skipped, ${POSTGRES_MISSING}` : 'Several instances on PostgreSQL', () => {
  let cluster: PostgresCluster | undefined;
  let url: string;

  /** Two instances' run event channels on the database, each over a store of its own. */
  async function twoChannels(): Promise<{ storeA: Store; storeB: Store; onA: BroadcastRunEvents; onB: BroadcastRunEvents; close: () => Promise<void> }> {
    const [storeA, storeB] = [await openStore(url), await openStore(url)];
    const channel = (store: Store): BroadcastRunEvents => {
      if (!store.broadcast) throw new Error('A PostgreSQL store has a broadcast.');
      return new BroadcastRunEvents(store.broadcast, { lost: () => undefined, onError: (error) => console.error(error) });
    };
    const [onA, onB] = [channel(storeA), channel(storeB)];
    const close = async (): Promise<void> => {
      await onA.close();
      await onB.close();
      await storeA.close();
      await storeB.close();
    };
    return { storeA, storeB, onA, onB, close };
  }
  const fakes: FakeChatServer[] = [];
  const servers: TestV1Server[] = [];

  async function instance(
    stepDelayMs: number,
    databaseUrl = url,
    options: Pick<V1ServerOptions, 'clock' | 'runLeaseSeconds'> = {},
  ): Promise<{ api: Api; fake: FakeChatServer; server: TestV1Server }> {
    const fake = await startFakeChatServer({ defaultReply: textReply('Done.') });
    fakes.push(fake);
    const model = new ChatCompletionsModel({ baseUrl: fake.url, retryBaseDelayMs: 1, maxRetries: 0 });
    const server = await startTestV1Server({ databaseUrl, model, stepDelayMs, ...options });
    servers.push(server);
    return { api: server.api(), fake, server };
  }

  let a: Awaited<ReturnType<typeof instance>>;
  let b: Awaited<ReturnType<typeof instance>>;
  let assistant: Assistant;

  beforeAll(async () => {
    if (bin === undefined) return;
    cluster = await startPostgres(bin);
    url = await cluster.createDatabase();
    a = await instance(0);
    b = await instance(60_000);
    assistant = (await a.api.post<Assistant>('/assistants', { model: 'gpt-4o-mini', tools: [LOOKUP] })).body;
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) await server.v1Server.close();
    for (const fake of fakes) await fake.close();
    await cluster?.stop();
  });

  /** A run through `through`, on a thread of its own, waiting for its `lookup` call's output. */
  async function waitingRun(through: Awaited<ReturnType<typeof instance>>, assistantId = assistant.id): Promise<{ run: Run; callId: string }> {
    through.fake.enqueue(toolCallReply([{ id: 'call_lookup', name: 'lookup', arguments: '{}' }]));
    const thread = (await through.api.post<{ id: string }>('/threads', { messages: [{ role: 'user', content: 'Look it up.' }] })).body;
    const created = (await through.api.post<Run>(`/threads/${thread.id}/runs`, { assistant_id: assistantId })).body;
    const run = await through.server.events.run(created.id, (current) => current.status === 'requires_action', { what: 'requires_action' });
    return { run, callId: run.required_action?.submit_tool_outputs.tool_calls[0]?.id ?? '' };
  }

  function submit(api: Api, run: Run, callId: string, stream: boolean): Promise<Response> {
    return api.stream(`/threads/${run.thread_id}/runs/${run.id}/submit_tool_outputs`, {
      stream,
      tool_outputs: [{ tool_call_id: callId, output: '42' }],
    });
  }

  it('streams through B, delta by delta, the run A executes: the same events as one instance alone streams', async () => {
    // The same run on one instance alone (in process, on SQLite), with the chunks all released.
    const alone = await instance(0, ':memory:');
    const own = (await alone.api.post<Assistant>('/assistants', { model: 'gpt-4o-mini', tools: [LOOKUP] })).body;
    const single = await waitingRun(alone, own.id);
    const freeGate = new Gate();
    freeGate.release(ANSWER.length + 3);
    alone.fake.enqueue(gatedText(ANSWER, freeGate));
    const expected = await readSse(await submit(alone.api, single.run, single.callId, true));
    expect(expected.at(-2)?.event).toBe('thread.run.completed');

    const { run, callId } = await waitingRun(a);
    const gate = new Gate();
    a.fake.enqueue(gatedText(ANSWER, gate));
    const executedOnA = a.fake.requests.length + 1;
    const response = await submit(b.api, run, callId, true);
    expect(response.status).toBe(200);
    const stream = follow(response);
    // The role chunk and the first piece, then each piece only once B has streamed the one before.
    gate.release(2);
    await until(() => deltaCount(stream.events), (count) => count === 1, 'the first delta through B');
    // A poll through B sees the text A streamed (written within textSaveMs).
    await until(
      async () => textOf((await b.api.get<ListPage<Message>>(`/threads/${run.thread_id}/messages?run_id=${run.id}`)).body.data[0]),
      (text) => text === ANSWER[0],
      'the first piece in a poll through B',
    );
    gate.release();
    await until(() => deltaCount(stream.events), (count) => count === 2, 'the second delta through B');
    gate.release(3);
    await stream.ended;
    expect(a.fake.requests).toHaveLength(executedOnA);
    expect(b.fake.requests).toHaveLength(0);
    expect(normalized(stream.events)).toEqual(normalized(expected));
  });

  it('cancels through B the model call A makes: the fake sees it go away, and the run ends cancelled', async () => {
    const gate = new Gate();
    a.fake.enqueue(gatedText(ANSWER, gate));
    const thread = (await a.api.post<{ id: string }>('/threads', { messages: [{ role: 'user', content: 'Take your time.' }] })).body;
    const created = (await a.api.post<Run>(`/threads/${thread.id}/runs`, { assistant_id: assistant.id })).body;
    gate.release(2);
    await a.server.events.message((message) => message.run_id === created.id && textOf(message) === ANSWER[0], { what: 'with the first piece' });
    const call = a.fake.requests.at(-1);
    const cancelled = await b.api.post<Run>(`/threads/${thread.id}/runs/${created.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelling');
    expect(await call?.outcome).toBe('closed');
    // A ends the run it executed (B waits a minute before it would).
    const ended = await a.server.events.run(created.id, settled, { what: 'ended' });
    expect(ended.status).toBe('cancelled');
    const message = (await b.api.get<ListPage<Message>>(`/threads/${thread.id}/messages?run_id=${created.id}`)).body.data[0];
    expect(textOf(message)).toBe(ANSWER[0]);
  });

  /** A run `on` executes, its model call held after the first piece: the run and the call. */
  async function runMidAnswer(on: Awaited<ReturnType<typeof instance>>, assistantId: string): Promise<{ run: Run; call: FakeRequest }> {
    const gate = new Gate();
    on.fake.enqueue(gatedText(ANSWER, gate));
    const thread = (await on.api.post<{ id: string }>('/threads', { messages: [{ role: 'user', content: 'Take your time.' }] })).body;
    const run = (await on.api.post<Run>(`/threads/${thread.id}/runs`, { assistant_id: assistantId })).body;
    gate.release(2);
    await on.server.events.message((message) => message.run_id === run.id && textOf(message) === ANSWER[0], { what: 'with the first piece' });
    const call = on.fake.requests.at(-1);
    if (!call) throw new Error('The run made no model call.');
    return { run, call };
  }

  /**
   * A run mid-answer on A, whose lease outlasts the test (a renewal finding the run gone would
   * stop the call too), and B on its own database; B's clock is `skewMs` ahead.
   */
  async function heldOnA(skewMs: number): Promise<{ run: Run; call: FakeRequest; onA: Awaited<ReturnType<typeof instance>>; onB: Awaited<ReturnType<typeof instance>> }> {
    const database = await cluster?.createDatabase();
    const onA = await instance(0, database, { runLeaseSeconds: 3600 });
    const onB = await instance(0, database, { clock: () => Date.now() + skewMs });
    const own = (await onA.api.post<Assistant>('/assistants', { model: 'gpt-4o-mini' })).body;
    return { ...(await runMidAnswer(onA, own.id)), onA, onB };
  }

  it('stops the model call A makes when the run expires through B', async () => {
    // Past the run's expires_at on B's clock, not past A's lease: B expires the run A still holds.
    const { run, call, onB } = await heldOnA(700_000);
    expect((await onB.api.get<Run>(`/threads/${run.thread_id}/runs/${run.id}`)).body.status).toBe('expired');
    expect(await call.outcome).toBe('closed');
  });

  it('stops the model call A makes when the thread is deleted through B', async () => {
    const { run, call, onA, onB } = await heldOnA(0);
    expect((await onB.api.del(`/threads/${run.thread_id}`)).status).toBe(200);
    expect(await call.outcome).toBe('closed');
    expect((await onA.api.get(`/threads/${run.thread_id}/runs/${run.id}`)).status).toBe(404);
  });

  it('resumes through B a run whose outputs it takes: exactly one of the instances that may start it executes it', async () => {
    const c = await instance(0);
    const { run, callId } = await waitingRun(a);
    const before = a.fake.requests.length + c.fake.requests.length;
    const response = await submit(b.api, run, callId, false);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Run).status).toBe('queued');
    const ended = await until(
      async () => (await b.api.get<Run>(`/threads/${run.thread_id}/runs/${run.id}`)).body,
      settled,
      'the resumed run to end',
    );
    expect(ended.status).toBe('completed');
    const messages = (await b.api.get<ListPage<Message>>(`/threads/${run.thread_id}/messages?run_id=${run.id}`)).body.data;
    expect(messages.map(textOf)).toEqual(['Done.']);
    expect(a.fake.requests.length + c.fake.requests.length).toBe(before + 1);
    expect(b.fake.requests).toHaveLength(0);
  });

  it('gives a stream that starts late the events from its own on: none before, none missed, none twice, large ones too', async () => {
    const { storeA, storeB, onA, onB, close } = await twoChannels();
    await onA.open(IDLE);
    await onB.open(IDLE);
    const ref = { scope: 'scope', threadId: 'thread_x', runId: 'run_x' };
    const received = (): { listener: RunListener; events: RunEvent[]; done: Promise<void> } => {
      const events: RunEvent[] = [];
      let finish = (): void => undefined;
      const done = new Promise<void>((resolve) => {
        finish = resolve;
      });
      const listener: RunListener = (event, data) => {
        events.push({ event, data });
        if (event === 'thread.run.completed') finish();
      };
      return { listener, events, done };
    };
    const delta = (n: number): RunEvent => ({ event: 'thread.message.delta', data: { n } });
    try {
      const first = received();
      await storeB.transaction(() => onB.publish(ref, [{ event: 'thread.run.queued', data: { n: 'first' } }], { follower: first.listener }));
      for (let n = 0; n < 40; n += 1) onA.stream(ref, [delta(n)]);
      await until(() => first.events.length, (count) => count === 41, 'the first 40 deltas at B');
      const late = received();
      await storeB.transaction(async () => {
        await onB.publish(ref, [{ event: 'thread.run.step.completed', data: { n: 'late' } }], { follower: late.listener });
        // A note committed after the late stream registered, and received before its own: not its.
        onA.stream(ref, [delta(40)]);
        await until(() => first.events.length, (count) => count === 42, 'delta 40 at B');
      });
      // Sent while the late stream's first note is on its way.
      for (let n = 41; n < 80; n += 1) onA.stream(ref, [delta(n)]);
      await onA.streamed(ref.runId);
      const large = { event: 'thread.message.completed', data: { text: 'x'.repeat(20_000) } };
      await storeA.transaction(() => onA.publish(ref, [large, { event: 'thread.run.completed', data: { n: 'last' } }]));
      await Promise.all([first.done, late.done]);

      const fromA = first.events.filter((event) => event.event === 'thread.message.delta');
      expect(fromA).toEqual(Array.from({ length: 80 }, (_, n) => delta(n)));
      expect(first.events.at(0)).toEqual({ event: 'thread.run.queued', data: { n: 'first' } });
      expect(first.events.slice(-2)).toEqual([large, { event: 'thread.run.completed', data: { n: 'last' } }]);
      const lateStart = first.events.findIndex((event) => event.event === 'thread.run.step.completed');
      expect(late.events).toEqual(first.events.slice(lateStart));
      expect(late.events).toHaveLength(first.events.length - lateStart);
    } finally {
      await close();
    }
  });

  it("hands an instance's engine the notes of the runs it acts on, and passes the others by", async () => {
    const { storeB, onA, onB, close } = await twoChannels();
    const cancelled: string[] = [];
    let mineArrived = (): void => undefined;
    const arrived = new Promise<void>((resolve) => {
      mineArrived = resolve;
    });
    await onA.open({
      ...IDLE,
      cancelling: (run) => {
        cancelled.push(run.runId);
        if (run.runId === 'run_mine') mineArrived();
      },
      concerns: (runId) => runId === 'run_mine',
    });
    await onB.open(IDLE);
    const cancelling = { event: 'thread.run.cancelling', data: {} };
    try {
      // Notes arrive in commit order: once A has run_mine's, it has had run_other's.
      await storeB.transaction(() => onB.publish({ scope: 'scope', threadId: 'thread_x', runId: 'run_other' }, [cancelling]));
      await storeB.transaction(() => onB.publish({ scope: 'scope', threadId: 'thread_x', runId: 'run_mine' }, [cancelling]));
      await arrived;
      expect(cancelled).toEqual(['run_mine']);
    } finally {
      await close();
    }
  });
});
