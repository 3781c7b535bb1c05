/**
 * The subscription transports besides yoga's own GraphQL over SSE (the distinct-connections mode of
 * graphql-sse, which yoga serves on `/graphql` by itself):
 *
 * - graphql-sse's single-connection mode (`PUT` reserves a stream, `GET` with the stream's token
 *   listens to it, `POST`/`DELETE` with the token start and stop operations), by yoga's graphql-sse
 *   plugin;
 * - graphql-ws over a WebSocket (the transport of Apollo Client and urql), by graphql-ws's `ws`
 *   server on the upgrade of `/graphql`.
 *
 * Both run every operation through yoga's envelop (`yoga.getEnveloped`): the same context factory
 * (credentials from the `Authorization` header, the request deadline for queries and mutations),
 * the same GraphQL Armor limits, error masking and codes as a request over HTTP.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { GraphQLError, parse } from 'graphql';
import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { isAsyncIterable } from 'graphql-yoga';
import type { AsyncIterableIteratorOrValue, Plugin, PromiseOrValue, YogaInitialContext } from 'graphql-yoga';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { AuthFailure } from './auth/authenticate.js';
import type { Authenticator, CredentialHeaders } from './auth/authenticate.js';
import type { Caller } from './auth/caller.js';
import { originAllowed } from './cross-origin.js';
import { REQUEST_ID_HEADER, assignRequestId, requestIdOf, withExtensions } from './request-id.js';

export const GRAPHQL_PATH = '/graphql';
/** graphql-sse's header for the token of a reserved stream. */
export const STREAM_TOKEN_HEADER = 'x-graphql-event-stream-token';
/** The credential headers a WebSocket's connection params may carry (as HTTP headers would). */
const CREDENTIAL_HEADERS = ['authorization', 'openai-organization', 'openai-project'];

/**
 * A GraphQL error as a client receives it: with the request's id, without yoga's internal `http`
 * and `unexpected` extensions.
 */
function publicError(error: GraphQLError, requestId: string): GraphQLError {
  const { http: _http, unexpected: _unexpected, ...extensions } = error.extensions;
  return withExtensions(error, { ...extensions, requestId });
}

// ---------------------------------------------------------------------------------------------
// graphql-sse, single-connection mode
// ---------------------------------------------------------------------------------------------

/**
 * The requests of graphql-sse's single-connection mode: `PUT` (reserve a stream), `DELETE` (stop an
 * operation), and any request carrying a stream token (listen to the stream, start an operation on
 * it). Everything else on `/graphql`, event streams of the distinct-connections mode included, is
 * yoga's own. No browser sends any of these cross-site without a CORS preflight (a method or a
 * header no simple request has), so they need no CSRF header of their own.
 */
function isSingleConnectionRequest(request: Request): boolean {
  return request.method === 'PUT' || request.method === 'DELETE' || request.headers.has(STREAM_TOKEN_HEADER);
}

type Enveloped = ReturnType<Parameters<NonNullable<Plugin['onYogaInit']>>[0]['yoga']['getEnveloped']>;

/** A document that parses, standing in for one that did not: it is never executed. */
const PLACEHOLDER: DocumentNode = parse('{ __typename }');

type Outcome = Awaited<ReturnType<Enveloped['execute']>>;

/** One result as a stream of one. */
async function* single(result: ExecutionResult): AsyncGenerator<ExecutionResult, void> {
  yield result;
}

/** What graphql-sse takes for an outcome: a stream, or a result with `data` (see `failuresAsResults`). */
function streamable(outcome: Outcome): Outcome {
  return isAsyncIterable(outcome) || 'data' in outcome ? outcome : single(outcome);
}

/**
 * graphql-sse 2.6 takes what the plugin's `onSubscribe` returns for the operation's outcome only
 * when it is a stream or a result with `data`; anything else it takes for execution arguments,
 * answering 400 "Unable to detect operation AST". The plugin returns `{ errors }` for a document that
 * fails validation, and execution does for an operation that fails before it starts (a subscription
 * whose source fails); and a document that fails to parse throws out of the handler (a 500). With
 * this view of the envelop each of these becomes the operation's outcome, `{ errors }` exactly as
 * over HTTP, sent on the stream as a stream of that one result.
 */
