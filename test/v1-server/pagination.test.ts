/** Cursor pagination as upstream: envelope, order, after/before windows, ties in created_at. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, ListPage, Message, Thread } from '../../src/v1/schemas.js';
import { errorOf, startTestV1Server } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

describe('pagination', () => {
  let t: TestV1Server;
  let api: Api;
  let now = Date.UTC(2026, 0, 1);
  /** Assistant ids oldest first: a1,a2 share a second, then a3, then a4,a5,a6 share one, then a7. */
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestV1Server({ clock: () => now });
    api = t.api('sk-pages');
    for (const second of [0, 0, 1, 2, 2, 2, 3]) {
      now = Date.UTC(2026, 0, 1) + second * 1000;
      ids.push((await api.post<Assistant>('/assistants', { model: 'm' })).body.id);
    }
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  const page = async (query: string) => (await api.get<ListPage<Assistant>>(`/assistants?${query}`)).body;
  const idsOf = (list: ListPage<{ id: string }>) => list.data.map((item) => item.id);
  const at = (...indexes: number[]) => indexes.map((index) => ids[index]);

  it('returns an empty list with null first/last ids', async () => {
    const empty = (await t.api('sk-empty').get<ListPage<Assistant>>('/assistants')).body;
    expect(empty).toEqual({ object: 'list', data: [], first_id: null, last_id: null, has_more: false });
  });

  it('defaults to desc with ties in reverse insertion order', async () => {
    const list = await page('');
    expect(idsOf(list)).toEqual(at(6, 5, 4, 3, 2, 1, 0));
    expect(list).toMatchObject({ first_id: ids[6], last_id: ids[0], has_more: false });
  });

  it('sorts asc with ties in insertion order', async () => {
    expect(idsOf(await page('order=asc'))).toEqual(at(0, 1, 2, 3, 4, 5, 6));
  });

  it('returns exactly one page when limit equals the count', async () => {
    const list = await page('limit=7');
    expect(list.data).toHaveLength(7);
    expect(list.has_more).toBe(false);
  });

  it('sets has_more when more items follow', async () => {
    const list = await page('limit=3&order=asc');
    expect(idsOf(list)).toEqual(at(0, 1, 2));
    expect(list).toMatchObject({ first_id: ids[0], last_id: ids[2], has_more: true });
  });

  it('pages with after in both orders, across ties', async () => {
    const asc = await page(`order=asc&limit=2&after=${ids[3]}`);
    expect(idsOf(asc)).toEqual(at(4, 5));
    expect(asc.has_more).toBe(true);
    const lastAsc = await page(`order=asc&limit=2&after=${ids[5]}`);
    expect(idsOf(lastAsc)).toEqual(at(6));
    expect(lastAsc.has_more).toBe(false);
    const desc = await page(`limit=2&after=${ids[5]}`);
    expect(idsOf(desc)).toEqual(at(4, 3));
    expect(desc.has_more).toBe(true);
    const end = await page(`after=${ids[0]}`);
    expect(end).toEqual({ object: 'list', data: [], first_id: null, last_id: null, has_more: false });
  });

  it('walks every item exactly once by following last_id', async () => {
    const seen: string[] = [];
    let after = '';
    for (;;) {
      const list = await page(`limit=2${after}`);
      seen.push(...idsOf(list));
      if (!list.has_more) break;
      after = `&after=${list.last_id ?? ''}`;
    }
    expect(seen).toEqual(at(6, 5, 4, 3, 2, 1, 0));
  });

  it('returns the limit items adjacent to before, in the requested order', async () => {
    const asc = await page(`order=asc&limit=2&before=${ids[5]}`);
    expect(idsOf(asc)).toEqual(at(3, 4));
    expect(asc.has_more).toBe(true);
    const start = await page(`order=asc&limit=5&before=${ids[2]}`);
    expect(idsOf(start)).toEqual(at(0, 1));
    expect(start.has_more).toBe(false);
    const desc = await page(`limit=2&before=${ids[1]}`);
    expect(idsOf(desc)).toEqual(at(3, 2));
    expect(desc.has_more).toBe(true);
    expect(idsOf(await page(`order=asc&after=${ids[1]}&before=${ids[5]}&limit=10`))).toEqual(at(2, 3, 4));
  });

  it('rejects an unknown cursor', async () => {
    for (const param of ['after', 'before']) {
      const response = await api.get(`/assistants?${param}=asst_unknown`);
      expect(response.status).toBe(400);
      expect(errorOf(response)).toMatchObject({ param, code: 'invalid_value' });
    }
  });

  it('filters messages by run_id and paginates other lists the same way', async () => {
    const threadId = (await api.post<Thread>('/threads', { messages: [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }] }))
      .body.id;
    const all = await api.get<ListPage<Message>>(`/threads/${threadId}/messages?order=asc&limit=1`);
    expect(all.body.data.map((message) => message.content[0]?.type === 'text' && message.content[0].text.value)).toEqual(['a']);
    expect(all.body.has_more).toBe(true);
    const filtered = await api.get<ListPage<Message>>(`/threads/${threadId}/messages?run_id=run_other`);
    expect(filtered.body.data).toEqual([]);
  });
});
