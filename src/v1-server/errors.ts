/**
 * Errors the v1 server answers with, in OpenAI's envelope
 * `{"error":{"message","type","param","code"}}`.
 */
export interface ErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly param: string | null;
  readonly code: string | null;

  constructor(status: number, message: string, options: { type?: string; param?: string | null; code?: string | null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.type = options.type ?? 'invalid_request_error';
    this.param = options.param ?? null;
    this.code = options.code ?? null;
  }

  toBody(): { error: ErrorBody } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export type ObjectKind = 'assistant' | 'thread' | 'message' | 'run' | 'step' | 'file';

export function notFound(kind: ObjectKind, id: string): ApiError {
  return new ApiError(404, `No ${kind} found with id '${id}'.`);
}

/** A 400 `invalid_request_error` naming the offending parameter. */
export function invalidRequest(message: string, param: string | null, code: string | null): ApiError {
  return new ApiError(400, message, { param, code });
}

/** A 400 for acting on an object in the wrong state: upstream sends these with `code: null`. */
export function wrongState(message: string): ApiError {
  return new ApiError(400, message);
}
