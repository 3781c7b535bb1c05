import { randomInt, randomBytes } from 'node:crypto';
import { REQUEST_ID } from '../v1/requests.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random alphanumeric string, as in upstream ids such as `asst_abc123…`. */
function randomAlphanumeric(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** `vs` and `vsfb`: vector stores and their file batches (Assistants v2). */
export type IdPrefix = 'asst' | 'thread' | 'msg' | 'run' | 'step' | 'call' | 'vs' | 'vsfb';

/** An object id with its real upstream prefix and 24 random alphanumerics. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomAlphanumeric(24)}`;
}

/** A file id as upstream makes them: `file-` and 24 random alphanumerics (no underscore). */
export function newFileId(): string {
  return `file-${randomAlphanumeric(24)}`;
}

/** The caller's request id when it is a valid one; else a new one, as upstream makes them. */
export function requestIdOf(given: string | undefined): string {
  return given !== undefined && REQUEST_ID.test(given) ? given : `req_${randomBytes(16).toString('hex')}`;
}
