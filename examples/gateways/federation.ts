/**
 * Recipe: the facade as one subgraph of an Apollo Federation v2 supergraph, served by Hive Gateway.
 *
 *   npm start                                   # the facade, in another terminal
 *   npx tsx examples/gateways/federation.ts     # FACADE_URL=http://127.0.0.1:4000/graphql by default
 *
 * It starts the reviews subgraph (reviews.ts), asks both subgraphs for their SDL (`_service { sdl }`),
 * composes them with `@theguild/federation-composition`, serves the supergraph with Hive Gateway,
 * and runs a query that needs both subgraphs. Add `--serve` to keep the gateway running.
 */
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { runWhenMain } from './demo.js';
import { postGraphQL, serve } from './http.js';
import type { Served } from './http.js';

export interface Subgraph {
  name: string;
  /** Its GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
}

/** A subgraph's SDL with its federation directives (`@key`, `@link`), as it serves it. */
export async function fetchSubgraphSdl(url: string): Promise<string> {
  const result = await postGraphQL<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
  const sdl = result.data?._service.sdl;
  if (!sdl) throw new Error(`${url} gave no SDL: ${JSON.stringify(result.errors ?? result)}`);
  return sdl;
}

/** Composes the subgraphs' SDLs into a supergraph SDL, or throws with composition's errors. */
export async function composeSupergraph(subgraphs: Subgraph[]): Promise<string> {
  const services = await Promise.all(
    subgraphs.map(async ({ name, url }) => ({ name, url, typeDefs: parse(await fetchSubgraphSdl(url)) })),
  );
  const composed = composeServices(services);
  if (compositionHasErrors(composed)) {
    throw new Error(`Composition failed:\n${composed.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return composed.supergraphSdl;
}

/**
 * Hive Gateway over the composed supergraph. Each caller's `Authorization` (and the facade's
 * `OpenAI-Organization`/`OpenAI-Project`) goes to every subgraph with the caller's request, so the
 * facade answers as that caller.
 */
export async function startFederationGateway(
  subgraphs: Subgraph[],
  listen: { host?: string; port?: number } = {},
): Promise<Served> {
  const gateway = createGatewayRuntime({
    supergraph: await composeSupergraph(subgraphs),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        'openai-organization': request.headers.get('openai-organization'),
        'openai-project': request.headers.get('openai-project'),
      }),
    },
    // How the gateway reaches a subgraph of the `http` kind (all of them here): over HTTP with
    // graphql-tools' executor, through the gateway's own `fetch`, which adds the headers above.
    transports: {
      http: {
        getSubgraphExecutor: ({ transportEntry, fetch }) => {
          if (!fetch) throw new Error('Hive Gateway gave the transport no fetch.');
          return buildHTTPExecutor({ endpoint: transportEntry.location, fetch });
        },
      },
    },
    logging: false,
    landingPage: false,
  });
  const served = await serve(gateway, listen);
  return {
    url: served.url,
    async close() {
      await served.close();
      await gateway.dispose();
    },
  };
}

runWhenMain(import.meta.url, 'Hive Gateway (Apollo Federation v2)', (settings, reviewsUrl) =>
  startFederationGateway(
    [
      { name: 'facade', url: settings.facadeUrl },
      { name: 'reviews', url: reviewsUrl },
    ],
    { port: settings.gatewayPort },
  ),
);
