/**
 * The most common request, answered without the Fetch API emulation that yoga's Node adapter puts
 * around every request (a `Request`, a `Response` and a promise chain each, the largest framework
 * cost in a single lookup's CPU profile): a `POST` of JSON to `/graphql` by a server-side client
 * (no `Origin`, so no CORS), asking for a JSON answer (any `Accept` for which yoga answers JSON).
 *
 * The operation still runs through yoga's envelop (`yoga.getEnveloped`): the same context, Armor
 * limits, error masking, metrics and caches as every other request. Results with errors are shaped
 * by yoga's own `processRegularResult`, so status codes and error bodies are yoga's. A request
 * yoga would refuse (JSON that does not parse, wrong parameters, a document that does not parse)
 * or answer as a stream (a subscription) goes to yoga with the body already read, and gets yoga's
 * exact answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, getOperationAST } from 'graphql';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, processRegularResult } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Caller } from './auth/caller.js';
import type { GraphQLContext } from './graphql/context.js';
import { REQUEST_ID_HEADER, requestIdOf, resultWithRequestId } from './request-id.js';
import { GRAPHQL_PATH, STREAM_TOKEN_HEADER } from './transports.js';

/** What yoga's Node adapter passes along with each request. */
export interface NodeServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  /** Who is calling, established before the request reaches yoga (auth/authenticate.ts). */
  caller?: Caller;
}

type Yoga = YogaServerInstance<NodeServerContext, GraphQLContext>;

/** The media types of yoga's JSON answers, in the order yoga tries them. */
const JSON_MEDIA_TYPES = ['application/graphql-response+json', 'application/json'] as const;
type JsonMediaType = (typeof JSON_MEDIA_TYPES)[number];

/** The GraphQL parameters of a JSON body, as yoga accepts them. */
export interface GraphQLParams {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
  /** A trusted document's hash instead of `query` (trusted-documents.ts); a multipart upload may send it. */
  documentId?: string;
}

/** `type/subtype` against a media range of an `Accept` header (which may have wildcards). */
function inRange(type: string, range: string): boolean {
  const [rangeType, rangeSubtype] = range.split('/');
  const [mainType, subtype] = type.split('/');
  return (rangeType === '*' || rangeType === mainType) && (rangeSubtype === '*' || rangeSubtype === subtype);
}

/**
 * The media type yoga answers a query's result with for this `Accept` header, when it is JSON:
 * the first listed range that a JSON type matches decides, quality values are ignored, and a range
 * with a charset other than UTF-8 is skipped. Null when yoga would not answer JSON.
 */
function negotiateJson(accept: string): JsonMediaType | null {
  for (const entry of accept.replace(/\s/g, '').toLowerCase().split(',')) {
    const [range = '', ...parameters] = entry.split(';');
    const charset = parameters.find((parameter) => parameter.includes('charset='));
    if (charset !== undefined && charset !== 'charset=utf-8') continue;
    const matching = JSON_MEDIA_TYPES.filter((type) => inRange(type, range));
    if (matching.length > 0) return matching[matching.length - 1] ?? null;
  }
  return null;
}

/** Clients send the same few `Accept` headers over and over: their answers, remembered (bounded). */
const negotiated = new Map<string, JsonMediaType | null>();
const MAX_NEGOTIATED = 256;

function jsonMediaTypeFor(accept: string | undefined): JsonMediaType | null {
  const header = accept || '*/*';
  let answer = negotiated.get(header);
  if (answer === undefined) {
    answer = negotiateJson(header);
    if (negotiated.size >= MAX_NEGOTIATED) negotiated.clear();
    negotiated.set(header, answer);
  }
  return answer;
}

/** Whether this request is answered here (see the module comment); its path is checked by the caller. */
export function isPlainPost(request: IncomingMessage): boolean {
  const { headers } = request;
  if (request.method !== 'POST' || headers.origin !== undefined || headers[STREAM_TOKEN_HEADER] !== undefined) return false;
  // Yoga's test for a JSON body: the first of the listed types, parameters allowed.
  const contentType = headers['content-type']?.split(',')[0];
  if (contentType !== 'application/json' && !contentType?.startsWith('application/json;')) return false;
  return jsonMediaTypeFor(headers.accept) !== null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body's GraphQL parameters when yoga would take them as they are; null for anything yoga refuses. */
function paramsOf(body: Buffer): GraphQLParams | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (!isObject(parsed) || typeof parsed['query'] !== 'string') return null;
  const params: GraphQLParams = { query: parsed['query'] };
  for (const name in parsed) {
    const value = parsed[name];
    if (value == null || name === 'query') continue;
    if (name === 'variables' && isObject(value)) params.variables = value;
    else if (name === 'operationName' && typeof value === 'string') params.operationName = value;
    else if (name === 'extensions' && isObject(value)) params.extensions = value;
    else return null;
  }
  return params;
}

/** The whole body (its size was checked from its headers); null when the client went away first. */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    request.once('error', () => resolve(null));
    request.once('close', () => {
      if (!request.complete) resolve(null);
    });
  });
}

/** Aborts when the client goes away before its answer is sent. */
export function clientSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort(new DOMException('The client went away.', 'AbortError'));
  });
  return controller.signal;
}

/**
 * The request's headers as a Fetch API headers list (repeated names kept), with the request id
 * `handle` chose (request-id.ts) instead of the one the client sent.
 */
