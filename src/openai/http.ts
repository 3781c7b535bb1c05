/**
 * One upstream HTTP exchange with retries: sends the request through undici, maps every failure to
 * an `UpstreamError`, and always consumes or destroys the response body so no socket leaks.
 */
import { STATUS_CODES } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { errors } from 'undici';
import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { UpstreamError } from './errors.js';
import { destroyQuietly, errorCode, errorFields, headerValue, QUOTED_TEXT_CHARS, redact } from '../http/answers.js';
import { retryAfterMs } from '../http/retry.js';
import { isRetryable, retryDelayMs } from './retry.js';
import type { HttpMethod, RetryTrigger, TransportPhase } from './retry.js';
import { REQUEST_ID_HEADER } from '../v1/requests.js';

export interface HttpCall {
  /** The AssistantsApi method name, used in error messages. */
  operation: string;
  method: HttpMethod;
  /** The path below the base URL, its segments already encoded. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** A JSON body; absent means no body at all (unless `streamedBody`). */
  body?: object;
  /** A body read once, as it is sent (an upload), instead of a JSON one. */
  streamedBody?: StreamedBody;
}

/**
 * A body read once, as it is sent: a call with one is retried only when no byte of it was read,
 * and its headers timeout starts once it has all gone (an upload's own time is not the upstream's).
 */
export interface StreamedBody {
  contentType: string;
  chunks: AsyncIterable<Uint8Array>;
}

/** How a call's answer is read: JSON read whole, an event stream, or a download's bytes left to the caller. */
type AnswerKind = 'json' | 'events' | 'bytes';

/** What one caller brings to every call: its headers (already checked), its signal, and its key to redact. */
export interface CallContext {
  headers: Record<string, string>;
  signal?: AbortSignal;
  secrets: readonly string[];
}

/** One attempt (one HTTP request) of an upstream call, as an `UpstreamObserver` sees it going out. */
export interface UpstreamAttempt {
  /** The AssistantsApi method name, e.g. `getAssistant`. */
  operation: string;
  method: HttpMethod;
  /** The URL's path, base path included, without the query string. */
  path: string;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  attempt: number;
}

/** Why an attempt got no HTTP answer. */
export type UpstreamFailure = 'timeout' | 'unavailable' | 'aborted';

/** How one attempt ended. */
export interface UpstreamCallEvent extends UpstreamAttempt {
  /** The HTTP status; null when no answer came (then `failure` says why). */
  status: number | null;
  failure: UpstreamFailure | null;
  /** Until the whole answer was read (an event stream: until its headers), or the failure. */
  durationMs: number;
}

/**
 * Watches upstream calls for metrics and traces without the client knowing who watches. Called
 * once per attempt, retries included, and never for calls refused before sending (bad credentials).
 */
export interface UpstreamObserver {
  /**
   * An attempt is about to be sent: may add headers to it (a tracer adds `traceparent`) and may
   * return a function to call with its outcome, just before `onCall`.
   */
  onSend?(attempt: UpstreamAttempt, headers: Record<string, string>): ((event: UpstreamCallEvent) => void) | undefined;
  /** An attempt ended, with an answer or without one. */
  onCall?(event: UpstreamCallEvent): void;
}

export interface HttpConfig {
  origin: string;
  basePath: string;
  dispatcher: Dispatcher;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  streamBodyTimeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  observer?: UpstreamObserver;
}

/** Connection errors raised before any request byte was written. */
const CONNECT_PHASE_CODES = new Set([
  'ECONNREFUSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function phaseOf(code: string | undefined): TransportPhase {
  return code !== undefined && CONNECT_PHASE_CODES.has(code) ? 'connect' : 'sent';
}

function transportError(operation: string, err: unknown): UpstreamError {
  const code = errorCode(err);
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return new UpstreamError({ kind: 'timeout', message: `${operation}: the upstream did not answer in time (${code}).` }, { cause: err });
  }
  const detail = code === undefined ? '' : ` (${code})`;
  return new UpstreamError({ kind: 'unavailable', message: `${operation}: could not reach the upstream${detail}.` }, { cause: err });
}

/**
 * What an aborted caller signal rejects with: its own reason, except that a deadline
 * (`AbortSignal.timeout`) is a timeout like any other.
 */
export function abortError(operation: string, signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    return new UpstreamError({ kind: 'timeout', message: `${operation}: the request's deadline passed.` }, { cause: reason });
  }
  return reason;
}

