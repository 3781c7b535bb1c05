/**
 * The real stack for tests: the emulator and the facade, each on its own 127.0.0.1 port, talking
 * over HTTP through undici. `gql` posts a GraphQL request like any client would.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { startEmulator } from '../../src/emulator/index.js';
import { testDatabaseUrl } from './database.js';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator/index.js';
import { UpstreamClient } from '../../src/openai/client.js';
import type { UpstreamClientOptions } from '../../src/openai/client.js';
import { createFacade } from '../../src/server.js';
import type { FacadeOptions } from '../../src/server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; reason?: string; [key: string]: unknown };
  }[];
}

export interface Harness {
  emulator: RunningEmulator;
  facadeUrl: string;
  /** Posts a GraphQL request with `Authorization: Bearer <apiKey>` (default: the harness key). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { apiKey?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** The upstream requests received since the last `emulator.stats.reset()`. */
  upstreamRequests(): RunningEmulator['stats']['requests'];
  close(): Promise<void>;
}

export const TEST_KEY = 'sk-test-harness';

export interface FacadeHandle {
  facadeUrl: string;
  gql: Harness['gql'];
  close(): Promise<void>;
}

export interface FacadeSetup {
  client?: Partial<UpstreamClientOptions>;
  facade?: Partial<Omit<FacadeOptions, 'client'>>;
}

/** The facade alone on 127.0.0.1, over whatever upstream `baseUrl` points at. */
export async function startFacade(baseUrl: string, options: FacadeSetup = {}): Promise<FacadeHandle> {
  const client = new UpstreamClient({ baseUrl, retryBaseDelayMs: 10, ...options.client });
  const facade = createFacade({
    client,
    serverCredentials: {},
    logger: pino({ level: 'silent' }),
    ...options.facade,
  });
  const server: Server = createServer((request, response) => void facade.handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const facadeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    facadeUrl,
    async gql(query, variables, requestOptions = {}) {
      const apiKey = requestOptions.apiKey === undefined ? TEST_KEY : requestOptions.apiKey;
      const response = await fetch(`${facadeUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.close();
    },
  };
}

export async function startHarness(options: FacadeSetup & { emulator?: EmulatorOptions } = {}): Promise<Harness> {
  const emulator = await startEmulator({ stepDelayMs: 5, recordRequests: 10_000, databaseUrl: testDatabaseUrl(), ...options.emulator });
  const facade = await startFacade(emulator.url, options);
  return {
    ...facade,
    emulator,
    upstreamRequests: () => emulator.stats.requests,
    async close() {
      await facade.close();
      await emulator.close();
    },
  };
}

/** Fails the test with the GraphQL errors when there are any, and returns the data. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  if (!response.data) throw new Error(`No data (HTTP ${response.status})`);
  return response.data;
}