function failuresAsResults(enveloped: Enveloped): Enveloped {
  let failure: readonly GraphQLError[] | null = null;
  return {
    ...enveloped,
    parse: (source, parseOptions) => {
      try {
        return enveloped.parse(source, parseOptions);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        failure = [error];
        return PLACEHOLDER;
      }
    },
    validate: (schema, document, rules, typeInfo, validateOptions) => {
      if (!failure) {
        const errors = enveloped.validate(schema, document, rules, typeInfo, validateOptions);
        if (errors.length > 0) failure = errors;
      }
      return [];
    },
    execute: async (args) => (failure ? single({ errors: failure }) : streamable(await enveloped.execute(args))),
    subscribe: async (args) => (failure ? single({ errors: failure }) : streamable(await enveloped.subscribe(args))),
  };
}

/** Reserved single-connection streams that no client connected yet, at most (about 1 KB each). */
const MAX_UNCONNECTED_RESERVATIONS = 10_000;

const TOO_MANY_RESERVATIONS = [
  JSON.stringify({ errors: [{ message: 'Too many event streams are reserved and not connected yet; connect the ones you reserved, or try again later.' }] }),
  { status: 503, statusText: 'Service Unavailable', headers: { 'content-type': 'application/json' } },
] as const;

/**
 * graphql-sse's single-connection mode on `/graphql`, by yoga's graphql-sse plugin; only its own
 * requests reach the plugin (see `isSingleConnectionRequest`). Each operation's context is made
 * from the request that starts it (its `POST`), with that request's `Authorization`, like any
 * other: graphql-sse's client sends its `headers` with every request.
 */
