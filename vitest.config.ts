import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

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
      {
        // The suites that go through the v1 server again, on SQLite files instead of `:memory:`.
        extends: true,
        test: {
          name: 'file-store',
          include: ['test/v1-server/**/*.test.ts', 'test/graphql/**/*.test.ts'],
          exclude: ['test/v1-server/{chat-completions,sqlite-store,postgres-store,store-contract,model,prompt,main,keys,openai-sdk}.test.ts', 'test/graphql/config.test.ts'],
          env: { TEST_DATABASE: 'file' },
        },
      },
    ],
  },
});
