/**
 * The bench's HTTP clients, on undici's `request` with keep-alive (lighter than `fetch`, and the
 * same for both sides): a REST client of the v1 API (the "direct" side, and seeding) and a GraphQL
 * client of the facade. Both parse the JSON answer, as any client must.
 */
import { Agent, request } from 'undici';
import { BENCH_KEY } from './processes.js';

const dispatcher = new Agent({ connections: 64, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000 });

export const REST_HEADERS = {
  authorization: `Bearer ${BENCH_KEY}`,
  'openai-beta': 'assistants=v1',
  'content-type': 'application/json',
} as const;

export const GRAPHQL_HEADERS = {
  authorization: `Bearer ${BENCH_KEY}`,
  accept: 'application/graphql-response+json, application/json',
  'content-type': 'application/json',
} as const;

export interface Rest {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

/** A v1 REST client of `baseUrl` (with `/v1`); paths start after it, e.g. `/assistants`. */
export function restClient(baseUrl: string): Rest {
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await request(`${baseUrl}${path}`, {
      method,
      headers: REST_HEADERS,
      body: body === undefined ? undefined : JSON.stringify(body),
      dispatcher,
    });
    const text = await response.body.text();
    if (response.statusCode >= 300) throw new Error(`${method} ${path}: HTTP ${response.statusCode} ${text}`);
    return JSON.parse(text) as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
  };
}

export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * A GraphQL client of the facade at `facadeUrl`; throws on GraphQL errors, returns the data.
 * `authorization` replaces the bench key's header (e.g. `Bearer <JWT>` for a facade in jwt mode).
 */
export function gqlClient(facadeUrl: string, authorization?: string): Gql {
  const headers = authorization === undefined ? GRAPHQL_HEADERS : { ...GRAPHQL_HEADERS, authorization };
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await request(`${facadeUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      dispatcher,
    });
    const text = await response.body.text();
    const result = JSON.parse(text) as { data?: T | null; errors?: unknown[] };
    if (result.errors?.length || !result.data) throw new Error(`GraphQL (HTTP ${response.statusCode}): ${text.slice(0, 2_000)}`);
    return result.data;
  };
}

export async function closeClients(): Promise<void> {
  await dispatcher.close();
}
