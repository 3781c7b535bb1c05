/**
 * Reading HTTP answers and transport errors, for both outbound clients: the REST client
 * (`src/openai`) and the v1 server's model client (`src/v1-server/model`).
 */
import { STATUS_CODES } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Drops a response body: destroying it frees or closes its socket; an error it raises then is expected. */
export function destroyQuietly(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** The error's `code`, or that of its causes (undici wraps socket errors; a few levels, as chains can be cyclic). */
export function errorCode(err: unknown): string | undefined {
  let current = err;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string') return code;
    current = Reflect.get(current, 'cause');
  }
  return undefined;
}

/** The text with every secret in it replaced: servers echo keys back in their error messages. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join('[REDACTED]');
  }
  return out;
}

/** What an error body says, in OpenAI's terms; any field may be missing. */
export interface ErrorFields {
  message: string | null;
  type: string | null;
  code: string | null;
  param: string | null;
}

/** Server text quoted in an error message is cut to this, so a whole HTML page does not end up in one. */
export const QUOTED_TEXT_CHARS = 200;

function stringOrNull(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message of a FastAPI-style `detail`: a string, or a list of `{msg}` objects. */
function detailMessage(detail: unknown): string | null {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    const first: unknown = detail[0];
    if (isRecord(first) && typeof first.msg === 'string') return first.msg;
  }
  return detail === undefined ? null : JSON.stringify(detail).slice(0, QUOTED_TEXT_CHARS);
}

/**
 * Reads the error body shapes seen in the wild: `{error:{…}}`, `{error:"…"}`, a bare
 * `{message, type, code}` or `{detail}`; null when `json` is none of them.
 */
export function errorFields(json: unknown): ErrorFields | null {
  if (!isRecord(json)) return null;
  const source = isRecord(json.error) ? json.error : json;
  const message =
    stringOrNull(source.message) ??
    (typeof json.error === 'string' ? json.error : null) ??
    ('detail' in json ? detailMessage(json.detail) : null);
  const fields = {
    message,
    type: stringOrNull(source.type),
    code: stringOrNull(source.code),
    param: stringOrNull(source.param),
  };
  return Object.values(fields).some((v) => v !== null) ? fields : null;
}

/** What an error answer says: its error body's message, else its text, else the status's name. */
export function errorMessageOf(statusCode: number, text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null; // not JSON: an excerpt of the text says more than nothing
  }
  return errorFields(json)?.message ?? (text.trim() === '' ? (STATUS_CODES[statusCode] ?? 'no message') : text);
}

/** Server text for an error message: short, on one line, and without the secrets (some servers echo keys back). */
export function excerpt(text: string, secrets: readonly string[]): string {
  const short = text.trim().replace(/\s+/g, ' ');
  const redacted = redact(short, secrets);
  return redacted.length > QUOTED_TEXT_CHARS ? `${redacted.slice(0, QUOTED_TEXT_CHARS)}…` : redacted;
}
