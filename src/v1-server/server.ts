/**
 * The v1 server's HTTP server: `node:http`, routes under `/v1`, JSON bodies, OpenAI's error
 * envelope, and the protocol checks every upstream request goes through (API key, beta header).
 *
 * A request is refused as early as it can be: its route and key are checked before its body is
 * read, a JSON body over `MAX_JSON_BODY_BYTES` is refused while it arrives (an upload has its own
 * bound, `maxFileBytes`), and senders too slow with their headers or their whole request are cut
 * off. Keys: see `keys.ts`.
 */
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './errors.js';
import { requestIdOf } from './ids.js';
import { isLoopback } from '../http/loopback.js';
import { bearerKey, keyCheck, scopeOf } from './keys.js';
import { EchoModel } from './model/echo.js';
import type { AssistantModel } from './model/model.js';
import type { Embeddings } from './retrieval/embeddings.js';
import { Retriever } from './retrieval/retriever.js';
import { CodeInterpreter } from './runs/code-interpreter.js';
import type { CodeInterpreterOptions } from './sandbox/start.js';
import { startSandbox } from './sandbox/start.js';
import { compileRoutes, matchRoute } from './router.js';
import type { FoundRoute, MatchResult, RouteContext } from './router.js';
import { assistantRoutes } from './routes/assistants.js';
import { fileRoutes } from './routes/files.js';
import { runRoutes } from './routes/runs.js';
import { threadRoutes } from './routes/threads.js';
import { assistantRoutesV2 } from './routes/v2/assistants.js';
import { runRoutesV2 } from './routes/v2/runs.js';
import { threadRoutesV2 } from './routes/v2/threads.js';
import { vectorStoreRoutes } from './routes/v2/vector-stores.js';
import { DEFAULT_TEXT_SAVE_MS, RunEngine } from './runs/engine.js';
import { DEFAULT_INLINE_TOKENS, DEFAULT_RUN_LEASE_SECONDS } from './config.js';
import { BroadcastRunEvents } from './runs/broadcast-events.js';
import type { RunEventChannel, RunListener } from './runs/events.js';
import { RunEventBus } from './runs/events.js';
import { openStore } from './store/open.js';
import type { Store } from './store/store.js';
import { EventSink } from './streaming.js';
import { LIMITS, REQUEST_ID_HEADER } from '../v1/requests.js';
import { OPERATIONS_V2 } from '../v2/operations.js';

/**
 * The largest JSON body accepted. The largest valid ones carry an assistant's or a run's
 * instructions and several messages of up to `LIMITS.messageContent` characters each, which JSON's
 * `\uXXXX` escapes can make six bytes a character: a few MB. Bigger ones get 413, never buffered whole.
 */
export const MAX_JSON_BODY_BYTES = 8 * 1024 * 1024;

export interface V1ServerOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Milliseconds since the epoch; injectable so tests can jump past `expires_at`. */
  clock?: () => number;
  /** `expires_at = created_at + runTtlSeconds` (default 600). */
  runTtlSeconds?: number;
  /** Delay between lifecycle steps, and the built-in model's pace (default 150 ms; 0 with another model). */
  stepDelayMs?: number;
  /** The longest a run's streamed text waits to be written to the store (default 100 ms); its deltas are sent at once. */
  textSaveMs?: number;
  /**
   * How long a run's lease lasts unrenewed (`RUN_LEASE_SECONDS`, default 15): when an instance
   * sharing the store dies, another resumes its runs this long after, at most.
   */
  runLeaseSeconds?: number;
  /** Default: the deterministic built-in model (`EchoModel`). The server closes it when it closes. */
  model?: AssistantModel;
  /** A `DATABASE_URL` (default `:memory:`); ignored when `store` is given. */
  databaseUrl?: string;
  /** A store to use instead of opening `databaseUrl`; the caller closes it. */
  store?: Store;
  /** Keep the last N requests in `stats.requests`, for tests (default 0: none are kept). */
  recordRequests?: number;
  /**
   * A request failed unexpectedly (answered 500), or a background step of a run did; `requestId` is
   * the request's, or the one that started or resumed the run. Default: printed to stderr.
   */
  onError?: (error: unknown, requestId: string | undefined) => void;
  /**
   * The key of the process that embeds the server (`npm start`): accepted even when keys are
   * stored, its objects in one fixed scope that stays the same across restarts.
   */
  internalKey?: string;
  /** A client must send its request headers within this (default 10 000 ms). */
  headersTimeoutMs?: number;
  /**
   * A client must send its whole request within this (default 30 000 ms); answers, streams and
   * downloads included, are not limited. Uploads are requests too: raise it for large files over
   * slow links.
   */
  requestTimeoutMs?: number;
  /** The most bytes an uploaded file may have (default `LIMITS.fileBytes`, 512 MB); tests set less. */
  maxFileBytes?: number;
  /** Embeds uploaded files' chunks and retrieval queries (`EMBEDDING_MODEL`); default none: BM25 alone. The server closes it when it closes. */
  embeddings?: Embeddings;
  /** Retrieval gives files whole when they fit this many tokens together (`RETRIEVAL_INLINE_TOKENS`, default 6000). */
  retrievalInlineTokens?: number;
  /** The code interpreter's sandbox and bounds (`CODE_INTERPRETER`…); default off: the tool is not offered. */
  codeInterpreter?: CodeInterpreterOptions;
}

