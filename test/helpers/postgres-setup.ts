/**
 * Global setup of the `postgres-store` project: one PostgreSQL cluster for the whole run, its
 * admin URL provided to the tests (`inject('postgresAdminUrl')`), stopped at the end.
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBin, POSTGRES_MISSING, startPostgres } from './postgres.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const bin = findPostgresBin();
  if (bin === undefined) throw new Error(`The postgres-store project needs PostgreSQL: ${POSTGRES_MISSING}.`);
  const cluster = await startPostgres(bin);
  project.provide('postgresAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