/** Waits `ms`, or less if the signal aborts first (the caller then checks the signal). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function httpError(status: number, headers: IncomingHttpHeaders, text: string, secrets: readonly string[]): UpstreamError {
  const parsed = parseJson(text);
  const fields = parsed.ok ? errorFields(parsed.value) : null;
  const prefix = text.trim().slice(0, QUOTED_TEXT_CHARS);
  const message = fields?.message ?? (prefix !== '' ? prefix : (STATUS_CODES[status] ?? `HTTP ${status}`));
  const asked = retryAfterMs(headers);
  const clean = (value: string | null | undefined): string | null => (value == null ? null : redact(value, secrets));
  return new UpstreamError({
    kind: 'http',
    status,
    message: redact(message, secrets),
    type: clean(fields?.type),
    code: clean(fields?.code),
    param: clean(fields?.param),
    requestId: headerValue(headers, REQUEST_ID_HEADER) ?? null,
    retryAfterSeconds: asked === null ? null : Math.max(0, asked) / 1000,
  });
}

function malformed(operation: string, message: string): UpstreamError {
  return new UpstreamError({ kind: 'malformed', message: `${operation}: ${message}` });
}

/** Parses a 2xx body with its schema; never returns anything the schema did not accept. */
function parseBody<S extends z.ZodType>(operation: string, status: number, text: string, schema: S): z.output<S> {
  const parsed = parseJson(text);
  if (!parsed.ok) throw malformed(operation, `the upstream answered ${status} with a body that is not JSON.`);
  const result = schema.safeParse(parsed.value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  const detail = issue ? `: ${issue.message}` : '';
  throw malformed(operation, `the upstream answer does not have the expected shape at ${path}${detail}.`);
}

/** An upstream answer: its status and headers, its body as text, and (streaming calls only) the body stream. */
interface Answer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  /** The stream of a streaming call's body; null when the body was read whole. */
  body: Readable | null;
  text(): Promise<string>;
}

/** Decodes answers as the Fetch API does (a leading byte order mark dropped). */
const UTF8 = new TextDecoder();

export class UpstreamHttp {
  readonly #config: HttpConfig;

  constructor(config: HttpConfig) {
    this.#config = config;
  }

