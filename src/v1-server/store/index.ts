/** The v1 server's store: the contract (`store.ts`), its implementations, and `openStore` choosing one. */
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export { openSqliteStore } from './sqlite.js';
export { describeDatabaseUrl } from './database-url.js';
export { openStore } from './open.js';
export * from './store.js';

/** A fresh, empty store that lives in memory and ends with the process (tests, `DATABASE_URL=:memory:`). */
export function createMemoryStore(): Store {
  return openSqliteStore(':memory:');
}
