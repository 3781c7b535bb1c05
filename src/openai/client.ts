/**
 * The Assistants API v1 over HTTP: `AssistantsApi` bound to one caller's credentials and signal.
 * Every failure is an `UpstreamError` (or the caller's own abort reason); the API key never
 * appears in an error.
 */
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
import type { CallContext, HttpCall, UpstreamObserver } from './http.js';
import type { HttpMethod } from './retry.js';
import {
  assistantFileListSchema,
  assistantFileSchema,
  assistantListSchema,
  assistantSchema,
  deletionSchema,
  messageFileListSchema,
  messageFileSchema,
  messageListSchema,
  messageSchema,
  runListSchema,
  runSchema,
  runStepListSchema,
  runStepSchema,
  threadListSchema,
  threadSchema,
} from '../v1/schemas.js';
import { AssistantEventStream } from './sse.js';
import type { AssistantStreamEvent } from '../v1/stream.js';
import { REQUEST_ID_HEADER } from '../v1/requests.js';

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

type Query = HttpCall['query'];

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

function listQuery(params: ListMessagesParams | undefined): Query {
  if (!params) return undefined;
  return { limit: params.limit, order: params.order, after: params.after, before: params.before, run_id: params.run_id };
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

  async #call<S extends z.ZodType>(
    operation: string,
    method: HttpMethod,
    path: () => string,
    schema: S,
    extra: { query?: Query; body?: object } = {},
  ): Promise<z.output<S>> {
    const context = this.#context;
    if (context instanceof UpstreamError) throw context;
    const send = () => this.#http.json({ operation, method, path: path(), ...extra }, schema, context);
    const signal = this.#signal;
    const answer = await (this.#limit ? this.#limit.run(send, signal, () => (signal ? abortError(operation, signal) : undefined)) : send());
    this.#onAnswer?.(answer);
    return answer;
  }

  #stream(operation: string, path: () => string, body: object): AsyncIterable<AssistantStreamEvent> {
    const context = this.#context;
    return new AssistantEventStream(
      operation,
      async (signal) => {
        if (context instanceof UpstreamError) throw context;
        return this.#http.openStream({ operation, method: 'POST', path: path(), body }, { ...context, signal });
      },
      this.#signal,
    );
  }

  listAssistants(params?: ListParams) {
    return this.#call('listAssistants', 'GET', () => '/assistants', assistantListSchema, {
      query: listQuery(params),
    });
  }

  createAssistant(body: CreateAssistantBody) {
    return this.#call('createAssistant', 'POST', () => '/assistants', assistantSchema, { body });
  }

  getAssistant(assistantId: string) {
    return this.#call('getAssistant', 'GET', () => `/assistants/${segment('assistant_id', assistantId)}`, assistantSchema);
  }

  modifyAssistant(assistantId: string, body: ModifyAssistantBody) {
    return this.#call('modifyAssistant', 'POST', () => `/assistants/${segment('assistant_id', assistantId)}`, assistantSchema, {
      body,
    });
  }

  deleteAssistant(assistantId: string) {
    return this.#call('deleteAssistant', 'DELETE', () => `/assistants/${segment('assistant_id', assistantId)}`, deletionSchema);
  }

  listThreads(params?: ListThreadsParams) {
    const metadata = Object.fromEntries(Object.entries(params?.metadata ?? {}).map(([key, value]) => [`metadata[${key}]`, value]));
    return this.#call('listThreads', 'GET', () => '/threads', threadListSchema, {
      query: { ...listQuery(params), ...metadata },
    });
  }

  createThread(body?: CreateThreadBody) {
    return this.#call('createThread', 'POST', () => '/threads', threadSchema, { body: body ?? {} });
  }

  getThread(threadId: string) {
    return this.#call('getThread', 'GET', () => `/threads/${segment('thread_id', threadId)}`, threadSchema);
  }

  modifyThread(threadId: string, body: MetadataBody) {
    return this.#call('modifyThread', 'POST', () => `/threads/${segment('thread_id', threadId)}`, threadSchema, { body });
  }

  deleteThread(threadId: string) {
    return this.#call('deleteThread', 'DELETE', () => `/threads/${segment('thread_id', threadId)}`, deletionSchema);
  }

  listMessages(threadId: string, params?: ListMessagesParams) {
    return this.#call(
      'listMessages',
      'GET',
      () => `/threads/${segment('thread_id', threadId)}/messages`,
      messageListSchema,
      { query: listQuery(params) },
    );
  }

  createMessage(threadId: string, body: CreateMessageBody) {
    return this.#call('createMessage', 'POST', () => `/threads/${segment('thread_id', threadId)}/messages`, messageSchema, {
      body,
    });
  }

  getMessage(threadId: string, messageId: string) {
    return this.#call(
      'getMessage',
      'GET',
      () => `/threads/${segment('thread_id', threadId)}/messages/${segment('message_id', messageId)}`,
      messageSchema,
    );
  }

  modifyMessage(threadId: string, messageId: string, body: MetadataBody) {
    return this.#call(
      'modifyMessage',
      'POST',
      () => `/threads/${segment('thread_id', threadId)}/messages/${segment('message_id', messageId)}`,
      messageSchema,
      { body },
    );
  }

  createThreadAndRun(body: CreateThreadAndRunBody) {
    return this.#call('createThreadAndRun', 'POST', () => '/threads/runs', runSchema, { body });
  }

  listRuns(threadId: string, params?: ListParams) {
    return this.#call('listRuns', 'GET', () => `/threads/${segment('thread_id', threadId)}/runs`, runListSchema, {
      query: listQuery(params),
    });
  }

  createRun(threadId: string, body: CreateRunBody) {
    return this.#call('createRun', 'POST', () => `/threads/${segment('thread_id', threadId)}/runs`, runSchema, { body });
  }

  getRun(threadId: string, runId: string) {
    return this.#call('getRun', 'GET', () => runPath(threadId, runId), runSchema);
  }

  modifyRun(threadId: string, runId: string, body: MetadataBody) {
    return this.#call('modifyRun', 'POST', () => runPath(threadId, runId), runSchema, { body });
  }

  submitToolOutputs(threadId: string, runId: string, body: SubmitToolOutputsBody) {
    return this.#call('submitToolOutputs', 'POST', () => `${runPath(threadId, runId)}/submit_tool_outputs`, runSchema, {
      body,
    });
  }

  cancelRun(threadId: string, runId: string) {
    return this.#call('cancelRun', 'POST', () => `${runPath(threadId, runId)}/cancel`, runSchema);
  }

  listRunSteps(threadId: string, runId: string, params?: ListParams) {
    return this.#call('listRunSteps', 'GET', () => `${runPath(threadId, runId)}/steps`, runStepListSchema, {
      query: listQuery(params),
    });
  }

  getRunStep(threadId: string, runId: string, stepId: string) {
    return this.#call(
      'getRunStep',
      'GET',
      () => `${runPath(threadId, runId)}/steps/${segment('step_id', stepId)}`,
      runStepSchema,
    );
  }

  listAssistantFiles(assistantId: string, params?: ListParams) {
    return this.#call(
      'listAssistantFiles',
      'GET',
      () => `/assistants/${segment('assistant_id', assistantId)}/files`,
      assistantFileListSchema,
      { query: listQuery(params) },
    );
  }

  createAssistantFile(assistantId: string, body: CreateAssistantFileBody) {
    return this.#call(
      'createAssistantFile',
      'POST',
      () => `/assistants/${segment('assistant_id', assistantId)}/files`,
      assistantFileSchema,
      { body },
    );
  }

  getAssistantFile(assistantId: string, fileId: string) {
    return this.#call('getAssistantFile', 'GET', () => assistantFilePath(assistantId, fileId), assistantFileSchema);
  }

  deleteAssistantFile(assistantId: string, fileId: string) {
    return this.#call('deleteAssistantFile', 'DELETE', () => assistantFilePath(assistantId, fileId), deletionSchema);
  }

  listMessageFiles(threadId: string, messageId: string, params?: ListParams) {
    return this.#call(
      'listMessageFiles',
      'GET',
      () => `/threads/${segment('thread_id', threadId)}/messages/${segment('message_id', messageId)}/files`,
      messageFileListSchema,
      { query: listQuery(params) },
    );
  }

  getMessageFile(threadId: string, messageId: string, fileId: string) {
    return this.#call(
      'getMessageFile',
      'GET',
      () =>
        `/threads/${segment('thread_id', threadId)}/messages/${segment('message_id', messageId)}/files/${segment('file_id', fileId)}`,
      messageFileSchema,
    );
  }

  createRunStream(threadId: string, body: CreateRunBody) {
    return this.#stream('createRunStream', () => `/threads/${segment('thread_id', threadId)}/runs`, body);
  }

  createThreadAndRunStream(body: CreateThreadAndRunBody) {
    return this.#stream('createThreadAndRunStream', () => '/threads/runs', body);
  }

  submitToolOutputsStream(threadId: string, runId: string, body: SubmitToolOutputsBody) {
    return this.#stream('submitToolOutputsStream', () => `${runPath(threadId, runId)}/submit_tool_outputs`, body);
  }
}

function runPath(threadId: string, runId: string): string {
  return `/threads/${segment('thread_id', threadId)}/runs/${segment('run_id', runId)}`;
}

function assistantFilePath(assistantId: string, fileId: string): string {
  return `/assistants/${segment('assistant_id', assistantId)}/files/${segment('file_id', fileId)}`;
}
