/**
 * GraphQL Code Generator (`npm run schema` runs it after printing the schema):
 * - `schema/schema-types.ts`: TypeScript types of the published schema, for frontends and gateways
 *   that consume it;
 * - `test/graphql/generated/`: typed documents for the operations the tests send, written as
 *   `graphql(\`…\`)` in the test files (client preset), so a schema change that breaks one fails
 *   typecheck. Operations a test sends deliberately invalid stay plain strings and are not seen here.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  DateTime: 'string',
  JSON: 'unknown',
  JSONObject: 'Record<string, unknown>',
  Metadata: 'Record<string, string>',
};

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
    'test/graphql/generated/': {
      documents: ['test/**/*.ts', '!test/graphql/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql', skipIndexFile: true },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars,
      },
    },
  },
};

export default config;
