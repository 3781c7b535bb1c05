/**
 * GraphQL Code Generator: TypeScript types of the published schema, for frontends and gateways
 * that consume it (`npm run schema` runs it after printing the schema).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'schema/schema-types.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTime: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
          Metadata: 'Record<string, string>',
        },
      },
    },
  },
};

export default config;
