/**
 * (j) GraphQL Mesh on the same upstream: the facade and a GraphQL Mesh gateway generated from the
 * same v1 OpenAPI description (`bench/mesh/`), each in its own process over one v1 server, and
 * direct REST, measured in one run the way the scenario phases measure the facade against direct
 * REST. Mesh is asked for the data of (d), (c), (a) and (b) with queries written by hand against
 * its generated schema: one root field per REST operation, ids as plain strings, no links between
 * objects, no `node`/`nodes` and no batching, so a thread page takes it two requests (the page,
 * then its runs and assistant) and 20 messages by id are 20 aliased fields. Each side's answer is
 * compared with the other's once, in one shape, before anything is timed.
 *
 * Upstream requests and waves are counted by a facade and a gateway of their own over the
 * recording proxy; the timed facade and gateway call the v1 server itself, as direct REST does.
 * Latency: sequential samples, the three sides interleaved; throughput: slices of each side at
 * `THROUGHPUT_CONNECTIONS` connections, F M D D M F ….
 *
 * Mesh is kept out of the project's dependencies: `bench/mesh` is a package of its own, installed
 * on first use (`npm ci --prefix bench/mesh`); when that fails the phase is skipped.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitGlobalId } from '../src/graphql/global-id.js';
import { gqlClient, restClient } from './clients.js';
import type { Gql } from './clients.js';
import { median, ms, round, sleep } from './common.js';
import { graphqlChain, graphqlSequence } from './load.js';
import type { GraphqlRequest, LoadResult, Sequence } from './load.js';
import { BENCH_KEY, FACADE_NODE_ENV, ROOT, freePort, memoryOf, spawnFacade, startUpstream, stop, watchOutput } from './processes.js';
import type { FacadeProcess, Upstream } from './processes.js';
import { scenarios, seed } from './scenarios.js';
import type { Scenario, ScenarioKey, Seeded } from './scenarios.js';
import {
  COUNT_MEASUREMENTS,
  LATENCY_SAMPLES,
  THROUGHPUT_CONNECTIONS,
  THROUGHPUT_SECONDS,
  alternatingLoads,
  countPhase,
  interleavedLatencies,
  measureCalls,
} from './scoreboard.js';
import type { LatencyFigures } from './scoreboard.js';

const MESH_DIR = path.join(ROOT, 'bench/mesh');
/** npm writes it last: without it the install is missing or was cut short. */
const INSTALLED_MARK = path.join(MESH_DIR, 'node_modules/.package-lock.json');

interface Calls {
  requests: number;
  waves: number;
}

export interface MeshPeerResult {
  key: ScenarioKey;
  title: string;
  meshShape: string;
  /** GraphQL requests a Mesh client sends for the data, one after the other (the facade: 1). */
  meshRequests: number;
  /** Upstream requests and waves of one operation (medians of `COUNT_MEASUREMENTS`). */
  counts: { facade: Calls; mesh: Calls; direct: Calls };
  latency: { samples: number; facade: LatencyFigures; mesh: LatencyFigures; direct: LatencyFigures };
  throughput: { connections: number; secondsPerSide: number; facade: LoadResult; mesh: LoadResult; direct: LoadResult; facadePeakRssMb: number; meshPeakRssMb: number };
}

export interface MeshPeerPhase {
  /** What serves the Mesh side, e.g. `@graphql-hive/gateway 2.15.1`. */
  gateway: string;
  results: MeshPeerResult[];
}

