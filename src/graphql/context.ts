/**
 * What every resolver gets: the caller's view of the upstream, the loaders over it, and the
 * server's run pollers.
 *
 * `ctx.api` and `ctx.loaders` are set once per request and never reassigned. A query or mutation
 * reaches the request's own view through them (deadline-bound, with the request's loaders). A
 * subscription event reaches a view of its own instead: each event's root resolver calls
 * `enterEventView(ctx)`, which makes fresh loaders over `ctx.streamingApi` for the rest of that
 * event's execution. Otherwise the request's loaders would serve objects cached at an earlier event,
 * and its deadline would time out fields of events that arrive after it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Caller } from '../auth/caller.js';
import type { Logger } from 'pino';
import type { AssistantsApi } from '../openai/api.js';
import { Loaders, primingApi } from './loaders.js';
import type { RunFollowers } from './subscriptions/run-followers.js';

/** What resolvers use of the loaders: `ctx.loaders.load(NODE, key)`, `clear` and `prime`. */
export type NodeLoaders = Pick<Loaders, 'load' | 'clear' | 'prime'>;

export interface GraphQLContext {
  /** Who is calling (authenticated before the request got here). */
  readonly caller: Caller;
  /** The upstream as this caller, bounded by the request's deadline; every answer primes `loaders`. */
  readonly api: AssistantsApi;
  /** The upstream as this caller, bounded only by the client's connection: for subscriptions. */
  readonly streamingApi: AssistantsApi;
  /**
   * The caller's one-way id (`caller.id`: a digest of its key, or of the user's issuer and
   * subject), so pollers and budgets are shared per caller only. A function, computed on first
   * use: only `run(id:)` subscriptions need it.
   */
  readonly callerKey: () => string;
  /** Aborts when the client goes away. */
  readonly signal: AbortSignal;
  readonly loaders: NodeLoaders;
  /** The server's run pollers, for the `run(id:)` subscription. */
  readonly followers: RunFollowers;
  /** The server's logger with this request's id on every line. */
  readonly logger: Logger;
}

export type ContextOptions = Omit<GraphQLContext, 'loaders'>;

/** An upstream API whose every answer primes its own loaders. */
interface UpstreamView {
  api: AssistantsApi;
  loaders: Loaders;
}

function viewOver(api: AssistantsApi): UpstreamView {
  const loaders = new Loaders(api);
  return { api: primingApi(api, loaders), loaders };
}

/** The view of the subscription event being resolved, with the streaming API of its request. */
const eventViews = new AsyncLocalStorage<{ streamingApi: AssistantsApi; view: UpstreamView }>();

/**
 * Resolves the rest of this subscription event with fresh loaders over `ctx.streamingApi`. Called by
 * the root resolver of every event, before any field below it runs.
 *
 * `enterWith` rather than `run`: the executor resolves the event's selection set after the root
 * resolver returns, in the rest of the same job or in promise callbacks registered from it, and all
 * of those keep the store entered here, while `run` would end with the root resolver. Jobs scheduled
 * earlier keep the context they had, so the store stays with this event's execution and whatever
 * this subscription's stream does next; the next event enters its own view before any of its fields
 * runs; and a view serves only the request whose streaming API it was made over.
 */
export function enterEventView(ctx: GraphQLContext): void {
  eventViews.enterWith({ streamingApi: ctx.streamingApi, view: viewOver(ctx.streamingApi) });
}

/**
 * The request's context. `api` and `loaders` are objects that pass each call on to the current
 * event's view, else the request's: not getters, because yoga copies this object's properties into
 * its own context (a getter would be read once, there).
 */
export function createContext(options: ContextOptions): GraphQLContext {
  const requestView = viewOver(options.api);
  const current = (): UpstreamView => {
    const event = eventViews.getStore();
    return event?.streamingApi === options.streamingApi ? event.view : requestView;
  };
  const loaders: NodeLoaders = {
    load: (node, key) => current().loaders.load(node, key),
    clear: (node, key) => current().loaders.clear(node, key),
    prime: (value) => current().loaders.prime(value),
  };
  const api = new Proxy(options.api, {
    get: (_target, property): unknown => Reflect.get(current().api, property),
  });
  return { ...options, api, loaders };
}
