/** The store contract on every store `DATABASE_URL` can name: `:memory:` and a SQLite file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../../src/v1-server/store/index.js';
import { describeStoreContract } from './store-contract.js';

const directory = mkdtempSync(join(tmpdir(), 'store-contract-'));
let files = 0;

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeStoreContract(':memory:', () => openStore(':memory:'));
describeStoreContract('SQLite file', () => {
  files += 1;
  return openStore(`file:${join(directory, `store-${files}.sqlite`)}`);
});
