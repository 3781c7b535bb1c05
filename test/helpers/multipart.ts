/**
 * GraphQL multipart requests (the GraphQL multipart request spec) as a client sends them, the
 * file's bytes streamed from any async source: `operations`, `map`, then the file part.
 */
import { Readable } from 'node:stream';
import { request } from 'undici';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { GraphQLResponse } from './gql-client.js';
import { TEST_KEY } from './gql-client.js';

export interface UploadRequest {
  /** The file's bytes: whole, or as they come. */
  content: Uint8Array | AsyncIterable<Uint8Array>;
  filename: string;
  /** `variables` of the operation; the file goes at `variables.input.file` unless `map` says otherwise. */
  variables: Record<string, unknown>;
  /** Sent as `Authorization: Bearer <apiKey>`; default the harness key; null: none. */
  apiKey?: string | null;
  headers?: Record<string, string>;
  /** The fields of `operations` besides `variables`; default `{ query: <the document> }` (e.g. a trusted document's hash instead). */
  operations?: Record<string, unknown>;
  /** The `map` field as sent; default `{"0":["variables.input.file"]}`. */
  map?: unknown;
  /** Declares the body's length (the content must then be whole); otherwise it is sent chunked. */
  contentLength?: boolean;
}

export interface UploadAnswer<T> extends GraphQLResponse<T> {
  headers: Record<string, string | string[] | undefined>;
}

const BOUNDARY = '----test-multipart-boundary';
const encoder = new TextEncoder();

function field(name: string, value: string): Uint8Array {
  return encoder.encode(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
}

/** Posts a multipart request to the facade's `/graphql` and returns its JSON answer. */
export async function postUpload<TResult, TVariables>(
  facadeUrl: string,
  document: DocumentTypeDecoration<TResult, TVariables> | string,
  upload: UploadRequest,
): Promise<UploadAnswer<TResult>> {
  const head = [
    field('operations', JSON.stringify({ ...(upload.operations ?? { query: document.toString() }), variables: upload.variables })),
    field('map', JSON.stringify(upload.map ?? { 0: ['variables.input.file'] })),
    encoder.encode(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="0"; filename="${upload.filename}"\r\ncontent-type: text/plain\r\n\r\n`),
  ];
  const tail = encoder.encode(`\r\n--${BOUNDARY}--\r\n`);
  const content = upload.content;
  async function* body(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (content instanceof Uint8Array) yield content;
    else yield* content;
    yield tail;
  }
  let length: number | undefined;
  if (upload.contentLength) {
    if (!(content instanceof Uint8Array)) throw new Error('A declared length needs the whole content.');
    length = [...head, content, tail].reduce((sum, part) => sum + part.length, 0);
  }
  const apiKey = upload.apiKey === undefined ? TEST_KEY : upload.apiKey;
  const response = await request(`${facadeUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      accept: 'application/graphql-response+json, application/json',
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      ...(length === undefined ? {} : { 'content-length': String(length) }),
      ...upload.headers,
    },
    body: Readable.from(body(), { objectMode: false }),
  });
  const answer = (await response.body.json()) as Omit<GraphQLResponse<TResult>, 'status'>;
  return { status: response.statusCode, headers: response.headers, ...answer };
}
