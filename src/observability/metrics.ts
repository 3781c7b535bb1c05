/**
 * The facade's Prometheus metrics, in a registry of its own (never prom-client's global one), so
 * two facades in one process count separately. Label values come from small fixed sets (operation
 * types, error codes, upstream operations and statuses) or are capped (operation names, which
 * callers choose), and label objects are cached: an observation allocates nothing of ours.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UpstreamCallEvent } from '../openai/http.js';

/** Distinct operation names labelled as themselves; later new names are counted as `other`. */
export const MAX_OPERATION_NAMES = 100;
/** The label of operations without a name. */
export const ANONYMOUS = 'anonymous';
/** The label of names past `MAX_OPERATION_NAMES`. */
export const OTHER_OPERATIONS = 'other';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

type OperationLabels = Readonly<Record<'operation_name' | 'operation_type', string>>;
type UpstreamLabels = Readonly<Record<'operation' | 'status', string>>;

let processRegistry: Registry | undefined;

/**
 * Node's process metrics (CPU, memory, event loop lag, GC, handles), collected once per process:
 * each `collectDefaultMetrics` call starts an event-loop monitor and a GC observer that are never
 * stopped, so each facade's registry takes these same metrics in rather than collecting its own.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export class FacadeMetrics {
  /** What `GET /metrics` serves: this facade's metrics and the process's. */
  readonly registry: Registry;
  readonly operationDuration: Histogram<'operation_name' | 'operation_type'>;
  readonly errors: Counter<'code'>;
  readonly upstreamCalls: Counter<'operation' | 'status'>;
  readonly upstreamDuration: Histogram<'operation'>;
  readonly openSubscriptions: Gauge;
  readonly #operationLabels = new Map<string, Map<string, OperationLabels>>();
  #operationNames = 0;
  readonly #errorLabels = new Map<string, Readonly<Record<'code', string>>>();
  readonly #upstreamLabels = new Map<string, Map<string | number, UpstreamLabels>>();
  readonly #upstreamOperationLabels = new Map<string, Readonly<Record<'operation', string>>>();

  constructor() {
    const own = new Registry();
    const registers = [own];
    this.operationDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations by name and type: execution time; for subscriptions, how long the stream stayed open.',
      labelNames: ['operation_name', 'operation_type'],
      buckets: SECONDS,
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL responses, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    this.upstreamCalls = new Counter({
      name: 'upstream_requests_total',
      help: 'Upstream HTTP requests (each retry counts) by REST operation and HTTP status, or timeout/unavailable/aborted when none came.',
      labelNames: ['operation', 'status'],
      registers,
    });
    this.upstreamDuration = new Histogram({
      name: 'upstream_request_duration_seconds',
      help: 'Upstream HTTP request time by REST operation, until the answer was read (event streams: until it started).',
      labelNames: ['operation'],
      buckets: SECONDS,
      registers,
    });
    this.openSubscriptions = new Gauge({
      name: 'graphql_subscriptions_open',
      help: 'GraphQL subscriptions streaming right now.',
      registers,
    });
    this.registry = Registry.merge([own, processMetrics()]);
  }

  /** The labels of an operation (`type`: query, mutation or subscription); names past the cap become `other`, unnamed ones `anonymous`. */
  operationLabels(name: string | undefined, type: string): OperationLabels {
    let byName = this.#operationLabels.get(type);
    if (!byName) {
      byName = new Map();
      this.#operationLabels.set(type, byName);
    }
    let key = name ?? ANONYMOUS;
    const known = byName.get(key);
    if (known) return known;
    if (key !== ANONYMOUS && key !== OTHER_OPERATIONS) {
      if (this.#operationNames < MAX_OPERATION_NAMES) this.#operationNames += 1;
      else key = OTHER_OPERATIONS;
    }
    const other = byName.get(key);
    if (other) return other;
    const labels = Object.freeze({ operation_name: key, operation_type: type });
    byName.set(key, labels);
    return labels;
  }

  /** Counts one error of a GraphQL response by its `extensions.code` (`fallback` when it has none). */
  countError(error: unknown, fallback = 'UNKNOWN'): void {
    const extensions: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'extensions') : undefined;
    const code: unknown = typeof extensions === 'object' && extensions !== null ? Reflect.get(extensions, 'code') : undefined;
    const key = typeof code === 'string' ? code : fallback;
    let labels = this.#errorLabels.get(key);
    if (!labels) {
      labels = Object.freeze({ code: key });
      this.#errorLabels.set(key, labels);
    }
    this.errors.inc(labels);
  }

  /** For `UpstreamObserver.onCall`: one upstream attempt's status and time. */
  readonly onUpstreamCall = (event: UpstreamCallEvent): void => {
    this.upstreamCalls.inc(this.#upstreamLabelsOf(event.operation, event.status ?? event.failure ?? 'unknown'));
    let labels = this.#upstreamOperationLabels.get(event.operation);
    if (!labels) {
      labels = Object.freeze({ operation: event.operation });
      this.#upstreamOperationLabels.set(event.operation, labels);
    }
    this.upstreamDuration.observe(labels, event.durationMs / 1000);
  };

  #upstreamLabelsOf(operation: string, status: string | number): UpstreamLabels {
    let byStatus = this.#upstreamLabels.get(operation);
    if (!byStatus) {
      byStatus = new Map();
      this.#upstreamLabels.set(operation, byStatus);
    }
    let labels = byStatus.get(status);
    if (!labels) {
      labels = Object.freeze({ operation, status: String(status) });
      byStatus.set(status, labels);
    }
    return labels;
  }
}
