/**
 * The facade as a graphql-yoga instance (no listening here; see index.ts), plus the HTTP handler
 * that adds the health endpoints.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { ValidationContext } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { AuthFailure, openAuthenticator } from './auth/authenticate.js';
import type { Authenticator, CredentialHeaders } from './auth/authenticate.js';
import { upstreamCredentialsOf } from './auth/caller.js';
import type { Caller } from './auth/caller.js';
import { openOwnedApi } from './auth/owned-api.js';
import type { AnswerObserver, AssistantsApi } from './openai/api.js';
import type { UpstreamClient } from './openai/client.js';
import { UpstreamError } from './openai/errors.js';
import { serveChatPage } from './chat-page.js';
import { contextPerSubscriptionEvent, createContext } from './graphql/context.js';
import type { GraphQLContext } from './graphql/context.js';
import { maskError } from './graphql/errors.js';
import { schema } from './graphql/schema.js';
import { RunFollowers } from './graphql/subscriptions/run-followers.js';
import { HEADERS_HINT } from './startup/graphiql.js';
import type { GraphiQLTab } from './startup/graphiql.js';
import { requestLogger } from './logger.js';
import { Telemetry } from './observability/telemetry.js';
import { answerPlainPost, clientSignal, isPlainPost } from './plain-post.js';
import { answerMultipart, isMultipartRequest } from './uploads.js';
import { answerDownload } from './downloads.js';
import { isDownloadPath } from './graphql/file-download.js';
import { CSRF_HEADERS, sendError } from './cross-origin.js';
import { LIMITS } from './v1/requests.js';
import { Budgets } from './budgets.js';
import type { BudgetLimits } from './budgets.js';
import { metricsAccess } from './metrics-access.js';
import { REQUEST_ID_HEADER, assignRequestId, requestIdInErrors, requestIdOf } from './request-id.js';
import { trustedDocumentsPlugins } from './trusted-documents.js';
import type { TrustedDocuments } from './trusted-documents.js';
import type { NodeServerContext } from './plain-post.js';
import { GRAPHQL_PATH, attachGraphQLWs, singleConnectionSse } from './transports.js';

export interface FacadeOptions {
  /** The upstream client; it holds the server's key, used when a request brings none of its own. */
  client: UpstreamClient;
  logger: Logger;
  /** Browser origins allowed to call the API cross-origin; none by default. */
  corsOrigins?: string[];
  /** Every GraphQL request is aborted after this long, upstream calls included. */
  requestDeadlineMs?: number;
  /** graphql-sse single-connection streams reserved and not yet connected, at most (default 10,000). */
  maxUnconnectedStreams?: number;
  /** The most upstream calls one request (a query, a mutation, a subscription) has in flight; more wait their turn (default 16). */
  upstreamConcurrency?: number;
  /** Shown in GraphiQL's editor the first time it opens (when no `graphiqlTabs` are given). */
  defaultQuery?: string;
  /** GraphiQL's tabs the first time it opens: operations with their variables (startup/graphiql.ts). */
  graphiqlTabs?: GraphiQLTab[];
  /** Production: no GraphiQL and no introspection (gateways use the printed schema file instead). */
  production?: boolean;
  /** The run pollers of `run(id:)` subscriptions; each facade makes its own unless given one (tests watch it). */
  followers?: RunFollowers;
  /** Metrics (`GET /metrics`) and traces; each facade makes its own unless given one (see observability/telemetry.ts). */
  telemetry?: Telemetry;
  /** Who may call (auth/authenticate.ts); `open` unless given. */
  auth?: Authenticator;
  /** Per-caller budgets (budgets.ts); a missing or 0 limit is none. */
  budgets?: Partial<BudgetLimits>;
  /** The budgets' clock, in milliseconds (tests move it by hand); default `Date.now`. */
  budgetClock?: () => number;
  /** Where the server listens (default `127.0.0.1`): beyond loopback, `/metrics` needs `metricsToken`. */
  host?: string;
  /** `/metrics` answers only requests with `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** Only these documents run, sent by hash (trusted-documents.ts); unset: any document. */
  trustedDocuments?: TrustedDocuments;
  /** The largest file `uploadFile` takes, in bytes (default the upstream's 512 MB); other requests keep the 1 MB body limit. */
  maxUploadBytes?: number;
}

/** The longest a GraphQL request runs, upstream calls included, unless `requestDeadlineMs` says otherwise. */
export const DEFAULT_DEADLINE_MS = 30_000;
const DEFAULT_UPSTREAM_CONCURRENCY = 16;
const MAX_REQUEST_BYTES = 1_000_000;

/** The credential headers of a Node request (a repeated custom header arrives joined by Node). */
function credentialHeadersOf(request: IncomingMessage): CredentialHeaders {
  const { authorization, 'openai-organization': organization, 'openai-project': project } = request.headers;
  return { authorization, organization: String(organization ?? '') || undefined, project: String(project ?? '') || undefined };
}