  /** A JSON call: retried per policy, its 2xx body parsed with `schema`. */
  async json<S extends z.ZodType>(call: HttpCall, schema: S, ctx: CallContext): Promise<z.output<S>> {
    const { status, text } = await this.#exchange(call, ctx, 'json', async (answer) => ({
      status: answer.statusCode,
      text: await answer.text(),
    }));
    return parseBody(call.operation, status, text, schema);
  }

  /**
   * Opens an SSE call and hands back its body once a 2xx answer started. Only failures before any
   * answer are retried; an error status is thrown as an ordinary `UpstreamError`.
   */
  async openStream(call: HttpCall, ctx: CallContext): Promise<Readable> {
    return this.#exchange(call, ctx, 'events', (answer) => {
      const { body } = answer;
      if (!body) throw new Error('A streaming call was read whole.');
      const type = headerValue(answer.headers, 'content-type');
      if (type !== undefined && !type.toLowerCase().includes('text/event-stream')) {
        destroyQuietly(body);
        throw malformed(call.operation, `the upstream answered ${answer.statusCode} with ${type} instead of an event stream.`);
      }
      return Promise.resolve(body);
    });
  }

  /**
   * A download: once a 2xx answer started, its body as it comes (the caller reads or cancels it) with
   * its headers. Retried as any GET until then.
   */
  async download(call: HttpCall, ctx: CallContext): Promise<{ body: Readable; headers: IncomingHttpHeaders }> {
    return this.#exchange(call, ctx, 'bytes', (answer) => {
      const { body } = answer;
      if (!body) throw new Error('A download was read whole.');
      return Promise.resolve({ body, headers: answer.headers });
    });
  }

  async #exchange<T>(
    call: HttpCall,
    ctx: CallContext,
    kind: AnswerKind,
    onSuccess: (answer: Answer) => Promise<T>,
  ): Promise<T> {
    const { signal } = ctx;
    const observer = this.#config.observer;
    const streaming = kind === 'events';
    const json = call.body === undefined ? undefined : JSON.stringify(streaming ? { ...call.body, stream: true } : call.body);
    const oneShot = call.streamedBody ? new OneShotBody(call.streamedBody.chunks) : null;
    for (let retriesDone = 0; ; retriesDone += 1) {
      if (signal?.aborted) throw abortError(call.operation, signal);
      const headers = this.#headers(ctx.headers, kind, json !== undefined ? 'application/json' : call.streamedBody?.contentType);
      const watch = observer ? watchAttempt(observer, call, this.#config.basePath, retriesDone + 1, headers) : null;
      let status: number | null = null;
      let trigger: RetryTrigger;
      let failure: UpstreamError;
      let answerHeaders: IncomingHttpHeaders | undefined;
      try {
        const body = oneShot ? oneShot.attempt() : json;
        const res = kind === 'json' ? await this.#sendBuffered(call, headers, body, signal) : await this.#sendStreaming(call, headers, body, signal, streaming);
        status = res.statusCode;
        if (res.statusCode >= 200 && res.statusCode < 300) {
          const value = await onSuccess(res);
          watch?.end(status, null);
          return value;
        }
        const text = await res.text();
        watch?.end(status, null);
        failure = httpError(res.statusCode, res.headers, text, ctx.secrets);
        answerHeaders = res.headers;
        trigger = { type: 'status', status: res.statusCode, headers: res.headers, errorCode: failure.code };
      } catch (err) {
        watch?.end(status, status === null ? failureOf(err, signal) : null);
        if (signal?.aborted) throw abortError(call.operation, signal);
        if (err instanceof UpstreamError) throw err;
        const code = errorCode(err);
        failure = transportError(call.operation, err);
        trigger = { type: 'error', phase: phaseOf(code) };
      }
      if (retriesDone >= this.#config.maxRetries || !isRetryable(call.method, streaming, trigger) || oneShot?.started) throw failure;
      const delay = retryDelayMs(retriesDone, this.#config.retryBaseDelayMs, answerHeaders);
      if (delay === null) throw failure;
      await sleep(delay, signal);
    }
  }

  /** One attempt's headers: the caller's, what it accepts, and (an observer may add more) its own object. */
  #headers(callerHeaders: Record<string, string>, kind: AnswerKind, contentType: string | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      ...callerHeaders,
      accept: kind === 'events' ? 'text/event-stream' : kind === 'bytes' ? '*/*' : 'application/json',
    };
    if (contentType !== undefined) headers['content-type'] = contentType;
    return headers;
  }

  /** One attempt of a call whose answer's body is left to the caller (an event stream, a download). */
  async #sendStreaming(
    call: HttpCall,
    headers: Record<string, string>,
    body: RequestBody,
    callerSignal: AbortSignal | undefined,
    events: boolean,
  ): Promise<Answer> {
    const config = this.#config;
    const attempt = new AbortController();
    const aborts = attemptAborts(callerSignal, config.headersTimeoutMs, (reason) => attempt.abort(reason));
    try {
      const response = await config.dispatcher.request({
        ...this.#requestOptions(call, headers, body, events ? config.streamBodyTimeoutMs : config.bodyTimeoutMs),
        signal: attempt.signal,
      });
      response.body.once('close', aborts.release);
      return { statusCode: response.statusCode, headers: response.headers, body: response.body, text: () => response.body.text() };
    } catch (error) {
      aborts.release();
      throw error;
    } finally {
      aborts.answered();
    }
  }

  /**
   * One attempt of a JSON call, its whole body read. Through undici's dispatch API rather than
   * `request`, which makes a body stream, and wires an abort signal, for every answer: the largest
   * cost of a single upstream call. Aborts go to undici's controller; every failure arrives in
   * `onResponseError`.
   */
  #sendBuffered(call: HttpCall, headers: Record<string, string>, body: RequestBody, callerSignal: AbortSignal | undefined): Promise<Answer> {
    const config = this.#config;
    return new Promise<Answer>((resolve, reject) => {
      let controller: Dispatcher.DispatchController | null = null;
      // An abort before undici handed over its controller, applied when it does.
      let earlyAbort: Error | null = null;
      const abort = (reason: unknown): void => {
        const error = reason instanceof Error ? reason : new Error(String(reason));
        if (controller) controller.abort(error);
        else earlyAbort = error;
      };
      // An upload's headers timeout starts once its bytes have all gone.
      const aborts = attemptAborts(callerSignal, config.headersTimeoutMs, abort, body instanceof OneShotAttempt ? body.sent : undefined);
      let settled = false;
      const settle = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        aborts.release();
        outcome();
      };
      let statusCode = 0;
      let responseHeaders: IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      try {
        config.dispatcher.dispatch(this.#requestOptions(call, headers, body, config.bodyTimeoutMs), {
          onRequestStart(started) {
            controller = started;
            if (earlyAbort) started.abort(earlyAbort);
          },
          onResponseStart(_controller, status, answerHeaders) {
            aborts.answered();
            statusCode = status;
            responseHeaders = answerHeaders;
          },
          onResponseData(_controller, chunk) {
            chunks.push(chunk);
          },
          onResponseEnd() {
            const text = UTF8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
            settle(() => resolve({ statusCode, headers: responseHeaders, body: null, text: () => Promise.resolve(text) }));
          },
          onResponseError(_controller, error) {
            settle(() => reject(error));
          },
        });
      } catch (error) {
        settle(() => reject(error));
      }
    });
  }

  #requestOptions(call: HttpCall, headers: Record<string, string>, body: RequestBody, bodyTimeoutMs: number): Dispatcher.DispatchOptions {
    const config = this.#config;
    return {
      origin: config.origin,
      path: config.basePath + call.path + queryString(call.query),
      method: call.method,
      headers,
      body: body instanceof OneShotAttempt ? body.readable : (body ?? null),
      headersTimeout: config.headersTimeoutMs,
      bodyTimeout: bodyTimeoutMs,
    };
  }
}