export function singleConnectionSse(maxReservations = MAX_UNCONNECTED_RESERVATIONS): Plugin<YogaInitialContext> {
  // graphql-sse frees a reserved stream only when its connection ends, so a reservation that is
  // never connected would stay forever: those are counted here, and new ones refused over the cap.
  const unconnected = new Set<string>();
  const sse = useGraphQLSSE({
    endpoint: GRAPHQL_PATH,
    // graphql-sse's default token comes from Math.random(); a token is what lets anyone listen to a
    // stream, so it must not be guessable. A reservation always gets a fresh one.
    authenticate: (request) => {
      if (request.method === 'PUT') {
        if (unconnected.size >= maxReservations) return TOO_MANY_RESERVATIONS;
        const token = randomUUID();
        unconnected.add(token);
        return token;
      }
      const token = request.headers.get(STREAM_TOKEN_HEADER) ?? undefined;
      if (token !== undefined && request.method === 'GET') unconnected.delete(token);
      return token;
    },
    onNext: (_ctx, request, result) => {
      if (!result.errors) return undefined;
      const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER));
      return { ...result, errors: result.errors.map((error) => publicError(error, requestId)) };
    },
  });
  return {
    onYogaInit({ yoga }) {
      const view: typeof yoga = Object.create(yoga);
      const getEnveloped = (initialContext?: object): Enveloped => failuresAsResults(yoga.getEnveloped(initialContext));
      Object.defineProperty(view, 'getEnveloped', { value: Object.assign(getEnveloped, { _plugins: yoga.getEnveloped._plugins }) });
      sse.onYogaInit?.({ yoga: view });
    },
    onRequest(payload) {
      if (isSingleConnectionRequest(payload.request)) return sse.onRequest?.(payload);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// graphql-ws over WebSocket
// ---------------------------------------------------------------------------------------------

/** A caller that brought no credential of its own (`open` mode on the server's key). */
function isAnonymous(caller: Caller): boolean {
  return caller.kind === 'key' && caller.credentials.apiKey === undefined;
}

/** What the WebSocket transport uses of yoga. */
interface Enveloping {
  getEnveloped(initialContext: Record<string, unknown>): {
    schema: GraphQLSchema;
    parse(source: string): DocumentNode;
    validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[];
    contextFactory(): PromiseOrValue<object>;
    execute(args: ExecutionArgs): PromiseOrValue<AsyncIterableIteratorOrValue<ExecutionResult>>;
    subscribe(args: ExecutionArgs): PromiseOrValue<AsyncIterableIteratorOrValue<ExecutionResult>>;
  };
}

export interface WebSocketOptions {
  /** Browser origins allowed to use the server's key (the CORS allow-list). */
  corsOrigins: readonly string[];
  /** The largest message accepted, as for a request body over HTTP. */
  maxPayloadBytes: number;
  production: boolean;
  logger: Logger;
  /** Who may call: a connection is authenticated at `connection_init`, as a request over HTTP is. */
  auth: Authenticator;
}

/** graphql-ws's close code for a refused `connection_init` (HTTP's 401 in the 4xxx range, as graphql-ws's own 4403). */
const UNAUTHENTICATED_CLOSE = 4401;

/**
 * One WebSocket connection: the headers its operations run with, and each running operation's
 * abort, by the operation's subscribe payload (an id can be used again once its operation ends).
 */
interface Connection {
  headers: Headers;
  caller: Caller;
  operations: Map<object, AbortController>;
}

/** A WebSocket connection's request id: its upgrade request's, as `onUpgrade` chose it. */
function connectionRequestId(ctx: { extra: { request: IncomingMessage } }): string {
  return requestIdOf(ctx.extra.request.headers[REQUEST_ID_HEADER]);
}

/**
 * The headers a WebSocket's operations run with: the upgrade request's, with the credentials of the
 * connection params over them (`authorization`, `openai-organization`, `openai-project`, in any
 * case, at the top level or under `headers` as some clients nest them). Throws a TypeError for a
 * value no HTTP header could carry.
 */
function connectionHeaders(request: IncomingMessage, params: Readonly<Record<string, unknown>> | undefined): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.startsWith('sec-websocket-') || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const nested = params?.['headers'];
  for (const source of [typeof nested === 'object' && nested !== null ? nested : {}, params ?? {}]) {
    for (const [name, value] of Object.entries(source)) {
      const lower = name.toLowerCase();
      if (CREDENTIAL_HEADERS.includes(lower) && typeof value === 'string') headers.set(lower, value);
    }
  }
  return headers;
}

function credentialHeadersOf(headers: Headers): CredentialHeaders {
  return {
    authorization: headers.get('authorization') ?? undefined,
    organization: headers.get('openai-organization') ?? undefined,
    project: headers.get('openai-project') ?? undefined,
  };
}

/**
 * Serves graphql-ws on the WebSocket upgrade of `/graphql` of `server`; returns what closes every
 * socket and stops serving.
 *
 * - Credentials: the connection params' `authorization` (else the upgrade request's header), as an
 *   HTTP request's `Authorization` header, authenticated at `connection_init` as a request over
 *   HTTP is; a refusal closes the socket with 4401. A bad `Authorization` header on the upgrade
 *   request itself is refused before the upgrade, with the same 401 as over HTTP.
 * - A browser page can open a WebSocket to any site and send no preflight, so a connection with an
 *   `Origin` outside the CORS allow-list is refused (4403) unless it brings a key of its own.
 * - Each operation gets a request of its own for yoga's context factory, whose signal aborts when
 *   the operation ends or the socket closes: a query or mutation gets the request deadline, a
 *   subscription lasts until it completes, is stopped, or the connection goes.
 */
export function attachGraphQLWs(yoga: Enveloping, server: Server, options: WebSocketOptions): () => Promise<void> {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  const connections = new WeakMap<object, Connection>();
  /** The envelop each operation's context was made by, for executing it. */
  const envelopes = new WeakMap<object, ReturnType<Enveloping['getEnveloped']>>();
  const envelopeOf = (args: ExecutionArgs): ReturnType<Enveloping['getEnveloped']> => {
    const enveloped = typeof args.contextValue === 'object' && args.contextValue !== null ? envelopes.get(args.contextValue) : undefined;
    if (!enveloped) throw new Error('An operation without its envelop.');
    return enveloped;
  };

  const served = useServer(
    {
      isProd: options.production,
      onConnect: async (ctx) => {
        let headers: Headers;
        try {
          headers = connectionHeaders(ctx.extra.request, ctx.connectionParams);
        } catch {
          return false;
        }
        const caller = await options.auth.authenticate(credentialHeadersOf(headers));
        if (caller instanceof AuthFailure) {
          // graphql-ws then closes with 4403, which the socket ignores: it is closing already.
          ctx.extra.socket.close(UNAUTHENTICATED_CLOSE, caller.message.slice(0, 120));
          return false;
        }
        // A page of another site may only use the API with a credential of its own, never the server's key.
        const origin = ctx.extra.request.headers.origin;
        if (origin !== undefined && !originAllowed(origin, options.corsOrigins) && isAnonymous(caller)) return false;
        connections.set(ctx, { headers, caller, operations: new Map() });
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const connection = connections.get(ctx);
        if (!connection) return [new GraphQLError('The connection is not initialised.')];
        const params = {
          query: payload.query,
          operationName: payload.operationName ?? undefined,
          variables: payload.variables ?? undefined,
          extensions: payload.extensions ?? undefined,
        };
        const controller = new AbortController();
        const request = new Request(`http://localhost${GRAPHQL_PATH}`, {
          method: 'POST',
          headers: connection.headers,
          signal: controller.signal,
        });
        const enveloped = yoga.getEnveloped({ req: ctx.extra.request, socket: ctx.extra.socket, caller: connection.caller, request, params });
        let document: DocumentNode;
        try {
          document = enveloped.parse(payload.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return errors;
        connection.operations.set(payload, controller);
        const contextValue = await enveloped.contextFactory();
        envelopes.set(contextValue, enveloped);
        return {
          schema: enveloped.schema,
          document,
          contextValue,
          operationName: params.operationName,
          variableValues: params.variables,
        };
      },
      execute: (args) => envelopeOf(args).execute(args),
      subscribe: (args) => envelopeOf(args).subscribe(args),
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => publicError(error, connectionRequestId(ctx)).toJSON()) } : undefined,
      onError: (ctx, _id, _payload, errors): GraphQLFormattedError[] => errors.map((error) => publicError(error, connectionRequestId(ctx)).toJSON()),
      onComplete: (ctx, _id, payload) => {
        const connection = connections.get(ctx);
        connection?.operations.get(payload)?.abort();
        connection?.operations.delete(payload);
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx);
        for (const controller of connection?.operations.values() ?? []) controller.abort();
        connection?.operations.clear();
      },
    },
    sockets,
  );

  const onUpgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== GRAPHQL_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const requestId = assignRequestId(request);
    const { authorization } = request.headers;
    const refusal = authorization === undefined ? null : await options.auth.authenticate({ authorization });
    if (refusal instanceof AuthFailure) {
      const statusLine = refusal.status === 401 ? '401 Unauthorized' : '503 Service Unavailable';
      const challenge = refusal.status === 401 ? `www-authenticate: ${refusal.challenge}\r\n` : '';
      socket.end(
        `HTTP/1.1 ${statusLine}\r\nconnection: close\r\n${challenge}${REQUEST_ID_HEADER}: ${requestId}\r\n` +
          `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(refusal.body)}\r\n\r\n${refusal.body}`,
      );
      return;
    }
    const started = performance.now();
    sockets.handleUpgrade(request, socket, head, (websocket) => {
      websocket.once('close', (code) =>
        options.logger.info({ requestId, method: 'GET', path, status: 101, ms: Math.round(performance.now() - started), closeCode: code }, 'websocket'),
      );
      sockets.emit('connection', websocket, request);
    });
  };
  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    onUpgrade(request, socket, head).catch((error: unknown) => {
      options.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'WebSocket upgrade failed');
      socket.destroy();
    });
  };
  server.on('upgrade', upgrade);
  // The connection's id (the upgrade request's) on the 101 answer, as on every HTTP answer.
  sockets.on('headers', (headers: string[], request: IncomingMessage) => headers.push(`${REQUEST_ID_HEADER}: ${requestIdOf(request.headers[REQUEST_ID_HEADER])}`));

  return async () => {
    server.off('upgrade', upgrade);
    // Every client is sent 1001 Going Away; one that does not answer within a second is cut off.
    const closing = served.dispose();
    const cutOff = setTimeout(() => {
      for (const client of sockets.clients) client.terminate();
    }, 1_000);
    cutOff.unref();
    await closing;
    clearTimeout(cutOff);
  };
}
