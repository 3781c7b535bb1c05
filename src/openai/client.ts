/**
 * The Assistants API v1 over HTTP: `AssistantsApi` bound to one caller's credentials and signal,
 * each call's method, path and answer schema taken from the table of operations (`src/v1/operations.ts`).
 * Every failure is an `UpstreamError` (or the caller's own abort reason); the API key never
 * appears in an error.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { Agent } from 'undici';
import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type {
  AnswerObserver,
  AssistantsApi,
  CreateAssistantBody,
  CreateAssistantFileBody,
  CreateMessageBody,
  CreateRunBody,
  CreateThreadAndRunBody,
  CreateThreadBody,
  FileContent,
  FileUpload,
  ListFilesParams,
  ListMessagesParams,
  ListParams,
  ListThreadsParams,
  MetadataBody,
  ModifyAssistantBody,
  SubmitToolOutputsBody,
  UpstreamCredentials,
} from './api.js';
import { UpstreamError } from './errors.js';
import { ConcurrencyLimit } from './concurrency.js';
import { UpstreamHttp, abortError } from './http.js';
import type { CallContext, HttpCall, StreamedBody, UpstreamObserver } from './http.js';
import { OPERATIONS } from '../v1/operations.js';
import type {
  Operation,
  JsonOperation,
  JsonOperationName,
  OperationAnswer,
  OperationBody,
  OperationQuery,
  PathParams,
  StreamingOperationName,
} from '../v1/operations.js';
import { AssistantEventStream } from './sse.js';
import type { AssistantStreamEvent } from '../v1/stream.js';
import { REQUEST_ID_HEADER } from '../v1/requests.js';
import { headerValue } from '../http/answers.js';
import { chunksOf } from '../http/web-streams.js';

export interface UpstreamTimeouts {
  /** TCP/TLS connect; only applies to the client's own Agent. Default 5 s. */
  connectMs?: number;
  /** Until the response headers arrive. Default 30 s. */
  headersMs?: number;
  /** Longest gap between body chunks of a JSON answer. Default 30 s. */
  bodyMs?: number;
  /** Longest gap between chunks of an event stream. Default 120 s. */
  streamBodyMs?: number;
}

export interface UpstreamClientOptions {
  /** Including `/v1`, e.g. `http://127.0.0.1:4010/v1`; a trailing slash is tolerated. */
  baseUrl: string;
  /** The server-side key, used when a request brings none. */
  apiKey?: string;
  /** Sent with the server-side key when the request names no organization. */
  organization?: string;
  /** Sent with the server-side key when the request names no project. */
  project?: string;
  /** Injected for tests and sharing; the client then neither configures nor closes it. */
  dispatcher?: Dispatcher;
  timeouts?: UpstreamTimeouts;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** First backoff step; doubles per retry up to 8 s, minus up to 25 % jitter. Default 500 ms. */
  retryBaseDelayMs?: number;
  /** Told of every upstream HTTP request (retries included), for metrics and traces; may add headers. */
  observer?: UpstreamObserver;
}

const DEFAULT_TIMEOUTS = { connectMs: 5_000, headersMs: 30_000, bodyMs: 30_000, streamBodyMs: 120_000 };

/** A path segment from a caller-supplied id; `.`/`..` would let a URL normaliser reach another endpoint. */
function segment(name: string, id: string): string {
  if (id === '' || id === '.' || id === '..') {
    throw new UpstreamError({
      kind: 'http',
      status: 400,
      type: 'invalid_request_error',
      param: name,
      message: `Invalid '${name}': an id must not be empty, '.' or '..'.`,
    });
  }
  return encodeURIComponent(id);
}

/** The operation's path template with each `{name}` filled from `params`. */
function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => segment(name, params[name] ?? ''));
}

/**
 * The parameters the operation's query schema names, as given (the client never parses what it
 * sends); a record such as listThreads' `metadata` goes as `metadata[KEY]=VALUE`.
 */
function wireQuery(schema: z.ZodObject, params: object): NonNullable<HttpCall['query']> {
  const query: NonNullable<HttpCall['query']> = {};
  for (const key of Object.keys(schema.shape)) {
    const value: unknown = Reflect.get(params, key);
    if (typeof value === 'string' || typeof value === 'number') query[key] = value;
    else if (typeof value === 'object' && value !== null) {
      for (const [entry, text] of Object.entries(value)) {
        if (typeof text === 'string') query[`${key}[${entry}]`] = text;
      }
    }
  }
  return query;
}

/** Control characters other than tab, which a header value must not carry. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

function checkHeader(label: string, value: string): void {
  if (!hasControlCharacter(value)) return;
  const what = /[\r\n]/.test(value) ? 'a line break' : 'a control character';
  throw new UpstreamError({ kind: 'http', status: 400, message: `The ${label} contains ${what}.` });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The header that asks for the Assistants beta, which the Files API (`family: 'files'`) is not part of. */
