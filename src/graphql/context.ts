/** What every resolver gets: the caller's view of the upstream, and that request's loaders. */
import type { AssistantsApi } from '../openai/api.js';
import { createLoaders } from './loaders.js';
import type { Loaders } from './loaders.js';

export interface GraphQLContext {
  api: AssistantsApi;
  loaders: Loaders;
}

export function createContext(api: AssistantsApi): GraphQLContext {
  return { api, loaders: createLoaders(api) };
}
