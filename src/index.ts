/**
 * `npm start`: reads the configuration, starts the embedded v1 server when no upstream is
 * configured, and serves the facade.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticatorFor } from './auth/authenticate.js';
import { ConfigError, loadFacadeConfig } from './config.js';
import type { FacadeConfig } from './config.js';
import { findDemoData, seedDemoData } from './startup/demo.js';
import type { SeededData } from './startup/demo.js';
import { graphiqlTabs } from './startup/graphiql.js';
import { createLogger } from './logger.js';
import { Telemetry } from './observability/telemetry.js';
import { startTracing } from './observability/tracing.js';
import { UpstreamClient } from './openai/client.js';
import { loadTrustedDocuments } from './trusted-documents.js';
import { DEFAULT_DEADLINE_MS, createFacade } from './server.js';

/**
 * The built-in v1 server on loopback, for a facade with no `OPENAI_BASE_URL`. Loaded only then: a
 * facade over another upstream never loads the server's code (about 12 MB of memory).
 */
async function startEmbeddedV1Server(config: FacadeConfig) {
  const [{ describeDatabaseUrl, newApiKey, openStore, startV1Server }, { codeInterpreterOptions, configuredEmbeddings, configuredModel, describeModel }] =
    await Promise.all([import('./v1-server/index.js'), import('./v1-server/configured.js')]);
  const embeddings = configuredEmbeddings(config);
  const store = await openStore(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
  const model = configuredModel(config);
  // The key the facade uses with it: this process's alone, never known outside.
  const key = newApiKey();
  const v1Server = await startV1Server({
    host: '127.0.0.1',
    port: 0,
    store,
    internalKey: key,
    ...(model ? { model } : {}),
    ...(embeddings ? { embeddings } : {}),
    retrievalInlineTokens: config.RETRIEVAL_INLINE_TOKENS,
    codeInterpreter: codeInterpreterOptions(config),
    runLeaseSeconds: config.RUN_LEASE_SECONDS,
  });
  return { v1Server, store, key, database: describeDatabaseUrl(config.DATABASE_URL), model: describeModel(config) };
}

async function main(): Promise<void> {
  const config = loadFacadeConfig();
  const trustedDocuments = config.PERSISTED_OPERATIONS_FILE ? loadTrustedDocuments(config.PERSISTED_OPERATIONS_FILE) : undefined;
  const logger = createLogger(config.LOG_LEVEL, { format: config.LOG_FORMAT });
  // Metrics always; traces only when an OTLP endpoint is configured.
  const tracing = startTracing(config, logger);
  const telemetry = new Telemetry({ tracerProvider: tracing?.provider });

  const embedded = config.OPENAI_BASE_URL ? undefined : await startEmbeddedV1Server(config);
  const v1Server = embedded?.v1Server;
  const baseUrl = config.OPENAI_BASE_URL ?? v1Server?.url ?? '';
  const client = new UpstreamClient({
    baseUrl,
    apiKey: config.OPENAI_API_KEY ?? embedded?.key,
    organization: config.OPENAI_ORGANIZATION,
    observer: telemetry.upstreamObserver,
  });
  let demo: SeededData | undefined;
  if (v1Server) {
    logger.info(
      { upstream: v1Server.url, database: embedded?.database, model: embedded?.model, codeInterpreter: v1Server.codeInterpreter },
      'No OPENAI_BASE_URL set: using the built-in v1 server',
    );
    const api = client.forRequest({});
    const seeded = await seedDemoData(api);
    if (seeded) logger.info(seeded, 'Seeded an empty store with the example assistant Echo and a thread');
    // GraphiQL's example tabs use the demo ids; an earlier start's are found again.
    demo = seeded ?? (await findDemoData(api));
    if (!seeded && demo) logger.info(demo, 'The store already has assistants: nothing seeded; the example assistant Echo and its thread are still there');
    else if (!seeded) logger.info('The store already has assistants: nothing seeded');
  } else {
    logger.info({ upstream: baseUrl }, 'Using the configured upstream');
  }

  const facade = createFacade({
    client,
    logger,
    graphiqlTabs: graphiqlTabs(demo),
    corsOrigins: config.CORS_ORIGINS,
    production: config.NODE_ENV === 'production',
    upstreamConcurrency: config.UPSTREAM_CONCURRENCY,
    telemetry,
    auth: authenticatorFor(config),
    host: config.HOST,
    metricsToken: config.METRICS_TOKEN,
    trustedDocuments,
    budgets: {
      operationsPerMinute: config.RATE_LIMIT_PER_MINUTE,
      runsPerMinute: config.RUNS_PER_MINUTE,
      subscriptionsPerCaller: config.SUBSCRIPTIONS_PER_CALLER,
    },
  });
  const server = createServer((request, response) => {
    facade.handle(request, response).catch((error: unknown) => {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'Unhandled request error');
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  // graphql-ws (Apollo Client, urql) on the WebSocket upgrade of /graphql.
  const detachWebSockets = facade.attachWebSockets(server);
  server.listen(config.PORT, config.HOST, () => {
    const { address, port } = server.address() as AddressInfo;
    const chatPage = config.NODE_ENV === 'production' ? '' : `, the example chat page at http://${address}:${port}/chat`;
    logger.info({ authMode: config.AUTH_MODE }, `Callers are authenticated in ${config.AUTH_MODE} mode`);
    logger.info(`GraphQL facade ready: GraphiQL at http://${address}:${port}/graphql${chatPage}`);
  });

  // A first signal drains: no new connections, event streams cut, requests in progress answered
  // (within their deadline), then everything closed. A second signal exits at once.
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info('Shutting down: answering the requests in progress');
    facade.drain();
    const cutOff = setTimeout(() => server.closeAllConnections(), DEFAULT_DEADLINE_MS);
    server.close(() => {
      clearTimeout(cutOff);
      void Promise.all([client.close(), v1Server?.close()])
        .then(() => Promise.all([embedded?.store.close(), tracing?.shutdown()]))
        .finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    void detachWebSockets();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
