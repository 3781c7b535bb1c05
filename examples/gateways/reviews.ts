/**
 * A second, tiny subgraph for the gateway recipes: reviews of assistants. It knows an assistant only
 * by its `id` (the facade's global ID) and adds a `rating` to it; everything else about an assistant
 * comes from the facade. Built with Pothos and its federation plugin, like the facade, so it serves
 * `_service { sdl }` and `_entities` too. Ratings live in memory.
 */
import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { createYoga } from 'graphql-yoga';
import { serve } from './http.js';
import type { Served } from './http.js';

interface ReviewsContext {
  /** Stars by assistant ID. */
  ratings: Map<string, number>;
}

const builder = new SchemaBuilder<{ Context: ReviewsContext; DefaultFieldNullability: false }>({
  defaultFieldNullability: false,
  plugins: [DirectivePlugin, FederationPlugin],
});

/** The facade's `Assistant`, known here by its key alone: `type Assistant @key(fields: "id")`. */
const Assistant = builder.externalRef('Assistant', builder.selection<{ id: string }>('id'), (reference) => reference);

Assistant.implement({
  description: 'An assistant of the facade, with its reviews.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The facade’s global ID of the assistant.' }),
    rating: t.int({
      nullable: true,
      description: 'Its latest rating, 1 to 5 stars; null when nobody has rated it.',
      resolve: (assistant, _args, ctx) => ctx.ratings.get(assistant.id) ?? null,
    }),
  }),
});

builder.queryType({
  description: 'Reads of reviews.',
  fields: (t) => ({
    topRated: t.field({
      type: [Assistant],
      description: 'The assistants with a rating, best first.',
      resolve: (_root, _args, ctx) => [...ctx.ratings].sort((a, b) => b[1] - a[1]).map(([id]) => ({ id })),
    }),
  }),
});

builder.mutationType({
  description: 'Writes of reviews.',
  fields: (t) => ({
    rateAssistant: t.field({
      type: Assistant,
      description: 'Rates an assistant, replacing its earlier rating.',
      args: {
        id: t.arg.id({ required: true, description: 'The facade’s global ID of the assistant.' }),
        stars: t.arg.int({ required: true, description: '1 to 5.' }),
      },
      resolve: (_root, args, ctx) => {
        if (!Number.isInteger(args.stars) || args.stars < 1 || args.stars > 5) throw new Error('`stars` must be 1 to 5.');
        ctx.ratings.set(String(args.id), args.stars);
        return { id: String(args.id) };
      },
    }),
  }),
});

/** The reviews subgraph's schema: `_service { sdl }` gives its SDL with `@key`, `_entities` resolves assistants. */
export const reviewsSchema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });

/** Serves a reviews subgraph of its own (empty ratings) at `http://host:port/graphql`. */
export function startReviews(options: { host?: string; port?: number } = {}): Promise<Served> {
  const ratings = new Map<string, number>();
  const yoga = createYoga<object, ReviewsContext>({
    schema: reviewsSchema,
    context: () => ({ ratings }),
    logging: false,
    landingPage: false,
  });
  return serve(yoga, options);
}
