/**
 * GraphQL Mesh (v1) over the bench's v1 server, for the scoreboard's side-by-side phase
 * (`bench/mesh-peer.ts`): `mesh-compose` generates a supergraph from the repository's copy of the
 * v1 OpenAPI description, its REST transport pointed at `MESH_UPSTREAM_URL` with the bench's key,
 * and `hive-gateway supergraph` serves it over HTTP on 127.0.0.1, in one process like the facade.
 * Both read this file from their working directory (this folder); `MESH_SUPERGRAPH` is the file
 * between them.
 */
import { defineConfig as defineGatewayConfig } from '@graphql-hive/gateway';
import { defineConfig as defineComposeConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: bench/mesh-peer.ts sets it`);
  return value;
}

export const composeConfig = defineComposeConfig({
  output: setting('MESH_SUPERGRAPH'),
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('OpenAI', {
        source: '../../test/v1-server/spec/openai-assistants-v1.openapi.yaml',
        endpoint: setting('MESH_UPSTREAM_URL'),
        operationHeaders: { Authorization: `Bearer ${setting('MESH_UPSTREAM_KEY')}`, 'OpenAI-Beta': 'assistants=v1' },
      }),
    },
  ],
});

export const gatewayConfig = defineGatewayConfig({
  supergraph: setting('MESH_SUPERGRAPH'),
  host: '127.0.0.1',
  port: Number(setting('MESH_PORT')),
  // One process, as the facade runs.
  fork: 1,
  logging: 'warn',
});
