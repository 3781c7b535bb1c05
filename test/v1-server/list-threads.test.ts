/** `GET /v1/threads`, the built-in server's extension: the key's threads, filtered by metadata, paged as v1 lists. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamClient } from '../../src/openai/client.js';
import type { ListPage, Thread } from '../../src/v1/schemas.js';
import { errorOf, startTestV1Server } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

describe('GET /threads', () => {
  let t: TestV1Server;
  let api: Api;
  let now = Date.UTC(2026, 0, 1);
  /** Thread ids oldest first; even indexes belong to owner "ann", odd ones to "bob"; t0–t2 share a second. */
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestV1Server({ clock: () => now });
    api = t.api('sk-threads');
    for (const [index, second] of [0, 0, 0, 1, 2, 2, 3, 4].entries()) {
      now = Date.UTC(2026, 0, 1) + second * 1000;
      const metadata = { owner: index % 2 === 0 ? 'ann' : 'bob', topic: index < 4 ? 'early' : 'late' };
      ids.push((await api.post<Thread>('/threads', { metadata })).body.id);
    }
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  const page = async (query: string) => {
    const response = await api.get<ListPage<Thread>>(`/threads?${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const idsOf = (list: ListPage<Thread>) => list.data.map((thread) => thread.id);
  const at = (...indexes: number[]) => indexes.map((index) => ids[index]);
  const ann = 'metadata%5Bowner%5D=ann';

  it("lists the key's threads newest first by default, 20 to a page", async () => {
    const list = await page('');
    expect(idsOf(list)).toEqual(at(7, 6, 5, 4, 3, 2, 1, 0));
    expect(list).toMatchObject({ object: 'list', first_id: ids[7], last_id: ids[0], has_more: false });
    expect(list.data[0]).toMatchObject({ object: 'thread', metadata: { owner: 'bob', topic: 'late' } });
  });

  it('pages with after and before in both orders, across ties', async () => {
    expect(await page(`order=asc&limit=2&after=${ids[0]}`)).toMatchObject({ data: [{ id: ids[1] }, { id: ids[2] }], has_more: true });
    expect(idsOf(await page(`limit=3&after=${ids[4]}`))).toEqual(at(3, 2, 1));
    expect(await page(`order=asc&limit=2&before=${ids[3]}`)).toMatchObject({ data: [{ id: ids[1] }, { id: ids[2] }], has_more: true });
    expect(await page(`limit=2&before=${ids[1]}`)).toMatchObject({ data: [{ id: ids[3] }, { id: ids[2] }], has_more: true });
  });

  it('keeps to the threads whose metadata has every given pair, paging within them', async () => {
    expect(idsOf(await page(ann))).toEqual(at(6, 4, 2, 0));
    expect(idsOf(await page(`${ann}&metadata%5Btopic%5D=late`))).toEqual(at(6, 4));
    expect(idsOf(await page('metadata[owner]=nobody'))).toEqual([]);

    const first = await page(`${ann}&limit=2`);
    expect(first).toMatchObject({ first_id: ids[6], last_id: ids[4], has_more: true });
    const second = await page(`${ann}&limit=2&after=${first.last_id ?? ''}`);
    expect(second).toMatchObject({ data: [{ id: ids[2] }, { id: ids[0] }], has_more: false });
    const back = await page(`${ann}&limit=1&before=${ids[2]}`);
    expect(back).toMatchObject({ data: [{ id: ids[4] }], has_more: true });
    expect(idsOf(await page(`${ann}&order=asc&after=${ids[0]}&before=${ids[6]}`))).toEqual(at(2, 4));
  });

  it('refuses a cursor outside the filtered set as one that is not in the list', async () => {
    const outside = await api.get(`/threads?${ann}&after=${ids[1]}`);
    expect(outside.status).toBe(400);
    expect(errorOf(outside)).toMatchObject({ param: 'after', code: 'invalid_value' });
    const unknown = await api.get('/threads?before=thread_nope');
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown)).toMatchObject({ param: 'before', code: 'invalid_value' });
  });

  it('checks limit and order as the other lists do, and a metadata key given twice', async () => {
    const tooMany = await api.get('/threads?limit=101');
    expect(tooMany.status).toBe(400);
    expect(errorOf(tooMany)).toMatchObject({ param: 'limit', code: 'integer_above_max_value' });
    const notInteger = await api.get('/threads?limit=two');
    expect(errorOf(notInteger)).toMatchObject({ param: 'limit', code: 'invalid_type' });
    const order = await api.get('/threads?order=sideways');
    expect(errorOf(order)).toMatchObject({ param: 'order', code: 'invalid_value' });
    const twice = await api.get('/threads?metadata[owner]=ann&metadata[owner]=bob');
    expect(twice.status).toBe(400);
    expect(errorOf(twice)).toMatchObject({ param: 'metadata[owner]', code: 'invalid_value' });
  });

  it("shows each key only its own threads, and no deleted thread", async () => {
    const other = t.api('sk-threads-other');
    expect((await other.get<ListPage<Thread>>('/threads')).body.data).toEqual([]);
    const own = (await other.post<Thread>('/threads', { metadata: { owner: 'ann' } })).body;
    expect(idsOf((await other.get<ListPage<Thread>>(`/threads?${ann}`)).body)).toEqual([own.id]);
    expect(idsOf(await page(ann))).not.toContain(own.id);
    await other.del(`/threads/${own.id}`);
    expect((await other.get<ListPage<Thread>>('/threads')).body.data).toEqual([]);
  });

  it('is reached through the REST client as listThreads', async () => {
    const client = new UpstreamClient({ baseUrl: t.v1Server.url, apiKey: 'sk-threads' });
    try {
      const list = await client.forRequest({}).listThreads({ metadata: { owner: 'bob', topic: 'early' }, order: 'asc' });
      expect(list.data.map((thread) => thread.id)).toEqual(at(1, 3));
    } finally {
      await client.close();
    }
  });
});
