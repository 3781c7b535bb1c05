/**
 * The facade as an Apollo Federation v2 subgraph: every node type is an entity keyed by its global
 * `id`, so another subgraph can extend `Assistant @key(fields: "id")` (or any other node type) and a
 * gateway fetches the rest here through `_entities`. `buildSubgraphSchema` adds `_entities`,
 * `_service { sdl }` and the `_Any`, `_Entity` and `_Service` types; nothing else in the schema
 * changes.
 */
import { introspectionTypes, isEnumType, isObjectType, specifiedScalarTypes } from 'graphql';
import type { GraphQLNamedType, GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import { NODE_TYPES } from './identity.js';
import { refOfNode } from './nodes/refs.js';

/** The Federation spec version `_service { sdl }` links to; it imports the directives the schema uses (`@key`). */
const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.6';

for (const node of NODE_TYPES) {
  builder.asEntity(refOfNode(node), {
    key: builder.selection<{ id: string }>('id'),
    // The key is the node's global ID, as `id` gives it; it is loaded like `node(id:)` loads it
    // (batched, null when it does not exist), with the caller's credentials.
    resolveReference: (reference, ctx) => ctx.loaders.load(node, node.decode(reference.id, 'representations')),
  });
}

/** graphql-js's own types, one instance per process, shared by every schema in it. */
const SHARED_TYPES: readonly GraphQLNamedType[] = [...specifiedScalarTypes, ...introspectionTypes];

/**
 * graphql-js's own types as they come, without AST nodes. The directives plugin gives every type of
 * the schema it builds a made-up AST node (that is how `@key` gets into the printed SDL), these
 * shared ones included, and code that prints another schema in the same process then sees them
 * changed (GraphQL Code Generator, for one, describes a scalar that has an AST node).
 */
function forgetSharedAstNodes(): void {
  for (const type of SHARED_TYPES) {
    type.astNode = undefined;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        field.astNode = undefined;
        for (const arg of field.args) arg.astNode = undefined;
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) value.astNode = undefined;
    }
  }
}

/** What the federation plugin adds to this schema without a description (`_Any` and `_Service` are the spec's own). */
const DESCRIPTIONS = {
  _entities:
    'For federation gateways: the objects of the given representations (`{ __typename, id }`, with a global ID), null for each that does not exist. Clients use `node`/`nodes`.',
  _service: 'For federation gateways: this subgraph’s SDL, with an `@key(fields: "id")` on every node type.',
  _Entity: 'Every node type: each is a federation entity keyed by its global `id`.',
};

/** The sorted subgraph schema: the client-facing schema plus `_entities` and `_service`. */
export function buildSubgraphSchema(): GraphQLSchema {
  const schema = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK });
  forgetSharedAstNodes();
  const fields = schema.getQueryType()?.getFields();
  for (const name of ['_entities', '_service'] as const) {
    const field = fields?.[name];
    if (field) field.description = DESCRIPTIONS[name];
  }
  const entity = schema.getType('_Entity');
  if (entity) entity.description = DESCRIPTIONS._Entity;
  return schema;
}