const BETA_HEADER = 'openai-beta';

/** The caller's headers for `operation`: without the Assistants beta header for the Files API. */
function contextFor(context: CallContext, operation: Operation): CallContext {
  if (operation.family !== 'files') return context;
  const { [BETA_HEADER]: _beta, ...headers } = context.headers;
  return { ...context, headers };
}

/** A quoted multipart parameter value as browsers write one (WHATWG): `"`, CR and LF percent-encoded. */
function quotedParameter(value: string): string {
  return `"${value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

/**
 * An upload as a multipart/form-data body, streamed: `purpose` first (so the upstream can refuse a
 * wrong type before the bytes), then the file's part with its bytes as they come, then the end.
 */
function multipartUpload(upload: FileUpload): StreamedBody {
  const boundary = `----assistants-facade-${randomBytes(16).toString('hex')}`;
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\ncontent-disposition: form-data; name="purpose"\r\n\r\n${upload.purpose}\r\n` +
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename=${quotedParameter(upload.filename)}\r\n` +
      `content-type: ${upload.contentType || 'application/octet-stream'}\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield head;
    yield* chunksOf(upload.content);
    yield tail;
  }
  return { contentType: `multipart/form-data; boundary=${boundary}`, chunks: chunks() };
}

export class UpstreamClient {
  readonly #http: UpstreamHttp;
  readonly #ownAgent: Agent | null;
  readonly #options: UpstreamClientOptions;

