/** What every resolver gets: the caller's view of the upstream, and that request's loaders. */
import type { AssistantsApi } from '../openai/api.js';
import { Loaders, primingApi } from './loaders.js';

export interface GraphQLContext {
  /** The upstream as this caller, bounded by the request's deadline: for queries and mutations. */
  api: AssistantsApi;
  /** The upstream as this caller, bounded only by the client's connection: for subscriptions. */
  streamingApi: AssistantsApi;
  /** Identifies the caller's credentials without holding them, so pollers are shared per caller only. */
  callerKey: string;
  /** Aborts when the client goes away. */
  signal: AbortSignal;
  loaders: Loaders;
}

/** The request's context: its loaders, and an upstream view that primes them with every answer. */
export function createContext(options: Omit<GraphQLContext, 'loaders'>): GraphQLContext {
  const loaders = new Loaders(options.api);
  return { ...options, api: primingApi(options.api, loaders), loaders };
}
