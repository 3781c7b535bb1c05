/**
 * Where a test's v1 server keeps its state: `:memory:`; a fresh SQLite file when the suite runs
 * as the `file-store` project (`TEST_DATABASE=file`); a fresh database on the run's PostgreSQL
 * cluster as the `postgres-store` project (`TEST_DATABASE=postgres`). So every suite passes against each.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by `postgres-setup.ts` for the `postgres-store` project. */
    postgresAdminUrl: string;
  }
}

let directory: string | undefined;
let admin: pg.Pool | undefined;
let count = 0;

export async function testDatabaseUrl(): Promise<string> {
  const kind = process.env['TEST_DATABASE'];
  count += 1;
  if (kind === 'postgres') {
    const adminUrl = inject('postgresAdminUrl');
    admin ??= new pg.Pool({ connectionString: adminUrl, max: 1, allowExitOnIdle: true });
    // Test files run in parallel processes: the pid keeps their databases apart.
    const name = `test_${process.pid}_${count}`;
    await admin.query(`CREATE DATABASE ${name}`);
    return adminUrl.replace(/\/postgres$/, `/${name}`);
  }
  if (kind !== 'file') return ':memory:';
  directory ??= mkdtempSync(path.join(tmpdir(), 'assistants-test-'));
  return `file:${path.join(directory, `store-${count}.sqlite`)}`;
}
