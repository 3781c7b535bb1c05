/**
 * Cursor pagination as upstream does it (semantics §2). Objects are sorted by `created_at`; ties
 * keep insertion order (the store lists in insertion order and the sort is stable), and `desc` is
 * the exact reverse of `asc`, so the hidden tiebreak is the same in both directions.
 */
import type { ListPage } from '../openai/schemas.js';
import { invalidRequest } from './errors.js';

export interface ListQuery {
  limit: number;
  order: 'asc' | 'desc';
  after?: string;
  before?: string;
}

function cursorIndex(ordered: ReadonlyArray<{ id: string }>, id: string, param: 'after' | 'before'): number {
  const index = ordered.findIndex((item) => item.id === id);
  if (index < 0) {
    throw invalidRequest(`Invalid '${param}': no object with id '${id}' was found in this list.`, param, 'invalid_value');
  }
  return index;
}

/**
 * One page of `items` (given in insertion order).
 * - `after=X`: up to `limit` items strictly after X in the requested order.
 * - `before=X`: the `limit` items immediately preceding X in the requested order, still in that
 *   order; `has_more` says more items exist further back.
 * Both together bound the window on each side.
 */
export function paginate<T extends { id: string; created_at: number }>(items: readonly T[], query: ListQuery): ListPage<T> {
  const ascending = [...items].sort((a, b) => a.created_at - b.created_at);
  const ordered = query.order === 'asc' ? ascending : ascending.reverse();
  const start = query.after === undefined ? 0 : cursorIndex(ordered, query.after, 'after') + 1;
  const end = query.before === undefined ? ordered.length : cursorIndex(ordered, query.before, 'before');
  let data: T[];
  let hasMore: boolean;
  if (query.before !== undefined) {
    const from = Math.max(start, end - query.limit);
    data = ordered.slice(from, end);
    hasMore = from > start;
  } else {
    data = ordered.slice(start, Math.min(end, start + query.limit));
    hasMore = start + query.limit < end;
  }
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data[data.length - 1]?.id ?? null,
    has_more: hasMore,
  };
}