  constructor(options: UpstreamClientOptions) {
    const url = new URL(options.baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TypeError(`The upstream base URL must be http or https, not ${url.protocol}`);
    }
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.#options = options;
    let dispatcher: Dispatcher;
    if (options.dispatcher) {
      this.#ownAgent = null;
      dispatcher = options.dispatcher;
    } else {
      this.#ownAgent = new Agent({
        connections: 64,
        keepAliveTimeout: 10_000,
        headersTimeout: timeouts.headersMs,
        bodyTimeout: timeouts.bodyMs,
        connect: { timeout: timeouts.connectMs },
      });
      dispatcher = this.#ownAgent;
    }
    this.#http = new UpstreamHttp({
      origin: url.origin,
      basePath: url.pathname.replace(/\/+$/, ''),
      dispatcher,
      headersTimeoutMs: timeouts.headersMs,
      bodyTimeoutMs: timeouts.bodyMs,
      streamBodyTimeoutMs: timeouts.streamBodyMs,
      maxRetries: options.maxRetries ?? 2,
      retryBaseDelayMs: options.retryBaseDelayMs ?? 500,
      observer: options.observer,
    });
  }

  /**
   * The API bound to one caller's credentials and abort signal (request's own wins over the server
   * key). `maxConcurrent` bounds the calls this view has in flight; more wait their turn.
   * `requestId` goes upstream as `x-request-id` on every call, to find them by the caller's id.
   * `onAnswer` is told of every JSON answer before the caller gets it (a cache can keep them).
   */
  forRequest(
    credentials: UpstreamCredentials,
    signal?: AbortSignal,
    maxConcurrent?: number,
    requestId?: string,
    onAnswer?: AnswerObserver,
  ): AssistantsApi {
    let context: CallContext | UpstreamError;
    try {
      context = this.#context(credentials, signal, requestId);
    } catch (err) {
      if (!(err instanceof UpstreamError)) throw err;
      context = err;
    }
    const limit = maxConcurrent === undefined ? undefined : new ConcurrencyLimit(maxConcurrent);
    return new BoundApi(this.#http, context, signal, limit, onAnswer);
  }

  /** Closes the client's own Agent; an injected dispatcher belongs to whoever injected it. */
  async close(): Promise<void> {
    await this.#ownAgent?.close();
  }

  #context(credentials: UpstreamCredentials, signal: AbortSignal | undefined, requestId: string | undefined): CallContext {
    const requestKey = nonEmpty(credentials.apiKey);
    const apiKey = requestKey ?? nonEmpty(this.#options.apiKey);
    // The server's organization and project belong to the server's key, never to a caller's own key.
    const organization = nonEmpty(credentials.organization) ?? (requestKey ? undefined : nonEmpty(this.#options.organization));
    const project = nonEmpty(credentials.project) ?? (requestKey ? undefined : nonEmpty(this.#options.project));
    const headers: Record<string, string> = { 'openai-beta': 'assistants=v1' };
    if (requestId !== undefined) {
      checkHeader('request id', requestId);
      headers[REQUEST_ID_HEADER] = requestId;
    }
    if (apiKey !== undefined) {
      checkHeader('API key', apiKey);
      headers.authorization = `Bearer ${apiKey}`;
    }
    if (organization !== undefined) {
      checkHeader('organization', organization);
      headers['openai-organization'] = organization;
    }
    if (project !== undefined) {
      checkHeader('project', project);
      headers['openai-project'] = project;
    }
    return { headers, secrets: apiKey === undefined ? [] : [apiKey], ...(signal ? { signal } : {}) };
  }
}

/** `AssistantsApi` for one caller; a credential error rejects every call without sending anything. */
class BoundApi implements AssistantsApi {
  readonly #http: UpstreamHttp;
  readonly #context: CallContext | UpstreamError;
  readonly #signal: AbortSignal | undefined;
  readonly #limit: ConcurrencyLimit | undefined;
  readonly #onAnswer: AnswerObserver | undefined;

  constructor(
    http: UpstreamHttp,
    context: CallContext | UpstreamError,
    signal: AbortSignal | undefined,
    limit: ConcurrencyLimit | undefined,
    onAnswer: AnswerObserver | undefined,
  ) {
    this.#http = http;
    this.#context = context;
    this.#signal = signal;
    this.#limit = limit;
    this.#onAnswer = onAnswer;
  }

  async #call<Name extends JsonOperationName>(
    name: Name,
    params: PathParams<Name>,
    { query, body }: { query?: OperationQuery<Name>; body?: OperationBody<Name> } = {},
  ): Promise<OperationAnswer<Name>> {
    const context = this.#context;
    if (context instanceof UpstreamError) throw context;
    const operation: JsonOperation = OPERATIONS[name];
    const call = () => ({
      operation: name,
      method: operation.method,
      path: fillPath(operation.path, params),
      ...(operation.query && query ? { query: wireQuery(operation.query, query) } : {}),
      ...(body ? { body } : {}),
    });
    const send = () => this.#http.json(call(), operation.answer, contextFor(context, operation));
    const answer = await this.#limited(name, send);
    this.#onAnswer?.(answer);
    // Parsed with this operation's own answer schema; TypeScript cannot follow a schema picked by a
    // generic name through zod's types to its output.
    return answer as OperationAnswer<Name>;
  }

  /** `send` within the view's concurrency limit, aborted with the view's signal while it waits. */
  #limited<T>(name: string, send: () => Promise<T>): Promise<T> {
    const signal = this.#signal;
    return this.#limit ? this.#limit.run(send, signal, () => (signal ? abortError(name, signal) : undefined)) : send();
  }

  /** A streaming variant: the same operation, named `…Stream` in errors, metrics and traces. */
  #stream<Name extends StreamingOperationName>(
    name: Name,
    params: PathParams<Name>,
    body: OperationBody<Name>,
  ): AsyncIterable<AssistantStreamEvent> {
    const context = this.#context;
    const { method, path } = OPERATIONS[name];
    const operation = `${name}Stream`;
    return new AssistantEventStream(
      operation,
      async (signal) => {
        if (context instanceof UpstreamError) throw context;
        return this.#http.openStream({ operation, method, path: fillPath(path, params), body }, { ...context, signal });
      },
      this.#signal,
    );
  }

  listAssistants(params?: ListParams) {
    return this.#call('listAssistants', {}, { query: params });
  }

  createAssistant(body: CreateAssistantBody) {
    return this.#call('createAssistant', {}, { body });
  }

  getAssistant(assistantId: string) {
    return this.#call('getAssistant', { assistant_id: assistantId });
  }

  modifyAssistant(assistantId: string, body: ModifyAssistantBody) {
    return this.#call('modifyAssistant', { assistant_id: assistantId }, { body });
  }

  deleteAssistant(assistantId: string) {
    return this.#call('deleteAssistant', { assistant_id: assistantId });
  }

  listThreads(params?: ListThreadsParams) {
    return this.#call('listThreads', {}, { query: params });
  }

  createThread(body?: CreateThreadBody) {
    return this.#call('createThread', {}, { body: body ?? {} });
  }

  getThread(threadId: string) {
    return this.#call('getThread', { thread_id: threadId });
  }

  modifyThread(threadId: string, body: MetadataBody) {
    return this.#call('modifyThread', { thread_id: threadId }, { body });
  }

  deleteThread(threadId: string) {
    return this.#call('deleteThread', { thread_id: threadId });
  }

  listMessages(threadId: string, params?: ListMessagesParams) {
    return this.#call('listMessages', { thread_id: threadId }, { query: params });
  }

  createMessage(threadId: string, body: CreateMessageBody) {
    return this.#call('createMessage', { thread_id: threadId }, { body });
  }

  getMessage(threadId: string, messageId: string) {
    return this.#call('getMessage', { thread_id: threadId, message_id: messageId });
  }

  modifyMessage(threadId: string, messageId: string, body: MetadataBody) {
    return this.#call('modifyMessage', { thread_id: threadId, message_id: messageId }, { body });
  }

  createThreadAndRun(body: CreateThreadAndRunBody) {
    return this.#call('createThreadAndRun', {}, { body });
  }

  listRuns(threadId: string, params?: ListParams) {
    return this.#call('listRuns', { thread_id: threadId }, { query: params });
  }

  createRun(threadId: string, body: CreateRunBody) {
    return this.#call('createRun', { thread_id: threadId }, { body });
  }

  getRun(threadId: string, runId: string) {
    return this.#call('getRun', { thread_id: threadId, run_id: runId });
  }

  modifyRun(threadId: string, runId: string, body: MetadataBody) {
    return this.#call('modifyRun', { thread_id: threadId, run_id: runId }, { body });
  }

  submitToolOutputs(threadId: string, runId: string, body: SubmitToolOutputsBody) {
    return this.#call('submitToolOutputs', { thread_id: threadId, run_id: runId }, { body });
  }

  cancelRun(threadId: string, runId: string) {
    return this.#call('cancelRun', { thread_id: threadId, run_id: runId });
  }

  listRunSteps(threadId: string, runId: string, params?: ListParams) {
    return this.#call('listRunSteps', { thread_id: threadId, run_id: runId }, { query: params });
  }

  getRunStep(threadId: string, runId: string, stepId: string) {
    return this.#call('getRunStep', { thread_id: threadId, run_id: runId, step_id: stepId });
  }

  listAssistantFiles(assistantId: string, params?: ListParams) {
    return this.#call('listAssistantFiles', { assistant_id: assistantId }, { query: params });
  }

  createAssistantFile(assistantId: string, body: CreateAssistantFileBody) {
    return this.#call('createAssistantFile', { assistant_id: assistantId }, { body });
  }

  getAssistantFile(assistantId: string, fileId: string) {
    return this.#call('getAssistantFile', { assistant_id: assistantId, file_id: fileId });
  }

  deleteAssistantFile(assistantId: string, fileId: string) {
    return this.#call('deleteAssistantFile', { assistant_id: assistantId, file_id: fileId });
  }

  listMessageFiles(threadId: string, messageId: string, params?: ListParams) {
    return this.#call('listMessageFiles', { thread_id: threadId, message_id: messageId }, { query: params });
  }

  getMessageFile(threadId: string, messageId: string, fileId: string) {
    return this.#call('getMessageFile', { thread_id: threadId, message_id: messageId, file_id: fileId });
  }

  async uploadFile(upload: FileUpload) {
    const context = this.#context;
    if (context instanceof UpstreamError) throw context;
    const operation = OPERATIONS.uploadFile;
    const call: HttpCall = { operation: 'uploadFile', method: operation.method, path: operation.path, streamedBody: multipartUpload(upload) };
    const file = await this.#limited('uploadFile', () => this.#http.json(call, operation.answer, contextFor(context, operation)));
    this.#onAnswer?.(file);
    return file;
  }

  listFiles(params?: ListFilesParams) {
    return this.#call('listFiles', {}, { query: params });
  }

  /** The upstream has no use for `via` (see `FileReference`). */
  getFile(fileId: string) {
    return this.#call('getFile', { file_id: fileId });
  }

  deleteFile(fileId: string) {
    return this.#call('deleteFile', { file_id: fileId });
  }

  /** The content as it comes; the view's concurrency slot is held only until the answer started. */
  async getFileContent(fileId: string): Promise<FileContent> {
    const context = this.#context;
    if (context instanceof UpstreamError) throw context;
    const operation = OPERATIONS.getFileContent;
    const call: HttpCall = { operation: 'getFileContent', method: operation.method, path: fillPath(operation.path, { file_id: fileId }) };
    const { body, headers } = await this.#limited('getFileContent', () => this.#http.download(call, contextFor(context, operation)));
    const length = headerValue(headers, 'content-length');
    return {
      body: Readable.toWeb(body) as ReadableStream<Uint8Array>,
      contentType: headerValue(headers, 'content-type') ?? null,
      contentLength: length !== undefined && /^\d+$/.test(length) ? Number(length) : null,
    };
  }

  createRunStream(threadId: string, body: CreateRunBody) {
    return this.#stream('createRun', { thread_id: threadId }, body);
  }

  createThreadAndRunStream(body: CreateThreadAndRunBody) {
    return this.#stream('createThreadAndRun', {}, body);
  }

  submitToolOutputsStream(threadId: string, runId: string, body: SubmitToolOutputsBody) {
    return this.#stream('submitToolOutputs', { thread_id: threadId, run_id: runId }, body);
  }
}
