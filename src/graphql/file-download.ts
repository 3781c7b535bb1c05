/**
 * The download route's address, `/files/{File ID}/content`: how `File.downloadUrl` writes it and how
 * the route (src/downloads.ts) reads it. A file reached through a link carries that link as `via`
 * (an Assistant or Message global ID), which a `jwt` view checks before it lets a user download a
 * file of another user's.
 */
import type { FileReference } from '../openai/api.js';
import { ASSISTANT, FILE, MESSAGE } from './identity.js';
import type { FileInView } from './identity.js';
import { GlobalIdError, nodeTypeOf } from './global-id.js';

const CONTENT_PATH = /^\/files\/([^/]+)\/content$/;

/** The relative address of a file's bytes. */
export function downloadUrlOf(file: FileInView): string {
  const path = `/files/${encodeURIComponent(FILE.globalId({ id: file.id }))}/content`;
  if (!file.via) return path;
  const via = 'assistantId' in file.via ? ASSISTANT.globalId({ id: file.via.assistantId }) : MESSAGE.globalId({ threadId: file.via.threadId, id: file.via.messageId });
  return `${path}?via=${encodeURIComponent(via)}`;
}

/** Whether a path is the download route's. */
export function isDownloadPath(path: string): boolean {
  return CONTENT_PATH.test(path);
}

/** The file (a File global ID or a raw `file-…` id) and the link a download names; throws `GlobalIdError`. */
export function downloadTargetOf(path: string, search: URLSearchParams): { fileId: string; via?: FileReference } {
  const segment = CONTENT_PATH.exec(path)?.[1] ?? '';
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    id = segment;
  }
  const fileId = FILE.decode(id, 'id', { raw: true }).id;
  const via = search.get('via');
  if (via === null) return { fileId };
  if (nodeTypeOf(via)?.typename === 'Assistant') return { fileId, via: { assistantId: ASSISTANT.decode(via, 'via').id } };
  if (nodeTypeOf(via)?.typename === 'Message') {
    const message = MESSAGE.decode(via, 'via');
    return { fileId, via: { threadId: message.threadId, messageId: message.id } };
  }
  throw new GlobalIdError(`\`via\` must be an Assistant or Message ID, but got ${JSON.stringify(via)}.`, 'via');
}
