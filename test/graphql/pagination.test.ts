/**
 * Relay connections over the upstream's cursor lists (semantics §2), checked against the REST order
 * for the same data. The objects are created in a burst, so most share `created_at` and the order
 * depends on the upstream's hidden tiebreak: the facade must keep it, never re-sort.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startHarness } from '../helpers/harness.js';
import type { GraphQLResponse, Harness } from '../helpers/harness.js';
import { defined } from '../helpers/kit.js';
import { graphql } from './generated/gql.js';
import type { PaginationAssistantsQuery, PaginationAssistantsQueryVariables, PaginationMessagesQuery } from './generated/graphql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ v1Server: { stepDelayMs: 5 } });
});
afterAll(() => harness.close());

/** Each scenario works in its own key's scope, so the lists hold exactly what it created. */
const KEY = 'sk-test-pagination-main';
const EMPTY_KEY = 'sk-test-pagination-empty';

type Order = 'ASC' | 'DESC';

type PageArgs = PaginationAssistantsQueryVariables;

interface Page {
  ids: string[];
  cursors: string[];
  nodes: string[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

type RawConnection = PaginationAssistantsQuery['assistants'];

const ASSISTANTS = graphql(`
  query PaginationAssistants($first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {
    assistants(first: $first, after: $after, last: $last, before: $before, order: $order) {
      edges { cursor node { openaiId } } nodes { openaiId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const MESSAGES = graphql(`
  query PaginationMessages($thread: ID!, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {
    thread(id: $thread) {
      messages(first: $first, after: $after, last: $last, before: $before, order: $order) {
        edges { cursor node { openaiId } } nodes { openaiId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

function toPage(connection: RawConnection): Page {
  return {
    ids: connection.edges.map((edge) => edge.node.openaiId),
    cursors: connection.edges.map((edge) => edge.cursor),
    nodes: connection.nodes.map((node) => node.openaiId),
    pageInfo: connection.pageInfo,
  };
}

function firstError(response: GraphQLResponse<unknown>): NonNullable<GraphQLResponse['errors']>[number] {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response)}`);
  return error;
}

async function assistantsRaw(args: PageArgs, key = KEY): Promise<GraphQLResponse<PaginationAssistantsQuery>> {
  return harness.gql(ASSISTANTS, { ...args }, { apiKey: key });
}

/** One page of `assistants`, asserting it cost exactly one upstream list call. */
async function assistantsPage(args: PageArgs, key = KEY): Promise<Page> {
  harness.v1Server.stats.reset();
  const page = toPage(dataOf(await assistantsRaw(args, key)).assistants);
  const requests = harness.v1Server.stats.requests;
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatchObject({ method: 'GET', path: '/v1/assistants' });
  expect(new URLSearchParams(requests[0]?.query).has('before')).toBe(false);
  expect(page.nodes).toEqual(page.ids);
  return page;
}

let threadId = '';
async function messagesRaw(args: PageArgs, thread = threadId): Promise<GraphQLResponse<PaginationMessagesQuery>> {
  return harness.gql(MESSAGES, { thread, ...args }, { apiKey: KEY });
}

/** The thread's messages connection of a response, failing when the thread is missing. */
function messagesOf(response: GraphQLResponse<PaginationMessagesQuery>): RawConnection {
  return defined(dataOf(response).thread, 'the thread').messages;
}

async function messagesPage(args: PageArgs): Promise<Page> {
  harness.v1Server.stats.reset();
  const page = toPage(messagesOf(await messagesRaw(args)));
  const lists = harness.v1Server.stats.requests.filter((request) => request.path.endsWith('/messages'));
  expect(lists).toHaveLength(1);
  expect(new URLSearchParams(lists[0]?.query).has('before')).toBe(false);
  return page;
}

async function restIds(path: string, order: 'asc' | 'desc'): Promise<string[]> {
  const response = await fetch(`${harness.v1Server.url}${path}?order=${order}&limit=100`, {
    headers: { authorization: `Bearer ${KEY}`, 'openai-beta': 'assistants=v1' },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { id: string }[]; has_more: boolean };
  expect(body.has_more).toBe(false);
  return body.data.map((item) => item.id);
}

const COUNT = 7;
const rest: Record<'assistants' | 'messages', Record<Order, string[]>> = {
  assistants: { ASC: [], DESC: [] },
  messages: { ASC: [], DESC: [] },
};

beforeAll(async () => {
  for (let i = 0; i < COUNT; i += 1) {
    dataOf(
      await harness.gql(graphql(`mutation PaginationCreateAssistant($n: String) { createAssistant(input: {model: "gpt-4", name: $n}) { assistant { id } } }`), { n: `p${i}` }, { apiKey: KEY }),
    );
  }
  const thread = dataOf(
    await harness.gql(
      graphql(`mutation PaginationCreateThread($m: [MessageInput!]) { createThread(input: {messages: $m}) { thread { id openaiId } } }`),
      { m: Array.from({ length: COUNT }, (_, i) => ({ content: `m${i}` })) },
      { apiKey: KEY },
    ),
  ).createThread.thread;
  threadId = thread.id;
  rest.assistants.ASC = await restIds('/assistants', 'asc');
  rest.assistants.DESC = await restIds('/assistants', 'desc');
  rest.messages.ASC = await restIds(`/threads/${thread.openaiId}/messages`, 'asc');
  rest.messages.DESC = await restIds(`/threads/${thread.openaiId}/messages`, 'desc');
});

/** A connection page by its arguments, without the one-request check (a window may walk several pages). */
async function connection(which: 'assistants' | 'messages', args: PageArgs): Promise<RawConnection> {
  return which === 'assistants' ? dataOf(await assistantsRaw(args)).assistants : messagesOf(await messagesRaw(args));
}

function idsOf(which: 'assistants' | 'messages', order: Order): string[] {
  return rest[which][order];
}

describe('the REST fixtures', () => {
  it('hold 7 distinct objects per list, DESC the reverse of ASC', () => {
    for (const which of ['assistants', 'messages'] as const) {
      expect(idsOf(which, 'ASC')).toHaveLength(COUNT);
      expect(new Set(idsOf(which, 'ASC')).size).toBe(COUNT);
      expect(idsOf(which, 'DESC')).toEqual([...idsOf(which, 'ASC')].reverse());
    }
  });
});

for (const which of ['assistants', 'messages'] as const) {
  const page = which === 'assistants' ? assistantsPage : messagesPage;

  describe(`${which}: forward pages`, () => {
    it('defaults to DESC, the upstream order, and to 20 items', async () => {
      const result = await page({});
      expect(result.ids).toEqual(idsOf(which, 'DESC'));
      expect(result.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: result.cursors[0],
        endCursor: result.cursors.at(-1),
      });
      const query = new URLSearchParams(harness.v1Server.stats.requests.at(-1)?.query);
      expect(query.get('limit') ?? '20').toBe('20');
    });

    for (const order of ['ASC', 'DESC'] as const) {
      it(`first: 3 (${order}) is the first 3 in REST order; has_more becomes hasNextPage`, async () => {
        const result = await page({ first: 3, order });
        expect(result.ids).toEqual(idsOf(which, order).slice(0, 3));
        expect(result.pageInfo.hasNextPage).toBe(true);
        expect(result.pageInfo.hasPreviousPage).toBe(false);
        expect(result.pageInfo.startCursor).toBe(result.cursors[0]);
        expect(result.pageInfo.endCursor).toBe(result.cursors[2]);
        const query = new URLSearchParams(harness.v1Server.stats.requests.at(-1)?.query);
        expect(query.get('limit')).toBe('3');
        expect(query.get('order')).toBe(order.toLowerCase());
      });

      it(`first/after walks to the end (${order}) with no gaps or duplicates, in REST order`, async () => {
        const seen: string[] = [];
        let after: string | undefined;
        let pages = 0;
        for (;;) {
          const result = await page({ first: 3, order, ...(after ? { after } : {}) });
          pages += 1;
          seen.push(...result.ids);
          expect(result.pageInfo.hasPreviousPage).toBe(after !== undefined);
          if (after !== undefined) {
            const query = new URLSearchParams(harness.v1Server.stats.requests.at(-1)?.query);
            expect(query.get('after')).toBe(seen[seen.length - result.ids.length - 1]);
          }
          if (!result.pageInfo.hasNextPage) break;
          after = result.pageInfo.endCursor ?? undefined;
          expect(after).toBeTruthy();
          expect(pages).toBeLessThan(10);
        }
        expect(pages).toBe(3);
        expect(seen).toEqual(idsOf(which, order));
      });

      it(`last: 3 alone (${order}) is the last 3 in connection order`, async () => {
        const result = await page({ last: 3, order });
        expect(result.ids).toEqual(idsOf(which, order).slice(-3));
        expect(result.pageInfo.hasPreviousPage).toBe(true);
        expect(result.pageInfo.hasNextPage).toBe(false);
        expect(result.pageInfo.startCursor).toBe(result.cursors[0]);
        expect(result.pageInfo.endCursor).toBe(result.cursors[2]);
        const query = new URLSearchParams(harness.v1Server.stats.requests.at(-1)?.query);
        expect(query.get('order')).toBe(order === 'ASC' ? 'desc' : 'asc');
        expect(query.get('limit')).toBe('3');
      });

      it(`last/before walks backward to the start (${order})`, async () => {
        const pages: string[][] = [];
        let before: string | undefined;
        for (let i = 0; i < 10; i += 1) {
          const result = await page({ last: 3, order, ...(before ? { before } : {}) });
          pages.unshift(result.ids);
          expect(result.pageInfo.hasNextPage).toBe(before !== undefined);
          if (!result.pageInfo.hasPreviousPage) break;
          before = result.pageInfo.startCursor ?? undefined;
          expect(before).toBeTruthy();
        }
        expect(pages).toHaveLength(3);
        expect(pages.flat()).toEqual(idsOf(which, order));
        expect(pages[0]).toEqual(idsOf(which, order).slice(0, 1));
      });

      it(`a cursor from the middle gives the same neighbours as REST (${order})`, async () => {
        const all = await page({ first: COUNT, order });
        expect(all.ids).toEqual(idsOf(which, order));
        expect(all.pageInfo.hasNextPage).toBe(false);
        const cursorOf3 = all.cursors[3] ?? '';
        const after = await page({ first: 2, after: cursorOf3, order });
        expect(after.ids).toEqual(idsOf(which, order).slice(4, 6));
        expect(after.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
        const before = await page({ last: 2, before: cursorOf3, order });
        expect(before.ids).toEqual(idsOf(which, order).slice(1, 3));
        expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      });

      it(`first/before is the start of the prefix before the cursor (${order})`, async () => {
        const all = await page({ first: COUNT, order });
        const small = await page({ first: 2, before: all.cursors[4] ?? '', order });
        expect(small.ids).toEqual(idsOf(which, order).slice(0, 2));
        expect(small.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
        const cut = await page({ first: 5, before: all.cursors[2] ?? '', order });
        expect(cut.ids).toEqual(idsOf(which, order).slice(0, 2));
        expect(cut.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      });

      it(`last/after is the end of the suffix after the cursor (${order})`, async () => {
        const all = await page({ first: COUNT, order });
        const small = await page({ last: 2, after: all.cursors[2] ?? '', order });
        expect(small.ids).toEqual(idsOf(which, order).slice(5));
        expect(small.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
        const cut = await page({ last: 5, after: all.cursors[4] ?? '', order });
        expect(cut.ids).toEqual(idsOf(which, order).slice(5));
        expect(cut.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      });

      it(`after+before is the window between the cursors (${order})`, async () => {
        const all = await page({ first: COUNT, order });
        const after = all.cursors[1] ?? '';
        const before = all.cursors[5] ?? '';
        const window = toPage(await connection(which, { after, before, order }));
        expect(window.ids).toEqual(idsOf(which, order).slice(2, 5));
        expect(window.pageInfo.hasNextPage).toBe(true);
        const firstTwo = toPage(await connection(which, { after, before, first: 2, order }));
        expect(firstTwo.ids).toEqual(idsOf(which, order).slice(2, 4));
        expect(firstTwo.pageInfo.hasNextPage).toBe(true);
        const lastTwo = toPage(await connection(which, { after, before, last: 2, order }));
        expect(lastTwo.ids).toEqual(idsOf(which, order).slice(3, 5));
        expect(lastTwo.pageInfo.hasPreviousPage).toBe(true);
      });
    }

    it('exactly one page: first equal to the total has no next page', async () => {
      const exact = await page({ first: COUNT, order: 'ASC' });
      expect(exact.ids).toEqual(idsOf(which, 'ASC'));
      expect(exact.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const big = await page({ first: 100, order: 'ASC' });
      expect(big.ids).toEqual(idsOf(which, 'ASC'));
      expect(big.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const lastAll = await page({ last: COUNT, order: 'ASC' });
      expect(lastAll.ids).toEqual(idsOf(which, 'ASC'));
      expect(lastAll.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    });

    it('after the last item: an empty page with null cursors', async () => {
      const all = await page({ first: COUNT, order: 'DESC' });
      const beyond = await page({ first: 3, after: all.cursors.at(-1) ?? '', order: 'DESC' });
      expect(beyond.ids).toEqual([]);
      expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    });
  });
}

describe('empty lists', () => {
  it('an empty connection has no edges, null cursors and both flags false', async () => {
    for (const args of [{}, { first: 5 }, { last: 5 }, { first: 5, order: 'ASC' as const }]) {
      const result = await assistantsPage(args, EMPTY_KEY);
      expect(result.ids).toEqual([]);
      expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    }
  });

  it('an empty thread has an empty messages connection', async () => {
    const thread = dataOf(
      await harness.gql(graphql(`mutation PaginationEmptyThread { createThread(input: {}) { thread { id } } }`), {}, { apiKey: KEY }),
    ).createThread.thread;
    const result = toPage(messagesOf(await messagesRaw({ first: 3 }, thread.id)));
    expect(result.ids).toEqual([]);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

describe('bad arguments fail with BAD_USER_INPUT before any upstream call', () => {
  const cases: { name: string; args: PageArgs }[] = [
    { name: 'first: 0', args: { first: 0 } },
    { name: 'first: 101', args: { first: 101 } },
    { name: 'first: -1', args: { first: -1 } },
    { name: 'last: 0', args: { last: 0 } },
    { name: 'last: 101', args: { last: 101 } },
    { name: 'first and last together', args: { first: 2, last: 2 } },
    { name: 'a garbage cursor', args: { first: 2, after: 'not-a-cursor' } },
    { name: 'a garbage before cursor', args: { last: 2, before: 'bm9wZQ' } },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      harness.v1Server.stats.reset();
      const response = await assistantsRaw(testCase.args);
      expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.data ?? null).toBeNull();
      expect(harness.v1Server.stats.requests).toHaveLength(0);
    });
  }

  it('a cursor minted under ASC is refused under DESC', async () => {
    const asc = await assistantsPage({ first: 2, order: 'ASC' });
    harness.v1Server.stats.reset();
    const response = await assistantsRaw({ first: 2, after: asc.pageInfo.endCursor ?? '', order: 'DESC' });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
    const defaultOrder = await assistantsRaw({ first: 2, after: asc.pageInfo.endCursor ?? '' });
    expect(firstError(defaultOrder).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a cursor from assistants is refused by Thread.messages', async () => {
    const assistants = await assistantsPage({ first: 2 });
    harness.v1Server.stats.reset();
    const response = await messagesRaw({ first: 2, after: assistants.pageInfo.endCursor ?? '' });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(harness.v1Server.stats.requests.filter((request) => request.path.endsWith('/messages'))).toHaveLength(0);
  });

  it("a cursor from one thread's messages is refused by another thread's", async () => {
    const messages = await messagesPage({ first: 2 });
    const other = dataOf(
      await harness.gql(graphql(`mutation PaginationOtherThread { createThread(input: {messages: [{content: "x"}]}) { thread { id } } }`), {}, { apiKey: KEY }),
    ).createThread.thread;
    const response = await messagesRaw({ first: 2, after: messages.pageInfo.endCursor ?? '' }, other.id);
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
