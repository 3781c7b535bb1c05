/**
 * Per-caller budgets, per process: GraphQL operations and runs started per minute (token buckets
 * that hold a minute's worth and refill evenly), and subscriptions open at once. A caller is
 * `ctx.caller.id`. Over a budget, the operation or run is refused before any upstream call with a
 * RATE_LIMITED error carrying `retryAfter`; where that refuses the whole request, the error also
 * asks for HTTP 429 with `Retry-After` (yoga honours `extensions.http`).
 */
import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import type { RequestLogger } from './logger.js';
import type { Caller } from './auth/caller.js';
import type { AssistantsApi } from './openai/api.js';
import type { GraphQLContext } from './graphql/context.js';
import { endingOnce } from './ending-once.js';

export interface BudgetLimits {
  /** GraphQL operations a caller may run per minute, on every transport, subscription starts included. */
  operationsPerMinute: number;
  /** Runs a caller may start per minute (createRun, createThreadAndRun, runEvents, threadAndRunEvents). */
  runsPerMinute: number;
  /** Subscriptions a caller may have open at once. */
  subscriptionsPerCaller: number;
}

const MINUTE_MS = 60_000;
/** A slot frees when one of the caller's subscriptions ends, not at a known time: a polling hint. */
const SUBSCRIPTION_RETRY_SECONDS = 5;

/**
 * A RATE_LIMITED error. `wholeRequest`: nothing of the request ran, so HTTP answers 429 with
 * `Retry-After`; otherwise one field failed and the rest of the answer stands.
 */
export function rateLimited(message: string, retryAfter: number, wholeRequest: boolean): GraphQLError {
  const http = wholeRequest ? { http: { status: 429, headers: { 'Retry-After': String(retryAfter) } } } : {};
  return new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', retryAfter, ...http } });
}

/** Token buckets per caller of `perMinute` tokens (0: no limit). Memory: the callers of the last minute. */
class RateBudget {
  readonly #perMinute: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  #sweptAt = Number.NEGATIVE_INFINITY;

