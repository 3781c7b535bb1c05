/** The v1 server's store: the contract (`store.ts`) and its `node:sqlite` implementation. */
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export { openSqliteStore, openStore } from './sqlite.js';
export * from './store.js';

/** A fresh, empty store that lives in memory and ends with the process (tests, `DATABASE_URL=:memory:`). */
export function createMemoryStore(): Store {
  return openSqliteStore(':memory:');
}