/** A refused caller's answer: 401 with its challenge (or 503 when the identity provider's keys are out of reach). */
export function sendAuthFailure(response: ServerResponse, failure: AuthFailure): void {
  response.writeHead(failure.status, {
    'content-type': 'application/json',
    ...(failure.status === 401 ? { 'www-authenticate': failure.challenge } : {}),
  });
  response.end(failure.body);
}

/** GraphiQL's page (a browser's GET of HTML, which can carry no token): nothing of the API runs. */
function isGraphiQLPage(request: IncomingMessage, graphiql: boolean): boolean {
  return graphiql && request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

/**
 * The caller's view of the upstream, `onAnswer` told of what the caller gets: in `jwt` mode, a view in
 * which only the user's own threads exist.
 */
function callerApi(open: (onAnswer?: AnswerObserver) => AssistantsApi, caller: Caller, onAnswer?: AnswerObserver): AssistantsApi {
  return caller.kind === 'user' ? openOwnedApi(open, caller, onAnswer) : open(onAnswer);
}

/**
 * Aborts when the client goes away or the deadline passes; `release` ends the timer early.
 * Hand-made rather than `AbortSignal.any([signal, AbortSignal.timeout(ms)])`, which kept about
 * 2 KB per request alive long after the request (seen in `npm run bench`'s heap figure).
 */
function deadlineSignal(clientSignal: AbortSignal, ms: number): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The request deadline passed.', 'TimeoutError')), ms);
  timer.unref();
  const onClientAbort = (): void => {
    clearTimeout(timer);
    controller.abort(clientSignal.reason);
  };
  const release = (): void => {
    clearTimeout(timer);
    clientSignal.removeEventListener('abort', onClientAbort);
  };
  if (clientSignal.aborted) onClientAbort();
  else clientSignal.addEventListener('abort', onClientAbort, { once: true });
  return { signal: controller.signal, release };
}

const disableIntrospection: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
};