  constructor(perMinute: number, now: () => number) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  /** Takes a token for `caller`: null when taken, else the whole seconds (≥ 1) until one is there. */
  take(caller: string): number | null {
    if (this.#perMinute === 0) return null;
    const now = this.#now();
    this.#sweep(now);
    const bucket = this.#buckets.get(caller);
    const tokens = bucket ? Math.min(this.#perMinute, bucket.tokens + (Math.max(0, now - bucket.at) * this.#perMinute) / MINUTE_MS) : this.#perMinute;
    if (tokens < 1) {
      this.#buckets.set(caller, { tokens, at: now });
      return Math.max(1, Math.ceil(((1 - tokens) * MINUTE_MS) / this.#perMinute / 1000));
    }
    this.#buckets.set(caller, { tokens: tokens - 1, at: now });
    return null;
  }

  /** A bucket untouched for a minute is full again, as good as none: forgotten (checked once a minute). */
  #sweep(now: number): void {
    if (now - this.#sweptAt < MINUTE_MS) return;
    this.#sweptAt = now;
    for (const [caller, bucket] of this.#buckets) {
      if (now - bucket.at >= MINUTE_MS) this.#buckets.delete(caller);
    }
  }
}

/** Open subscriptions per caller, at most `max` each (0: no limit). */
class SubscriptionSlots {
  readonly #max: number;
  readonly #open = new Map<string, number>();

  constructor(max: number) {
    this.#max = max;
  }

  /** Takes a slot for `caller`; false when all of its slots are taken. */
  take(caller: string): boolean {
    const open = this.#open.get(caller) ?? 0;
    if (this.#max > 0 && open >= this.#max) return false;
    this.#open.set(caller, open + 1);
    return true;
  }

  release(caller: string): void {
    const open = (this.#open.get(caller) ?? 1) - 1;
    if (open > 0) this.#open.set(caller, open);
    else this.#open.delete(caller);
  }
}


/** The three budgets of one facade. */
export class Budgets {
  readonly #operations: RateBudget;
  readonly #runs: RateBudget;
  readonly #subscriptions: SubscriptionSlots;

  /** A missing limit is no limit; `now` is the clock (milliseconds), injectable for tests. */
  constructor(limits: Partial<BudgetLimits> = {}, now: () => number = Date.now) {
    this.#operations = new RateBudget(limits.operationsPerMinute ?? 0, now);
    this.#runs = new RateBudget(limits.runsPerMinute ?? 0, now);
    this.#subscriptions = new SubscriptionSlots(limits.subscriptionsPerCaller ?? 0);
  }

  /**
   * The yoga plugin: each operation takes an operation token, and each subscription a slot until
   * it ends, when execution starts (on every transport, which all run operations through envelop).
   */
  plugin(): Plugin<GraphQLContext> {
    const operationRefusal = (ctx: GraphQLContext): GraphQLError | null => this.operationRefusal(ctx.caller, ctx.logger);
    return {
      onExecute: ({ args, setResultAndStopExecution }) => {
        const refusal = operationRefusal(args.contextValue);
        if (refusal) setResultAndStopExecution({ errors: [refusal] });
      },
      onSubscribe: ({ args, setResultAndStopExecution }) => {
        const refusal = operationRefusal(args.contextValue);
        if (refusal) return setResultAndStopExecution({ errors: [refusal] });
        const caller = args.contextValue.caller.id;
        if (!this.#subscriptions.take(caller)) {
          args.contextValue.logger.info({ budget: 'subscriptions' }, 'Refused over the caller’s budget');
          const message = 'Too many open subscriptions: end one of this caller’s subscriptions first.';
          return setResultAndStopExecution({ errors: [rateLimited(message, SUBSCRIPTION_RETRY_SECONDS, true)] });
        }
        return {
          onSubscribeResult: ({ result, setResult }) => {
            if (isAsyncIterable(result)) setResult(endingOnce<ExecutionResult>(result, () => this.#subscriptions.release(caller)));
            else this.#subscriptions.release(caller);
          },
          onSubscribeError: () => this.#subscriptions.release(caller),
        };
      },
    };
  }

  /**
   * Takes an operation token of `caller`'s: null when taken, else the RATE_LIMITED error refusing
   * the whole request. GraphQL operations take one each (`plugin`), and so does a download.
   */
  operationRefusal(caller: Caller, logger: RequestLogger): GraphQLError | null {
    const retryAfter = this.#operations.take(caller.id);
    if (retryAfter === null) return null;
    logger.info({ budget: 'operations', retryAfter }, 'Refused over the caller’s budget');
    return rateLimited('Too many operations: over this caller’s budget per minute.', retryAfter, true);
  }

  /**
   * `api` whose calls that start a run first take a run token of `caller`'s, and throw
   * RATE_LIMITED without calling upstream when there is none. Here rather than in the resolvers:
   * every way of starting a run goes through these four calls, whatever the resolver. A refused
   * stream refuses its whole subscription; a refused `createRun` fails its field alone.
   */
  countingRuns(api: AssistantsApi, caller: Caller): AssistantsApi {
    const takeRun = (wholeRequest: boolean): void => {
      const retryAfter = this.#runs.take(caller.id);
      if (retryAfter !== null) throw rateLimited('Too many runs started: over this caller’s budget per minute.', retryAfter, wholeRequest);
    };
    const counted: Partial<AssistantsApi> = {
      createRun: (threadId, body) => {
        takeRun(false);
        return api.createRun(threadId, body);
      },
      createThreadAndRun: (body) => {
        takeRun(false);
        return api.createThreadAndRun(body);
      },
      createRunStream: (threadId, body) => {
        takeRun(true);
        return api.createRunStream(threadId, body);
      },
      createThreadAndRunStream: (body) => {
        takeRun(true);
        return api.createThreadAndRunStream(body);
      },
    };
    return new Proxy(api, {
      get: (target, property): unknown => {
        const own: unknown = Reflect.get(counted, property);
        if (own !== undefined) return own;
        // Bound: the client's methods use private fields, which a proxy as `this` does not have.
        const member: unknown = Reflect.get(target, property);
        return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
      },
    });
  }
}
