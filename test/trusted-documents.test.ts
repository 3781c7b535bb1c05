/**
 * Trusted documents, with the chat page's shipped file (examples/generated/persisted-documents.json):
 * listed documents run by hash over POST, GET, SSE, graphql-ws and multipart uploads; anything else is refused with
 * 400 and a code, before any upstream call; a bad file stops start-up naming the variable.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config.js';
import { loadTrustedDocuments } from '../src/trusted-documents.js';
import type { TrustedDocuments } from '../src/trusted-documents.js';
import { TEST_KEY, startHarness } from './helpers/harness.js';
import type { Harness } from './helpers/harness.js';
import { postUpload } from './helpers/multipart.js';
import { parseFrames } from './helpers/sse-client.js';

const SHIPPED = new URL('../examples/generated/persisted-documents.json', import.meta.url).pathname;

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

let trusted: TrustedDocuments;
let harness: Harness;
let assistantId: string;

/** The shipped file's hash of the operation named `name`. */
function hashOf(name: string): string {
  const found = [...trusted].find(([, { source }]) => new RegExp(`(query|mutation|subscription) ${name}\\b`).test(source));
  if (!found) throw new Error(`No trusted document for ${name}`);
  return found[0];
}

const byHash = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

async function post(body: object, accept = 'application/graphql-response+json'): Promise<{ status: number; body: Body; text: string }> {
  const response = await fetch(`${harness.facadeUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${TEST_KEY}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: accept === 'text/event-stream' ? {} : (JSON.parse(text) as Body), text };
}

/** The results of an event stream, in order. */
function eventsOf(text: string): Body[] {
  return parseFrames(text).frames.filter((frame) => frame.event === 'next').map((frame) => JSON.parse(frame.data) as Body);
}

beforeAll(async () => {
  trusted = loadTrustedDocuments(SHIPPED);
  harness = await startHarness({ facade: { trustedDocuments: trusted } });
  // Made by the REST API: the facade runs nothing but the chat page's documents.
  const created = await fetch(`${harness.v1Server.url}/assistants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1' },
    body: JSON.stringify({ model: 'gpt-4-turbo', name: 'Trusted' }),
  });
  assistantId = ((await created.json()) as { id: string }).id;
});
afterAll(() => harness.close());

