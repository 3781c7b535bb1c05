/**
 * The download route's address, `/files/{File ID}/content`: how `File.downloadUrl` writes it and how
 * the route (src/downloads.ts) reads it. A file reached through a link carries that link as `via`
 * (an Assistant, Message or RunStep global ID), which a `jwt` view checks before it lets a user
 * download a file of another user's.
 */
import type { FileReference } from '../openai/api.js';
import { ASSISTANT, FILE, MESSAGE, RUN_STEP } from './identity.js';
import type { FileInView } from './identity.js';
import { GlobalIdError, nodeTypeOf } from './global-id.js';

const CONTENT_PATH = /^\/files\/([^/]+)\/content$/;

/** The relative address of a file's bytes. */
export function downloadUrlOf(file: FileInView): string {
  const path = `/files/${encodeURIComponent(FILE.globalId({ id: file.id }))}/content`;
  if (!file.via) return path;
  return `${path}?via=${encodeURIComponent(globalIdOf(file.via))}`;
}

/** The global ID of the object a link goes through. */
function globalIdOf(via: FileReference): string {
  if ('assistantId' in via) return ASSISTANT.globalId({ id: via.assistantId });
  if ('stepId' in via) return RUN_STEP.globalId({ threadId: via.threadId, runId: via.runId, id: via.stepId });
  return MESSAGE.globalId({ threadId: via.threadId, id: via.messageId });
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
  if (nodeTypeOf(via)?.typename === 'RunStep') {
    const step = RUN_STEP.decode(via, 'via');
    return { fileId, via: { threadId: step.threadId, runId: step.runId, stepId: step.id } };
  }
  throw new GlobalIdError(`\`via\` must be an Assistant, Message or RunStep ID, but got ${JSON.stringify(via)}.`, 'via');
}