/** Report armor rejections as validation errors, so they get a 400 and a code like any other. */
const reportRejection = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function createFacade(options: FacadeOptions) {
  const deadlineMs = options.requestDeadlineMs ?? DEFAULT_DEADLINE_MS;
  const upstreamConcurrency = options.upstreamConcurrency ?? DEFAULT_UPSTREAM_CONCURRENCY;
  // Per-server state: shared by this facade's requests, by nobody else's.
  const followers = options.followers ?? new RunFollowers();
  const telemetry = options.telemetry ?? new Telemetry();
  const mask = telemetry.countingErrors(maskError);
  const auth = options.auth ?? openAuthenticator;
  const budgets = new Budgets(options.budgets, options.budgetClock);
  const metricsStatus = metricsAccess(options.metricsToken, options.host ?? '127.0.0.1');
  /** The caller's view of the upstream (see `callerApi`), aborted by `signal`, `onAnswer` told of what the caller gets. */
  const upstreamOf = (caller: Caller, signal: AbortSignal, requestId: string, onAnswer?: AnswerObserver): AssistantsApi => {
    const credentials = upstreamCredentialsOf(caller);
    const open = (observer?: AnswerObserver): AssistantsApi => options.client.forRequest(credentials, signal, upstreamConcurrency, requestId, observer);
    return callerApi(open, caller, onAnswer);
  };
  const uploadLimits = { maxFileBytes: options.maxUploadBytes ?? LIMITS.fileBytes, maxFieldBytes: MAX_REQUEST_BYTES, corsOrigins: options.corsOrigins ?? [] };
  const yoga = createYoga<NodeServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    maskedErrors: { maskError: mask },
    batching: false,
    // The body limit is checked from the headers in `handle` (see `bodyRefusal`).
    maxRequestBodySize: false,
    // An empty origin list means "allow every origin" to yoga's CORS plugin, so the allow-list is
    // checked here: only a listed origin gets CORS headers, and only its own.
    cors: (request) => {
      const origin = request.headers.get('origin');
      const allowed = options.corsOrigins ?? [];
      return origin !== null && (allowed.includes(origin) || allowed.includes('*'))
        ? { origin: [origin], credentials: false }
        : false;
    },
    graphiql: options.production
      ? false
      : {
          title: 'Assistants v1 GraphQL',
          defaultQuery: options.defaultQuery,
          defaultTabs: options.graphiqlTabs,
          // A new tab's headers editor: a commented `Authorization` example (no header is sent).
          defaultHeaders: HEADERS_HINT,
          // The examples' ids are in their variables: show those first.
          defaultEditorToolsVisibility: 'variables',
          shouldPersistHeaders: false,
          // GraphiQL sends subscriptions as GET event streams; this header passes CSRF prevention.
          additionalHeaders: { 'x-graphql-yoga-csrf': 'graphiql' },
        },
    // GraphiQL's page bundle is about 50 MB in memory: loaded on the first visit, never in production.
    renderGraphiQL: async (graphiqlOptions) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    logging: {
      debug: (...args) => {
        // Yoga logs several debug lines per request; build them only when someone reads them.
        if (options.logger.isLevelEnabled('debug')) options.logger.debug(args.map(String).join(' '));
      },
      info: (...args) => options.logger.info(args.map(String).join(' ')),
      warn: (...args) => options.logger.warn(args.map(String).join(' ')),
      error: (...args) => options.logger.error(args.map(describeLogged).join(' ')),
    },
    context: ({ request, req, res, caller }) => {
      // Every way in (handle, the WebSocket transport) authenticates first and passes the caller on.
      if (!caller) throw new GraphQLError('The request was not authenticated.', { extensions: { code: 'UNAUTHENTICATED' } });
      const requestId = requestIdOf(req?.headers[REQUEST_ID_HEADER] ?? request.headers.get(REQUEST_ID_HEADER));
      const deadline = deadlineSignal(request.signal, deadlineMs);
      // Release the deadline's timer with the response, not 30 s later.
      res?.once('close', () => deadline.release());
      const openUpstream = (signal: AbortSignal, onAnswer?: AnswerObserver): AssistantsApi =>
        budgets.countingRuns(upstreamOf(caller, signal, requestId, onAnswer), caller);
      return createContext({
        caller,
        openUpstream,
        deadline: deadline.signal,
        signal: request.signal,
        followers,
        logger: requestLogger(options.logger, requestId),
      });
    },
    plugins: [
      // Replaces the subscribe function: before the plugins that wrap it (telemetry).
      contextPerSubscriptionEvent(),
      // A request a browser sends cross-site without a preflight (a form POST, a plain GET) must not
      // run on the server's key: it needs a header no such request can carry.
      useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
      // graphql-sse's single-connection mode (PUT, then POST/DELETE with the stream token); see transports.ts.
      singleConnectionSse(options.maxUnconnectedStreams),
      EnvelopArmorPlugin({
        maxDepth: { n: 14, ...reportRejection },
        maxAliases: { n: 15, ...reportRejection },
        maxDirectives: { n: 50, ...reportRejection },
        // Counted while parsing, where there is no validation context to report into: it must throw.
        maxTokens: { n: 2000, propagateOnRejection: true },
        costLimit: { maxCost: 20_000, ...reportRejection },
        blockFieldSuggestion: { enabled: true },
      }),
      ...(options.production ? [disableIntrospection] : []),
      ...(options.trustedDocuments ? trustedDocumentsPlugins(options.trustedDocuments) : []),
      budgets.plugin(),
      requestIdInErrors(),
      // Operation durations, spans and open subscriptions (observability/telemetry.ts).
      telemetry.plugin(maskError),
    ],
  });

  /** Set by `drain`: the facade is shutting down. */
  let draining = false;
  /** The responses in progress, so that `drain` can end the event streams among them. */
  const inProgress = new Set<ServerResponse>();

  /** Node's request listener: health endpoints here, everything else to yoga. */
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    const started = performance.now();
    const requestId = assignRequestId(request);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    inProgress.add(response);
    // While draining, no connection is kept alive past its current request.
    if (draining) response.setHeader('connection', 'close');
    // One line per request for operators; the URL's query string and all headers stay out of it.
    response.once('close', () => {
      inProgress.delete(response);
      options.logger.info(
        { requestId, method: request.method, path, status: response.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      );
    });
    if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (path === '/metrics') {
      const status = metricsStatus(request.headers.authorization);
      return status === 200 ? sendMetrics(response, telemetry) : sendJson(response, status, { error: status === 401 ? 'Unauthorized' : 'Not Found' });
    }
    if (path === '/readyz') {
      if (draining) return sendJson(response, 503, { status: 'draining' });
      const ready = await upstreamAnswers(options.client);
      return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'upstream unavailable' });
    }
    if (!options.production && (await serveChatPage(request, response, { byHash: options.trustedDocuments !== undefined }))) return;
    if (path !== undefined && isDownloadPath(path)) return download(request, response, requestId);
    // A multipart request (an upload) has its own limits (uploads.ts).
    const multipart = path === GRAPHQL_PATH && isMultipartRequest(request);
    const refusal = multipart ? null : bodyRefusal(request);
    if (refusal) {
      // The unread body makes the connection unusable for another request.
      response.setHeader('connection', 'close');
      return sendJson(response, refusal.status, { errors: [{ message: refusal.message, extensions: { requestId } }] });
    }
    if (path !== GRAPHQL_PATH || request.method === 'OPTIONS' || isGraphiQLPage(request, !options.production)) {
      return yoga.requestListener(request, response);
    }
    const caller = await auth.authenticate(credentialHeadersOf(request));
    if (caller instanceof AuthFailure) return sendAuthFailure(response, caller);
    if (multipart) return answerMultipart(yoga, mask, request, response, caller, uploadLimits);
    if (isPlainPost(request)) return answerPlainPost(yoga, mask, request, response, caller);
    if (request.headers.accept?.includes('text/event-stream') === true) gatherWritesPerTurn(response);
    await yoga.handle(request, response, { caller });
  }

  /** The download route (downloads.ts): authenticated like `/graphql`, one operation of the caller's budget. */
  async function download(request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
    const caller = await auth.authenticate(credentialHeadersOf(request));
    if (caller instanceof AuthFailure) return sendAuthFailure(response, caller);
    const logger = options.logger.child({ requestId });
    const overBudget = budgets.operationRefusal(caller, logger);
    if (overBudget) {
      return sendError(response, 429, overBudget.message, { code: 'RATE_LIMITED', retryAfter: overBudget.extensions['retryAfter'] }, {
        'retry-after': String(overBudget.extensions['retryAfter']),
      });
    }
    const api = upstreamOf(caller, clientSignal(response), requestId);
    await answerDownload({ request, response, api, corsOrigins: options.corsOrigins ?? [], onUnexpected: (error) => logger.error(error) });
  }

  /** Serves graphql-ws on the WebSocket upgrade of `/graphql` of `server` (transports.ts); returns its disposer. */
  function attachWebSockets(server: Server): () => Promise<void> {
    return attachGraphQLWs(yoga, server, {
      corsOrigins: options.corsOrigins ?? [],
      maxPayloadBytes: MAX_REQUEST_BYTES,
      production: options.production ?? false,
      logger: options.logger,
      auth,
    });
  }

  /**
   * The start of a shutdown: `/readyz` answers 503 from now on, and the event streams in progress
   * are cut, so that their clients reconnect to another instance. Other requests in progress are
   * left to finish, and their connections close after them: their answers are written whole, so a
   * response whose headers went out but that has not ended is a stream.
   */
  function drain(): void {
    draining = true;
    for (const response of inProgress) {
      if (!response.headersSent) response.setHeader('connection', 'close');
      else if (!response.writableEnded) response.destroy();
    }
  }

  return { yoga, handle, followers, attachWebSockets, telemetry, drain };
}