describe('with trusted documents', () => {
  it('runs a listed document sent by hash over POST (persistedQuery or documentId) and GET', async () => {
    const hash = hashOf('ChatAssistants');
    for (const body of [{ extensions: byHash(hash) }, { documentId: hash }]) {
      const answer = await post(body);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.['assistants']).toEqual({ nodes: [expect.objectContaining({ openaiId: assistantId })] });
    }
    const get = await fetch(`${harness.facadeUrl}/graphql?extensions=${encodeURIComponent(JSON.stringify(byHash(hash)))}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${TEST_KEY}` },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as Body).data?.['assistants']).toBeTruthy();
  });

  it('refuses any other document with 400 and a code, before any upstream call', async () => {
    harness.v1Server.stats.reset();
    const listedText = trusted.get(hashOf('ChatAssistants'))?.source ?? '';
    const cases: [object, string][] = [
      [{ query: '{ assistants(first: 1) { nodes { id } } }' }, 'CANNOT_SEND_PQ_ID_AND_BODY'],
      [{ query: listedText }, 'CANNOT_SEND_PQ_ID_AND_BODY'],
      [{ extensions: byHash('0'.repeat(64)) }, 'PERSISTED_QUERY_NOT_IN_LIST'],
      [{ documentId: 'abc' }, 'PERSISTED_QUERY_NOT_IN_LIST'],
      [{ variables: {} }, 'PERSISTED_QUERY_ID_REQUIRED'],
    ];
    for (const [body, code] of cases) {
      const answer = await post(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.['code'], JSON.stringify(body)).toBe(code);
    }
    expect(harness.upstreamRequests()).toEqual([]);
  });

  it('runs the chat page’s operations from the shipped file: a new thread and run over SSE, the caller’s conversations, its messages, another run on it', async () => {
    const first = await post({ extensions: byHash(hashOf('ChatThreadAndRun')), variables: { input: { assistantId, messages: [{ content: 'hi' }] } } }, 'text/event-stream');
    expect(first.status).toBe(200);
    const events = eventsOf(first.text);
    expect(events.flatMap((event) => event.errors ?? [])).toEqual([]);
    expect(events.at(-1)?.data?.['threadAndRunEvents']).toMatchObject({ event: 'done' });
    const threadId = (events[0]?.data?.['threadAndRunEvents'] as { thread: { openaiId: string } }).thread.openaiId;

    const conversations = await post({ extensions: byHash(hashOf('ChatConversations')) });
    expect(conversations.body.errors).toBeUndefined();
    expect((conversations.body.data?.['viewer'] as { threads: { nodes: { openaiId: string }[] } }).threads.nodes.map((thread) => thread.openaiId)).toContain(threadId);

    const messages = await post({ extensions: byHash(hashOf('ChatMessages')), variables: { thread: threadId } });
    expect(messages.body.errors).toBeUndefined();
    const shown = (messages.body.data?.['thread'] as { messages: { nodes: { run: { id: string } | null }[] } }).messages.nodes;
    expect(shown.length).toBeGreaterThan(0);
    const runs = shown.flatMap((message) => (message.run ? [message.run.id] : []));
    expect(runs).toHaveLength(1);
    const steps = await post({ extensions: byHash(hashOf('ChatCodeSteps')), variables: { runs } });
    expect(steps.body.errors).toBeUndefined();
    expect(steps.body.data?.['nodes']).toEqual([{ id: runs[0], steps: { nodes: [expect.objectContaining({ stepDetails: { __typename: 'MessageCreationStepDetails' } })] } }]);

    const again = await post({ extensions: byHash(hashOf('ChatRun')), variables: { input: { threadId, assistantId } } }, 'text/event-stream');
    expect(eventsOf(again.text).at(-1)?.data?.['runEvents']).toMatchObject({ event: 'done' });

    // No run waits for tool outputs here: the upstream's refusal shows the document ran.
    const outputs = await post({ extensions: byHash(hashOf('ChatToolOutputs')), variables: { input: { threadId, runId: 'run_missing', toolOutputs: [] } } }, 'text/event-stream');
    expect(eventsOf(outputs.text)[0]?.errors?.[0]?.extensions?.['code']).toMatch(/^(NOT_FOUND|BAD_USER_INPUT|CONFLICT)$/);
    expect(trusted.size).toBe(11);
  });

  it('runs a listed upload sent by hash in the multipart `operations` (persistedQuery or documentId), and refuses its text', async () => {
    const hash = hashOf('ChatUploadFile');
    const variables = { input: { file: null, purpose: 'ASSISTANTS' } };
    for (const [index, operations] of [{ extensions: byHash(hash) }, { documentId: hash }].entries()) {
      const answer = await postUpload<{ uploadFile: { file: { openaiId: string; filename: string; status: string } } }, unknown>(harness.facadeUrl, '', {
        content: new TextEncoder().encode('Sent by hash.'),
        filename: `by-hash-${index}.txt`,
        variables,
        operations,
      });
      expect(answer.errors, JSON.stringify(operations)).toBeUndefined();
      expect(answer.data?.uploadFile.file).toMatchObject({ filename: `by-hash-${index}.txt`, status: 'PROCESSED' });
    }
    harness.v1Server.stats.reset();
    const cases: [Record<string, unknown>, string][] = [
      [{ query: trusted.get(hash)?.source ?? '' }, 'CANNOT_SEND_PQ_ID_AND_BODY'],
      [{ documentId: '0'.repeat(64) }, 'PERSISTED_QUERY_NOT_IN_LIST'],
      [{}, 'PERSISTED_QUERY_ID_REQUIRED'],
    ];
    for (const [operations, code] of cases) {
      const answer = await postUpload(harness.facadeUrl, '', { content: new TextEncoder().encode('Refused.'), filename: 'refused.txt', variables, operations });
      expect(answer.errors?.[0]?.extensions?.['code'], JSON.stringify(operations)).toBe(code);
    }
    expect(harness.upstreamRequests()).toEqual([]);
  });

  it('runs a listed document sent by hash over graphql-ws, and refuses any other', async () => {
    const client = createWsClient({
      url: `${harness.facadeUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${TEST_KEY}` },
      retryAttempts: 0,
    });
    const first = (payload: { query: string; extensions?: Record<string, unknown> }): Promise<Body | { error: unknown }> =>
      new Promise((resolve) => {
        client.subscribe(payload, { next: (value) => resolve(value as Body), error: (error) => resolve({ error }), complete: () => undefined });
      });
    try {
      const listed = await first({ query: '', extensions: byHash(hashOf('ChatAssistants')) });
      expect(listed).toMatchObject({ data: { assistants: { nodes: [expect.objectContaining({ openaiId: assistantId })] } } });
      // Another hash with the same empty `query`: its own document runs, not one cached for "".
      const another = await first({ query: '', extensions: byHash(hashOf('ChatConversations')) });
      expect(another).toMatchObject({ data: { viewer: { threads: expect.any(Object) } } });
      const other = await first({ query: '{ assistants(first: 1) { nodes { id } } }' });
      expect(other).toMatchObject({ error: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'CANNOT_SEND_PQ_ID_AND_BODY' }) })] });
      const unknown = await first({ query: '', extensions: byHash('f'.repeat(64)) });
      expect(unknown).toMatchObject({ error: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_IN_LIST' }) })] });
    } finally {
      await client.dispose();
    }
  });
});

describe('loadTrustedDocuments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
  const fileWith = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it.each([
    ['a missing file', join(dir, 'missing.json'), /must name a readable JSON file/],
    ['a hash that is not its document’s', fileWith('wrong-hash.json', JSON.stringify({ ['a'.repeat(64)]: '{ __typename }' })), /not the sha256 hex of its document/],
    ['a list', fileWith('list.json', '[]'), /must hold a JSON object/],
    ['no document', fileWith('empty.json', '{}'), /lists no document/],
  ])('stops start-up on %s, with one line naming the variable', (_what, file, problem) => {
    let thrown: unknown;
    try {
      loadTrustedDocuments(file);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toMatch(/^Invalid configuration: PERSISTED_OPERATIONS_FILE /);
    expect((thrown as Error).message).toMatch(problem);
    expect((thrown as Error).message).not.toContain('\n');
  });

  it('accepts the shipped file, whose every hash is its document’s', () => {
    expect(loadTrustedDocuments(SHIPPED).size).toBeGreaterThan(0);
  });
});
