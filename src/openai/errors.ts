/**
 * Every failure of an upstream call, as one typed error. The GraphQL layer maps `kind` and
 * `status` to the contract's error codes; this module knows nothing of GraphQL.
 */
export type UpstreamErrorKind =
  /** The upstream answered with a non-2xx status (detail in `status`, `type`, `code`, `param`). */
  | 'http'
  /** No answer in time: connect, headers or body timeout, or the request's deadline. */
  | 'timeout'
  /** Could not reach the upstream: refused, reset, DNS. (A 5xx after retries stays `http` with its status.) */
  | 'unavailable'
  /** A 2xx answer whose body is not the JSON shape the spec promises. */
  | 'malformed'
  /** A stream that broke off before `done`, or an `error` event inside a stream. */
  | 'stream';

export interface UpstreamErrorDetail {
  kind: UpstreamErrorKind;
  message: string;
  status?: number | null;
  type?: string | null;
  code?: string | null;
  param?: string | null;
  requestId?: string | null;
  /** Seconds the upstream asked us to wait (`retry-after-ms` / `retry-after`), when it said. */
  retryAfterSeconds?: number | null;
}

export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly status: number | null;
  readonly type: string | null;
  readonly code: string | null;
  readonly param: string | null;
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(detail: UpstreamErrorDetail, options?: { cause?: unknown }) {
    super(detail.message, options);
    this.name = 'UpstreamError';
    this.kind = detail.kind;
    this.status = detail.status ?? null;
    this.type = detail.type ?? null;
    this.code = detail.code ?? null;
    this.param = detail.param ?? null;
    this.requestId = detail.requestId ?? null;
    this.retryAfterSeconds = detail.retryAfterSeconds ?? null;
  }
}
