/**
 * `npm run emulator`: serves the built-in v1 server on EMULATOR_HOST:EMULATOR_PORT (default
 * 127.0.0.1:4010) until interrupted, keeping its state at DATABASE_URL and answering runs with the
 * model at MODEL_BASE_URL (else the deterministic built-in one). Beyond loopback it starts only once
 * an API key is stored (`npm run keys -- create NAME`).
 */
import { ConfigError, configuredModel, describeModel, loadEmulatorConfig } from './config.js';
import type { EmulatorConfig } from './config.js';
import { NoStoredKeysError, openStore, startEmulator } from './index.js';
import type { EmulatorStore } from './index.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config: EmulatorConfig;
try {
  config = loadEmulatorConfig();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const { EMULATOR_HOST: host, EMULATOR_PORT: port, DATABASE_URL: databaseUrl } = config;
let store: EmulatorStore;
try {
  store = openStore(databaseUrl);
} catch (error) {
  fail(`Cannot open DATABASE_URL ${databaseUrl}: ${message(error)}`);
}
const model = configuredModel(config);
const emulator = await startEmulator({ port, host, store, ...(model ? { model } : {}) }).catch((error: unknown) =>
  fail(error instanceof NoStoredKeysError ? error.message : `Cannot listen on ${host}:${port}: ${message(error)}`),
);
const shutdown = (): void => {
  void emulator
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
console.log(`State: ${databaseUrl}. Runs answered by ${describeModel(config)}.`);
// Logged last, once the handlers are in place: a supervisor may signal as soon as it sees the URL.
console.log(`OpenAI Assistants v1 emulator listening on ${emulator.url}`);