/** Installs `bench/mesh` when it is not; undefined when it is there, else why not. */
function installMesh(progress: (message: string) => void): string | undefined {
  if (existsSync(INSTALLED_MARK)) return undefined;
  progress('(j) npm ci --prefix bench/mesh: GraphQL Mesh, installed on first use outside the project\'s dependencies');
  const result = spawnSync('npm', ['ci', '--prefix', MESH_DIR, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status === 0 && existsSync(INSTALLED_MARK)) return undefined;
  return `npm ci --prefix bench/mesh failed (${result.error?.message ?? `exit code ${result.status}`})`;
}

interface MeshProcess {
  /** The gateway's origin (GraphQL at `/graphql`). */
  url: string;
  memory(): { rssMb: number };
  exited(): string | undefined;
  close(): Promise<void>;
}

const bin = (name: string): string => path.join(MESH_DIR, 'node_modules/.bin', name);

/**
 * Composes the supergraph with its upstream at `upstreamUrl` (with `/v1`) and starts the gateway
 * on it (`bench/mesh/mesh.config.ts` holds both set-ups); ready when `/readiness` answers.
 */
async function startMesh(upstreamUrl: string): Promise<MeshProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-mesh-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: FACADE_NODE_ENV,
    MESH_SUPERGRAPH: path.join(dir, 'supergraph.graphql'),
    MESH_UPSTREAM_URL: upstreamUrl,
    MESH_UPSTREAM_KEY: BENCH_KEY,
    MESH_PORT: String(port),
  };
  // The gateway CLI reads these over its configuration file.
  for (const name of ['FORK', 'HOST', 'PORT', 'CONFIG_PATH', 'POLLING', 'JIT']) delete env[name];
  const composed = spawnSync(process.execPath, [bin('mesh-compose')], { cwd: MESH_DIR, env, encoding: 'utf8' });
  if (composed.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`mesh-compose failed (exit code ${composed.status}):\n${composed.stderr || composed.stdout}`);
  }
  const child: ChildProcess = spawn(process.execPath, [bin('hive-gateway'), 'supergraph', env.MESH_SUPERGRAPH ?? ''], { cwd: MESH_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = watchOutput(child);
  const url = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  };
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await close();
      throw new Error(`The Mesh gateway exited (${child.exitCode}) before it was ready:\n${tail()}`);
    }
    const ready = await fetch(`${url}/readiness`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (performance.now() - started > 60_000) {
      await close();
      throw new Error(`The Mesh gateway was not ready after 60 s:\n${tail()}`);
    }
    await sleep(20);
  }
  let closing = false;
  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    if (!closing) exit = `exit code ${code ?? '-'}, signal ${signal ?? '-'}; last output:\n${tail() || '(none)'}`;
  });
  const pid = child.pid ?? -1;
  return {
    url,
    memory: () => memoryOf(pid),
    exited: () => exit,
    close: () => {
      closing = true;
      return close();
    },
  };
}

/** The upstream id a facade global ID carries (its last part, e.g. the `msg_…` of a message's). */
function upstreamId(globalId: string): string {
  const id = splitGlobalId(globalId)?.parts.at(-1);
  if (!id) throw new Error(`Not a global ID: ${globalId}`);
  return id;
}

interface MeshContent {
  text?: { value: string };
}

/** The facade's `Message.text`: the text parts joined with blank lines. */
const textOf = (content: readonly MeshContent[]): string =>
  content
    .flatMap((part) => (part.text ? [part.text.value] : []))
    .join('\n\n');

const MESH_CONTENT = 'content { ... on MessageContentTextObject { text { value } } }';

interface Lookup {
  id: string;
  name: string | null;
}

/** A scenario of the scoreboard, with what Mesh is sent for its data. */
interface PeerScenario {
  scenario: Scenario;
  meshShape: string;
  meshRequests: number;
  /** Asks Mesh for the data; its answer in the shape both sides are compared in. */
  mesh(gql: Gql): Promise<unknown>;
  /** The facade's answer to `scenario.query`, in that shape. */
  facadeView(data: unknown): unknown;
  meshSequence: Sequence;
}

interface MeshMessage {
  id: string;
  role: string;
  content: MeshContent[];
  run_id: string | null;
  assistant_id: string | null;
}

interface ThreadPageView {
  id: string;
  text: string;
  run: { id: string; status: string } | null;
  assistant: Lookup | null;
}