/**
 * Aborts one attempt through `abort` when the caller's signal aborts, or when no answer started
 * within `headersTimeoutMs`: undici arms its own headers timeout on a timer with ~1 s resolution,
 * so a native timer enforces the limit precisely (undici's stays as a backstop). The caller's abort
 * comes through a listener that `release` removes, not `AbortSignal.any`, whose composite signals
 * the caller's long-lived signal keeps alive. `answered` stops the headers timer.
 */
function attemptAborts(
  callerSignal: AbortSignal | undefined,
  headersTimeoutMs: number,
  abort: (reason: unknown) => void,
  bodySent?: Promise<void>,
): { answered(): void; release(): void } {
  let timer: NodeJS.Timeout | undefined;
  let answered = false;
  const arm = (): void => {
    if (!answered && headersTimeoutMs > 0) timer = setTimeout(() => abort(new errors.HeadersTimeoutError()), headersTimeoutMs);
  };
  if (bodySent) void bodySent.then(arm);
  else arm();
  const onCallerAbort = (): void => abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    answered: () => {
      answered = true;
      clearTimeout(timer);
    },
    release: () => {
      answered = true;
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** An attempt's body: JSON text, a one-shot body's attempt, or none. */
type RequestBody = string | OneShotAttempt | undefined;

/**
 * A body that can be read once (an upload's bytes as they arrive). Each attempt gets a stream over
 * it; `started` says whether any attempt began to read it, after which none may be made again.
 */
class OneShotBody {
  started = false;
  readonly #chunks: AsyncIterable<Uint8Array>;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.#chunks = chunks;
  }

  attempt(): OneShotAttempt {
    return new OneShotAttempt(this, this.#chunks);
  }
}

/** One attempt's stream over a one-shot body, and a promise of when it has all gone. */
class OneShotAttempt {
  readonly readable: Readable;
  readonly sent: Promise<void>;

  constructor(body: OneShotBody, chunks: AsyncIterable<Uint8Array>) {
    let done: () => void = () => undefined;
    this.sent = new Promise((resolve) => {
      done = resolve;
    });
    // A generator's body runs at its first read: until then the bytes are untouched.
    async function* once(): AsyncGenerator<Uint8Array> {
      body.started = true;
      yield* chunks;
      done();
    }
    this.readable = Readable.from(once(), { objectMode: false });
  }
}

/** Reports one attempt to the observer: `onSend` now, then `end` exactly once with its outcome. */
function watchAttempt(
  observer: UpstreamObserver,
  call: HttpCall,
  basePath: string,
  attempt: number,
  headers: Record<string, string>,
): { end(status: number | null, failure: UpstreamFailure | null): void } {
  const sent: UpstreamAttempt = { operation: call.operation, method: call.method, path: basePath + call.path, attempt };
  const onEnd = observer.onSend?.(sent, headers);
  const started = performance.now();
  let ended = false;
  return {
    end(status, failure) {
      if (ended) return;
      ended = true;
      const event: UpstreamCallEvent = { ...sent, status, failure, durationMs: performance.now() - started };
      onEnd?.(event);
      observer.onCall?.(event);
    },
  };
}

/** Why an attempt got no answer: the caller's signal first (its deadline is a timeout), else the transport error. */
function failureOf(err: unknown, signal: AbortSignal | undefined): UpstreamFailure {
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    return reason instanceof DOMException && reason.name === 'TimeoutError' ? 'timeout' : 'aborted';
  }
  if (err instanceof UpstreamError) return err.kind === 'timeout' ? 'timeout' : 'unavailable';
  const code = errorCode(err);
  return code !== undefined && TIMEOUT_CODES.has(code) ? 'timeout' : 'unavailable';
}

function queryString(query: HttpCall['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
