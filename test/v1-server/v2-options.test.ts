/**
 * Assistants v2 details over HTTP: function tools' `strict`, `reasoning_effort`, images counted
 * toward `max_prompt_tokens`, `additional_messages` written with their run, and deleted vector
 * stores leaving the assistants and threads that named them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/v1-server/index.js';
import type { Store } from '../../src/v1-server/index.js';
import type { AssistantV2, MessageV2, RunV2, ThreadV2 } from '../../src/v2/schemas.js';
import { testDatabaseUrl } from '../helpers/database.js';
import { startTestV1Server } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

function textsOf(messages: readonly MessageV2[]): string[] {
  return messages.map((message) => (message.content[0]?.type === 'text' ? message.content[0].text.value : ''));
}

describe('a v2 run’s additional_messages', () => {
  let store: Store;
  /** Called once after the next committed transaction, before its caller goes on. */
  let afterNextCommit: (() => Promise<void>) | undefined;
  let t: TestV1Server;
  let v2: Api;

  beforeAll(async () => {
    const inner = await openStore(await testDatabaseUrl());
    store = new Proxy(inner, {
      get(target, key) {
        if (key === 'transaction') {
          return async <T>(work: Parameters<Store['transaction']>[0]): Promise<T> => {
            const result = (await target.transaction(work)) as T;
            const hook = afterNextCommit;
            afterNextCommit = undefined;
            await hook?.();
            return result;
          };
        }
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    t = await startTestV1Server({ stepDelayMs: 1, store });
    v2 = t.api('sk-test-a', 'v2');
  });
  afterAll(async () => {
    await t.v1Server.close();
    await store.close();
  });

  it('are written with their run: a run started meanwhile cannot leave them without it', async () => {
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o' });
    const thread = await v2.post<ThreadV2>('/threads', {});
    const path = `/threads/${thread.body.id}/runs`;
    let other: number | undefined;
    // Another run is asked for as soon as the first transaction of this request commits.
    afterNextCommit = async () => {
      other = (await v2.post(path, { assistant_id: assistant.body.id })).status;
    };
    const run = await v2.post<RunV2>(path, { assistant_id: assistant.body.id, additional_messages: [{ role: 'user', content: 'first words' }] });
    expect(run.status).toBe(200);
    expect(other).toBe(400);
    const messages = await v2.get<{ data: MessageV2[] }>(`/threads/${thread.body.id}/messages?order=asc`);
    expect(textsOf(messages.body.data.filter((message) => message.role === 'user'))).toEqual(['first words']);
  });
});
