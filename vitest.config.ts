import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { findPostgresBin, POSTGRES_MISSING } from './test/helpers/postgres.js';

const require = createRequire(import.meta.url);

/**
 * The suites that go through the v1 server again on a store other than `:memory:`: not those of one
 * store or none (the sandbox's escape tests are about the sandbox alone).
 */
const serverSuites = {
  include: ['test/v1-server/**/*.test.ts', 'test/graphql/**/*.test.ts'],
  exclude: [
    'test/v1-server/{chat-completions,sqlite-store,postgres-store,instances-leases,instances-events,store-contract,model,prompt,main,keys,openai-sdk,code-interpreter-sandbox,code-interpreter-pyodide}.test.ts',
    'test/graphql/config.test.ts',
  ],
};

const postgres = findPostgresBin() !== undefined;
if (!postgres) console.warn(`The postgres-store project is skipped: ${POSTGRES_MISSING}.`);

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build for our dependencies (Pothos, yoga); Vite would
  // pick the ESM build for our own files. Two copies break schemas ("another realm"), so pin one.
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'memory-store', include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'file-store', ...serverSuites, env: { TEST_DATABASE: 'file' } } },
      // The v1 server's suites on PostgreSQL: one cluster for the run, a fresh database per store. The
      // GraphQL suites reach the store only through the v1 server, so they run on SQLite alone and CI
      // stays within its time.
      ...(postgres
        ? [
            {
              extends: true,
              test: {
                name: 'postgres-store',
                include: ['test/v1-server/**/*.test.ts'],
                exclude: serverSuites.exclude,
                env: { TEST_DATABASE: 'postgres' },
                globalSetup: ['test/helpers/postgres-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
