/**
 * Several v1 servers on one PostgreSQL database (a cluster the test starts; skipped, saying why,
 * without one). Their runs are answered by a fake Chat Completions server that tells the instances
 * apart by the model name each sends (`MODEL_NAME`) and the runs by their user message, and that
 * holds a run's first model call open when the test asks. Each run is executed by one instance:
 * runs stay with the instance that created them; a run whose instance is killed is finished by
 * another once its lease expires, one whose instance stops on SIGTERM at once; an instance whose
 * lease another took stops without writing; a rolling restart under load loses nothing.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import { openStore } from '../../src/v1-server/store/index.js';
import type { Store } from '../../src/v1-server/store/index.js';
import { ACTIVE_RUN_STATUSES, TERMINAL_RUN_STATUSES } from '../../src/v1/schemas.js';
import type { Assistant, ListPage, Message, Run, RunStep } from '../../src/v1/schemas.js';
import { findPostgresBin, POSTGRES_MISSING, startPostgres } from '../helpers/postgres.js';
import type { PostgresCluster } from '../helpers/postgres.js';
import { until } from '../helpers/store-events.js';
import { spawnV1Server } from '../helpers/v1-server-process.js';
import type { SpawnedV1Server } from '../helpers/v1-server-process.js';
import { chunk, startFakeChatServer, textReply } from './fake-chat-server.js';
import type { FakeChatServer, FakeRequest } from './fake-chat-server.js';
import { client, parseSse, startTestV1Server } from './helpers.js';
import type { Api, SseEvent, TestV1Server } from './helpers.js';
import { run as storedRun, SCOPE, THREAD } from './store-contract.js';

const bin = findPostgresBin();
const KEY = 'sk-test-instances';
const PARTIAL = 'Partial';

/** The text of the last user message a model call was sent: the run it is for. */
function runOf(request: FakeRequest): string {
  const messages = (request.body as { messages?: Array<{ role: string; content: unknown }> }).messages ?? [];
  const content = messages.filter((message) => message.role === 'user').at(-1)?.content;
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.map((part: { text?: string }) => part.text ?? '').join('') : '';
}

/** Which instance made a model call. */
const modelOf = (request: FakeRequest): string => (request.body as { model: string }).model;

const answerTo = (content: string): string => `Answer to ${content}`;

const texts = (messages: readonly Message[]): Array<[string, string]> =>
  messages.map((message) => [message.role, message.content.map((part) => (part.type === 'text' ? part.text.value : '')).join('')]);

/** The events of an SSE response as they arrive. */
function sseReader(response: Response): { next(event: string): Promise<SseEvent>; rest(): Promise<SseEvent[]> } {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('The response has no body.');
  const decoder = new TextDecoder();
  let text = '';
  let seen = 0;
  const more = async (): Promise<boolean> => {
    const { value, done } = await reader.read();
    if (!done) text += decoder.decode(value, { stream: true });
    return !done;
  };
  return {
    async next(event) {
      for (;;) {
        const complete = parseSse(text.slice(0, text.lastIndexOf('\n\n') + 2));
        const found = complete.slice(seen).findIndex((frame) => frame.event === event);
        if (found >= 0) {
          seen += found + 1;
          return complete[seen - 1] as SseEvent;
        }
        if (!(await more())) throw new Error(`The stream ended before ${event}: ${text}`);
      }
    },
    async rest() {
      while (await more());
      return parseSse(text).slice(seen);
    },
  };
}

