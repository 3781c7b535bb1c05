/**
 * Trusted documents (opt-in, `PERSISTED_OPERATIONS_FILE`): a JSON map of sha256 hex hash to
 * document, as GraphQL Code Generator's client preset writes it with `persistedDocuments`. With it,
 * only those documents run, sent by hash (`extensions.persistedQuery.sha256Hash`, or `documentId`),
 * on every transport; anything else is refused with HTTP 400 and a code.
 *
 * Two hooks, because the transports reach envelop in two ways: yoga's own HTTP parsing (POST, GET,
 * SSE) runs its params hooks, where yoga's persisted-operations plugin swaps the hash for the
 * document; the plain-POST path, graphql-sse's single-connection mode and graphql-ws call envelop
 * directly with the client's params, so every other parse goes through `onParse` here, which
 * parses nothing but a listed document named by hash (a graphql-ws client sends an empty `query`).
 * Validation (Armor's limits included) still runs on every document.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError, parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { ConfigError } from './config.js';

/** The listed documents by hash, parsed once at start-up. */
export type TrustedDocuments = ReadonlyMap<string, { source: string; document: DocumentNode }>;

const VARIABLE = 'PERSISTED_OPERATIONS_FILE';

/** Reads and checks the file: every hash must be the sha256 of its document, and every document must parse. */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  const fail = (what: string): never => {
    throw new ConfigError(`Invalid configuration: ${VARIABLE} ${what} (got ${JSON.stringify(file)})`);
  };
  let listed: unknown;
  try {
    listed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(`must name a readable JSON file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof listed !== 'object' || listed === null || Array.isArray(listed)) return fail('must hold a JSON object of hash → document');
  const documents = new Map<string, { source: string; document: DocumentNode }>();
  for (const [hash, source] of Object.entries(listed)) {
    if (typeof source !== 'string') return fail(`has a document for ${hash} that is not a string`);
    if (createHash('sha256').update(source).digest('hex') !== hash) return fail(`has ${hash}, which is not the sha256 hex of its document`);
    try {
      documents.set(hash, { source, document: parse(source) });
    } catch (error) {
      return fail(`has a document for ${hash} that does not parse: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (documents.size === 0) return fail('lists no document');
  return documents;
}

/** The refusals, with the codes of yoga's persisted-operations plugin and a 400. */
const REFUSALS = {
  persistedQueryOnly: {
    message: 'This server runs only its trusted documents: send the document’s hash (extensions.persistedQuery.sha256Hash or documentId), not the document.',
    extensions: { code: 'CANNOT_SEND_PQ_ID_AND_BODY', http: { status: 400 } },
  },
  keyNotFound: {
    message: 'This server runs only its trusted documents: send the document’s hash as extensions.persistedQuery.sha256Hash or documentId.',
    extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
  },
  notFound: {
    message: 'No trusted document has this hash.',
    extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } },
  },
} as const;

function refusal(kind: keyof typeof REFUSALS): GraphQLError {
  const { message, extensions } = REFUSALS[kind];
  return new GraphQLError(message, { extensions });
}

/** The hash a request names: `extensions.persistedQuery.sha256Hash` (version 1), else `documentId`. */
function persistedId(params: Partial<GraphQLParams> & { documentId?: unknown }): string | null {
  const persisted: unknown = params.extensions?.['persistedQuery'];
  if (typeof persisted === 'object' && persisted !== null) {
    const { version, sha256Hash } = persisted as Record<string, unknown>;
    if (version === 1 && typeof sha256Hash === 'string') return sha256Hash;
  }
  return typeof params.documentId === 'string' ? params.documentId : null;
}

/** The yoga plugins that let only `documents` run. */
export function trustedDocumentsPlugins(documents: TrustedDocuments): Plugin[] {
  /** Requests whose document yoga's plugin took from the list already (by their hash). */
  const listedByYoga = new WeakSet<Request>();
  const guard: Plugin = {
    onParams({ request }) {
      // Reached only when yoga's plugin (before this one) did not refuse the request.
      listedByYoga.add(request);
    },
    onParse({ context, setParsedDocument }) {
      const { request, params = {} } = context as { request?: Request; params?: Partial<GraphQLParams> & { documentId?: unknown } };
      if (request && listedByYoga.has(request)) return;
      const id = persistedId(params);
      if (params.query) throw refusal('persistedQueryOnly');
      if (id === null) throw refusal('keyNotFound');
      const trusted = documents.get(id);
      if (!trusted) throw refusal('notFound');
      setParsedDocument(trusted.document);
      // Yoga's parser cache (a plugin after this one) keys documents by their text, here the same
      // empty `query` whatever the hash: the listed document must win over what it cached for "".
      return ({ replaceParseResult }) => replaceParseResult(trusted.document);
    },
  };
  return [
    usePersistedOperations({
      getPersistedOperation: (id) => documents.get(id)?.source ?? null,
      extractPersistedOperationId: persistedId,
      skipDocumentValidation: false,
      customErrors: REFUSALS,
    }),
    guard,
  ];
}
