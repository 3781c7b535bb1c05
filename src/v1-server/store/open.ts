/**
 * The one place a `DATABASE_URL` becomes a store: `:memory:`, `file:PATH` (a relative PATH is
 * relative to the working directory) or `file:///ABSOLUTE/PATH` on SQLite, and
 * `postgres://…` or `postgresql://…` on PostgreSQL.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POSTGRES_URL } from './database-url.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** The forms `openStore` accepts, as its error names them. */
const DATABASE_URL_FORMS =
  "':memory:', 'file:PATH' (relative to the working directory), 'file:///ABSOLUTE/PATH' or 'postgres://USER:PASSWORD@HOST:PORT/DATABASE'";

export interface OpenStoreOptions {
  /** PostgreSQL only: at most this many connections (`DATABASE_POOL_SIZE`). */
  poolSize?: number | undefined;
}

/** Asynchronous for the stores that must connect before they serve. */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (POSTGRES_URL.test(databaseUrl)) return openPostgresStore(databaseUrl, options);
  return openSqliteStore(sqliteLocation(databaseUrl));
}

/** Where SQLite keeps the store a URL names; throws for a URL of no supported form. */
function sqliteLocation(databaseUrl: string): string {
  if (databaseUrl === ':memory:') return ':memory:';
  if (databaseUrl.startsWith('file:')) {
    const path = databaseUrl.startsWith('file://') ? filePath(databaseUrl) : databaseUrl.slice('file:'.length);
    // A path must name a file: not be empty, nor end with a separator (`file://` is `/`).
    if (path !== undefined && path !== '' && !/[\\/]$/.test(path)) return resolve(path);
  }
  // The URL is not echoed: one for another database may carry a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(databaseUrl)?.[0];
  throw new Error(`Unsupported database URL${scheme === undefined ? '' : ` (scheme '${scheme}')`}: use ${DATABASE_URL_FORMS}.`);
}

function filePath(url: string): string | undefined {
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}