/** `startV1Server` refuses to listen beyond loopback while no key is stored, since it would accept any key. */
export class NoStoredKeysError extends Error {
  override name = 'NoStoredKeysError';
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string without its `?`; empty when none. */
  query: string;
  /** `scopeOf(key)` of the bearer key sent, never the key itself; undefined when none was sent. */
  keyHash: string | undefined;
  organization: string | undefined;
  beta: string | undefined;
}

export interface V1ServerStats {
  /** The last `recordRequests` requests received, oldest first (empty unless asked for). */
  requests: RecordedRequest[];
  streamsOpened: number;
  /** Streams whose client went away before `done`. */
  streamsAborted: number;
  reset(): void;
}

export interface RunningV1Server {
  /** The API base URL, e.g. `http://127.0.0.1:4010/v1`. */
  url: string;
  /**
   * Stops taking connections, ends the event streams, cuts the requests still in progress (after
   * `drainMs`, default 0, for them to finish), hands its runs back to the other instances on the
   * store, and closes what it opened.
   */
  close(options?: { drainMs?: number }): Promise<void>;
  stats: V1ServerStats;
  /** For the start log: which sandbox runs code interpreter calls, or why none does. */
  codeInterpreter: string;
}

/** v1's operations and the Files API, which is not versioned. */
const ROUTES = compileRoutes([...assistantRoutes, ...runRoutes, ...threadRoutes, ...fileRoutes]);
const ROUTES_V2 = compileRoutes([...assistantRoutesV2, ...runRoutesV2, ...threadRoutesV2, ...vectorStoreRoutes], OPERATIONS_V2);

/** The Assistants protocol a request speaks, by its `OpenAI-Beta` header. */
type AssistantsVersion = 'v1' | 'v2';
const BETA_VERSIONS: Record<string, AssistantsVersion> = { 'assistants=v1': 'v1', 'assistants=v2': 'v2' };

const BETA_MESSAGE =
  "You must provide the 'OpenAI-Beta' header to access the Assistants API. Please try again by setting the header 'OpenAI-Beta: assistants=v1'.";

const BAD_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

const TOO_LARGE_MESSAGE = `The request body is too large: at most ${MAX_JSON_BODY_BYTES} bytes of JSON are accepted.`;

/** The version the header names (the first one, if it names both); anything else is refused as OpenAI did. */
function betaVersion(header: string | undefined): AssistantsVersion {
  const values = (header ?? '').split(',').map((value) => value.trim());
  const version = values.map((value) => BETA_VERSIONS[value]).find((named) => named !== undefined);
  if (version === undefined) throw new ApiError(400, BETA_MESSAGE, { code: 'invalid_beta' });
  return version;
}

/** The route of the request's version, or the 404 for a path only the other version has. */
function versionedRoute(v1: MatchResult, v2: MatchResult, version: AssistantsVersion, method: string, pathname: string): FoundRoute {
  const match = version === 'v2' ? v2 : v1;
  if (match.kind === 'found') return match;
  const other = version === 'v2' ? 'v1' : 'v2';
  throw new ApiError(
    404,
    `Invalid URL (${method} ${pathname}): not an operation of Assistants ${version}, only of ${other} (send 'OpenAI-Beta: assistants=${other}').`,
  );
}

/** The client went away (or was cut off) while its request arrived: there is nobody to answer. */
class ClientGoneError extends Error {}

/** A request whose body has not been read (yet): answering it now must close the connection. */
function hasUnreadBody(req: IncomingMessage): boolean {
  const declared = req.headers['content-length'];
  return !req.complete && (req.headers['transfer-encoding'] !== undefined || (declared !== undefined && declared !== '0'));
}

/** How long a connection answered before its body ended keeps reading (and dropping) before it is cut. */
const LINGER_MS = 1_000;

/**
 * Node closes a `connection: close` answer's socket as soon as the answer is written; with request
 * bytes still arriving, the kernel then resets the connection, and a reset can throw the answer away
 * before the client reads it. So the rest of the body is read and dropped, and the socket, once the
 * answer is out, half-closes and is cut only a moment later (a lingering close, as web servers do).
 */
