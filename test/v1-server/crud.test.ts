/** Create/read/update/delete of assistants, threads, messages, assistant files and message files. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, AssistantFile, ListPage, Message, MessageFile, Thread } from '../../src/v1/schemas.js';
import { errorOf, startTestV1Server, uploadFile, uploadFiles } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

const ID = (prefix: string) => new RegExp(`^${prefix}_[A-Za-z0-9]{24}$`);

describe('CRUD', () => {
  let t: TestV1Server;
  let api: Api;
  let now = Date.UTC(2026, 0, 1) ;
  beforeAll(async () => {
    t = await startTestV1Server({ clock: () => now });
    api = t.api();
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('creates, reads, modifies and deletes an assistant', async () => {
    const created = await api.post<Assistant>('/assistants', { model: 'gpt-4-turbo' });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.stringMatching(ID('asst')),
      object: 'assistant',
      created_at: Math.floor(now / 1000),
      name: null,
      description: null,
      model: 'gpt-4-turbo',
      instructions: null,
      tools: [],
      file_ids: [],
      metadata: {},
    });
    const id = created.body.id;
    expect((await api.get<Assistant>(`/assistants/${id}`)).body).toEqual(created.body);
    const modified = await api.post<Assistant>(`/assistants/${id}`, {
      name: 'Tutor',
      instructions: 'Teach.',
      tools: [{ type: 'code_interpreter' }],
      metadata: { level: '1' },
    });
    expect(modified.body).toMatchObject({ id, name: 'Tutor', instructions: 'Teach.', model: 'gpt-4-turbo', metadata: { level: '1' } });
    expect((await api.post<Assistant>(`/assistants/${id}`, { name: null })).body.name).toBeNull();
    expect((await api.del(`/assistants/${id}`)).body).toEqual({ id, object: 'assistant.deleted', deleted: true });
    const gone = await api.get(`/assistants/${id}`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone).message).toBe(`No assistant found with id '${id}'.`);
  });

  it('attaches, lists, gets and detaches assistant files', async () => {
    const [fileOne, fileTwo, fileThree, fileFour] = await uploadFiles(api, ['one.txt', 'two.txt', 'three.txt', 'four.txt']);
    now += 1000;
    const assistant = (await api.post<Assistant>('/assistants', { model: 'm', file_ids: [fileOne, fileTwo] })).body;
    expect(assistant.file_ids).toEqual([fileOne, fileTwo]);
    now += 1000;
    const attached = await api.post<AssistantFile>(`/assistants/${assistant.id}/files`, { file_id: fileThree });
    expect(attached.body).toEqual({ id: fileThree, object: 'assistant.file', created_at: Math.floor(now / 1000), assistant_id: assistant.id });
    expect((await api.get<Assistant>(`/assistants/${assistant.id}`)).body.file_ids).toEqual([fileOne, fileTwo, fileThree]);
    const list = await api.get<ListPage<AssistantFile>>(`/assistants/${assistant.id}/files?order=asc`);
    expect(list.body.data.map((file) => file.id)).toEqual([fileOne, fileTwo, fileThree]);
    expect((await api.get<AssistantFile>(`/assistants/${assistant.id}/files/${fileTwo}`)).body.assistant_id).toBe(assistant.id);
    expect((await api.del(`/assistants/${assistant.id}/files/${fileTwo}`)).body).toEqual({
      id: fileTwo,
      object: 'assistant.file.deleted',
      deleted: true,
    });
    const missing = await api.get(`/assistants/${assistant.id}/files/${fileTwo}`);
    expect(missing.status).toBe(404);
    expect(errorOf(missing).message).toBe(`No file found with id '${fileTwo}'.`);
    expect((await api.get<Assistant>(`/assistants/${assistant.id}`)).body.file_ids).toEqual([fileOne, fileThree]);
    const replaced = await api.post<Assistant>(`/assistants/${assistant.id}`, { file_ids: [fileThree, fileFour] });
    expect(replaced.body.file_ids).toEqual([fileThree, fileFour]);
    expect((await api.get(`/assistants/${assistant.id}/files/${fileOne}`)).status).toBe(404);
  });

  it('creates a thread with messages, modifies and deletes it', async () => {
    const fileDoc = (await uploadFile(api, 'doc.md')).id;
    const created = await api.post<Thread>('/threads', {
      messages: [
        { role: 'user', content: 'Hello', file_ids: [fileDoc] },
        { role: 'assistant', content: 'Hi', metadata: { a: 'b' } },
      ],
      metadata: { topic: 'greeting' },
    });
    expect(created.body).toEqual({
      id: expect.stringMatching(ID('thread')),
      object: 'thread',
      created_at: Math.floor(now / 1000),
      metadata: { topic: 'greeting' },
    });
    const threadId = created.body.id;
    const messages = await api.get<ListPage<Message>>(`/threads/${threadId}/messages?order=asc`);
    expect(messages.body.data).toHaveLength(2);
    expect(messages.body.data[0]).toEqual({
      id: expect.stringMatching(ID('msg')),
      object: 'thread.message',
      created_at: Math.floor(now / 1000),
      thread_id: threadId,
      status: 'completed',
      incomplete_details: null,
      completed_at: Math.floor(now / 1000),
      incomplete_at: null,
      role: 'user',
      content: [{ type: 'text', text: { value: 'Hello', annotations: [] } }],
      assistant_id: null,
      run_id: null,
      file_ids: [fileDoc],
      metadata: {},
    });
    expect(messages.body.data[1]?.metadata).toEqual({ a: 'b' });
    expect((await api.post<Thread>(`/threads/${threadId}`, { metadata: { topic: 'other' } })).body.metadata).toEqual({ topic: 'other' });
    expect((await api.get<Thread>(`/threads/${threadId}`)).body.metadata).toEqual({ topic: 'other' });
    expect((await api.del(`/threads/${threadId}`)).body).toEqual({ id: threadId, object: 'thread.deleted', deleted: true });
    const gone = await api.get(`/threads/${threadId}/messages`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone).message).toBe(`No thread found with id '${threadId}'.`);
    expect((await api.post('/threads', { foo: 1 })).status).toBe(400);
  });

  it('creates, gets and modifies messages, with message files', async () => {
    const [fileX1, fileX2] = await uploadFiles(api, ['x1.txt', 'x2.txt']);
    const threadId = (await api.post<Thread>('/threads')).body.id;
    const created = await api.post<Message>(`/threads/${threadId}/messages`, {
      role: 'user',
      content: 'See files',
      file_ids: [fileX1, fileX2],
    });
    const messageId = created.body.id;
    expect((await api.get<Message>(`/threads/${threadId}/messages/${messageId}`)).body).toEqual(created.body);
    const modified = await api.post<Message>(`/threads/${threadId}/messages/${messageId}`, { metadata: { seen: 'yes' } });
    expect(modified.body.metadata).toEqual({ seen: 'yes' });
    expect((await api.post(`/threads/${threadId}/messages/${messageId}`, { content: 'no' })).status).toBe(400);
    const files = await api.get<ListPage<MessageFile>>(`/threads/${threadId}/messages/${messageId}/files?order=asc`);
    expect(files.body.data).toEqual([
      { id: fileX1, object: 'thread.message.file', created_at: created.body.created_at, message_id: messageId },
      { id: fileX2, object: 'thread.message.file', created_at: created.body.created_at, message_id: messageId },
    ]);
    expect((await api.get<MessageFile>(`/threads/${threadId}/messages/${messageId}/files/${fileX2}`)).body.id).toBe(fileX2);
    const missingFile = await api.get(`/threads/${threadId}/messages/${messageId}/files/file-zz`);
    expect(errorOf(missingFile).message).toBe("No file found with id 'file-zz'.");
    const missingMessage = await api.get(`/threads/${threadId}/messages/msg_nope`);
    expect(missingMessage.status).toBe(404);
    expect(errorOf(missingMessage).message).toBe("No message found with id 'msg_nope'.");
    const otherThread = (await api.post<Thread>('/threads')).body.id;
    expect((await api.get(`/threads/${otherThread}/messages/${messageId}`)).status).toBe(404);
  });

  it('answers 404 for unknown runs and steps', async () => {
    const threadId = (await api.post<Thread>('/threads')).body.id;
    const run = await api.get(`/threads/${threadId}/runs/run_nope`);
    expect(errorOf(run)).toEqual({ message: "No run found with id 'run_nope'.", type: 'invalid_request_error', param: null, code: null });
    expect(errorOf(await api.get(`/threads/${threadId}/runs/run_nope/steps`)).message).toBe("No run found with id 'run_nope'.");
    expect(errorOf(await api.post(`/threads/thread_nope/runs/run_x/cancel`)).message).toBe("No thread found with id 'thread_nope'.");
  });
});
