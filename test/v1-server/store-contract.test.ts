/**
 * The store contract on every store `DATABASE_URL` can name: `:memory:`, a SQLite file, and a
 * PostgreSQL database on a cluster the test starts (skipped, saying why, where there is no PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStore } from '../../src/v1-server/store/index.js';
import { findPostgresBin, POSTGRES_MISSING, startPostgres } from '../helpers/postgres.js';
import type { PostgresCluster } from '../helpers/postgres.js';
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

const postgresBin = findPostgresBin();
if (postgresBin === undefined) {
  describe.skip(`PostgreSQL store contract: skipped, ${POSTGRES_MISSING}`, () => {
    it('needs a PostgreSQL cluster', () => undefined);
  });
} else {
  const bin = postgresBin;
  describe('PostgreSQL', () => {
    let cluster: PostgresCluster | undefined;
    beforeAll(async () => {
      cluster = await startPostgres(bin);
    }, 60_000);
    afterAll(async () => {
      await cluster?.stop();
    });
    describeStoreContract('PostgreSQL', async () => {
      if (!cluster) throw new Error('The PostgreSQL cluster did not start.');
      return openStore(await cluster.createDatabase(), { poolSize: 4 });
    });
  });
}
