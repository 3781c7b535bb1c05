/**
 * The request scenarios of the scoreboard, each as a GraphQL request to the facade and as the
 * REST calls a client would make itself for the same data with the fewest round trips (dependent
 * calls one after the other, independent ones in parallel). Seeded over the v1 server's REST API.
 *
 * - (a) a thread page: 20 messages written over 3 runs of 1 assistant, each with its run and assistant;
 * - (a') the same over 11 runs and 2 assistants;
 * - (b) `nodes(ids:)` of the 20 messages of one thread;
 * - (c) one assistant asked 5 times under aliases;
 * - (d) one `assistant(id)` lookup;
 * - (e) `createThread` against `POST /v1/threads`.
 */
import type { Gql, Rest } from './clients.js';
import { restChain, restSequence, graphqlSequence } from './load.js';
import type { Sequence } from './load.js';
import { sleep } from './common.js';

export type ScenarioKey = 'a' | "a'" | 'b' | 'c' | 'd' | 'e';

export interface Targets {
  /** Upstream requests of one GraphQL request, at most. */
  maxRequests?: number;
  /** Exactly this many upstream requests. */
  exactRequests?: number;
  maxWaves?: number;
  /** Facade median latency at most this many times the direct one. */
  medianRatio?: number;
  p99Ratio?: number;
  /** Facade throughput at least this share of the direct one. */
  throughputShare?: number;
}

export interface Scenario {
  key: ScenarioKey;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** Throws when the facade's data is not what was seeded. */
  check(data: unknown): void;
  /** The same data over REST, with the fewest round trips. */
  direct(rest: Rest): Promise<void>;
  /** What `direct` does, for the notes. */
  directShape: string;
  /** `direct` as an autocannon sequence (paths with `/v1`). */
  directSequence: Sequence;
  facadeSequence: Sequence;
  targets: Targets;
}

interface MessageObject {
  id: string;
  role: string;
  run_id: string | null;
  assistant_id: string | null;
}
interface ListObject<T> {
  data: T[];
}
interface RunObject {
  id: string;
  status: string;
  thread_id: string;
}

const unique = (values: readonly (string | null)[]): string[] => [...new Set(values.filter((value): value is string => value !== null))];

export async function waitForRun(rest: Rest, threadId: string, runId: string, statuses: readonly string[]): Promise<RunObject> {
  for (let attempt = 0; attempt < 2_000; attempt += 1) {
    const run = await rest.get<RunObject>(`/threads/${threadId}/runs/${runId}`);
    if (statuses.includes(run.status)) return run;
    await sleep(5);
  }
  throw new Error(`Run ${runId} never reached ${statuses.join(' or ')}`);
}

/**
 * A thread of `total` messages: `runs` runs (of `assistants` in turn), each adding one assistant
 * message, with the user messages spread before them. Returns the thread id.
 */
async function seedThread(rest: Rest, total: number, runs: number, assistants: readonly string[]): Promise<string> {
  const thread = await rest.post<{ id: string }>('/threads', {});
  const users = total - runs;
  let written = 0;
  for (let run = 0; run < runs; run += 1) {
    const before = Math.floor((users * (run + 1)) / runs) - Math.floor((users * run) / runs);
    for (let index = 0; index < before; index += 1) {
      written += 1;
      await rest.post(`/threads/${thread.id}/messages`, { role: 'user', content: `User message ${written}: how is the weather today?` });
    }
    const created = await rest.post<RunObject>(`/threads/${thread.id}/runs`, { assistant_id: assistants[run % assistants.length] });
    await waitForRun(rest, thread.id, created.id, ['completed']);
  }
  const page = await rest.get<ListObject<MessageObject>>(`/threads/${thread.id}/messages?limit=100`);
  const runIds = unique(page.data.map((message) => message.run_id));
  if (page.data.length !== total || runIds.length !== runs) {
    throw new Error(`Seeded thread ${thread.id} has ${page.data.length} messages over ${runIds.length} runs, not ${total} over ${runs}`);
  }
  return thread.id;
}

export interface Seeded {
  assistants: string[];
  threadA: string;
  threadA2: string;
  /** Global IDs of the 20 messages of thread (a), from the facade. */
  messageGlobalIds: string[];
}

export async function seed(rest: Rest, gql: Gql): Promise<Seeded> {
  const assistants: string[] = [];
  for (const name of ['Bench Alpha', 'Bench Beta']) {
    assistants.push((await rest.post<{ id: string }>('/assistants', { model: 'gpt-4-turbo', name, instructions: 'Answer briefly.' })).id);
  }
  const threadA = await seedThread(rest, 20, 3, assistants.slice(0, 1));
  const threadA2 = await seedThread(rest, 20, 11, assistants);
  const data = await gql<{ thread: { messages: { nodes: { id: string }[] } } }>(
    `query($id: ID!) { thread(id: $id) { messages(first: 20) { nodes { id } } } }`,
    { id: threadA },
  );
  return { assistants, threadA, threadA2, messageGlobalIds: data.thread.messages.nodes.map((node) => node.id) };
}

const THREAD_PAGE = `query($id: ID!) { thread(id: $id) { messages(first: 20) { nodes { id text run { id status } assistant { id name } } } } }`;

interface ThreadPage {
  thread: { messages: { nodes: { id: string; text: string; run: { status: string } | null; assistant: { name: string | null } | null }[] } } | null;
}

function checkThreadPage(runs: number, assistants: number) {
  return (data: unknown): void => {
    const nodes = (data as ThreadPage).thread?.messages.nodes ?? [];
    const withRun = nodes.filter((node) => node.run?.status === 'COMPLETED').length;
    const names = new Set(nodes.flatMap((node) => (node.assistant?.name ? [node.assistant.name] : [])));
    if (nodes.length !== 20 || withRun !== runs || names.size !== assistants) {
      throw new Error(`Thread page: ${nodes.length} messages, ${withRun} with a completed run, ${names.size} assistants`);
    }
  };
}

