/**
 * Operability: Prometheus metrics at /metrics, OpenTelemetry traces (operation spans, upstream
 * child spans, `traceparent` upstream), and the log format. Real HTTP throughout: metrics over the
 * v1 server, traces over a scripted upstream whose received headers the tests read.
 */
import { PassThrough } from 'node:stream';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { register as globalRegistry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFacadeConfig } from '../src/config.js';
import { chooseLogFormat, createLogger } from '../src/logger.js';
import { FacadeMetrics, MAX_OPERATION_NAMES } from '../src/observability/metrics.js';
import { Telemetry } from '../src/observability/telemetry.js';
import { createTracerProvider, tracesEndpoint } from '../src/observability/tracing.js';
import { dataOf, startFacade, startHarness } from './helpers/harness.js';
import type { FacadeHandle, Harness } from './helpers/harness.js';
import { until } from './helpers/kit.js';
import { subscribe } from './helpers/sse-client.js';
import { FakeUpstream } from './openai/fake-upstream.js';
import { assistant as fixtureAssistant, frame, list, run as fixtureRun, thread as fixtureThread } from './openai/fixtures.js';
import { graphql } from './graphql/generated/gql.js';

const ASSISTANT = graphql(`query OperabilityAssistant($id: ID!) { assistant(id: $id) { id name } }`);
const NODE = graphql(`query OperabilityNode($id: ID!) { node(id: $id) { id } }`);
const CREATE = graphql(`mutation OperabilityCreate($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { openaiId } } }`);
const DELETE = graphql(`mutation OperabilityDelete($id: ID!) { deleteAssistant(input: { id: $id }) { deletedAssistantId } }`);
const EVENTS = graphql(
  `subscription OperabilityEvents($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { event } }`,
);
/** Deliberately without a name, so it is counted as `anonymous` (a typed document needs a name). */
const ANONYMOUS_QUERY = `{ assistants(first: 1) { nodes { id } } }`;

async function metricsOf(url: string): Promise<{ contentType: string | null; text: string }> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  return { contentType: response.headers.get('content-type'), text: await response.text() };
}

