import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamClient } from '../../src/openai/client.js';
import { UpstreamError } from '../../src/openai/errors.js';
import { AssistantEventStream } from '../../src/openai/sse.js';
import type { AssistantStreamEvent } from '../../src/v1/stream.js';
import { FakeUpstream } from './fake-upstream.js';
import { frame, message, messageDelta, run, runStep } from './fixtures.js';

const delta = { ...messageDelta, delta: { content: [{ index: 0, type: 'text', text: { value: 'Hé ✓ 😀' } }] } };
const stepLines = JSON.stringify(runStep, null, 1)
  .split('\n')
  .map((line) => `data: ${line}`)
  .join('\n');

/** Every feature at once: comments, multi-line data, unknown names, bad data, an error event, trailing frames. */
const transcript = [
  ': keep-alive\n\n',
  frame('thread.run.created', run),
  frame('thread.message.delta', delta),
  `event: thread.run.step.created\n${stepLines}\n\n`,
  frame('thread.future.event', '{"x":1}'),
  frame('thread.run.completed', '{"id":"run_1"}'),
  frame('error', { message: 'oops', type: 'server_error' }),
  frame('done', '[DONE]'),
  frame('thread.run.created', run),
].join('');

function expectTranscriptEvents(events: AssistantStreamEvent[]): void {
  expect(events.map((e) => `${e.kind}:${e.event}`)).toEqual([
    'run:thread.run.created',
    'message_delta:thread.message.delta',
    'step:thread.run.step.created',
    'unknown:thread.future.event',
    'unknown:thread.run.completed',
    'error:error',
    'done:done',
  ]);
  const [created, deltaEvent, step, future, bad, error, done] = events;
  expect(created?.data).toMatchObject({ id: 'run_1', status: 'queued' });
  expect(deltaEvent?.data).toMatchObject({ delta: { content: [{ text: { value: 'Hé ✓ 😀' } }] } });
  expect(step?.data).toMatchObject({ id: 'step_1', step_details: { message_creation: { message_id: 'msg_1' } } });
  expect(future?.data).toBe('{"x":1}');
  expect(bad?.data).toBe('{"id":"run_1"}');
  expect(error?.data).toEqual({ message: 'oops', type: 'server_error' });
  expect(done?.data).toBeNull();
}

