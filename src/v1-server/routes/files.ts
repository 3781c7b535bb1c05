/**
 * The v1 Files API: upload (multipart/form-data, streamed into the store), list, get, delete and
 * download: the table's rows of `family: 'files'`. Not part of the Assistants beta, so served without
 * `OpenAI-Beta` (the router says so from the table, as it says the upload reads its own multipart body).
 */
import { Busboy } from '@fastify/busboy';
import type { BusboyFileStream, BusboyInstance } from '@fastify/busboy';
import { ApiError, invalidRequest } from '../errors.js';
import { FileIntake, checkFileType, checkPurpose, deleteFile, fileBytes, getFile } from '../files.js';
import { listPage } from '../pagination.js';
import type { Route, RouteContext } from '../router.js';
import { pathParam } from '../router.js';
import type { FileObject } from '../store/store.js';
import { ROOT } from '../store/store.js';
import { parsePageQuery } from '../validation.js';

/** Room for the multipart framing and the `purpose` field around the file's bytes. */
const MULTIPART_FRAMING_BYTES = 64 * 1024;

function tooLarge(maxFileBytes: number): ApiError {
  return new ApiError(413, `The file is too large: a file may have at most ${maxFileBytes} bytes.`, {
    param: 'file',
    code: 'file_too_large',
  });
}

/**
 * Reads a multipart upload: its `file` part goes to the store as it arrives (never whole in memory),
 * its `purpose` field may come before or after it (the openai SDK sends it after). Anything wrong
 * stops the reading, deletes what was written, and rejects; only a complete, valid upload becomes a file.
 */
function receiveUpload(ctx: RouteContext): Promise<FileObject> {
  const request = ctx.request;
  if (Number(request.headers['content-length'] ?? 0) > ctx.maxFileBytes + MULTIPART_FRAMING_BYTES) {
    return Promise.reject(tooLarge(ctx.maxFileBytes));
  }
  const contentType = request.headers['content-type'] ?? '';
  let parser: BusboyInstance;
  try {
    parser = Busboy({
      headers: { ...request.headers, 'content-type': contentType },
      limits: { files: 1, fileSize: ctx.maxFileBytes, fields: 8, fieldSize: 1024 },
    });
  } catch {
    return Promise.reject(invalidRequest(`Invalid 'Content-Type' (${contentType}): expected multipart/form-data.`, null, null));
  }

  return new Promise<FileObject>((resolve, reject) => {
    let purpose: string | undefined;
    let intake: FileIntake | undefined;
    let fileStream: BusboyFileStream | undefined;
    /** The file part's bytes going into the store; settles when they are all written, or it failed. */
    let receiving: Promise<void> = Promise.resolve();
    let failed = false;

    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      request.unpipe(parser);
      request.pause();
      fileStream?.destroy();
      // Pieces are deleted only once the last write is done, so none is written after.
      void receiving
        .catch(() => undefined)
        .then(() => intake?.discard())
        .then(() => reject(error), reject);
    };

    const finish = async (): Promise<FileObject> => {
      await receiving;
      if (intake === undefined) throw invalidRequest("Missing required parameter: 'file'.", 'file', 'missing_required_parameter');
      if (purpose === undefined) throw invalidRequest("Missing required parameter: 'purpose'.", 'purpose', 'missing_required_parameter');
      const checked = checkPurpose(purpose);
      checkFileType(intake.filename, checked);
      return intake.commit(checked, ctx.now());
    };

    parser.on('field', (name, value) => {
      if (name === 'purpose') purpose = value;
    });
    parser.on('file', (name, stream, filename) => {
      if (name !== 'file' || intake !== undefined || failed) {
        stream.resume();
        return;
      }
      fileStream = stream;
      let started: FileIntake;
      try {
        // Refused before its bytes are read when its type is wrong for every purpose, or the one given.
        const type = checkFileType(filename, purpose === undefined ? undefined : checkPurpose(purpose));
        started = new FileIntake(ctx.store, ctx.scope, filename, type, ctx.embeddings);
      } catch (error) {
        fail(error);
        return;
      }
      intake = started;
      stream.on('limit', () => fail(tooLarge(ctx.maxFileBytes)));
      receiving = (async () => {
        for await (const chunk of stream as AsyncIterable<Uint8Array>) await started.write(chunk);
      })();
      receiving.catch(fail);
    });
    parser.on('finish', () => {
      if (failed) return;
      finish().then(resolve, (error: unknown) => fail(error));
    });
    parser.on('error', () => fail(invalidRequest('The multipart/form-data body could not be parsed.', null, null)));
    // Cut off mid-body: nobody is left to answer, but what was written must go.
    request.on('close', () => {
      if (!request.complete) fail(new ApiError(400, 'The upload was cut off before it ended.'));
    });
    ctx.acceptBody();
    request.pipe(parser);
  });
}

export const fileRoutes: Route[] = [
  {
    operation: 'uploadFile',
    handler: async (ctx) => ({ body: await receiveUpload(ctx) }),
  },
  {
    operation: 'listFiles',
    handler: async (ctx) => {
      const query = parsePageQuery(ctx.query);
      const purpose = ctx.query.get('purpose') || undefined;
      return { body: await listPage(ctx.store.files.page(ctx.scope, ROOT, { ...query, purpose })) };
    },
  },
  {
    operation: 'getFile',
    handler: async (ctx) => ({ body: await getFile(ctx.store, ctx.scope, pathParam(ctx, 'file_id')) }),
  },
  {
    operation: 'deleteFile',
    handler: async (ctx) => {
      const fileId = pathParam(ctx, 'file_id');
      await ctx.store.transaction((tx) => deleteFile(tx, ctx.scope, fileId));
      return { body: { id: fileId, object: 'file', deleted: true } };
    },
  },
  {
    operation: 'getFileContent',
    handler: async (ctx) => {
      const file = await getFile(ctx.store, ctx.scope, pathParam(ctx, 'file_id'));
      if (file.purpose === 'assistants') {
        throw invalidRequest(`Not allowed to download files of purpose: ${file.purpose}`, null, null);
      }
      return { download: { filename: file.filename, bytes: file.bytes, content: fileBytes(ctx.store, ctx.scope, file.id) } };
    },
  },
];