/** Prometheus' text format, from the facade's own registry. */
async function sendMetrics(response: ServerResponse, telemetry: Telemetry): Promise<void> {
  const { registry } = telemetry.metrics;
  const text = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType });
  response.end(text);
}

/**
 * The body limit, from the headers alone: a body must announce its length (GraphQL clients and
 * browsers always do), so nothing has to count the bytes as they stream in. Yoga's own limit does
 * count them, by piping every request body through a stream, which cost more than half of a
 * simple lookup's throughput; it is turned off.
 */
function bodyRefusal(request: IncomingMessage): { status: number; message: string } | null {
  const declared = request.headers['content-length'];
  if (declared === undefined) {
    const chunked = request.headers['transfer-encoding'] !== undefined;
    return chunked ? { status: 411, message: 'Send the request body with a Content-Length header.' } : null;
  }
  if (!/^\d+$/.test(declared)) return { status: 400, message: 'The Content-Length header is invalid.' };
  if (Number(declared) > MAX_REQUEST_BYTES) return { status: 413, message: `Request body over ${MAX_REQUEST_BYTES} bytes.` };
  return null;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Any HTTP answer below 500 (even a 401) means the upstream is there and speaking HTTP. */
async function upstreamAnswers(client: UpstreamClient): Promise<boolean> {
  try {
    await client.forRequest({}, AbortSignal.timeout(5_000)).listAssistants({ limit: 1 });
    return true;
  } catch (error) {
    return error instanceof UpstreamError && error.kind === 'http' && (error.status ?? 500) < 500;
  }
}

function describeLogged(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return String(value);
}

/**
 * An event stream's writes of one turn of the event loop go out in one socket write: its events
 * come a few at a time (what one read from upstream holds), and a system call for each was a sixth
 * of the facade's CPU time on streamed runs.
 */
function gatherWritesPerTurn(response: ServerResponse): void {
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let gathering = false;
  const release = (): void => {
    if (!gathering) return;
    gathering = false;
    response.uncork();
  };
  response.write = ((...args: unknown[]): boolean => {
    if (!gathering) {
      gathering = true;
      response.cork();
      setImmediate(release);
    }
    return write(...args);
  }) as ServerResponse['write'];
  // Node ends a chunked body before it sends what a cork held back: the gathered writes go first.
  response.end = ((...args: unknown[]): ServerResponse => {
    release();
    return end(...args);
  }) as ServerResponse['end'];
}