function lingerBeforeClosing(req: IncomingMessage): void {
  const socket = req.socket;
  req.removeAllListeners('data');
  req.resume();
  Object.assign(socket, {
    destroySoon: () => {
      socket.end();
      setTimeout(() => socket.destroy(), LINGER_MS).unref();
    },
  });
}

/** The body is wanted now: a client that asked to wait for a go-ahead (`Expect: 100-continue`) gets it. */
function acceptBody(req: IncomingMessage, res: ServerResponse): void {
  if (/100-continue/i.test(req.headers.expect ?? '')) res.writeContinue();
}

/** The body as text, refused with 413 as soon as it is known to exceed `MAX_JSON_BODY_BYTES`. */
function readBody(req: IncomingMessage, res: ServerResponse): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_JSON_BODY_BYTES) {
    return Promise.reject(new ApiError(413, TOO_LARGE_MESSAGE, { code: 'request_too_large' }));
  }
  acceptBody(req, res);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > MAX_JSON_BODY_BYTES) {
        stop();
        reject(new ApiError(413, TOO_LARGE_MESSAGE, { code: 'request_too_large' }));
      } else chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onGone = (): void => {
      stop();
      reject(new ClientGoneError());
    };
    const stop = (): void => {
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
    };
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ApiError(400, BAD_JSON_MESSAGE);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'Invalid request body: expected a JSON object.', { code: 'invalid_type' });
  }
  return body;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

