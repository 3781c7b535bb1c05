/**
 * The download route, `GET /files/{File ID or raw file-… id}/content` (`File.downloadUrl`): the
 * file's bytes streamed from the upstream as they come, with the caller's credentials and view (in
 * `jwt` mode, only the user's own files, or one a link of theirs names: see file-download.ts).
 * Upstream refusals keep their HTTP status, with a JSON body in the GraphQL error shape.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { uploadedFilename, withoutFilenameOwnerTag } from './auth/owned-api.js';
import { corsHeaders, sendError } from './cross-origin.js';
import { chunksOf } from './http/web-streams.js';
import type { AssistantsApi } from './openai/api.js';
import { UpstreamError } from './openai/errors.js';
import { fromUpstreamError } from './graphql/errors.js';
import { downloadTargetOf } from './graphql/file-download.js';
import { GlobalIdError } from './graphql/global-id.js';

/** The HTTP status of a failure: the upstream's own when it answered, else what a gateway says. */
function statusOf(error: UpstreamError): number {
  if (error.kind === 'http') return error.status ?? 502;
  return error.kind === 'timeout' ? 504 : 502;
}

/** Only printable ASCII, `"` and `\` aside: the plain `filename` a client without RFC 8187 shows. */
function asciiFallback(filename: string): string {
  return filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** `attachment` with the filename, safe for any name: an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187). */
export function contentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback(filename)}"; filename*=UTF-8''${encoded}`;
}

export interface DownloadRequest {
  request: IncomingMessage;
  response: ServerResponse;
  /** The caller's view of the upstream, aborted when the client goes away. */
  api: AssistantsApi;
  corsOrigins: readonly string[];
  /** Told of a failure that is not the caller's or the upstream's (a bug): answered as a masked 500. */
  onUnexpected: (error: unknown) => void;
}

/** Answers a `GET` of the download route for an authenticated caller. */
export async function answerDownload({ request, response, api, corsOrigins, onUnexpected }: DownloadRequest): Promise<void> {
  const cors = corsHeaders(request, corsOrigins);
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendError(response, 405, 'Download a file with GET.', { code: 'BAD_REQUEST' }, { ...cors, allow: 'GET, HEAD' });
  }
  try {
    const { fileId, via } = downloadTargetOf(url.pathname, url.searchParams);
    // The file first: its name for the answer, and (jwt mode) whether the caller may read it.
    const file = await api.getFile(fileId, via);
    const content = await api.getFileContent(fileId, via);
    response.writeHead(200, {
      ...cors,
      'content-type': content.contentType ?? 'application/octet-stream',
      ...(content.contentLength === null ? {} : { 'content-length': String(content.contentLength) }),
      'content-disposition': contentDisposition(uploadedFilename(withoutFilenameOwnerTag(file.filename))),
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      await content.body.cancel();
      response.end();
      return;
    }
    // A client that goes away ends the pipeline, and with it the upstream read.
    await pipeline(Readable.from(chunksOf(content.body)), response).catch(() => response.destroy());
  } catch (error) {
    // The client went away (its signal aborted the upstream calls): nobody to answer.
    if (response.destroyed) return;
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (error instanceof GlobalIdError) return sendError(response, 400, error.message, { code: 'BAD_USER_INPUT', field: error.argument }, cors);
    if (error instanceof UpstreamError) {
      const mapped = fromUpstreamError(error);
      return sendError(response, statusOf(error), mapped.message, mapped.extensions, cors);
    }
    onUnexpected(error);
    sendError(response, 500, 'Unexpected error.', { code: 'INTERNAL_SERVER_ERROR' }, cors);
  }
}