function headerList(request: IncomingMessage): [string, string][] {
  const list: [string, string][] = [];
  const raw = request.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] as string;
    if (name.length !== REQUEST_ID_HEADER.length || name.toLowerCase() !== REQUEST_ID_HEADER) list.push([name, raw[index + 1] as string]);
  }
  list.push([REQUEST_ID_HEADER, requestIdOf(request.headers[REQUEST_ID_HEADER])]);
  return list;
}

/** Yoga's answer: whole, with its length; an event stream or multipart answer chunk by chunk, as it comes. */
async function sendResponse(response: ServerResponse, answer: Response): Promise<void> {
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const type = answer.headers.get('content-type') ?? '';
  if (answer.body && (type.startsWith('text/event-stream') || type.startsWith('multipart/'))) {
    response.writeHead(answer.status, headers);
    response.flushHeaders();
    // Ends when the stream does; the client going away aborts the request, which ends the stream.
    const reader = answer.body.getReader();
    try {
      for (let chunk = await reader.read(); !chunk.done && !response.destroyed; chunk = await reader.read()) response.write(chunk.value);
    } catch (error) {
      // The stream fails when its client went away (the request's signal aborted it): nothing to answer.
      if (!response.destroyed) throw error;
    } finally {
      await reader.cancel().catch(() => undefined);
    }
    response.end();
    return;
  }
  const body = Buffer.from(await answer.arrayBuffer());
  headers['content-length'] ??= String(body.byteLength);
  response.writeHead(answer.status, headers);
  response.end(body);
}

/**
 * Answers a request `isPlainPost` accepted. `mask` is yoga's error masking, for an error thrown out
 * of execution (yoga masks those the same way).
 */
export async function answerPlainPost(
  yoga: Yoga,
  mask: (error: unknown, message: string) => Error,
  request: IncomingMessage,
  response: ServerResponse,
  caller: Caller,
): Promise<void> {
  const body = await readBody(request);
  if (body === null) return;
  const signal = clientSignal(response);
  const handOver = async (): Promise<void> => {
    const fetchRequest = new yoga.fetchAPI.Request(urlOf(request), { method: 'POST', headers: headerList(request), body: new Uint8Array(body), signal });
    await sendResponse(response, await yoga.handleRequest(fetchRequest, { req: request, res: response, caller }));
  };
  const params = paramsOf(body);
  if (params === null) return handOver();
  return answerOperation(yoga, mask, { request, response, caller, params, signal }, handOver);
}

function urlOf(request: IncomingMessage): string {
  return `http://${request.headers.host ?? 'localhost'}${request.url ?? GRAPHQL_PATH}`;
}

/** A request whose GraphQL parameters were read by hand, to run through yoga's envelop. */
export interface OperationRequest {
  request: IncomingMessage;
  response: ServerResponse;
  caller: Caller;
  params: GraphQLParams;
  /** Aborts the operation (its context's deadline and upstream calls): the client went away, or its request was refused. */
  signal: AbortSignal;
}

/**
 * Runs a query or mutation through yoga's envelop and answers as yoga would. `unanswerable` answers
 * what this path does not run: a document that does not parse (with the error parsing threw, which
 * may be a plugin's refusal), or a subscription.
 */
export async function answerOperation(
  yoga: Yoga,
  mask: (error: unknown, message: string) => Error,
  { request, response, caller, params, signal }: OperationRequest,
  unanswerable: (parseError?: unknown) => Promise<void>,
): Promise<void> {
  const fetchRequest = new yoga.fetchAPI.Request(urlOf(request), { method: 'POST', headers: headerList(request), signal });
  const enveloped = yoga.getEnveloped({ req: request, res: response, caller, request: fetchRequest, params });
  let document;
  try {
    document = enveloped.parse(params.query);
  } catch (error) {
    return unanswerable(error);
  }
  if (getOperationAST(document, params.operationName)?.operation === 'subscription') return unanswerable();
  const mediaType = jsonMediaTypeFor(request.headers.accept) ?? 'application/json';
  const errors: readonly GraphQLError[] = enveloped.validate(enveloped.schema, document);
  let result: ExecutionResult;
  if (errors.length > 0) {
    result = { errors };
  } else {
    try {
      const contextValue = await enveloped.contextFactory();
      const outcome = await enveloped.execute({
        schema: enveloped.schema,
        document,
        contextValue,
        variableValues: params.variables,
        operationName: params.operationName,
      });
      if (isAsyncIterable(outcome)) throw new Error('A query or mutation answered with a stream.');
      result = outcome;
    } catch (error) {
      const masked = mask(error, 'Unexpected error.');
      if (masked !== error) yoga.logger.error(error);
      result = { errors: [masked instanceof GraphQLError ? masked : new GraphQLError(masked.message, { originalError: masked })] };
    }
  }
  // Aborted: the client went away, or its request was refused and answered meanwhile.
  if (signal.aborted) return;
  if (result.errors?.length || result.extensions?.['http']) {
    const answer = resultWithRequestId(result, requestIdOf(request.headers[REQUEST_ID_HEADER]));
    return sendResponse(response, await processRegularResult(answer, yoga.fetchAPI, mediaType));
  }
  const text = JSON.stringify(result);
  response.writeHead(200, { 'Content-Type': `${mediaType}; charset=utf-8`, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
