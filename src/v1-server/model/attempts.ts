/**
 * One attempt of a call to a model server (chat completions, embeddings), and how it failed: the
 * classification both clients share, so a 429, a 5xx, a timeout or a refused connection is retried
 * (or not) the same way whichever endpoint answered.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { errorCode } from '../../http/answers.js';
import { retryAfterMs } from '../../http/retry.js';
import { ModelError } from './model.js';
import type { ModelErrorCode } from './model.js';

/** One failed attempt: whether another may follow, and how long the server asked to wait first. */
export class AttemptFailure extends Error {
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  toModelError(attempts: number): ModelError {
    return new ModelError(this.code, attempts > 1 ? `${this.message} (${attempts} attempts)` : this.message);
  }
}

/** The request got no answer: `server` (e.g. `The model server`) timed out or could not be reached. Retryable. */
export function unanswered(server: string, err: unknown, headersTimeoutMs: number): AttemptFailure {
  const code = errorCode(err);
  const message =
    code === 'UND_ERR_HEADERS_TIMEOUT'
      ? `${server} did not answer within ${headersTimeoutMs} ms.`
      : `${server} could not be reached${code === undefined ? '' : ` (${code})`}.`;
  return new AttemptFailure('server_error', message, true);
}

/** An HTTP error answer, said as `message`: a 429 and a 5xx may be retried, after the wait the server asks for. */
export function refused(statusCode: number, headers: IncomingHttpHeaders, message: string): AttemptFailure {
  if (statusCode === 429) return new AttemptFailure('rate_limit_exceeded', message, true, retryAfterMs(headers));
  const retryable = statusCode >= 500;
  return new AttemptFailure('server_error', message, retryable, retryable ? retryAfterMs(headers) : null);
}
