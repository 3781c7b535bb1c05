/**
 * OpenTelemetry traces: off unless an OTLP endpoint is configured (`startTracing`). With a provider,
 * each GraphQL operation gets a span and each upstream HTTP request a child span of it, whose W3C
 * `traceparent` goes upstream. Without one, nothing here runs per request.
 */
import { createRequire } from 'node:module';
import { DiagLogLevel, SpanKind, SpanStatusCode, context, diag, propagation, trace } from '@opentelemetry/api';
import type { Attributes, Context, DiagLogger, Span, TextMapGetter, Tracer, TracerProvider } from '@opentelemetry/api';
import type * as Resources from '@opentelemetry/resources';
import type * as TraceSdk from '@opentelemetry/sdk-trace-node';
import type { NodeTracerProvider, SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import type { UpstreamAttempt, UpstreamCallEvent } from '../openai/http.js';

export const DEFAULT_SERVICE_NAME = 'assistants-graphql-facade';
const TRACER_NAME = 'assistants-graphql-facade';

/** The configuration variables tracing reads (see config.ts). */
export interface TracingConfig {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string | undefined;
  OTEL_SERVICE_NAME?: string | undefined;
}

/** Where spans go: the traces endpoint as given, else `/v1/traces` below the OTLP endpoint; none turns tracing off. */
export function tracesEndpoint(config: TracingConfig): string | undefined {
  if (config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  return `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
}

export interface TracerProviderOptions {
  exporter: SpanExporter;
  serviceName?: string;
  /** Export in batches (production); false exports each span as it ends (tests). Default true. */
  batch?: boolean;
}

/**
 * The SDK (about 20 MB in memory) is loaded, synchronously, only when tracing is on: a facade
 * without tracing never carries it.
 */
function sdk(): { trace: typeof TraceSdk; resources: typeof Resources } {
  const require = createRequire(import.meta.url);
  return {
    trace: require('@opentelemetry/sdk-trace-node') as typeof TraceSdk,
    resources: require('@opentelemetry/resources') as typeof Resources,
  };
}

/**
 * A tracer provider exporting to `exporter`, registered with the OpenTelemetry API: as the global
 * provider, with the async-hooks context manager (so upstream calls find their operation's span)
 * and the W3C trace-context propagator (so they carry `traceparent`).
 */
export function createTracerProvider(options: TracerProviderOptions): NodeTracerProvider {
  const { trace: { NodeTracerProvider, BatchSpanProcessor, SimpleSpanProcessor }, resources: { resourceFromAttributes } } = sdk();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName ?? DEFAULT_SERVICE_NAME }),
    spanProcessors: [options.batch === false ? new SimpleSpanProcessor(options.exporter) : new BatchSpanProcessor(options.exporter)],
  });
  provider.register();
  return provider;
}

export interface RunningTracing {
  provider: NodeTracerProvider;
  /** Exports the spans still queued and stops. */
  shutdown(): Promise<void>;
}

type OtlpExporterClass = new (config: { url: string }) => SpanExporter;

/**
 * The OTLP/HTTP exporter, loaded (synchronously, through `require`) only when tracing is on, so a
 * facade without tracing never loads the exporter and its protocol code.
 */
function otlpExporterClass(): OtlpExporterClass {
  const require = createRequire(import.meta.url);
  return (require('@opentelemetry/exporter-trace-otlp-http') as { OTLPTraceExporter: OtlpExporterClass }).OTLPTraceExporter;
}

/** Tracing from the environment: null (off) unless an OTLP endpoint is set. Exporter trouble is logged as warnings. */
export function startTracing(config: TracingConfig, logger: Logger): RunningTracing | null {
  const url = tracesEndpoint(config);
  if (url === undefined) return null;
  diag.setLogger(diagToPino(logger), DiagLogLevel.WARN);
  const Exporter = otlpExporterClass();
  const provider = createTracerProvider({ exporter: new Exporter({ url }), serviceName: config.OTEL_SERVICE_NAME });
  logger.info({ traces: url, service: config.OTEL_SERVICE_NAME ?? DEFAULT_SERVICE_NAME }, 'Exporting traces over OTLP/HTTP');
  return { provider, shutdown: () => provider.shutdown() };
}

function diagToPino(logger: Logger): DiagLogger {
  const log = (level: 'warn' | 'error') => (message: string, ...args: unknown[]) =>
    logger[level]({ otel: args.map(String).join(' ') || undefined }, `OpenTelemetry: ${message}`);
  const ignore = (): void => undefined;
  return { error: log('error'), warn: log('warn'), info: ignore, debug: ignore, verbose: ignore };
}

const headersGetter: TextMapGetter<Headers> = {
  get: (carrier, key) => carrier.get(key) ?? undefined,
  keys: (carrier) => [...carrier.keys()],
};

/** One traced operation: its span and the context its execution runs in. */
export interface TracedOperation {
  span: Span;
  context: Context;
}

/** The facade's spans, from one provider. */
export class FacadeTracing {
  readonly #tracer: Tracer;

  constructor(provider: TracerProvider) {
    this.#tracer = provider.getTracer(TRACER_NAME);
  }

  /**
   * The span of one GraphQL operation, named by its (capped) metric label; a child of the caller's
   * trace when the request carries a `traceparent`.
   */
  startOperation(label: string, operation: OperationDefinitionNode | null | undefined, request: Request | undefined): TracedOperation {
    const active = context.active();
    const parent = request ? propagation.extract(active, request.headers, headersGetter) : active;
    const attributes: Attributes = { 'graphql.operation.type': operation?.operation ?? 'unknown' };
    if (operation?.name) attributes['graphql.operation.name'] = operation.name.value;
    const span = this.#tracer.startSpan(label, { kind: SpanKind.SERVER, attributes }, parent);
    return { span, context: trace.setSpan(parent, span) };
  }

  /** Ends an operation's span; `errorCode` (the first error's) marks it failed. */
  endOperation(span: Span, errorCode: string | undefined): void {
    if (errorCode !== undefined) {
      span.setAttribute('graphql.error.code', errorCode);
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorCode });
    }
    span.end();
  }

  /**
   * For `UpstreamObserver.onSend`: a client span for one upstream request, child of the operation
   * being executed, and its `traceparent` in the request's headers. Calls outside any traced
   * operation (readiness checks, start-up seeding) are not traced.
   */
  readonly onUpstreamSend = (attempt: UpstreamAttempt, headers: Record<string, string>): ((event: UpstreamCallEvent) => void) | undefined => {
    const parent = context.active();
    if (trace.getSpan(parent) === undefined) return undefined;
    const attributes: Attributes = {
      'upstream.operation': attempt.operation,
      'http.request.method': attempt.method,
      'url.path': attempt.path,
    };
    if (attempt.attempt > 1) attributes['http.request.resend_count'] = attempt.attempt - 1;
    const span = this.#tracer.startSpan(`upstream ${attempt.operation}`, { kind: SpanKind.CLIENT, attributes }, parent);
    propagation.inject(trace.setSpan(parent, span), headers);
    return (event) => {
      if (event.status !== null) span.setAttribute('http.response.status_code', event.status);
      if (event.failure !== null) span.setAttribute('error.type', event.failure);
      if (event.failure !== null || (event.status !== null && event.status >= 400)) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
  };
}
