/**
 * GraphQL Code Generator (`npm run schema` runs it after printing the schema); `test/schema.test.ts`
 * fails when any output differs from what is on disk:
 * - `schema/schema-types.ts`: TypeScript types of the published schema, for frontends and gateways
 *   that consume it;
 * - `schema/possible-types.json`: Apollo Client's `possibleTypes` (the implementations of every
 *   interface and union), without which its cache cannot match `... on Tool` on a `FunctionTool`;
 * - `schema/graphcache-schema.json`: the minified introspection urql's graphcache takes as `schema`;
 * - `test/graphql/generated/`: typed documents for the operations the tests send, written as
 *   `graphql(\`…\`)` in the test files (client preset), so a schema change that breaks one fails
 *   typecheck. Operations a test sends deliberately invalid stay plain strings and are not seen here;
 * - `examples/generated/`: the same for the examples' operations (`graphql(\`…\`)` in
 *   `examples/**`), as DocumentNodes for urql or Apollo, each with its hash, and their trusted
 *   documents file `persisted-documents.json` (hash → document, for PERSISTED_OPERATIONS_FILE);
 *   made only while some example has one.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  DateTime: 'string',
  JSON: 'unknown',
  JSONObject: 'Record<string, unknown>',
  Metadata: 'Record<string, string>',
};

/** A document's hash as the facade's trusted documents and `persistedQuery.sha256Hash` expect it: bare hex. */
const sha256Hex = (document: string): string => createHash('sha256').update(document).digest('hex');

const root = fileURLToPath(new URL('.', import.meta.url));

/** The example files that write an operation as `graphql(…)`, relative to the project. */
const exampleDocuments = globSync('examples/**/*.{ts,tsx}', { cwd: root, exclude: ['examples/generated/**'] })
  .filter((file) => readFileSync(`${root}${file}`, 'utf8').includes('graphql('))
  .sort();

const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false, gqlTagName: 'graphql', skipIndexFile: true },
} as const;

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'schema/schema-types.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars,
      },
    },
    'schema/possible-types.json': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, deterministic: true },
    },
    'schema/graphcache-schema.json': {
      plugins: ['urql-introspection'],
    },
    'test/graphql/generated/': {
      documents: ['test/**/*.ts', '!test/graphql/generated/**', '!test/**/node_modules/**'],
      ...clientPreset,
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars,
      },
    },
    ...(exampleDocuments.length > 0
      ? {
          'examples/generated/': {
            documents: exampleDocuments,
            ...clientPreset,
            presetConfig: { ...clientPreset.presetConfig, persistedDocuments: { hashAlgorithm: sha256Hex } },
            config: {
              enumsAsTypes: true,
              useTypeImports: true,
              emitLegacyCommonJSImports: false,
              scalars,
            },
          },
        }
      : {}),
  },
};

export default config;