function threadPagePeer(scenario: Scenario, threadId: string): PeerScenario {
  const page: GraphqlRequest = {
    query: `query($thread: String!) { listMessages(thread_id: $thread, limit: 20) { data { id ${MESH_CONTENT} run_id assistant_id } } }`,
    variables: { thread: threadId },
  };
  const messagesOf = (data: unknown): MeshMessage[] => (data as { listMessages: { data: MeshMessage[] } }).listMessages.data;
  // Like the direct side: one list of the runs (or the GET of the only one), one GET per assistant, at once.
  const followUp = (data: unknown): GraphqlRequest => {
    const messages = messagesOf(data);
    const runIds = [...new Set(messages.flatMap((message) => (message.run_id ? [message.run_id] : [])))];
    const assistantIds = [...new Set(messages.flatMap((message) => (message.assistant_id ? [message.assistant_id] : [])))];
    const parameters: string[] = [];
    const fields: string[] = [];
    const variables: Record<string, unknown> = {};
    if (runIds.length > 0) {
      parameters.push('$thread: String!');
      variables.thread = threadId;
      if (runIds.length > 1) fields.push('runs: listRuns(thread_id: $thread, limit: 100) { data { id status } }');
      else {
        parameters.push('$run: String!');
        variables.run = runIds[0];
        fields.push('run: getRun(thread_id: $thread, run_id: $run) { id status }');
      }
    }
    assistantIds.forEach((id, index) => {
      parameters.push(`$a${index}: String!`);
      variables[`a${index}`] = id;
      fields.push(`a${index}: getAssistant(assistant_id: $a${index}) { id name }`);
    });
    return { query: `query(${parameters.join(', ')}) { ${fields.join(' ')} }`, variables };
  };
  return {
    scenario,
    meshShape: 'listMessages(limit: 20), then listRuns(limit: 100) (or getRun of the only run) and getAssistant of each assistant in one request',
    meshRequests: 2,
    async mesh(gql) {
      const first = await gql(page.query, page.variables);
      const next = followUp(first);
      const linked = await gql<Record<string, unknown>>(next.query, next.variables);
      const { runs, run, ...assistants } = linked as { runs?: { data: { id: string; status: string }[] }; run?: { id: string; status: string } } & Record<string, Lookup>;
      const runById = new Map((runs?.data ?? (run ? [run] : [])).map((each) => [each.id, each]));
      const assistantById = new Map(Object.values(assistants).map((each) => [each.id, each]));
      return messagesOf(first).map(
        (message): ThreadPageView => ({
          id: message.id,
          text: textOf(message.content),
          run: message.run_id ? (runById.get(message.run_id) ?? null) : null,
          assistant: message.assistant_id ? (assistantById.get(message.assistant_id) ?? null) : null,
        }),
      );
    },
    facadeView(data) {
      const nodes = (data as { thread: { messages: { nodes: { id: string; text: string; run: { id: string; status: string } | null; assistant: Lookup | null }[] } } }).thread
        .messages.nodes;
      return nodes.map(
        (node): ThreadPageView => ({
          id: upstreamId(node.id),
          text: node.text,
          run: node.run && { id: upstreamId(node.run.id), status: node.run.status.toLowerCase() },
          assistant: node.assistant && { id: upstreamId(node.assistant.id), name: node.assistant.name },
        }),
      );
    },
    meshSequence: graphqlChain(page, followUp),
  };
}

function peerScenarios(seeded: Seeded, list: readonly Scenario[]): PeerScenario[] {
  const scenarioOf = (key: ScenarioKey): Scenario => {
    const scenario = list.find((candidate) => candidate.key === key);
    if (!scenario) throw new Error(`No scenario (${key})`);
    return scenario;
  };
  const assistant = seeded.assistants[0] ?? '';
  const lookupView = (value: Lookup): Lookup => ({ id: upstreamId(value.id), name: value.name });
  const lookup = `query($id: String!) { getAssistant(assistant_id: $id) { id name } }`;
  const aliases = `query($id: String!) { ${[1, 2, 3, 4, 5].map((n) => `a${n}: getAssistant(assistant_id: $id) { id name }`).join(' ')} }`;
  const messageIds = seeded.messageGlobalIds.map(upstreamId);
  const byIds = `query($thread: String!, ${messageIds.map((_, index) => `$m${index}: String!`).join(', ')}) { ${messageIds
    .map((_, index) => `m${index}: getMessage(thread_id: $thread, message_id: $m${index}) { id role ${MESH_CONTENT} }`)
    .join(' ')} }`;
  const byIdsVariables = Object.fromEntries([['thread', seeded.threadA], ...messageIds.map((id, index) => [`m${index}`, id])]);
  return [
    {
      scenario: scenarioOf('d'),
      meshShape: 'getAssistant(assistant_id:) { id name }',
      meshRequests: 1,
      mesh: async (gql) => (await gql<{ getAssistant: Lookup }>(lookup, { id: assistant })).getAssistant,
      facadeView: (data) => lookupView((data as { assistant: Lookup }).assistant),
      meshSequence: graphqlSequence(lookup, { id: assistant }),
    },
    {
      scenario: scenarioOf('c'),
      meshShape: '5 aliased getAssistant fields',
      meshRequests: 1,
      mesh: async (gql) => Object.values(await gql<Record<string, Lookup>>(aliases, { id: assistant })),
      facadeView: (data) => Object.values(data as Record<string, Lookup>).map(lookupView),
      meshSequence: graphqlSequence(aliases, { id: assistant }),
    },
    threadPagePeer(scenarioOf('a'), seeded.threadA),
    {
      scenario: scenarioOf('b'),
      meshShape: '20 aliased getMessage fields (no node/nodes)',
      meshRequests: 1,
      async mesh(gql) {
        const answer = await gql<Record<string, MeshMessage>>(byIds, byIdsVariables);
        return messageIds.map((_, index) => {
          const message = answer[`m${index}`] as MeshMessage;
          return { id: message.id, text: textOf(message.content), role: message.role };
        });
      },
      facadeView: (data) =>
        (data as { nodes: { id: string; text: string; role: string }[] }).nodes.map((node) => ({
          id: upstreamId(node.id),
          text: node.text,
          role: node.role.toLowerCase(),
        })),
      meshSequence: graphqlSequence(byIds, byIdsVariables),
    },
  ];
}

