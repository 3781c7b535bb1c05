/**
 * Recipe: the facade stitched into a larger graph with `@graphql-tools/stitch`, merging `Assistant`
 * across the facade and the reviews service by `id`.
 *
 *   npm start                                   # the facade, in another terminal
 *   npx tsx examples/gateways/stitching.ts      # FACADE_URL=http://127.0.0.1:4000/graphql by default
 *
 * It starts the reviews service (reviews.ts), stitches both behind a graphql-yoga gateway, each
 * reached over HTTP with `buildHTTPExecutor`, and runs a query that needs both. Add `--serve` to keep
 * the gateway running.
 */
import { readFileSync } from 'node:fs';
import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { stitchSchemas } from '@graphql-tools/stitch';
import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { runWhenMain } from './demo.js';
import { serve } from './http.js';
import type { Served } from './http.js';
import { reviewsSchema } from './reviews.js';

/** The facade's published schema: the contract a gateway builds on (introspection is off in production). */
export const facadeSchema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

/** The caller's headers the facade reads: its key, and the organization and project it acts for. */
const FORWARDED = ['authorization', 'openai-organization', 'openai-project'];

/** What the gateway keeps of each request for the executors: the caller's headers to forward. */
export interface GatewayContext {
  request: Request;
}

/** The executor's request carries the gateway's context; forward the caller's headers from it. */
function callerHeaders(context: unknown): Record<string, string> {
  const request = (context as Partial<GatewayContext> | undefined)?.request;
  const headers: Record<string, string> = {};
  for (const name of FORWARDED) {
    const value = request?.headers.get(name);
    if (value) headers[name] = value;
  }
  return headers;
}

/**
 * The stitched schema. `Assistant` is merged by `id`: the gateway fetches the fields one side lacks
 * in one batch per side, from the facade by `nodes(ids:)` and from reviews by `_entities`.
 */
export function stitchedSchema(urls: { facadeUrl: string; reviewsUrl: string }): GraphQLSchema {
  const stitched = stitchSchemas({
    subschemas: [
      {
        schema: facadeSchema,
        executor: buildHTTPExecutor({ endpoint: urls.facadeUrl, headers: (request) => callerHeaders(request?.context) }),
        merge: {
          Assistant: {
            selectionSet: '{ id }',
            fieldName: 'nodes',
            key: ({ id }: { id: string }) => id,
            argsFromKeys: (ids) => ({ ids }),
          },
        },
      },
      {
        schema: reviewsSchema,
        executor: buildHTTPExecutor({ endpoint: urls.reviewsUrl, headers: (request) => callerHeaders(request?.context) }),
        merge: {
          Assistant: {
            selectionSet: '{ id }',
            fieldName: '_entities',
            key: ({ id }: { id: string }) => ({ __typename: 'Assistant', id }),
            argsFromKeys: (representations) => ({ representations }),
          },
        },
      },
    ],
  });
  // The subgraphs' federation fields (`_entities`, `_service`) are for the gateway, not its callers.
  return pruneSchema(
    mapSchema(stitched, { [MapperKind.QUERY_ROOT_FIELD]: (field, name) => (name.startsWith('_') ? null : field) }),
  );
}

/** The stitched schema served by graphql-yoga at `http://host:port/graphql`. */
export function startStitchingGateway(
  urls: { facadeUrl: string; reviewsUrl: string },
  listen: { host?: string; port?: number } = {},
): Promise<Served> {
  const yoga = createYoga<object, GatewayContext>({ schema: stitchedSchema(urls), logging: false, landingPage: false });
  return serve(yoga, listen);
}

runWhenMain(import.meta.url, 'Stitched gateway (@graphql-tools/stitch)', (settings, reviewsUrl) =>
  startStitchingGateway({ facadeUrl: settings.facadeUrl, reviewsUrl }, { port: settings.gatewayPort }),
);
