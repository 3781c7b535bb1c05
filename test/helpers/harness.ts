/**
 * The real stack for tests: the v1 server and the facade, each on its own 127.0.0.1 port, talking
 * over HTTP through undici. `gql` posts a GraphQL request like any client would (gql-client.ts).
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { openStore, startV1Server } from '../../src/v1-server/index.js';
import { testDatabaseUrl } from './database.js';
import { gqlClient } from './gql-client.js';
import type { GqlClient } from './gql-client.js';
import { StoreEvents } from './store-events.js';
import type { V1ServerOptions, RunningV1Server } from '../../src/v1-server/index.js';
import { UpstreamClient } from '../../src/openai/client.js';
import type { UpstreamClientOptions } from '../../src/openai/client.js';
import { createFacade } from '../../src/server.js';
import type { FacadeOptions } from '../../src/server.js';

export { TEST_KEY, dataOf, gqlClient } from './gql-client.js';
export type { GqlClient, GraphQLResponse, OperationArgs, RequestOptions } from './gql-client.js';

export interface Harness {
  v1Server: RunningV1Server;
  /** Committed run and message writes of the v1 server, for waiting on runs (see kit.ts). */
  events: StoreEvents;
  facadeUrl: string;
  gql: GqlClient;
  /** The upstream requests received since the last `v1Server.stats.reset()`. */
  upstreamRequests(): RunningV1Server['stats']['requests'];
  close(): Promise<void>;
}

export interface FacadeHandle {
  facadeUrl: string;
  gql: GqlClient;
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
    logger: pino({ level: 'silent' }),
    ...options.facade,
  });
  const server: Server = createServer((request, response) => void facade.handle(request, response));
  // graphql-ws on the same port, as `npm start` serves it.
  const detachWebSockets = facade.attachWebSockets(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const facadeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    facadeUrl,
    gql: gqlClient(facadeUrl),
    async close() {
      await detachWebSockets();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.close();
    },
  };
}

/**
 * The v1 server and the facade. The v1 server's store (`options.v1Server.store`, else one opened from
 * `databaseUrl` or the test default) is watched, so `events` sees its writes.
 */
export async function startHarness(options: FacadeSetup & { v1Server?: V1ServerOptions } = {}): Promise<Harness> {
  const { store, databaseUrl, ...v1ServerOptions } = options.v1Server ?? {};
  const events = new StoreEvents(store ?? (await openStore(databaseUrl ?? (await testDatabaseUrl()))));
  const v1Server = await startV1Server({ stepDelayMs: 5, recordRequests: 10_000, ...v1ServerOptions, store: events.store });
  const facade = await startFacade(v1Server.url, options);
  return {
    ...facade,
    v1Server,
    events,
    upstreamRequests: () => v1Server.stats.requests,
    async close() {
      await facade.close();
      await v1Server.close();
      // The v1 server leaves a store it was given open; one the harness opened is closed here.
      if (!store) await events.store.close();
    },
  };
}
