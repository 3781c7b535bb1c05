/**
 * `npm run keys -- create NAME | list | revoke NAME`: the built-in server's API keys, in the
 * database at DATABASE_URL (the one `npm run v1-server` uses). `create` prints the new key once;
 * only its hash is stored. A problem prints one line and exits 1.
 */
import { z } from 'zod';
import { ConfigError, parseEnv, serverEnv } from './config.js';
import { newApiKey, scopeOf } from './keys.js';
import { describeDatabaseUrl } from './store/database-url.js';
import { openStore } from './store/open.js';
import type { ApiKeyRecord, Store } from './store/store.js';

const USAGE = 'Usage: npm run keys -- create NAME | list | revoke NAME';
/** A key's name: short, and safe to print in a table. */
const KEY_NAME = /^[A-Za-z0-9._-]{1,64}$/;

class UsageError extends Error {}

function nameOf(args: readonly string[]): string {
  const [name, ...extra] = args;
  if (name === undefined || extra.length > 0) throw new UsageError(USAGE);
  if (!KEY_NAME.test(name)) throw new UsageError(`Invalid key name '${name}': use 1 to 64 letters, digits, '.', '_' or '-'.`);
  return name;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const date = (seconds: number | null): string => (seconds === null ? 'never' : new Date(seconds * 1000).toISOString());

function table(keys: readonly ApiKeyRecord[]): string {
  const rows = [
    ['NAME', 'CREATED', 'LAST USED', 'REVOKED'],
    ...keys.map((key) => [key.name, date(key.createdAt), date(key.lastUsedAt), key.revokedAt === null ? '-' : date(key.revokedAt)]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

async function run(store: Store, command: string | undefined, args: readonly string[]): Promise<string> {
  switch (command) {
    case 'create': {
      const name = nameOf(args);
      const key = newApiKey();
      if (!(await store.keys.add(name, scopeOf(key), nowSeconds()))) throw new UsageError(`A key named '${name}' already exists.`);
      return `Created key '${name}'. It is shown only this once:\n${key}`;
    }
    case 'list': {
      if (args.length > 0) throw new UsageError(USAGE);
      const keys = await store.keys.list();
      return keys.length === 0 ? 'No keys: the server accepts any key, on loopback only.' : table(keys);
    }
    case 'revoke': {
      const name = nameOf(args);
      if (!(await store.keys.revoke(name, nowSeconds()))) throw new UsageError(`No unrevoked key named '${name}'.`);
      return `Revoked key '${name}'.`;
    }
    default:
      throw new UsageError(USAGE);
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

let databaseUrl: string;
let poolSize: number;
try {
  ({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: poolSize } = parseEnv(
    z.object({ DATABASE_URL: serverEnv.DATABASE_URL, DATABASE_POOL_SIZE: serverEnv.DATABASE_POOL_SIZE }),
    process.env,
  ));
} catch (error) {
  fail(error instanceof ConfigError ? error.message : message(error));
}
const [command, ...args] = process.argv.slice(2);
if (command === undefined) fail(USAGE);
let store: Store;
try {
  store = await openStore(databaseUrl, { poolSize });
} catch (error) {
  fail(`Cannot open DATABASE_URL ${describeDatabaseUrl(databaseUrl)}: ${message(error)}`);
}
try {
  console.log(await run(store, command, args));
} catch (error) {
  await store.close();
  fail(error instanceof UsageError ? error.message : `Cannot ${command} keys in ${describeDatabaseUrl(databaseUrl)}: ${message(error)}`);
}
await store.close();