/** The REST calls of a thread page: the page, then its runs (one list, or a GET for one) and assistants in parallel. */
function threadPagePaths(threadId: string, page: ListObject<MessageObject>): string[] {
  const runIds = unique(page.data.map((message) => message.run_id));
  const assistantIds = unique(page.data.map((message) => message.assistant_id));
  const runPaths =
    runIds.length > 1 ? [`/threads/${threadId}/runs?limit=100`] : runIds.map((runId) => `/threads/${threadId}/runs/${runId}`);
  return [...runPaths, ...assistantIds.map((id) => `/assistants/${id}`)];
}

function threadPageScenario(key: 'a' | "a'", threadId: string, runs: number, assistants: number, targets: Targets): Scenario {
  const first = `/threads/${threadId}/messages?limit=20`;
  // One request for the runs (a list, or the GET of the only one), one GET per assistant.
  const follow = 1 + assistants;
  return {
    key,
    title: `thread page: 20 messages over ${runs} runs and ${assistants} assistant${assistants > 1 ? 's' : ''}`,
    query: THREAD_PAGE,
    variables: { id: threadId },
    check: checkThreadPage(runs, assistants),
    async direct(rest) {
      const page = await rest.get<ListObject<MessageObject>>(first);
      await Promise.all(threadPagePaths(threadId, page).map((path) => rest.get(path)));
    },
    directShape: `GET messages?limit=20, then in parallel: ${runs > 1 ? 'GET runs?limit=100' : 'GET the run'} + ${assistants} assistant GET${assistants > 1 ? 's' : ''}`,
    directSequence: restChain(`/v1${first}`, (answer) => threadPagePaths(threadId, answer as ListObject<MessageObject>).map((path) => `/v1${path}`), follow),
    facadeSequence: graphqlSequence(THREAD_PAGE, { id: threadId }),
    targets,
  };
}

export function scenarios(seeded: Seeded): Scenario[] {
  const assistant = seeded.assistants[0] ?? '';
  const nodesQuery = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Message { text role } } }`;
  const aliases = `query($id: ID!) { ${[1, 2, 3, 4, 5].map((n) => `a${n}: assistant(id: $id) { id name }`).join(' ')} }`;
  const lookup = `query($id: ID!) { assistant(id: $id) { id name } }`;
  const create = `mutation { createThread(input: {}) { thread { id } } }`;
  const wanted = new Set(seeded.messageGlobalIds);
  return [
    threadPageScenario('a', seeded.threadA, 3, 1, { maxRequests: 4, maxWaves: 3 }),
    threadPageScenario("a'", seeded.threadA2, 11, 2, { maxRequests: 5 }),
    {
      key: 'b',
      title: 'nodes(ids:) of the 20 messages of one thread',
      query: nodesQuery,
      variables: { ids: seeded.messageGlobalIds },
      check(data) {
        const nodes = (data as { nodes: ({ id: string } | null)[] }).nodes;
        if (nodes.length !== 20 || nodes.some((node) => !node || !wanted.has(node.id))) throw new Error('nodes(ids:) did not answer the 20 messages');
      },
      async direct(rest) {
        const page = await rest.get<ListObject<MessageObject>>(`/threads/${seeded.threadA}/messages?limit=100`);
        if (page.data.length < 20) throw new Error('The message list is short');
      },
      directShape: 'GET messages?limit=100 of the thread (the 20 ids are in it)',
      directSequence: restSequence('GET', `/v1/threads/${seeded.threadA}/messages?limit=100`),
      facadeSequence: graphqlSequence(nodesQuery, { ids: seeded.messageGlobalIds }),
      targets: { maxRequests: 2 },
    },
    {
      key: 'c',
      title: 'one assistant asked 5 times under aliases',
      query: aliases,
      variables: { id: assistant },
      check(data) {
        const values = Object.values(data as Record<string, { name: string } | null>);
        if (values.length !== 5 || values.some((value) => value?.name !== 'Bench Alpha')) throw new Error('aliases did not answer the assistant 5 times');
      },
      async direct(rest) {
        await rest.get(`/assistants/${assistant}`);
      },
      directShape: 'GET /v1/assistants/{id} once',
      directSequence: restSequence('GET', `/v1/assistants/${assistant}`),
      facadeSequence: graphqlSequence(aliases, { id: assistant }),
      targets: { exactRequests: 1 },
    },
    {
      key: 'd',
      title: 'assistant(id) { id name }',
      query: lookup,
      variables: { id: assistant },
      check(data) {
        if ((data as { assistant: { name: string } | null }).assistant?.name !== 'Bench Alpha') throw new Error('assistant(id) did not answer');
      },
      async direct(rest) {
        await rest.get(`/assistants/${assistant}`);
      },
      directShape: 'GET /v1/assistants/{id}',
      directSequence: restSequence('GET', `/v1/assistants/${assistant}`),
      facadeSequence: graphqlSequence(lookup, { id: assistant }),
      targets: { medianRatio: 2.5, p99Ratio: 3, throughputShare: 0.3 },
    },
    {
      key: 'e',
      title: 'createThread mutation',
      query: create,
      variables: {},
      check(data) {
        if (!(data as { createThread: { thread: { id: string } } }).createThread.thread.id) throw new Error('createThread did not answer a thread');
      },
      async direct(rest) {
        await rest.post('/threads', {});
      },
      directShape: 'POST /v1/threads {}',
      directSequence: restSequence('POST', '/v1/threads', {}),
      facadeSequence: graphqlSequence(create),
      targets: {},
    },
  ];
}
