/** What every store's `objects` rows share: which table a row belongs to, and its place in list order. */

/** The value of `objects.kind` for each table; stored, so never rename one. */
export type Kind =
  | 'assistant'
  | 'thread'
  | 'message'
  | 'run'
  | 'step'
  | 'assistant_file'
  | 'message_file'
  | 'pending_usage'
  | 'file'
  | 'hosted_calls'
  | 'v2_settings'
  | 'vector_store'
  | 'vector_store_file'
  | 'vector_store_file_batch';

/** A row's place in list order, `(created_at, seq)`. */
export type Position = readonly [createdAt: number, seq: number];
/** Bounds that no real position reaches, for a page without `after` or `before`. */
export const FIRST: Position = [Number.MIN_SAFE_INTEGER, 0];
export const LAST: Position = [Number.MAX_SAFE_INTEGER, 0];