async function collect(events: AsyncIterable<AssistantStreamEvent>): Promise<AssistantStreamEvent[]> {
  const out: AssistantStreamEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

function split(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe('the SSE reader', () => {
  it.each([1, 2, 3, 7, 64, 100_000])('reads events split into %i-byte chunks', async (size) => {
    const chunks = split(Buffer.from(transcript, 'utf8'), size);
    const events = await collect(new AssistantEventStream('test', () => Promise.resolve(Readable.from(chunks))));
    expectTranscriptEvents(events);
  });

  it('reads CRLF line endings and a bare `data: [DONE]`', async () => {
    const body = `event: thread.run.created\r\ndata: ${JSON.stringify(run)}\r\n\r\ndata: [DONE]\r\n\r\n`;
    const events = await collect(new AssistantEventStream('test', () => Promise.resolve(Readable.from([body]))));
    expect(events.map((e) => e.kind)).toEqual(['run', 'done']);
  });

  it('reads error events wrapped as {error: {...}}', async () => {
    const body = frame('error', { error: { message: 'wrapped', code: 'server_error' } }) + frame('done', '[DONE]');
    const [error] = await collect(new AssistantEventStream('test', () => Promise.resolve(Readable.from([body]))));
    expect(error).toEqual({ kind: 'error', event: 'error', data: { message: 'wrapped', code: 'server_error' } });
  });

  it('fails with kind stream when the body ends before done, after the events it had', async () => {
    const stream = new AssistantEventStream('test', () => Promise.resolve(Readable.from([frame('thread.run.created', run)])));
    const seen: string[] = [];
    const err = await (async () => {
      for await (const event of stream) seen.push(event.kind);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['run']);
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ kind: 'stream', message: 'The upstream stream ended before done.' });
    await expect(stream.next()).resolves.toEqual({ done: true, value: undefined });
  });
});

describe('streaming over HTTP', () => {
  let fake: FakeUpstream;
  let client: UpstreamClient;

  beforeAll(async () => {
    fake = await FakeUpstream.start();
    client = new UpstreamClient({ baseUrl: fake.url, retryBaseDelayMs: 1 });
  });

  afterAll(async () => {
    await client.close();
    await fake.close();
  });

  beforeEach(() => fake.reset());

  const api = (signal?: AbortSignal) => client.forRequest({ apiKey: 'sk-a', organization: 'org-a' }, signal);

  it('reads a stream written in small pieces with pauses, and stops at done', async () => {
    // Byte pieces, so multi-byte characters arrive split across writes.
    const pieces = split(Buffer.from(transcript, 'utf8'), 37);
    fake.reply({ sse: pieces.flatMap((piece, i) => (i % 10 === 0 ? [piece, 5] : [piece])), end: false });
    const events = await collect(api().createThreadAndRunStream({ assistant_id: 'asst_1', thread: { messages: [] } }));
    expectTranscriptEvents(events);
    const hit = fake.only();
    expect(JSON.parse(hit.body)).toEqual({ assistant_id: 'asst_1', thread: { messages: [] }, stream: true });
    expect(hit.headers).toMatchObject({ accept: 'text/event-stream', 'openai-organization': 'org-a', 'content-type': 'application/json' });
    // The fake kept the stream open after done; finishing the iteration closed it.
    await hit.socketClosed;
  });

  it('reuses the connection after a stream that ended cleanly', async () => {
    // Its own client, so no idle connection from another test can take the second request.
    const fresh = new UpstreamClient({ baseUrl: fake.url });
    const api = fresh.forRequest({ apiKey: 'sk-a' });
    // The body ends a moment after done: the client must wait for that end rather than abort.
    fake.reply({ sse: [frame('thread.run.created', run), frame('done', '[DONE]'), 30] }, { json: message });
    await collect(api.createRunStream('thread_1', { assistant_id: 'asst_1' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await api.getMessage('thread_1', 'msg_1');
    expect(fake.hits).toHaveLength(2);
    expect(fake.hits[1]?.clientPort).toBe(fake.hits[0]?.clientPort);
    await fresh.close();
  });

  it('throws a stream error when the upstream ends before done', async () => {
    fake.reply({ sse: [frame('thread.run.created', run), 10, frame('thread.run.in_progress', { ...run, status: 'in_progress' })] });
    const seen: string[] = [];
    const err = await (async () => {
      for await (const event of api().createRunStream('thread_1', { assistant_id: 'asst_1' })) seen.push(event.event);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['thread.run.created', 'thread.run.in_progress']);
    expect(err).toMatchObject({ kind: 'stream' });
    expect(fake.hits).toHaveLength(1);
  });

  it('throws a stream error when the connection drops mid-stream', async () => {
    fake.route(() => ({ sse: [frame('thread.run.created', run)], end: false }));
    const stream = api().submitToolOutputsStream('thread_1', 'run_1', { tool_outputs: [{ tool_call_id: 'c', output: '1' }] });
    const iterator = stream[Symbol.asyncIterator]();
    await expect(iterator.next()).resolves.toMatchObject({ value: { kind: 'run' } });
    const pending = iterator.next();
    await fake.close();
    await expect(pending).rejects.toMatchObject({ kind: 'stream' });
    fake = await FakeUpstream.start();
    client = new UpstreamClient({ baseUrl: fake.url, retryBaseDelayMs: 1 });
  });

  it('throws an error status before the stream as an ordinary error, without retrying', async () => {
    fake.route(() => ({
      status: 429,
      json: { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
      headers: { 'x-request-id': 'req_9' },
    }));
    const err = await collect(api().createRunStream('thread_1', { assistant_id: 'asst_1' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'http', status: 429, code: 'rate_limit_exceeded', requestId: 'req_9' });
    expect(fake.hits).toHaveLength(1);
  });

  it('rejects a 200 that is not an event stream', async () => {
    fake.reply({ json: run });
    const err = await collect(api().createRunStream('thread_1', { assistant_id: 'asst_1' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'malformed', message: expect.stringContaining('createRunStream') });
  });

  it('aborts the upstream request when the consumer breaks out of the loop', async () => {
    fake.reply({ sse: [frame('thread.run.created', run)], end: false });
    for await (const event of api().createRunStream('thread_1', { assistant_id: 'asst_1' })) {
      expect(event.kind).toBe('run');
      break;
    }
    // The stream never ends by itself: only the client's abort closes the socket.
    await fake.only().socketClosed;
  });

  it('aborts at once when the consumer returns while a read is pending', async () => {
    fake.reply({ sse: [frame('thread.run.created', run)], end: false });
    const iterator = api().createRunStream('thread_1', { assistant_id: 'asst_1' })[Symbol.asyncIterator]();
    await iterator.next();
    const pending = iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(iterator.return?.()).resolves.toEqual({ done: true, value: undefined });
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    await fake.only().socketClosed;
  });

  it("rejects with the caller's abort reason and closes the upstream socket", async () => {
    fake.reply({ sse: [frame('thread.run.created', run)], end: false });
    const controller = new AbortController();
    const iterator = api(controller.signal).createRunStream('thread_1', { assistant_id: 'asst_1' })[Symbol.asyncIterator]();
    await iterator.next();
    const pending = iterator.next();
    controller.abort();
    // The stream never ends by itself: only the abort can settle the read and close the socket.
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await fake.only().socketClosed;
  });

  it('sends nothing until iterated, and at most once', async () => {
    fake.reply({ sse: [frame('done', '[DONE]')] });
    const stream = api().createRunStream('thread_1', { assistant_id: 'asst_1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.hits).toHaveLength(0);
    expect(await collect(stream)).toHaveLength(1);
    expect(await collect(stream)).toHaveLength(0);
    expect(fake.hits).toHaveLength(1);
  });
});