describe.skipIf(bin === undefined)(bin === undefined ? `Several v1 servers: skipped, ${POSTGRES_MISSING}` : 'Several v1 servers on one PostgreSQL', () => {
  let cluster: PostgresCluster | undefined;
  let fake: FakeChatServer;
  /** Runs (by user message) whose first model call is held open after a partial answer. */
  const held = new Set<string>();
  const processes: SpawnedV1Server[] = [];
  const servers: TestV1Server[] = [];
  const stores: Store[] = [];

  beforeAll(async () => {
    if (bin !== undefined) cluster = await startPostgres(bin);
    fake = await startFakeChatServer({
      defaultReply: (request) => {
        const content = runOf(request);
        const first = fake.requests.filter((made) => runOf(made) === content).length === 1;
        if (held.has(content) && first) {
          return { kind: 'sse', chunks: [chunk({ role: 'assistant', content: '' }), chunk({ content: PARTIAL })], hold: true };
        }
        return textReply(answerTo(content), { splitInto: 3, delayMs: 5 });
      },
    });
  }, 60_000);
  afterEach(async () => {
    await Promise.all(processes.splice(0).map((spawned) => spawned.kill()));
    for (const server of servers.splice(0)) await server.v1Server.close();
    for (const store of stores.splice(0)) await store.close();
    fake.requests.length = 0;
    held.clear();
  });
  afterAll(async () => {
    await fake.close();
    await cluster?.stop();
  });

  async function database(): Promise<string> {
    if (!cluster) throw new Error('The PostgreSQL cluster did not start.');
    return cluster.createDatabase();
  }

  async function instance(name: string, databaseUrl: string, leaseSeconds: number): Promise<SpawnedV1Server> {
    const spawned = await spawnV1Server({
      DATABASE_URL: databaseUrl,
      MODEL_BASE_URL: fake.url,
      MODEL_NAME: name,
      RUN_LEASE_SECONDS: String(leaseSeconds),
      CODE_INTERPRETER: 'off',
    });
    processes.push(spawned);
    return spawned;
  }

  /** Sends SIGTERM and resolves with the exit code. */
  function terminate(spawned: SpawnedV1Server): Promise<number | null> {
    const child: ChildProcess = spawned.child;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  }

  const apiOf = (spawned: { url: string }): Api => client(spawned.url, KEY);

  async function assistantOn(api: Api): Promise<Assistant> {
    const response = await api.post<Assistant>('/assistants', { model: 'gpt-4' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  }

  async function createRun(api: Api, assistant: Assistant, content: string): Promise<Run> {
    const response = await api.post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content }] } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  }

  async function ended(api: Api, run: Run, timeoutMs = 10_000): Promise<Run> {
    return until(
      async () => (await api.get<Run>(`/threads/${run.thread_id}/runs/${run.id}`)).body,
      (current) => TERMINAL_RUN_STATUSES.includes(current.status),
      `run ${run.id} to end`,
      { timeoutMs, intervalMs: 50 },
    );
  }

  async function messagesOf(api: Api, run: Run): Promise<Message[]> {
    return (await api.get<ListPage<Message>>(`/threads/${run.thread_id}/messages?order=asc`)).body.data;
  }

  /** Until the held model call of `content` has streamed its partial answer into a stored message. */
  async function partialWritten(api: Api, run: Run): Promise<void> {
    await until(
      () => messagesOf(api, run),
      (messages) => texts(messages).some(([role, text]) => role === 'assistant' && text === PARTIAL),
      `the partial answer of run ${run.id} to be written`,
      { intervalMs: 50 },
    );
  }

  /** The run ended completed with one answer, written once, in one completed step. */
  async function answeredOnce(api: Api, run: Run, content: string): Promise<void> {
    const end = await ended(api, run);
    expect(end.status, JSON.stringify(end.last_error)).toBe('completed');
    expect(texts(await messagesOf(api, run))).toEqual([
      ['user', content],
      ['assistant', answerTo(content)],
    ]);
    const steps = (await api.get<ListPage<RunStep>>(`/threads/${run.thread_id}/runs/${run.id}/steps`)).body.data;
    expect(steps.map((step) => [step.type, step.status])).toEqual([['message_creation', 'completed']]);
  }

  const callsFor = (content: string): FakeRequest[] => fake.requests.filter((request) => runOf(request) === content);

  async function outcomes(content: string): Promise<Array<[string, string]>> {
    return Promise.all(callsFor(content).map(async (request) => [modelOf(request), await request.outcome] as [string, string]));
  }

  it('takes each free run once when two stores claim together', async () => {
    const url = await database();
    const [one, two] = [await openStore(url), await openStore(url)];
    stores.push(one, two);
    const ids = Array.from({ length: 20 }, (_, index) => `run_${index}`);
    for (const [index, id] of ids.entries()) await one.runs.put(SCOPE, THREAD, id, storedRun(id, index, 'queued'));
    const [byOne, byTwo] = await Promise.all([
      one.runLeases.claimFree(ACTIVE_RUN_STATUSES, 'one', 1000, 2000),
      two.runLeases.claimFree(ACTIVE_RUN_STATUSES, 'two', 1000, 2000),
    ]);
    const taken = [...byOne, ...byTwo].map(({ run }) => run.id);
    expect(taken.toSorted()).toEqual(ids.toSorted());
  });

  it('executes each run once, on the instance that created it', { timeout: 60_000 }, async () => {
    const url = await database();
    const a = await instance('instance-a', url, 15);
    const b = await instance('instance-b', url, 15);
    const assistant = await assistantOn(apiOf(a));
    const created: Array<{ run: Run; content: string; by: string }> = [];
    for (let index = 0; index < 6; index += 1) {
      const [through, by] = index % 2 === 0 ? [a, 'instance-a'] : [b, 'instance-b'];
      const content = `split ${index}`;
      created.push({ run: await createRun(apiOf(through), assistant, content), content, by });
    }
    for (const { run, content, by } of created) {
      await answeredOnce(apiOf(a), run, content);
      expect(await outcomes(content), content).toEqual([[by, 'finished']]);
    }
  });

  it('finishes the run of a killed instance on another once its lease expires, answering it once', { timeout: 60_000 }, async () => {
    const url = await database();
    const a = await instance('instance-a', url, 1);
    const b = await instance('instance-b', url, 1);
    const content = 'kill me';
    held.add(content);
    const run = await createRun(apiOf(a), await assistantOn(apiOf(a)), content);
    await partialWritten(apiOf(b), run);
    await a.kill();

    await answeredOnce(apiOf(b), run, content);
    expect(await outcomes(content)).toEqual([
      ['instance-a', 'closed'],
      ['instance-b', 'finished'],
    ]);
  });

  it('on SIGTERM ends its streams, hands its runs to another instance at once, and exits 0', { timeout: 60_000 }, async () => {
    const url = await database();
    // Leases far longer than the test waits: only one let go can explain the other finishing the run.
    const a = await instance('instance-a', url, 60);
    const b = await instance('instance-b', url, 60);
    const content = 'stop me';
    held.add(content);
    const assistant = await assistantOn(apiOf(a));
    const stream = await apiOf(a).stream('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content }] }, stream: true });
    expect(stream.status).toBe(200);
    const events = sseReader(stream);
    const run = JSON.parse((await events.next('thread.run.created')).data) as Run;
    await partialWritten(apiOf(b), run);

    expect(await terminate(a)).toBe(0);
    // A's stream ended without `done`: its client resumes elsewhere.
    const rest = await events.rest();
    expect(rest.map((event) => event.event)).not.toContain('done');

    await answeredOnce(apiOf(b), run, content);
    expect(await outcomes(content)).toEqual([
      ['instance-a', 'closed'],
      ['instance-b', 'finished'],
    ]);
  });

  it('stops executing a run whose lease another instance took, writing nothing more', { timeout: 60_000 }, async () => {
    const url = await database();
    let skew = 0;
    const start = async (name: string, clock: () => number): Promise<TestV1Server> => {
      const store = await openStore(url);
      stores.push(store);
      const server = await startTestV1Server({ store, clock, runLeaseSeconds: 1, model: new ChatCompletionsModel({ baseUrl: fake.url, modelName: name }) });
      servers.push(server);
      return server;
    };
    const a = await start('instance-a', Date.now);
    // B's clock jumps ahead when the test says: A's lease then looks expired to B, as when A stalls.
    const b = await start('instance-b', () => Date.now() + skew);
    const content = 'take it over';
    held.add(content);
    const api = a.api(KEY);
    const run = await createRun(api, await assistantOn(api), content);
    await partialWritten(api, run);
    expect(callsFor(content)).toHaveLength(1);

    skew = 60_000;
    await answeredOnce(b.api(KEY), run, content);
    // A gave up its model call when it found its lease gone, and wrote nothing after B's answer.
    expect(await outcomes(content)).toEqual([
      ['instance-a', 'closed'],
      ['instance-b', 'finished'],
    ]);
    await answeredOnce(api, run, content);
  });

  it('loses no acknowledged run and leaves none stuck through a rolling restart under load', { timeout: 120_000 }, async () => {
    const url = await database();
    const names = ['instance-a', 'instance-b'];
    const live: SpawnedV1Server[] = [await instance(names[0] ?? '', url, 2), await instance(names[1] ?? '', url, 2)];
    const assistant = await assistantOn(apiOf(live[0] ?? { url: '' }));
    const acknowledged: Array<{ run: Run; content: string }> = [];
    const RUNS = 30;

    const load = (async () => {
      let attempt = 0;
      while (acknowledged.length < RUNS) {
        attempt += 1;
        const target = live[attempt % live.length];
        if (!target) continue;
        const content = `load ${attempt}`;
        // A request cut by a restart is not acknowledged: the loop goes on with the next instance.
        const response = await apiOf(target)
          .post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content }] } })
          .catch(() => undefined);
        if (response?.status === 200) acknowledged.push({ run: response.body, content });
      }
    })();

    for (const index of [0, 1]) {
      const at = (index + 1) * (RUNS / 3);
      await until(() => acknowledged.length, (count) => count >= at, `${at} runs acknowledged`, { timeoutMs: 30_000, intervalMs: 20 });
      const stopping = live[index];
      if (!stopping) throw new Error('No instance to restart.');
      live.splice(index, 1);
      expect(await terminate(stopping)).toBe(0);
      live.splice(index, 0, await instance(names[index] ?? '', url, 2));
    }
    await load;

    const api = apiOf(live[0] ?? { url: '' });
    for (const { run, content } of acknowledged) await answeredOnce(api, run, content);
    expect(acknowledged).toHaveLength(RUNS);
  });
});
