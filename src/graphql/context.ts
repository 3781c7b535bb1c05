/**
 * What every resolver gets: the caller's view of the upstream, the loaders over it, and the
 * server's run pollers.
 *
 * A query or mutation has one context: `api` is bounded by the request's deadline and `loaders` load
 * through it, primed with its every answer. A subscription event gets a context of its own
 * (`eventContext`, made by the `contextPerSubscriptionEvent` plugin): the request's, with fresh
 * loaders over a view bounded only by the client's connection. Otherwise the request's loaders
 * would serve objects cached at an earlier event, and its deadline would time out fields of events
 * that arrive after it.
 */
import { useExtendContextValuePerExecuteSubscriptionEvent } from '@envelop/execute-subscription-event';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Caller } from '../auth/caller.js';
import type { RequestLogger } from '../logger.js';
import type { AnswerObserver, AssistantsApi } from '../openai/api.js';
import { Loaders } from './loaders.js';
import type { RunFollowers } from './subscriptions/run-followers.js';

/** What resolvers use of the loaders: `ctx.loaders.load(NODE, key)`, `clear` and `prime`. */
export type NodeLoaders = Pick<Loaders, 'load' | 'clear' | 'prime'>;

/** Opens a view of the upstream as the caller, aborted by `signal`, telling `onAnswer` of every answer. */
export type OpenUpstream = (signal: AbortSignal, onAnswer?: AnswerObserver) => AssistantsApi;

export interface GraphQLContext {
  /** Who is calling (authenticated before the request got here). */
  readonly caller: Caller;
  /**
   * The upstream as this caller, bounded by the request's deadline (a subscription event's: by the
   * client's connection only); every answer primes `loaders`.
   */
  readonly api: AssistantsApi;
  readonly loaders: NodeLoaders;
  /** The upstream as this caller, bounded only by the client's connection: subscriptions' streams and pollers. */
  readonly streamingApi: AssistantsApi;
  /** Opens views of the upstream as this caller: each subscription event's `api`. */
  readonly openUpstream: OpenUpstream;
  /** Aborts when the client goes away. */
  readonly signal: AbortSignal;
  /** The server's run pollers, for the `run(id:)` subscription. */
  readonly followers: RunFollowers;
  /** The server's logger with this request's id on every line. */
  readonly logger: RequestLogger;
}

export interface ContextOptions extends Omit<GraphQLContext, 'api' | 'loaders' | 'streamingApi'> {
  /** Aborts when the request's deadline passes (or the client goes away): bounds queries and mutations. */
  readonly deadline: AbortSignal;
}

/** The request's context. */
export function createContext({ deadline, ...options }: ContextOptions): GraphQLContext {
  const loaders = new Loaders((onAnswer) => options.openUpstream(deadline, onAnswer));
  return { ...options, api: loaders.api, loaders, streamingApi: options.openUpstream(options.signal) };
}

/** A subscription event's context: the request's, with fresh loaders over a view bounded by the client's connection. */
export function eventContext(request: GraphQLContext): GraphQLContext {
  const loaders = new Loaders((onAnswer) => request.openUpstream(request.signal, onAnswer));
  return { ...request, api: loaders.api, loaders };
}

/**
 * The envelop plugin that gives each subscription event a context of its own (`eventContext`), on
 * every transport (they all subscribe through yoga's envelop). It replaces the subscribe function,
 * so it must come before the plugins that wrap it (telemetry's tracing).
 */
export function contextPerSubscriptionEvent(): Plugin<GraphQLContext> {
  return useExtendContextValuePerExecuteSubscriptionEvent<YogaInitialContext & GraphQLContext>(({ args }) => ({
    contextPartial: eventContext(args.contextValue as GraphQLContext),
  }));
}