export async function startV1Server(options: V1ServerOptions = {}): Promise<RunningV1Server> {
  const clock = options.clock ?? Date.now;
  const now = (): number => Math.floor(clock() / 1000);
  const store = options.store ?? (await openStore(options.databaseUrl ?? ':memory:'));
  // The built-in model's pace is the step delay; a real model sets its own, so runs start at once.
  const stepDelayMs = options.stepDelayMs ?? (options.model ? 0 : 150);
  const model: AssistantModel = options.model ?? new EchoModel(stepDelayMs);
  const reportError =
    options.onError ??
    ((error: unknown, requestId: string | undefined) =>
      console.error(requestId === undefined ? 'V1 server:' : `V1 server (request ${requestId}):`, error));
  const embeddings = options.embeddings;
  const retriever = new Retriever({ store, inlineTokens: options.retrievalInlineTokens ?? DEFAULT_INLINE_TOKENS, embeddings });
  const code = await startSandbox(options.codeInterpreter ?? { sandbox: 'off' }, clock);
  const codeInterpreter = code.sandbox && code.sessions ? new CodeInterpreter(store, code.sandbox, code.sessions) : undefined;
  const sinks = new Set<EventSink>();
  // Instances sharing a store follow each other's runs through it; when that breaks, streams end
  // (as at a shutdown) so clients ask again.
  const events: RunEventChannel = store.broadcast
    ? new BroadcastRunEvents(store.broadcast, {
        lost: () => {
          for (const sink of [...sinks]) sink.close();
        },
        onError: (error) => reportError(error, undefined),
      })
    : new RunEventBus();
  const engine = new RunEngine({
    store,
    events,
    model,
    hosted: { passages: retriever, codeInterpreter },
    clock,
    runTtlSeconds: options.runTtlSeconds ?? 600,
    stepDelayMs,
    textSaveMs: options.textSaveMs ?? DEFAULT_TEXT_SAVE_MS,
    leaseMs: (options.runLeaseSeconds ?? DEFAULT_RUN_LEASE_SECONDS) * 1000,
    onError: reportError,
  });
  const authenticate = keyCheck({ store, now, internalKey: options.internalKey });
  const recordRequests = options.recordRequests ?? 0;
  const maxFileBytes = options.maxFileBytes ?? LIMITS.fileBytes;
  const stats: V1ServerStats = {
    requests: [],
    streamsOpened: 0,
    streamsAborted: 0,
    reset() {
      stats.requests.length = 0;
      stats.streamsOpened = 0;
      stats.streamsAborted = 0;
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://v1-server.local');
    const method = req.method ?? 'GET';
    if (recordRequests > 0) {
      const key = bearerKey(header(req, 'authorization'));
      stats.requests.push({
        method,
        path: url.pathname,
        query: url.search.replace(/^\?/, ''),
        keyHash: key === undefined ? undefined : scopeOf(key),
        organization: header(req, 'openai-organization'),
        beta: header(req, 'openai-beta'),
      });
      if (stats.requests.length > recordRequests) stats.requests.shift();
    }
    const requestId = requestIdOf(header(req, REQUEST_ID_HEADER));
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.setHeader('openai-version', '2020-10-01');
    const organization = header(req, 'openai-organization');
    if (organization !== undefined) res.setHeader('openai-organization', organization);
    const processing = (): void => {
      res.setHeader('openai-processing-ms', String(Date.now() - started));
    };
    const send = (status: number, body: unknown): void => {
      processing();
      // A body left unread is not read after the answer either: the connection goes with it.
      if (hasUnreadBody(req)) {
        res.setHeader('connection', 'close');
        lingerBeforeClosing(req);
      }
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    let subscription: { runId: string; listener: RunListener } | undefined;
    let sink: EventSink | undefined;
    try {
      const path = url.pathname.startsWith('/v1/') ? url.pathname.slice(3) : null;
      const matchV1: MatchResult = path === null ? { kind: 'not_found' } : matchRoute(ROUTES, method, path);
      const matchV2: MatchResult = path === null ? { kind: 'not_found' } : matchRoute(ROUTES_V2, method, path);
      const found = matchV1.kind === 'found' ? matchV1 : matchV2.kind === 'found' ? matchV2 : undefined;
      if (!found && matchV1.kind === 'not_found' && matchV2.kind === 'not_found') throw new ApiError(404, `Invalid URL (${method} ${url.pathname})`);
      if (!found) throw new ApiError(405, `Invalid method for URL (${method} ${url.pathname})`);
      const scope = await authenticate(header(req, 'authorization'));
      const match = found.route.beta
        ? versionedRoute(matchV1, matchV2, betaVersion(header(req, 'openai-beta')), method, url.pathname)
        : found;
      const ctx: RouteContext = {
        scope,
        requestId,
        params: match.params,
        query: url.searchParams,
        body: method === 'POST' && !match.route.readsBody ? parseJson(await readBody(req, res)) : undefined,
        request: req,
        acceptBody: () => acceptBody(req, res),
        maxFileBytes,
        store,
        engine,
        embeddings,
        now,
        eventSink: () => {
          const created = new EventSink(res, {
            opened: () => {
              stats.streamsOpened += 1;
              processing();
            },
            aborted: () => {
              stats.streamsAborted += 1;
            },
            finished: () => {
              sinks.delete(created);
              if (subscription) engine.events.unsubscribe(subscription.runId, subscription.listener);
            },
          });
          sinks.add(created);
          sink = created;
          return created;
        },
      };
      const result = await match.route.handler(ctx);
      if ('stream' in result) {
        subscription = result.stream;
        // Events may come later (from another instance): only a stream that already ended lets go.
        if (!sink || sink.isFinished) engine.events.unsubscribe(subscription.runId, subscription.listener);
        return;
      }
      if (sink) sinks.delete(sink);
      if ('download' in result) {
        processing();
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': result.download.bytes,
          'content-disposition': `attachment; filename="${encodeURIComponent(result.download.filename)}"`,
        });
        // A client that goes away ends the pipeline, and with it the reading of pieces.
        await pipeline(Readable.from(result.download.content), res).catch(() => res.destroy());
        return;
      }
      send(result.status ?? 200, result.body);
    } catch (error) {
      if (sink) sinks.delete(sink);
      if (error instanceof ClientGoneError) return;
      if (!(error instanceof ApiError)) reportError(error, requestId);
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError(500, 'The server had an error while processing your request.', { type: 'server_error' });
      if (res.headersSent) res.end();
      else send(apiError.status, apiError.toBody());
    }
  }

  await engine.recover();
  // Uploads cut off by a crash left their pieces behind: no upload is under way yet.
  await store.discardUnownedContents();
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  // node:http refuses a headers timeout longer than the request timeout (the headers are part of it).
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  const server = createServer({
    headersTimeout,
    requestTimeout,
    // How often node:http looks for requests past these timeouts (its default, 30 s, would let a
    // slow sender hold a connection up to 30 s longer).
    connectionsCheckingInterval: Math.min(1_000, headersTimeout, requestTimeout),
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res);
  });
  // Handled like any request: the go-ahead is sent only once its body is wanted (`readBody`).
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const close = async ({ drainMs = 0 } = {}): Promise<void> => {
    for (const sink of [...sinks]) sink.close();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if (drainMs === 0) server.closeAllConnections();
      else {
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), drainMs).unref();
      }
    });
    await engine.close();
    await code.sessions?.close();
    await model.close?.();
    await embeddings?.close();
    if (!options.store) await store.close();
  };
  if (!isLoopback(address.address) && !(await store.keys.any())) {
    await close();
    throw new NoStoredKeysError(
      `Refusing to listen on ${host}: with no API key stored the server accepts any key. Create one with npm run keys -- create NAME.`,
    );
  }

  return { url: `http://${host}:${address.port}/v1`, stats, close, codeInterpreter: code.description };
}
