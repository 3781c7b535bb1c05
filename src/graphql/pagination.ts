/**
 * Relay connection arguments mapped onto the upstream's `limit/order/after` cursors (a page is
 * `limit` objects after a cursor, in the asked order). The facade never sends the upstream `before`,
 * whose meaning servers disagree on: backward pages ask in the flipped order with `after` and
 * reverse the result, so the edges keep the connection's order.
 */
import type { SortOrder } from '../openai/api.js';
import { LIMITS, UPSTREAM_ID } from '../v1/requests.js';
import type { ListPage } from '../v1/schemas.js';
import { badUserInput } from './errors.js';

export const MAX_PAGE_SIZE = LIMITS.maxPageSize;
export const DEFAULT_PAGE_SIZE = LIMITS.defaultPageSize;
/** A window between two cursors is walked page by page; this bounds the upstream calls. */
const MAX_WINDOW_PAGES = 10;

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** Which list a cursor belongs to: the connection's name and its parent (e.g. a thread id). */
export interface ConnectionScope {
  name: string;
  parentId?: string;
  order: SortOrder;
}

export interface UpstreamPageRequest {
  limit: number;
  order: SortOrder;
  after?: string;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const CURSOR_VERSION = 'c1';

function scopeKey(scope: ConnectionScope): string {
  return `${scope.name}/${scope.parentId ?? ''}/${scope.order}`;
}

export function encodeCursor(scope: ConnectionScope, id: string): string {
  return Buffer.from(`${CURSOR_VERSION}|${scopeKey(scope)}|${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, scope: ConnectionScope, argument: string): string {
  const [version, key, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (version !== CURSOR_VERSION || !id || rest.length > 0 || !UPSTREAM_ID.test(id)) {
    throw badUserInput(`Invalid cursor for \`${argument}\`: it is not a cursor this API issued.`, argument);
  }
  if (key !== scopeKey(scope)) {
    throw badUserInput(
      `The cursor given as \`${argument}\` belongs to another connection or order; cursors only work in the connection and order that issued them.`,
      argument,
    );
  }
  return id;
}

function checkCount(value: number | null | undefined, argument: 'first' | 'last'): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < LIMITS.minPageSize || value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${argument}\` must be between ${LIMITS.minPageSize} and ${MAX_PAGE_SIZE}, but got ${value}.`, argument);
  }
  return value;
}

function flip(order: SortOrder): SortOrder {
  return order === 'asc' ? 'desc' : 'asc';
}

/**
 * Resolves one connection page. `fetchPage` is one upstream list call; it is called once for
 * every argument combination except a window between two cursors, which walks forward from
 * `after` until it meets `before`.
 */
export async function resolveConnection<T extends { id: string }>(
  args: ConnectionArgs,
  scope: ConnectionScope,
  fetchPage: (request: UpstreamPageRequest) => Promise<ListPage<T>>,
): Promise<Connection<T>> {
  const first = checkCount(args.first, 'first');
  const last = checkCount(args.last, 'last');
  if (first !== undefined && last !== undefined) {
    throw badUserInput('Give `first` or `last`, not both.', 'last');
  }
  const after = args.after ? decodeCursor(args.after, scope, 'after') : undefined;
  const before = args.before ? decodeCursor(args.before, scope, 'before') : undefined;
  const toConnection = (items: T[], hasPreviousPage: boolean, hasNextPage: boolean): Connection<T> => {
    const edges = items.map((node) => ({ cursor: encodeCursor(scope, node.id), node }));
    return {
      edges,
      pageInfo: {
        hasPreviousPage,
        hasNextPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  };

  if (after !== undefined && before !== undefined) {
    const window = await walkWindow(scope.order, after, before, fetchPage);
    if (last !== undefined) {
      return toConnection(window.items.slice(-last), window.items.length > last, true);
    }
    const size = first ?? DEFAULT_PAGE_SIZE;
    return toConnection(window.items.slice(0, size), true, window.items.length > size || window.reachedBefore);
  }

  if (last !== undefined) {
    // Backward: the `last` items before `before` (or at the end) are the first ones in the flipped order.
    const page = await fetchPage({ limit: last, order: flip(scope.order), ...(before ? { after: before } : {}) });
    const [items] = cutAt(page.data, after);
    return toConnection(items.reverse(), after !== undefined || page.has_more, before !== undefined);
  }

  const size = first ?? DEFAULT_PAGE_SIZE;
  const page = await fetchPage({ limit: size, order: scope.order, ...(after ? { after } : {}) });
  const [items] = cutAt(page.data, before);
  return toConnection(items, after !== undefined, before !== undefined || page.has_more);
}

/** The items before `cursorId`, and whether the cursor was among them. */
function cutAt<T extends { id: string }>(items: T[], cursorId: string | undefined): [T[], boolean] {
  if (cursorId === undefined) return [items, false];
  const index = items.findIndex((item) => item.id === cursorId);
  return index === -1 ? [items, false] : [items.slice(0, index), true];
}

async function walkWindow<T extends { id: string }>(
  order: SortOrder,
  after: string,
  before: string,
  fetchPage: (request: UpstreamPageRequest) => Promise<ListPage<T>>,
): Promise<{ items: T[]; reachedBefore: boolean }> {
  const items: T[] = [];
  let cursor = after;
  for (let pages = 0; pages < MAX_WINDOW_PAGES; pages += 1) {
    const page = await fetchPage({ limit: MAX_PAGE_SIZE, order, after: cursor });
    const [inWindow, reachedBefore] = cutAt(page.data, before);
    items.push(...inWindow);
    const lastItem = page.data.at(-1);
    if (reachedBefore || !page.has_more || !lastItem) return { items, reachedBefore };
    cursor = lastItem.id;
  }
  throw badUserInput(
    `The window between \`after\` and \`before\` holds more than ${MAX_WINDOW_PAGES * MAX_PAGE_SIZE} items; page with \`first\`/\`after\` instead.`,
    'before',
  );
}