/** Throws unless the facade and Mesh answer the same data (and the facade the seeded data). */
async function checkSameAnswers(peer: PeerScenario, facadeGql: Gql, meshGql: Gql): Promise<void> {
  const facadeData = await facadeGql(peer.scenario.query, peer.scenario.variables);
  peer.scenario.check(facadeData);
  deepStrictEqual(await peer.mesh(meshGql), peer.facadeView(facadeData), `(${peer.scenario.key}): Mesh and the facade answer different data`);
}

/** Upstream requests and waves of Mesh's operation: the medians of `COUNT_MEASUREMENTS`. */
async function countMesh(peer: PeerScenario, upstream: Upstream, meshGql: Gql): Promise<Calls> {
  const measured = [];
  for (let round = 0; round < COUNT_MEASUREMENTS; round += 1) measured.push(await measureCalls(upstream, () => peer.mesh(meshGql)));
  return { requests: median(measured.map((each) => each.requests)), waves: median(measured.map((each) => each.waves)) };
}

/** The gateway's name and version, from its installed package. */
function gatewayVersion(): string {
  const manifest = spawnSync(process.execPath, ['-p', "require('@graphql-hive/gateway/package.json').version"], { cwd: MESH_DIR, encoding: 'utf8' });
  return `@graphql-hive/gateway ${manifest.stdout.trim() || '?'}`;
}

/** The phase; undefined (with a message) when GraphQL Mesh could not be installed. */
export async function meshPeerPhase(progress: (message: string) => void): Promise<MeshPeerPhase | undefined> {
  const notInstalled = installMesh(progress);
  if (notInstalled) {
    progress(`(j) skipped: ${notInstalled}`);
    return undefined;
  }
  let upstream: Upstream | undefined;
  let facade: FacadeProcess | undefined;
  let mesh: MeshProcess | undefined;
  try {
    upstream = await startUpstream();
    const rest = restClient(upstream.v1ServerUrl);
    const countedRest = restClient(upstream.proxyUrl);
    facade = await spawnFacade({ upstreamUrl: upstream.proxyUrl });
    mesh = await startMesh(upstream.proxyUrl);
    const seeded = await seed(rest, gqlClient(facade.url));
    const peers = peerScenarios(seeded, scenarios(seeded));
    progress('(j) the same answers from the facade and Mesh; upstream requests and waves (a facade and a gateway over the recording proxy)');
    const counts = new Map<ScenarioKey, MeshPeerResult['counts']>();
    for (const peer of peers) {
      const countingGql = gqlClient(facade.url);
      const countingMesh = gqlClient(mesh.url);
      await checkSameAnswers(peer, countingGql, countingMesh);
      const facadeCounts = await countPhase(peer.scenario, upstream, countingGql, countedRest);
      counts.set(peer.scenario.key, {
        facade: { requests: facadeCounts.requests, waves: facadeCounts.waves },
        mesh: await countMesh(peer, upstream, countingMesh),
        direct: { requests: facadeCounts.directRequests, waves: facadeCounts.directWaves },
      });
    }
    await facade.close();
    await mesh.close();
    facade = undefined;
    mesh = undefined;

    facade = await spawnFacade({ upstreamUrl: upstream.v1ServerUrl });
    mesh = await startMesh(upstream.v1ServerUrl);
    const facadeGql = gqlClient(facade.url);
    const meshGql = gqlClient(mesh.url);
    const results: MeshPeerResult[] = [];
    for (const peer of peers) {
      const { scenario } = peer;
      await checkSameAnswers(peer, facadeGql, meshGql);
      progress(`(j) latency (${scenario.key}): ${LATENCY_SAMPLES} sequential samples per side, facade, Mesh and direct interleaved`);
      const [facadeLatency, meshLatency, directLatency] = (await interleavedLatencies([
        () => facadeGql(scenario.query, scenario.variables),
        () => peer.mesh(meshGql),
        () => scenario.direct(rest),
      ])) as [LatencyFigures, LatencyFigures, LatencyFigures];
      progress(`(j) throughput (${scenario.key}): ${THROUGHPUT_SECONDS} s per side at ${THROUGHPUT_CONNECTIONS} connections`);
      const [facadeLoad, meshLoad, directLoad] = (await alternatingLoads(
        [
          { origin: facade.url, sequence: scenario.facadeSequence, memory: facade.memory },
          { origin: mesh.url, sequence: peer.meshSequence, memory: mesh.memory },
          { origin: new URL(upstream.v1ServerUrl).origin, sequence: scenario.directSequence },
        ],
        THROUGHPUT_CONNECTIONS,
        THROUGHPUT_SECONDS,
      )) as [{ load: LoadResult; peakRssMb: number }, { load: LoadResult; peakRssMb: number }, { load: LoadResult; peakRssMb: number }];
      const exited = facade.exited() ?? mesh.exited();
      if (exited) throw new Error(`The facade or the Mesh gateway exited during the (${scenario.key}) load: ${exited}`);
      results.push({
        key: scenario.key,
        title: scenario.title,
        meshShape: peer.meshShape,
        meshRequests: peer.meshRequests,
        counts: counts.get(scenario.key) as MeshPeerResult['counts'],
        latency: { samples: LATENCY_SAMPLES, facade: facadeLatency, mesh: meshLatency, direct: directLatency },
        throughput: {
          connections: THROUGHPUT_CONNECTIONS,
          secondsPerSide: THROUGHPUT_SECONDS,
          facade: facadeLoad.load,
          mesh: meshLoad.load,
          direct: directLoad.load,
          facadePeakRssMb: facadeLoad.peakRssMb,
          meshPeakRssMb: meshLoad.peakRssMb,
        },
      });
    }
    return { gateway: gatewayVersion(), results };
  } finally {
    await facade?.close();
    await mesh?.close();
    await upstream?.close();
  }
}

