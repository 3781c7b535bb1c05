/**
 * `npm run v1-server` (alias `npm run emulator`): serves the built-in v1 server on
 * V1_SERVER_HOST:V1_SERVER_PORT (default 127.0.0.1:4010) until interrupted, keeping its state at
 * DATABASE_URL and answering runs with the model at MODEL_BASE_URL (else the deterministic built-in one). Beyond loopback it starts only once
 * an API key is stored (`npm run keys -- create NAME`).
 */
import { ConfigError, loadV1ServerConfig } from './config.js';
import { codeInterpreterOptions, configuredEmbeddings, configuredModel, describeModel } from './configured.js';
import type { V1ServerConfig } from './config.js';
import { describeDatabaseUrl, NoStoredKeysError, openStore, startV1Server } from './index.js';
import type { Store } from './index.js';
import type { Embeddings } from './retrieval/embeddings.js';
import { SandboxUnavailableError } from './sandbox/start.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config: V1ServerConfig;
let embeddings: Embeddings | undefined;
try {
  config = loadV1ServerConfig();
  embeddings = configuredEmbeddings(config);
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const { V1_SERVER_HOST: host, V1_SERVER_PORT: port, DATABASE_URL: databaseUrl } = config;
let store: Store;
try {
  store = await openStore(databaseUrl, { poolSize: config.DATABASE_POOL_SIZE });
} catch (error) {
  fail(`Cannot open DATABASE_URL ${describeDatabaseUrl(databaseUrl)}: ${message(error)}`);
}
const model = configuredModel(config);
const v1Server = await startV1Server({
  port,
  host,
  store,
  ...(model ? { model } : {}),
  ...(embeddings ? { embeddings } : {}),
  retrievalInlineTokens: config.RETRIEVAL_INLINE_TOKENS,
  codeInterpreter: codeInterpreterOptions(config),
  runLeaseSeconds: config.RUN_LEASE_SECONDS,
}).catch((error: unknown) =>
  fail(
    error instanceof NoStoredKeysError || error instanceof SandboxUnavailableError ? error.message : `Cannot listen on ${host}:${port}: ${message(error)}`,
  ),
);
/** How long a shutdown waits for the requests in progress to be answered. */
const DRAIN_MS = 10_000;

// The runs this process executes are handed back (their leases let go): another instance on the
// store resumes them at once.
const shutdown = (): void => {
  void v1Server
    .close({ drainMs: DRAIN_MS })
    .then(() => store.close())
    .then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
console.log(`State: ${describeDatabaseUrl(databaseUrl)}. Runs answered by ${describeModel(config)}. Code interpreter: ${v1Server.codeInterpreter}.`);
// Logged last, once the handlers are in place: a supervisor may signal as soon as it sees the URL.
console.log(`Built-in v1 server (OpenAI Assistants API v1) listening on ${v1Server.url}`);
