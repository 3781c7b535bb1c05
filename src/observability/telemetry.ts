/**
 * A facade's metrics and traces in one object: the yoga plugin that times operations, traces them
 * and counts open subscriptions; the error-masking wrapper that counts errors by code; and the
 * observer the REST client reports its upstream calls to.
 *
 * Wiring: give the same `Telemetry` to the facade (`FacadeOptions.telemetry`) and its client's
 * `UpstreamClientOptions.observer` (`telemetry.upstreamObserver`); a facade given none makes its
 * own, whose `/metrics` then lacks upstream figures.
 *
 * The plugin works at envelop's execute/subscribe hooks, so every transport that runs operations
 * through yoga's envelop (HTTP, SSE, WebSocket) is timed and traced alike.
 */
import { context } from '@opentelemetry/api';
import type { Context, TracerProvider } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamObserver } from '../openai/http.js';
import { FacadeMetrics } from './metrics.js';
import { FacadeTracing } from './tracing.js';
import { endingOnce } from '../ending-once.js';

/** Yoga's `maskedErrors.maskError`. */
export type MaskError = (error: unknown, message: string, isDev?: boolean) => Error;

export interface TelemetryOptions {
  /**
   * Traces come from this provider; with none (the default) nothing is traced. It must be
   * registered with the OpenTelemetry API's context manager and W3C propagator, as
   * `createTracerProvider` (tracing.ts) and `NodeTracerProvider.register()` do.
   */
  tracerProvider?: TracerProvider;
}

export class Telemetry {
  readonly metrics: FacadeMetrics;
  readonly tracing: FacadeTracing | null;
  /** For `UpstreamClientOptions.observer`. */
  readonly upstreamObserver: UpstreamObserver;

  constructor(options: TelemetryOptions = {}) {
    this.metrics = new FacadeMetrics();
    this.tracing = options.tracerProvider ? new FacadeTracing(options.tracerProvider) : null;
    this.upstreamObserver = this.tracing
      ? { onSend: this.tracing.onUpstreamSend, onCall: this.metrics.onUpstreamCall }
      : { onCall: this.metrics.onUpstreamCall };
  }

  /**
   * `mask` counting each error it hands back by its code. Every error of a response passes here
   * once, except validation errors, which yoga answers unmasked: the plugin counts those.
   */
  countingErrors(mask: MaskError): MaskError {
    const metrics = this.metrics;
    return (error, message, isDev) => {
      const masked = mask(error, message, isDev);
      metrics.countError(masked);
      return masked;
    };
  }

  /**
   * The yoga plugin. `mask` tells a span the code its operation's first error gets (the plugin
   * sees errors before yoga masks them).
   */
  plugin(mask: MaskError): Plugin {
    const { metrics, tracing } = this;
    const codeOf = (errors: readonly unknown[] | undefined): string | undefined => {
      const first: unknown = errors?.[0];
      if (first === undefined) return undefined;
      const code: unknown = Reflect.get(Reflect.get(mask(first, 'error'), 'extensions') ?? {}, 'code');
      return typeof code === 'string' ? code : 'UNKNOWN';
    };
    const countValidationErrors = ({ valid, result }: { valid: boolean; result: readonly unknown[] }): void => {
      // Yoga gives these their code after this hook (useHTTPValidationError), hence the fallback.
      if (!valid) for (const error of result) metrics.countError(error, 'GRAPHQL_VALIDATION_FAILED');
    };
    return {
      onValidate: () => countValidationErrors,
      onExecute({ args, executeFn, setExecuteFn }) {
        const operation = getOperationAST(args.document, args.operationName);
        const labels = metrics.operationLabels(operation?.name?.value, operation?.operation ?? 'query');
        const started = performance.now();
        const traced = tracing?.startOperation(labels.operation_name, operation, args.contextValue.request);
        if (traced) setExecuteFn((executeArgs) => context.with(traced.context, executeFn, undefined, executeArgs));
        return {
          onExecuteDone({ result }) {
            metrics.operationDuration.observe(labels, (performance.now() - started) / 1000);
            if (traced) tracing?.endOperation(traced.span, isAsyncIterable(result) ? undefined : codeOf(result.errors));
          },
        };
      },
      onSubscribe({ args, subscribeFn, setSubscribeFn }) {
        const operation = getOperationAST(args.document, args.operationName);
        const labels = metrics.operationLabels(operation?.name?.value, operation?.operation ?? 'subscription');
        const started = performance.now();
        const traced = tracing?.startOperation(labels.operation_name, operation, args.contextValue.request);
        if (traced) setSubscribeFn((subscribeArgs) => context.with(traced.context, subscribeFn, undefined, subscribeArgs));
        const end = (errorCode: string | undefined): void => {
          metrics.operationDuration.observe(labels, (performance.now() - started) / 1000);
          if (traced) tracing?.endOperation(traced.span, errorCode);
        };
        return {
          onSubscribeResult({ result, setResult }) {
            if (!isAsyncIterable(result)) {
              end(codeOf(result.errors));
              return;
            }
            metrics.openSubscriptions.inc();
            setResult(
              watchStream(result, traced?.context, codeOf, (errorCode) => {
                metrics.openSubscriptions.dec();
                end(errorCode);
              }),
            );
          },
        };
      },
    };
  }
}

/**
 * `source` with `onEnd` called exactly once when it ends, with the first error code it carried.
 * With a trace context, each `next` runs in it, so the upstream calls that produce an event are
 * children of the subscription's span.
 */
function watchStream(
  source: AsyncIterable<ExecutionResult>,
  traceContext: Context | undefined,
  codeOf: (errors: readonly unknown[] | undefined) => string | undefined,
  onEnd: (errorCode: string | undefined) => void,
): AsyncIterableIterator<ExecutionResult> {
  let errorCode: string | undefined;
  return endingOnce(source, () => onEnd(errorCode), {
    ...(traceContext ? { pull: (next) => context.with(traceContext, next) } : {}),
    onValue: (result) => {
      errorCode ??= codeOf(result.errors);
    },
    onFailure: (error) => {
      errorCode ??= codeOf([error]);
    },
  });
}
