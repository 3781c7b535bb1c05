/**
 * GraphQL multipart requests (the GraphQL multipart request spec) on `/graphql`, answered here and
 * not by yoga, whose parser reads every file part whole into memory. The spec sends `operations`
 * and `map` before the file parts: once they are in, the file part's bytes become the `Upload`
 * variable's stream as they arrive, and the operation runs at once (through yoga's envelop, like
 * every request: see `answerOperation`), so `uploadFile` passes them on upstream while they come.
 *
 * One file per request, of at most `maxFileBytes`: a larger one is refused with 413 as soon as its
 * `Content-Length` or its bytes so far say so, and the upstream upload is cut off, so the partial
 * file never becomes a file. Multipart bodies are sent by browsers without a CORS preflight: like
 * yoga, they need one of the CSRF headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { Busboy } from '@fastify/busboy';
import type { BusboyFileStream, BusboyInstance } from '@fastify/busboy';
import { GraphQLError } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Caller } from './auth/caller.js';
import { CSRF_REFUSAL, corsHeaders, hasCsrfHeader, sendError } from './cross-origin.js';
import type { UploadedFile } from './graphql/builder.js';
import type { GraphQLContext } from './graphql/context.js';
import { formatLimit } from './graphql/validation.js';
import { answerOperation } from './plain-post.js';
import type { GraphQLParams, NodeServerContext } from './plain-post.js';

type Yoga = YogaServerInstance<NodeServerContext, GraphQLContext>;

export interface UploadLimits {
  /** The largest file (bytes). */
  maxFileBytes: number;
  /** The largest `operations` or `map` field (bytes): the body limit of any other request. */
  maxFieldBytes: number;
  corsOrigins: readonly string[];
}

/** Whether the request is a multipart POST (its path is checked by the caller). */
export function isMultipartRequest(request: IncomingMessage): boolean {
  return request.method === 'POST' && (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
}

/** A refusal of the request as a whole: its HTTP status and what to say. */
class Refusal {
  constructor(
    readonly status: number,
    readonly message: string,
    readonly code = 'BAD_USER_INPUT',
  ) {}
}

function tooLarge(maxFileBytes: number): Refusal {
  return new Refusal(413, `The file is too large: an upload may have at most ${formatLimit(maxFileBytes)} bytes.`);
}

/**
 * A plugin's refusal thrown while parsing (e.g. trusted documents' for a document not sent by hash):
 * a GraphQL error with a code, answered with its own message, code and HTTP status. Null for another error.
 */
function pluginRefusal(error: unknown): Refusal | null {
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  if (!(error instanceof GraphQLError) || typeof code !== 'string') return null;
  const http = error.extensions['http'];
  const status = typeof http === 'object' && http !== null && 'status' in http && typeof http.status === 'number' ? http.status : 400;
  return new Refusal(status, error.message, code);
}

/** The file part as the `Upload` variable: its bytes as they arrive, read once. */
class PartFile implements UploadedFile {
  #stream: ReadableStream<Uint8Array> | undefined;

  constructor(
    readonly name: string,
    readonly type: string,
    private readonly part: BusboyFileStream,
  ) {}

  stream(): ReadableStream<Uint8Array> {
    return (this.#stream ??= Readable.toWeb(this.part) as ReadableStream<Uint8Array>);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `operations`: one operation's parameters (no batching). A trusted document comes by hash, as in
 * any other request: `extensions.persistedQuery` or `documentId`, with no `query`.
 */
function operationsOf(text: string): GraphQLParams {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Refusal(400, 'The multipart field `operations` must be JSON.');
  }
  if (!isObject(parsed)) throw new Refusal(400, 'The multipart field `operations` must be one operation’s JSON object (no batching).');
  const { query, variables, operationName, extensions, documentId } = parsed;
  if (
    (query !== undefined && typeof query !== 'string') ||
    (variables != null && !isObject(variables)) ||
    (operationName != null && typeof operationName !== 'string') ||
    (extensions != null && !isObject(extensions)) ||
    (documentId != null && typeof documentId !== 'string')
  ) {
    throw new Refusal(400, 'The multipart field `operations` must have a string `query` (or `documentId`), and object `variables` and `extensions`.');
  }
  return {
    query: query ?? '',
    variables: isObject(variables) ? variables : {},
    ...(typeof operationName === 'string' ? { operationName } : {}),
    ...(isObject(extensions) ? { extensions } : {}),
    ...(typeof documentId === 'string' ? { documentId } : {}),
  };
}

/** `map`: at most one file, put in one place under `variables`. Returns its part's name and path, or null for none. */
function mapOf(text: string): { part: string; path: string[] } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Refusal(400, 'The multipart field `map` must be JSON.');
  }
  if (!isObject(parsed)) throw new Refusal(400, 'The multipart field `map` must be a JSON object of file part name → paths.');
  const entries = Object.entries(parsed);
  if (entries.length > 1) throw new Refusal(400, `A request may upload one file, but \`map\` names ${entries.length}.`);
  const [entry] = entries;
  if (!entry) return null;
  const [part, paths] = entry;
  if (!Array.isArray(paths) || paths.length !== 1 || typeof paths[0] !== 'string') {
    throw new Refusal(400, `\`map\` must put the file \`${part}\` in exactly one place, e.g. ["variables.input.file"].`);
  }
  const path = paths[0].split('.');
  if (path[0] !== 'variables' || path.length < 2 || path.some((key) => key === '' || key === '__proto__' || key === 'constructor' || key === 'prototype')) {
    throw new Refusal(400, `\`map\` must put the file in a variable (\`variables.…\`), not at ${JSON.stringify(paths[0])}.`);
  }
  return { part, path: path.slice(1) };
}

/** Puts `value` at `path` in `variables`, making objects on the way (a file's variable stands for `null` in `operations`). */
function setVariable(variables: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = variables;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      current[key] = value;
      return;
    }
    const next = current[key];
    current = isObject(next) ? next : (current[key] = {});
  }
}