/** The value of the sample `name` whose labels include `labels`; undefined when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('metrics at GET /metrics', () => {
  let harness: Harness;
  let telemetry: Telemetry;

  beforeAll(async () => {
    telemetry = new Telemetry();
    harness = await startHarness({ client: { observer: telemetry.upstreamObserver }, facade: { telemetry } });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('serves the facade’s own registry in the Prometheus text format, with Node’s process metrics', async () => {
    const { contentType, text } = await metricsOf(harness.facadeUrl);
    expect(contentType).toBe(telemetry.metrics.registry.contentType);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('# TYPE graphql_operation_duration_seconds histogram');
    expect(text).toContain('# TYPE graphql_subscriptions_open gauge');
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    // Not prom-client's global registry: two facades in one process count apart.
    expect(globalRegistry.getSingleMetric('graphql_operation_duration_seconds')).toBeUndefined();
    const other = new Telemetry();
    expect(other.metrics.registry).not.toBe(telemetry.metrics.registry);
  });

  it('times operations by name and type, unnamed ones as anonymous', async () => {
    const created = dataOf(await harness.gql(CREATE, { input: { model: 'gpt-4-turbo', name: 'Metered' } })).createAssistant.assistant;
    dataOf(await harness.gql(ASSISTANT, { id: created.openaiId }));
    dataOf(await harness.gql(ASSISTANT, { id: created.openaiId }));
    dataOf(await harness.gql(ANONYMOUS_QUERY));
    const { text } = await metricsOf(harness.facadeUrl);
    const count = (operation_name: string, operation_type: string) =>
      sample(text, 'graphql_operation_duration_seconds_count', { operation_name, operation_type });
    expect(count('OperabilityAssistant', 'query')).toBe(2);
    expect(count('OperabilityCreate', 'mutation')).toBe(1);
    expect(count('anonymous', 'query')).toBe(1);
    expect(sample(text, 'graphql_operation_duration_seconds_bucket', { operation_name: 'OperabilityAssistant', le: '+Inf' })).toBe(2);
    expect(sample(text, 'graphql_operation_duration_seconds_sum', { operation_name: 'OperabilityAssistant' })).toBeGreaterThan(0);
  });

  it('counts errors by code, and upstream requests by operation and status with their time', async () => {
    const created = dataOf(await harness.gql(CREATE, { input: { model: 'gpt-4-turbo' } })).createAssistant.assistant;
    dataOf(await harness.gql(ASSISTANT, { id: created.openaiId }));
    // A missing assistant is null, not an error, but its GET is a 404 upstream.
    expect(dataOf(await harness.gql(ASSISTANT, { id: 'asst_missing' })).assistant).toBeNull();
    const badId = await harness.gql(NODE, { id: 'garbage!!' });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    dataOf(await harness.gql(DELETE, { id: created.openaiId }));
    const again = await harness.gql(DELETE, { id: created.openaiId });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const invalid = await harness.gql(`query OperabilityInvalid { noSuchField }`);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const { text } = await metricsOf(harness.facadeUrl);
    expect(sample(text, 'graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(sample(text, 'graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(sample(text, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'upstream_requests_total', { operation: 'getAssistant', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'upstream_requests_total', { operation: 'getAssistant', status: '404' })).toBe(1);
    expect(sample(text, 'upstream_requests_total', { operation: 'deleteAssistant', status: '200' })).toBe(1);
    expect(sample(text, 'upstream_requests_total', { operation: 'deleteAssistant', status: '404' })).toBe(1);
    expect(sample(text, 'upstream_request_duration_seconds_count', { operation: 'getAssistant' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'upstream_request_duration_seconds_sum', { operation: 'getAssistant' })).toBeGreaterThan(0);
  });

  it('caps operation names: past the limit, new names are counted as other', () => {
    const metrics = new FacadeMetrics();
    for (let i = 0; i < MAX_OPERATION_NAMES; i += 1) expect(metrics.operationLabels(`Op${i}`, 'query').operation_name).toBe(`Op${i}`);
    expect(metrics.operationLabels('OneTooMany', 'query').operation_name).toBe('other');
    expect(metrics.operationLabels('Op7', 'query').operation_name).toBe('Op7');
    expect(metrics.operationLabels(undefined, 'mutation').operation_name).toBe('anonymous');
    // The same labels object each time: an observation allocates no labels.
    expect(metrics.operationLabels('Op7', 'query')).toBe(metrics.operationLabels('Op7', 'query'));
  });
});

describe('the open-subscriptions gauge', () => {
  let fake: FakeUpstream;
  let facade: FacadeHandle;
  const input = { assistantId: 'asst_1' };

  beforeAll(async () => {
    fake = await FakeUpstream.start();
    const telemetry = new Telemetry();
    facade = await startFacade(fake.url, { client: { maxRetries: 0, observer: telemetry.upstreamObserver }, facade: { telemetry } });
  });
  afterAll(async () => {
    await facade.close();
    await fake.close();
  });

  const open = async (): Promise<number | undefined> => sample((await metricsOf(facade.facadeUrl)).text, 'graphql_subscriptions_open');

  it('goes up while a subscription streams and back down when its client leaves', async () => {
    expect(await open()).toBe(0);
    fake.reset();
    // An upstream stream that stays open after its first events.
    fake.reply({ sse: [frame('thread.created', fixtureThread), frame('thread.run.created', fixtureRun)], end: false });
    const subscription = subscribe(facade.facadeUrl, EVENTS, { input }, { apiKey: 'sk-test' });
    const events = subscription[Symbol.asyncIterator]();
    expect((await events.next()).value?.data?.threadAndRunEvents.event).toBe('thread.created');
    expect(await open()).toBe(1);
    subscription.abort();
    await until(open, (value) => value === 0, 'the gauge back at 0 after the client left');
  });

  it('goes back down when the stream completes, and times the subscription', async () => {
    fake.reset();
    fake.reply({ sse: [frame('thread.created', fixtureThread), 'event: done\ndata: [DONE]\n\n'] });
    const results = await subscribe(facade.facadeUrl, EVENTS, { input }, { apiKey: 'sk-test' }).collect();
    expect(results.map((result) => result.data?.threadAndRunEvents.event)).toEqual(['thread.created', 'done']);
    await until(open, (value) => value === 0, 'the gauge back at 0 after the stream completed');
    const { text } = await metricsOf(facade.facadeUrl);
    expect(sample(text, 'graphql_operation_duration_seconds_count', { operation_name: 'OperabilityEvents', operation_type: 'subscription' })).toBe(2);
    expect(sample(text, 'upstream_requests_total', { operation: 'createThreadAndRunStream', status: '200' })).toBe(2);
  });
});

describe('traces', () => {
  const exporter = new InMemorySpanExporter();
  let fake: FakeUpstream;
  let traced: FacadeHandle;
  let untraced: FacadeHandle;

  beforeAll(async () => {
    fake = await FakeUpstream.start();
    fake.route((hit) => {
      if (hit.method === 'GET' && hit.path === '/v1/assistants') return { json: list([fixtureAssistant]) };
      if (hit.method === 'GET' && hit.path === '/v1/assistants/asst_1') return { json: fixtureAssistant };
      return { status: 404, json: { error: { message: `No assistant found with id '${hit.path.split('/').pop() ?? ''}'.`, type: 'invalid_request_error' } } };
    });
    const provider = createTracerProvider({ exporter, batch: false });
    const telemetry = new Telemetry({ tracerProvider: provider });
    traced = await startFacade(fake.url, { client: { maxRetries: 0, observer: telemetry.upstreamObserver }, facade: { telemetry } });
    // Tracing off: the default telemetry, though a tracer provider is registered in this process.
    const plain = new Telemetry();
    untraced = await startFacade(fake.url, { client: { maxRetries: 0, observer: plain.upstreamObserver }, facade: { telemetry: plain } });
  });
  afterAll(async () => {
    await traced.close();
    await untraced.close();
    await fake.close();
  });

  const spanNamed = (name: string): ReadableSpan => {
    const span = exporter.getFinishedSpans().find((candidate) => candidate.name === name);
    if (!span) throw new Error(`no span ${name} among ${exporter.getFinishedSpans().map((s) => s.name).join(', ')}`);
    return span;
  };
  const childrenOf = (parent: ReadableSpan): ReadableSpan[] =>
    exporter.getFinishedSpans().filter((span) => span.parentSpanContext?.spanId === parent.spanContext().spanId);
  const traceparentOf = (index: number): string => {
    const value = fake.hits[index]?.headers.traceparent;
    if (typeof value !== 'string') throw new Error(`request ${index} carried no traceparent`);
    return value;
  };

  it('spans an operation, its upstream requests as child spans, and sends each one’s traceparent upstream', async () => {
    exporter.reset();
    fake.hits.length = 0;
    // Two assistants at once: one list call of the newest, then a GET of the one not in it.
    const response = await traced.gql(
      graphql(`query OperabilityTwoAssistants($a: ID!, $b: ID!) { a: assistant(id: $a) { name } b: assistant(id: $b) { name } }`),
      { a: 'asst_1', b: 'asst_gone' },
    );
    expect(dataOf(response)).toEqual({ a: { name: 'Helper' }, b: null });

    const operation = spanNamed('OperabilityTwoAssistants');
    expect(operation.attributes).toMatchObject({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'OperabilityTwoAssistants' });
    expect(operation.attributes['graphql.error.code']).toBeUndefined();
    const upstream = childrenOf(operation).sort((x, y) => String(x.attributes['url.path']).localeCompare(String(y.attributes['url.path'])));
    expect(upstream.map((span) => [span.name, span.attributes])).toEqual([
      // The path without its query string (`?limit=100&order=desc`).
      ['upstream listAssistants', { 'upstream.operation': 'listAssistants', 'http.request.method': 'GET', 'url.path': '/v1/assistants', 'http.response.status_code': 200 }],
      ['upstream getAssistant', { 'upstream.operation': 'getAssistant', 'http.request.method': 'GET', 'url.path': '/v1/assistants/asst_gone', 'http.response.status_code': 404 }],
    ]);
    for (const span of upstream) expect(span.spanContext().traceId).toBe(operation.spanContext().traceId);

    // What the upstream received: the operation's trace id, and the id of that request's own span.
    expect(fake.hits).toHaveLength(2);
    for (let index = 0; index < 2; index += 1) {
      const [, traceId, parentId] = /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/.exec(traceparentOf(index)) ?? [];
      expect(traceId).toBe(operation.spanContext().traceId);
      const span = upstream.find((candidate) => candidate.attributes['url.path'] === fake.hits[index]?.path);
      expect(parentId).toBe(span?.spanContext().spanId);
    }
  });

  it('marks a failed operation with its error code', async () => {
    exporter.reset();
    const response = await traced.gql(DELETE, { id: 'asst_gone' });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const operation = spanNamed('OperabilityDelete');
    expect(operation.attributes).toMatchObject({ 'graphql.operation.type': 'mutation', 'graphql.error.code': 'NOT_FOUND' });
    expect(operation.status.code).toBe(2); // SpanStatusCode.ERROR
    expect(childrenOf(operation).map((span) => span.attributes['http.response.status_code'])).toEqual([404]);
  });

  it('spans a subscription for as long as it streams, with its upstream stream as a child', async () => {
    exporter.reset();
    fake.hits.length = 0;
    fake.reply({ sse: [frame('thread.created', fixtureThread), 'event: done\ndata: [DONE]\n\n'] });
    const results = await subscribe(traced.facadeUrl, EVENTS, { input: { assistantId: 'asst_1' } }, { apiKey: 'sk-test' }).collect();
    expect(results).toHaveLength(2);
    await until(() => exporter.getFinishedSpans().some((span) => span.name === 'OperabilityEvents'), Boolean, 'the subscription span');
    const operation = spanNamed('OperabilityEvents');
    expect(operation.attributes).toMatchObject({ 'graphql.operation.type': 'subscription' });
    expect(childrenOf(operation).map((span) => [span.name, span.attributes['http.response.status_code']])).toEqual([
      ['upstream createThreadAndRunStream', 200],
    ]);
    expect(traceparentOf(0)).toContain(operation.spanContext().traceId);
  });

  it('continues the caller’s trace when the request carries a traceparent', async () => {
    exporter.reset();
    const callerTrace = '0af7651916cd43dd8448eb211c80319c';
    const callerSpan = 'b7ad6b7169203331';
    dataOf(await traced.gql(ASSISTANT, { id: 'asst_1' }, { headers: { traceparent: `00-${callerTrace}-${callerSpan}-01` } }));
    const operation = spanNamed('OperabilityAssistant');
    expect(operation.spanContext().traceId).toBe(callerTrace);
    expect(operation.parentSpanContext?.spanId).toBe(callerSpan);
  });

  it('sends no traceparent and makes no span when tracing is off', async () => {
    exporter.reset();
    fake.hits.length = 0;
    dataOf(await untraced.gql(ASSISTANT, { id: 'asst_1' }));
    expect(fake.hits).toHaveLength(1);
    expect(fake.hits[0]?.headers.traceparent).toBeUndefined();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('is configured by OTEL_* variables, a bad endpoint stopping start-up with one line naming it', () => {
    const config = loadFacadeConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'facade-a' });
    expect(config).toMatchObject({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'facade-a', LOG_FORMAT: 'auto' });
    expect(loadFacadeConfig({}).OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(() => loadFacadeConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'collector:4318' })).toThrow(
      /^Invalid configuration: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http\(s\) URL/,
    );
    expect(() => loadFacadeConfig({ LOG_FORMAT: 'xml' })).toThrow(/^Invalid configuration: LOG_FORMAT /);
  });

  it('is on when an OTLP endpoint is configured, and exports to /v1/traces below it', () => {
    expect(tracesEndpoint({})).toBeUndefined();
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe('http://collector:4318/v1/traces');
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b/traces' })).toBe('http://b/traces');
  });
});

describe('log format', () => {
  it('is pretty in a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    expect(chooseLogFormat('auto', true)).toBe('pretty');
    expect(chooseLogFormat('auto', false)).toBe('json');
    expect(chooseLogFormat('auto', undefined)).toBe('json');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });

  function logOnce(isTTY: boolean): string {
    const stream = Object.assign(new PassThrough(), { isTTY });
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    createLogger('info', { destination: stream }).info({ apiKey: 'sk-secret', upstream: 'http://u/v1' }, 'hello operators');
    return Buffer.concat(chunks).toString('utf8');
  }

  it('writes readable lines to a TTY, still redacted', () => {
    const out = logOnce(true);
    expect(out).toMatch(/INFO/);
    expect(out).toContain('hello operators');
    expect(out).toContain('[Redacted]');
    expect(out).not.toContain('sk-secret');
    expect(() => JSON.parse(out) as unknown).toThrow();
  });

  it('writes one JSON object per line elsewhere, redacted', () => {
    const out = logOnce(false);
    const line = JSON.parse(out.trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'hello operators', level: 30, apiKey: '[Redacted]', upstream: 'http://u/v1' });
  });
});