export function printMeshPeer(phase: MeshPeerPhase): void {
  console.log(
    `\n(j) GraphQL Mesh on the same upstream: F = facade, M = GraphQL Mesh (mesh-compose from the v1 OpenAPI description, served by ${phase.gateway}, one process), ` +
      `D = direct REST, all over one v1 server; upstream req/waves counted by another facade and gateway over the recording proxy; ` +
      `latency over ${LATENCY_SAMPLES} sequential samples per side interleaved; throughput ${THROUGHPUT_SECONDS} s per side at ${THROUGHPUT_CONNECTIONS} connections (F M D D M F …); ` +
      'M/F: how many times the facade\'s median Mesh takes; F/M thr: the facade\'s ops/s over Mesh\'s',
  );
  console.table(
    phase.results.map(({ key, meshRequests, counts, latency, throughput }) => ({
      scenario: key,
      'M GraphQL req': meshRequests,
      'upstream req F|M|D': `${counts.facade.requests} | ${counts.mesh.requests} | ${counts.direct.requests}`,
      'waves F|M|D': `${counts.facade.waves} | ${counts.mesh.waves} | ${counts.direct.waves}`,
      'median F|M|D ms': `${ms(latency.facade.medianMs)} | ${ms(latency.mesh.medianMs)} | ${ms(latency.direct.medianMs)}`,
      'median M/F': round(latency.mesh.medianMs / latency.facade.medianMs),
      'p99 F|M|D ms': `${ms(latency.facade.p99Ms)} | ${ms(latency.mesh.p99Ms)} | ${ms(latency.direct.p99Ms)}`,
      'p99 M/F': round(latency.mesh.p99Ms / latency.facade.p99Ms),
      'ops/s F|M|D': `${throughput.facade.opsPerSecond.toFixed(0)} | ${throughput.mesh.opsPerSecond.toFixed(0)} | ${throughput.direct.opsPerSecond.toFixed(0)}`,
      'F/M thr': round(throughput.facade.opsPerSecond / throughput.mesh.opsPerSecond),
      'peak RSS F|M MB': `${throughput.facadePeakRssMb.toFixed(0)} | ${throughput.meshPeakRssMb.toFixed(0)}`,
      'failed ops F|M|D': `${throughput.facade.failures + throughput.facade.errors} | ${throughput.mesh.failures + throughput.mesh.errors} | ${throughput.direct.failures + throughput.direct.errors}`,
    })),
  );
  for (const result of phase.results) console.log(`  (${result.key}) ${result.title}; Mesh: ${result.meshShape}`);
}
