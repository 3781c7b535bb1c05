/** The Pothos schema builder: plugins and scalars only. Node types live one per file in ./nodes. */
import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphQLContext } from './context.js';
import { LIMITS } from '../v1/requests.js';
import { decodeAnyGlobalId, encodeGlobalId } from './global-id.js';

/**
 * A file of a GraphQL multipart request (the `Upload` scalar: `File` is the node type): its bytes as they arrive, read once,
 * never whole in memory. A Fetch API `File` is one too.
 */
export interface UploadedFile {
  readonly name: string;
  /** Its media type, as the client sent it ('' when it sent none). */
  readonly type: string;
  stream(): ReadableStream<Uint8Array>;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: number; Output: number };
    JSON: { Input: JsonValue; Output: unknown };
    JSONObject: { Input: JsonObject; Output: Record<string, unknown> };
    Metadata: { Input: Record<string, string>; Output: Record<string, string> };
    Upload: { Input: UploadedFile; Output: never };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  // Directives first (it writes the `@key` directives federation adds into the schema's AST, which
  // `_service { sdl }` prints); federation last, after every plugin that wraps resolvers.
  plugins: [DirectivePlugin, RelayPlugin, FederationPlugin],
  relay: {
    clientMutationId: 'omit',
    mutationInputArgOptions: { description: 'The mutation’s arguments; its input type describes each one.' },
    cursorType: 'String',
    nodesOnConnection: { description: 'The objects of this page, in order: a shortcut for `edges { node }`.' },
    edgesFieldOptions: { nullable: false, description: 'The objects of this page with their cursors, in order.' },
    nodeFieldOptions: { nullable: false, description: 'The object.' },
    cursorFieldOptions: { description: 'An opaque cursor for `after`/`before`; valid only in the connection and order that issued it.' },
    pageInfoFieldOptions: { description: 'Where this page sits, for fetching the next or previous one.' },
    idFieldOptions: { description: 'The global ID: opaque, stable, and accepted by `node(id:)`.' },
    hasNextPageFieldOptions: { description: 'Whether more objects follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether objects come before this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first object of this page; null when it is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last object of this page; null when it is empty.' },
    firstArgOptions: {
      description: `Return the first N objects (${LIMITS.minPageSize} to ${LIMITS.maxPageSize}; ${LIMITS.defaultPageSize} when neither \`first\` nor \`last\` is given).`,
    },
    lastArgOptions: { description: `Return the last N objects (${LIMITS.minPageSize} to ${LIMITS.maxPageSize}).` },
    afterArgOptions: { description: 'Return objects after this cursor.' },
    beforeArgOptions: { description: 'Return objects before this cursor.' },
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, String(id).split(':')),
    decodeGlobalID: (globalId) => decodeAnyGlobalId(globalId),
    nodeQueryOptions: { description: 'Fetches any object by its global ID; null when it does not exist.' },
    nodesQueryOptions: { description: 'Fetches several objects by their global IDs; null for each that does not exist.' },
    nodeTypeOptions: { description: 'An object with a global ID, refetchable with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection (Relay cursor connections).' },
  },
});

builder.queryType({ description: 'Reads of assistants, threads and everything linked to them.' });
builder.mutationType({ description: 'Creates, changes and deletes objects upstream.' });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Unix seconds upstream; ISO 8601 on the wire, like every GraphQL DateTime. */
builder.scalarType('DateTime', {
  description: 'A point in time as an ISO 8601 string in UTC, e.g. `2024-04-12T09:30:00.000Z`. Upstream precision is one second.',
  serialize: (seconds) => new Date(seconds * 1000).toISOString(),
  parseValue: (value) => {
    const millis = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(millis)) throw new TypeError('DateTime must be an ISO 8601 string.');
    return Math.floor(millis / 1000);
  },
});

builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value as JsonValue,
});

builder.scalarType('JSONObject', {
  description: 'A JSON object.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (!isPlainObject(value)) throw new TypeError('JSONObject must be an object.');
    return value as JsonObject;
  },
});

builder.scalarType('Metadata', {
  description:
    `Up to ${LIMITS.metadataPairs} key-value pairs attached to an object, for your own use: keys at most ${LIMITS.metadataKey} characters, values strings of at most ${LIMITS.metadataValue} characters.`,
  serialize: (value) => value,
  parseValue: (value) => {
    if (!isPlainObject(value) || !Object.values(value).every((entry) => typeof entry === 'string')) {
      throw new TypeError('Metadata must be an object whose values are strings.');
    }
    return value as Record<string, string>;
  },
});

function isUploadedFile(value: unknown): value is UploadedFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return typeof file['name'] === 'string' && typeof file['type'] === 'string' && typeof file['stream'] === 'function';
}

builder.scalarType('Upload', {
  description:
    'A file sent with the request, as the GraphQL multipart request spec sends files (`operations`, `map`, then the file part); only as a variable.',
  serialize: () => {
    throw new TypeError('An Upload is an input only.');
  },
  parseValue: (value) => {
    if (!isUploadedFile(value)) throw new TypeError('Upload must be a file part of a multipart request (GraphQL multipart request spec).');
    return value;
  },
});

/** The builder's resolved schema types, for helpers that take a field builder. */
export type SchemaTypesOf = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
