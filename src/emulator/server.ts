/**
 * The emulator's HTTP server: `node:http`, routes under `/v1`, JSON bodies, OpenAI's error
 * envelope, and the protocol checks every upstream request goes through (API key, beta header).
 *
 * Authentication rule: any `Authorization: Bearer <key>` is accepted and scopes the data, except
 * keys starting with `sk-invalid`, which are rejected 401 `invalid_api_key` (so tests can reach
 * the 401 path).
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './errors.js';
import { newRequestId } from './ids.js';
import { EchoModel } from './model/echo.js';
import type { AssistantModel } from './model/model.js';
import { compileRoutes, matchRoute } from './router.js';
import type { RouteContext } from './router.js';
import { assistantRoutes } from './routes/assistants.js';
import { runRoutes } from './routes/runs.js';
import { threadRoutes } from './routes/threads.js';
import { RunEngine } from './runs/engine.js';
import type { RunListener } from './runs/events.js';
import { openStore } from './store/sqlite.js';
import type { EmulatorStore } from './store/store.js';
import { EventSink } from './streaming.js';

export interface EmulatorOptions {
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
  /** Default: the deterministic built-in model (`EchoModel`). The server closes it when it closes. */
  model?: AssistantModel;
  /** `:memory:` (the default) or `file:PATH`; ignored when `store` is given. */
  databaseUrl?: string;
  /** A store to use instead of opening `databaseUrl`; the caller closes it. */
  store?: EmulatorStore;
  /** Keep the last N requests in `stats.requests`, for tests (default 0: none are kept). */
  recordRequests?: number;
  /** A background step of a run failed; default: printed to stderr. */
  onError?: (error: unknown) => void;
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

export interface EmulatorStats {
  /** The last `recordRequests` requests received, oldest first (empty unless asked for). */
  requests: RecordedRequest[];
  streamsOpened: number;
  /** Streams whose client went away before `done`. */
  streamsAborted: number;
  reset(): void;
}

export interface RunningEmulator {
  /** The API base URL, e.g. `http://127.0.0.1:4010/v1`. */
  url: string;
  close(): Promise<void>;
  stats: EmulatorStats;
}

const ROUTES = compileRoutes([...assistantRoutes, ...runRoutes, ...threadRoutes]);

const MISSING_KEY_MESSAGE =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username. You can obtain an API key from https://platform.openai.com/account/api-keys.";

const BETA_MESSAGE =
  "You must provide the 'OpenAI-Beta' header to access the Assistants API. Please try again by setting the header 'OpenAI-Beta: assistants=v1'.";

const BAD_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

function maskKey(key: string): string {
  if (key.length <= 12) return '*'.repeat(key.length);
  return `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`;
}

function incorrectKey(key: string): ApiError {
  return new ApiError(
    401,
    `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    { code: 'invalid_api_key' },
  );
}

/** The scope of a key's objects: its SHA-256, so the store never holds a key. */
export function scopeOf(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.*)$/i.exec(header?.trim() ?? '');
  const key = (match?.[1] ?? '').trim();
  return key === '' ? undefined : key;
}

/** The caller's API key, or the 401 upstream sends. */
function authenticate(header: string | undefined): string {
  if (header === undefined || header.trim() === '') throw new ApiError(401, MISSING_KEY_MESSAGE);
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  if (!match) throw incorrectKey(header.trim());
  const key = (match[1] ?? '').trim();
  if (key === '') throw new ApiError(401, MISSING_KEY_MESSAGE);
  if (key.startsWith('sk-invalid')) throw incorrectKey(key);
  return key;
}

function checkBeta(header: string | undefined): void {
  const values = (header ?? '').split(',').map((value) => value.trim());
  if (!values.includes('assistants=v1')) throw new ApiError(400, BETA_MESSAGE, { code: 'invalid_beta' });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
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

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const clock = options.clock ?? Date.now;
  const store = options.store ?? openStore(options.databaseUrl ?? ':memory:');
  // The built-in model's pace is the step delay; a real model sets its own, so runs start at once.
  const stepDelayMs = options.stepDelayMs ?? (options.model ? 0 : 150);
  const model: AssistantModel = options.model ?? new EchoModel(stepDelayMs);
  const engine = new RunEngine({
    store,
    model,
    clock,
    runTtlSeconds: options.runTtlSeconds ?? 600,
    stepDelayMs,
    onError: options.onError ?? ((error) => console.error('Run engine:', error)),
  });
  const recordRequests = options.recordRequests ?? 0;
  const sinks = new Set<EventSink>();
  const stats: EmulatorStats = {
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
    const url = new URL(req.url ?? '/', 'http://emulator.local');
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
    res.setHeader('x-request-id', newRequestId());
    res.setHeader('openai-version', '2020-10-01');
    const organization = header(req, 'openai-organization');
    if (organization !== undefined) res.setHeader('openai-organization', organization);
    const processing = (): void => {
      res.setHeader('openai-processing-ms', String(Date.now() - started));
    };
    const send = (status: number, body: unknown): void => {
      processing();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let subscription: { runId: string; listener: RunListener } | undefined;
    let sink: EventSink | undefined;
    try {
      const raw = await readBody(req);
      const path = url.pathname.startsWith('/v1/') ? url.pathname.slice(3) : null;
      const match = path === null ? { kind: 'not_found' as const } : matchRoute(ROUTES, method, path);
      if (match.kind === 'not_found') throw new ApiError(404, `Invalid URL (${method} ${url.pathname})`);
      if (match.kind === 'wrong_method') throw new ApiError(405, `Invalid method for URL (${method} ${url.pathname})`);
      const scope = scopeOf(authenticate(header(req, 'authorization')));
      checkBeta(header(req, 'openai-beta'));
      const ctx: RouteContext = {
        scope,
        params: match.params,
        query: url.searchParams,
        body: method === 'POST' ? parseJson(raw) : undefined,
        store,
        engine,
        now: () => Math.floor(clock() / 1000),
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
        if (!sink?.isOpen) engine.events.unsubscribe(subscription.runId, subscription.listener);
        return;
      }
      if (sink) sinks.delete(sink);
      send(result.status ?? 200, result.body);
    } catch (error) {
      if (sink) sinks.delete(sink);
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError(500, 'The server had an error while processing your request.', { type: 'server_error' });
      if (res.headersSent) res.end();
      else send(apiError.status, apiError.toBody());
    }
  }

  await engine.recover();
  const server = createServer((req, res) => {
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

  return {
    url: `http://${host}:${address.port}/v1`,
    stats,
    close: async () => {
      for (const sink of [...sinks]) sink.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await engine.close();
      await model.close?.();
      if (!options.store) await store.close();
    },
  };
}