/**
 * Answers a multipart request of an authenticated caller: refusals as JSON errors, the operation
 * as `answerOperation` answers it.
 */
export function answerMultipart(yoga: Yoga, mask: (error: unknown, message: string) => Error, request: IncomingMessage, response: ServerResponse, caller: Caller, limits: UploadLimits): Promise<void> {
  const cors = corsHeaders(request, limits.corsOrigins);
  if (!hasCsrfHeader(request)) {
    sendError(response, 403, CSRF_REFUSAL, {}, cors);
    return Promise.resolve();
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limits.maxFileBytes + limits.maxFieldBytes) {
    response.setHeader('connection', 'close');
    const refusal = tooLarge(limits.maxFileBytes);
    sendError(response, refusal.status, refusal.message, { code: refusal.code }, cors);
    return Promise.resolve();
  }
  let parser: BusboyInstance;
  try {
    parser = Busboy({
      headers: { ...request.headers, 'content-type': request.headers['content-type'] ?? '' },
      limits: { fields: 2, fieldSize: limits.maxFieldBytes, fileSize: limits.maxFileBytes },
    });
  } catch {
    sendError(response, 400, 'The multipart/form-data body could not be read: its `Content-Type` has no boundary.', { code: 'BAD_USER_INPUT' }, cors);
    return Promise.resolve();
  }
  for (const [name, value] of Object.entries(cors)) response.setHeader(name, value);

  return new Promise<void>((resolve) => {
    // Aborts the operation (its upstream calls) when the client goes away or the request is refused.
    const operation = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) operation.abort(new DOMException('The client went away.', 'AbortError'));
    });
    let params: GraphQLParams | undefined;
    let mapped: { part: string; path: string[] } | null | undefined;
    let running = false;
    let ended = false;

    /** The rest of the body is read and dropped, so the connection stays usable. */
    const drain = (): void => {
      request.unpipe(parser);
      request.resume();
    };
    const end = (): void => {
      if (ended) return;
      ended = true;
      resolve();
    };
    const refuse = (refusal: Refusal): void => {
      if (ended) return;
      operation.abort(new DOMException(refusal.message, 'AbortError'));
      if (refusal.status === 413) {
        // Nothing more of an oversized body is read: the connection closes after the answer.
        request.unpipe(parser);
        request.pause();
        response.setHeader('connection', 'close');
      } else drain();
      if (!response.headersSent) sendError(response, refusal.status, refusal.message, { code: refusal.code });
      end();
    };
    const run = (operationParams: GraphQLParams): void => {
      running = true;
      const unanswerable = (parseError?: unknown): Promise<void> => {
        refuse(pluginRefusal(parseError) ?? new Refusal(400, 'A multipart request runs one query or mutation with a document that parses (not a subscription).'));
        return Promise.resolve();
      };
      answerOperation(yoga, mask, { request, response, caller, params: operationParams, signal: operation.signal }, unanswerable)
        .catch((error: unknown) => {
          yoga.logger.error(error);
          if (!response.headersSent) sendError(response, 500, 'Unexpected error.', { code: 'INTERNAL_SERVER_ERROR' });
        })
        .finally(() => {
          if (!ended) drain();
          end();
        });
    };
    const guarded =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A): void => {
        try {
          handler(...args);
        } catch (error) {
          if (error instanceof Refusal) refuse(error);
          else throw error;
        }
      };

    parser.on(
      'field',
      guarded((name: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
        if (ended || running) return;
        if (valueTruncated) throw new Refusal(413, `The multipart field \`${name}\` is over ${formatLimit(limits.maxFieldBytes)} bytes.`);
        if (name === 'operations' && params === undefined) params = operationsOf(value);
        else if (name === 'map' && params !== undefined && mapped === undefined) mapped = mapOf(value);
        else throw new Refusal(400, `Unexpected multipart field \`${name}\`: the GraphQL multipart request spec sends \`operations\`, then \`map\`, then the files.`);
      }),
    );
    parser.on(
      'file',
      guarded((name: string, stream: BusboyFileStream, filename: string, _encoding: string, mimeType: string) => {
        if (ended || running || !params || !mapped || name !== mapped.part) {
          // Parts the map does not name are ignored (the spec's rule); so is anything after the file.
          stream.resume();
          if (!ended && !running && (!params || mapped === undefined)) throw new Refusal(400, 'The file parts must come after `operations` and `map`.');
          return;
        }
        // Cut the file off with an error, not a clean end: the upstream must not keep what came.
        stream.on('limit', () => {
          stream.destroy(new Error('The upload is over the size limit.'));
          refuse(tooLarge(limits.maxFileBytes));
        });
        setVariable(params.variables ?? {}, mapped.path, new PartFile(filename, mimeType, stream));
        run(params);
      }),
    );
    parser.on(
      'finish',
      guarded(() => {
        if (ended || running) return;
        if (!params) throw new Refusal(400, 'The multipart request has no `operations` field.');
        if (mapped) throw new Refusal(400, `\`map\` names the file part \`${mapped.part}\`, which the request does not have.`);
        run(params);
      }),
    );
    parser.on('error', () => refuse(new Refusal(400, 'The multipart/form-data body could not be parsed.')));
    request.on('close', () => {
      if (!request.complete) operation.abort(new DOMException('The upload was cut off.', 'AbortError'));
    });
    request.pipe(parser);
  });
}
