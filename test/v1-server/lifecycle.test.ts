/** The run lifecycle: completion, tool calls, cancellation, expiry, failure and wrong-state errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, ListPage, Message, Run, RunStep, Thread } from '../../src/v1/schemas.js';
import type { AssistantModel } from '../../src/v1-server/index.js';
import type { RunKey, StoreTables } from '../../src/v1-server/store/store.js';
import { openStore } from '../../src/v1-server/store/index.js';
import { testDatabaseUrl } from '../helpers/database.js';
import { createRestAssistant, settled } from '../helpers/kit.js';
import { intercept } from '../helpers/store-events.js';
import { errorOf, startTestV1Server } from './helpers.js';
import { deferred } from './store-contract.js';
import type { Api, TestV1Server } from './helpers.js';

const weatherTool = { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } };
const timeTool = { type: 'function', function: { name: 'get_time' } };

function text(message: Message | undefined): string {
  const part = message?.content[0];
  return part?.type === 'text' ? part.text.value : '';
}

describe('run lifecycle', () => {
  let t: TestV1Server;
  let api: Api;
  let offsetMs = 0;
  let assistant: Assistant;

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 2, clock: () => Date.now() + offsetMs });
    api = t.api();
    assistant = await createRestAssistant(api, { model: 'gpt-4', instructions: 'Be nice.', tools: [weatherTool, timeTool] });
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  async function threadWith(...contents: string[]): Promise<string> {
    const messages = contents.map((content) => ({ role: 'user', content }));
    return (await api.post<Thread>('/threads', { messages })).body.id;
  }

  async function startRun(threadId: string, body: Record<string, unknown> = {}): Promise<Run> {
    const response = await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id, ...body });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  }

  it('queues a run, then completes it with an assistant message and usage', async () => {
    const threadId = await threadWith('hello world');
    const run = await startRun(threadId);
    expect(run).toMatchObject({
      status: 'queued',
      thread_id: threadId,
      assistant_id: assistant.id,
      model: 'gpt-4',
      instructions: 'Be nice.',
      tools: [weatherTool, timeTool],
      file_ids: [],
      started_at: null,
      usage: null,
      required_action: null,
      last_error: null,
    });
    expect(run.id).toMatch(/^run_[A-Za-z0-9]{24}$/);
    expect(run.expires_at).toBe(run.created_at + 600);
    const done = await t.events.run(run.id, settled);
    expect(done).toMatchObject({ status: 'completed', expires_at: null, required_action: null });
    expect(done.started_at).toEqual(expect.any(Number));
    expect(done.completed_at).toEqual(expect.any(Number));
    expect(done.usage).toEqual({ prompt_tokens: 4, completion_tokens: 4, total_tokens: 8 });

    const messages = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages`)).body.data;
    expect(messages).toHaveLength(2);
    const reply = messages[0];
    expect(text(reply)).toBe('You said: hello world');
    expect(reply).toMatchObject({ role: 'assistant', status: 'completed', run_id: run.id, assistant_id: assistant.id });
    expect(reply?.completed_at).toEqual(expect.any(Number));
    const byRun = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages?run_id=${run.id}`)).body.data;
    expect(byRun.map((message) => message.id)).toEqual([reply?.id]);

    const steps = (await api.get<ListPage<RunStep>>(`/threads/${threadId}/runs/${run.id}/steps`)).body.data;
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      object: 'thread.run.step',
      type: 'message_creation',
      status: 'completed',
      run_id: run.id,
      thread_id: threadId,
      assistant_id: assistant.id,
      step_details: { type: 'message_creation', message_creation: { message_id: reply?.id } },
      usage: { prompt_tokens: 4, completion_tokens: 4, total_tokens: 8 },
    });
    expect(steps[0]?.id).toMatch(/^step_[A-Za-z0-9]{24}$/);
    const step = await api.get<RunStep>(`/threads/${threadId}/runs/${run.id}/steps/${steps[0]?.id ?? ''}`);
    expect(step.body).toEqual(steps[0]);
    const missing = await api.get(`/threads/${threadId}/runs/${run.id}/steps/step_nope`);
    expect(errorOf(missing).message).toBe("No step found with id 'step_nope'.");
  });

  it('greets on an empty thread and applies run overrides', async () => {
    const threadId = (await api.post<Thread>('/threads')).body.id;
    const run = await startRun(threadId, {
      model: 'gpt-3.5-turbo',
      instructions: 'Override.',
      additional_instructions: 'Extra.',
      tools: [],
      metadata: { who: 'test' },
    });
    expect(run).toMatchObject({ model: 'gpt-3.5-turbo', instructions: 'Override.\nExtra.', tools: [], metadata: { who: 'test' } });
    await t.events.run(run.id, settled);
    const messages = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages`)).body.data;
    expect(text(messages[0])).toBe('Hello! How can I help?');
    const modified = await api.post<Run>(`/threads/${threadId}/runs/${run.id}`, { metadata: { who: 'changed' } });
    expect(modified.body.metadata).toEqual({ who: 'changed' });
  });

  it('adds additional_messages before the run starts', async () => {
    const threadId = (await api.post<Thread>('/threads')).body.id;
    const run = await startRun(threadId, { additional_messages: [{ role: 'user', content: 'added late' }] });
    await t.events.run(run.id, settled);
    const messages = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages?order=asc`)).body.data;
    expect(messages.map(text)).toEqual(['added late', 'You said: added late']);
    expect(messages[0]?.run_id).toBeNull();
  });

  it('calls functions, requires action, and completes with the tool results', async () => {
    const threadId = await threadWith('call get_weather({"city":"Paris"}) and call get_time() and call unknown_fn({})');
    const run = await startRun(threadId);
    const waiting = await t.events.run(run.id, settled);
    expect(waiting.status).toBe('requires_action');
    const calls = waiting.required_action?.submit_tool_outputs.tool_calls ?? [];
    expect(calls.map((call) => call.function)).toEqual([
      { name: 'get_weather', arguments: '{"city":"Paris"}' },
      { name: 'get_time', arguments: '{}' },
    ]);
    for (const call of calls) {
      expect(call.type).toBe('function');
      expect(call.id).toMatch(/^call_[A-Za-z0-9]{24}$/);
    }
    const steps = (await api.get<ListPage<RunStep>>(`/threads/${threadId}/runs/${run.id}/steps`)).body.data;
    expect(steps[0]).toMatchObject({ type: 'tool_calls', status: 'in_progress', usage: null });
    expect(steps[0]?.step_details).toEqual({
      type: 'tool_calls',
      tool_calls: calls.map((call) => ({ id: call.id, type: 'function', function: { ...call.function, output: null } })),
    });

    const path = `/threads/${threadId}/runs/${run.id}/submit_tool_outputs`;
    const [first, second] = calls;
    const unknown = await api.post(path, { tool_outputs: [{ tool_call_id: 'call_nope', output: 'x' }] });
    expect(errorOf(unknown)).toMatchObject({ param: 'tool_outputs[0].tool_call_id', code: 'invalid_value' });
    expect(unknown.status).toBe(400);
    const partial = await api.post(path, { tool_outputs: [{ tool_call_id: first?.id, output: 'sunny' }] });
    expect(partial.status).toBe(400);
    expect(errorOf(partial).param).toBe('tool_outputs');
    const duplicate = await api.post(path, {
      tool_outputs: [
        { tool_call_id: first?.id, output: 'a' },
        { tool_call_id: first?.id, output: 'b' },
      ],
    });
    expect(errorOf(duplicate).param).toBe('tool_outputs[1].tool_call_id');

    const submitted = await api.post<Run>(path, {
      tool_outputs: [
        { tool_call_id: second?.id, output: 'noon' },
        { tool_call_id: first?.id, output: 'sunny' },
      ],
    });
    expect(submitted.body).toMatchObject({ status: 'queued', required_action: null });
    const done = await t.events.run(run.id, settled);
    expect(done.status).toBe('completed');
    const messages = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages`)).body.data;
    expect(text(messages[0])).toBe('Tool results: get_weather=sunny; get_time=noon');
    const allSteps = (await api.get<ListPage<RunStep>>(`/threads/${threadId}/runs/${run.id}/steps?order=asc`)).body.data;
    expect(allSteps.map((step) => [step.type, step.status])).toEqual([
      ['tool_calls', 'completed'],
      ['message_creation', 'completed'],
    ]);
    const toolStep = allSteps[0];
    expect(toolStep?.usage).toEqual(expect.objectContaining({ total_tokens: expect.any(Number) }));
    expect(toolStep?.step_details.type === 'tool_calls' && toolStep.step_details.tool_calls.map((call) => call.type === 'function' && call.function.output)).toEqual([
      'sunny',
      'noon',
    ]);
    const total = allSteps.reduce((sum, step) => sum + (step.usage?.total_tokens ?? 0), 0);
    expect(done.usage?.total_tokens).toBe(total);
  });

  it('forces a named function with tool_choice and never calls with none', async () => {
    const forced = await threadWith('what time is it?');
    const run = await startRun(forced, { tool_choice: { type: 'function', function: { name: 'get_time' } } });
    const waiting = await t.events.run(run.id, settled);
    expect(waiting.required_action?.submit_tool_outputs.tool_calls.map((call) => call.function)).toEqual([
      { name: 'get_time', arguments: '{}' },
    ]);
    const none = await threadWith('call get_time()');
    const quiet = await t.events.run((await startRun(none, { tool_choice: 'none' })).id, settled);
    expect(quiet.status).toBe('completed');
  });

  it('cancels a run waiting for tool outputs, cancelling its open step', async () => {
    const threadId = await threadWith('call get_time()');
    const run = await startRun(threadId);
    await t.events.run(run.id, settled);
    await api.post(`/threads/${threadId}/runs/${run.id}/cancel`);
    const cancelled = await t.events.run(run.id, (r) => r.status === 'cancelled');
    expect(cancelled.status).toBe('cancelled');
    const steps = (await api.get<ListPage<RunStep>>(`/threads/${threadId}/runs/${run.id}/steps`)).body.data;
    expect(steps[0]?.status).toBe('cancelled');
    expect(steps[0]?.cancelled_at).toEqual(expect.any(Number));
  });

  it('expires a run when the clock passes expires_at', async () => {
    const threadId = await threadWith('call get_weather({"city":"Oslo"})');
    const run = await startRun(threadId);
    const waiting = await t.events.run(run.id, settled);
    expect(waiting.status).toBe('requires_action');
    offsetMs = 601_000;
    try {
      const expired = (await api.get<Run>(`/threads/${threadId}/runs/${run.id}`)).body;
      expect(expired).toMatchObject({ status: 'expired', expires_at: null, required_action: null });
      const steps = (await api.get<ListPage<RunStep>>(`/threads/${threadId}/runs/${run.id}/steps`)).body.data;
      expect(steps[0]?.status).toBe('expired');
      expect(steps[0]?.expired_at).toEqual(expect.any(Number));
      const callId = waiting.required_action?.submit_tool_outputs.tool_calls[0]?.id;
      const late = await api.post(`/threads/${threadId}/runs/${run.id}/submit_tool_outputs`, {
        tool_outputs: [{ tool_call_id: callId, output: 'rain' }],
      });
      expect(late.status).toBe(400);
      expect(errorOf(late)).toEqual({
        message: 'Runs in status "expired" do not accept tool outputs.',
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
      expect(errorOf(await api.post(`/threads/${threadId}/runs/${run.id}/cancel`)).message).toBe(
        "Cannot cancel run with status 'expired'.",
      );
      expect((await api.post(`/threads/${threadId}/messages`, { role: 'user', content: 'free again' })).status).toBe(200);
    } finally {
      offsetMs = 0;
    }
  });

  it("shows the built-in model only the run's window of the thread", async () => {
    const contents = ['one two three', 'four five six seven', 'eight nine'];
    const whole = await t.events.run((await startRun(await threadWith(...contents))).id, settled);
    // The instructions (2 words) and every message.
    expect(whole.usage?.prompt_tokens).toBe(2 + 3 + 4 + 2);
    const windowed = await startRun(await threadWith(...contents), { truncation_strategy: { type: 'last_messages', last_messages: 2 } });
    expect((await t.events.run(windowed.id, settled)).usage?.prompt_tokens).toBe(2 + 4 + 2);
  });

  it('ends a run incomplete when even its newest message does not fit max_prompt_tokens', async () => {
    const threadId = await threadWith('a message far longer than the handful of tokens this run allows its prompt');
    const run = await t.events.run((await startRun(threadId, { max_prompt_tokens: 256, instructions: 'word '.repeat(300) })).id, settled);
    expect(run).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'max_prompt_tokens' } });
  });

  it('fails a run on #fail and #rate_limit', async () => {
    const threadId = await threadWith('please #fail');
    const failed = await t.events.run((await startRun(threadId)).id, settled);
    expect(failed).toMatchObject({
      status: 'failed',
      expires_at: null,
      last_error: { code: 'server_error', message: 'The v1 server failed this run as asked (#fail).' },
    });
    expect(failed.failed_at).toEqual(expect.any(Number));
    const limited = await threadWith('#rate_limit');
    const rateLimited = await t.events.run((await startRun(limited)).id, settled);
    expect(rateLimited.last_error?.code).toBe('rate_limit_exceeded');
  });

  it('refuses actions in the wrong state with upstream wording', async () => {
    const threadId = await threadWith('call get_time()');
    const run = await startRun(threadId);
    const busyMessage = await api.post(`/threads/${threadId}/messages`, { role: 'user', content: 'more' });
    expect(busyMessage.status).toBe(400);
    expect(errorOf(busyMessage)).toEqual({
      message: `Can't add messages to ${threadId} while a run ${run.id} is active.`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
    const busyRun = await api.post(`/threads/${threadId}/runs`, { assistant_id: assistant.id });
    expect(busyRun.status).toBe(400);
    expect(errorOf(busyRun)).toMatchObject({ message: `Thread ${threadId} already has an active run ${run.id}.`, code: null });
    await t.events.run(run.id, settled);
    await api.post(`/threads/${threadId}/runs/${run.id}/cancel`);
    await t.events.run(run.id, (r) => r.status === 'cancelled');

    const doneThread = await threadWith('hi');
    const done = await t.events.run((await startRun(doneThread)).id, settled);
    const cancel = await api.post(`/threads/${doneThread}/runs/${done.id}/cancel`);
    expect(errorOf(cancel)).toEqual({
      message: "Cannot cancel run with status 'completed'.",
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
    const submit = await api.post(`/threads/${doneThread}/runs/${done.id}/submit_tool_outputs`, { tool_outputs: [] });
    expect(errorOf(submit).message).toBe('Runs in status "completed" do not accept tool outputs.');
  });

  it('creates a thread and run together, and deleteThread removes its runs', async () => {
    const created = await api.post<Run>('/threads/runs', {
      assistant_id: assistant.id,
      thread: { messages: [{ role: 'user', content: 'together' }], metadata: { t: '1' } },
    });
    expect(created.body.status).toBe('queued');
    const threadId = created.body.thread_id;
    expect((await api.get<Thread>(`/threads/${threadId}`)).body.metadata).toEqual({ t: '1' });
    await t.events.run(created.body.id, settled);
    const runs = (await api.get<ListPage<Run>>(`/threads/${threadId}/runs`)).body;
    expect(runs.data.map((run) => run.id)).toEqual([created.body.id]);
    await api.del(`/threads/${threadId}`);
    expect((await api.get(`/threads/${threadId}/runs/${created.body.id}`)).status).toBe(404);
    expect((await api.post('/threads/runs', { assistant_id: 'asst_missing' })).status).toBe(404);
  });
});

describe('in-progress messages when a run stops', () => {
  let t: TestV1Server;
  let api: Api;
  let offsetMs = 0;
  let assistantId: string;
  const longText = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 100, clock: () => Date.now() + offsetMs });
    api = t.api();
    assistantId = (await createRestAssistant(api)).id;
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  async function runUntilWriting(): Promise<{ threadId: string; runId: string; message: Message }> {
    const created = await api.post<Run>('/threads/runs', { assistant_id: assistantId, thread: { messages: [{ role: 'user', content: longText }] } });
    const threadId = created.body.thread_id;
    const written = await t.events.message((candidate) => candidate.run_id === created.body.id, { what: `of run ${created.body.id}` });
    const messages = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages?run_id=${created.body.id}`)).body.data;
    const message = messages[0];
    expect(message?.id).toBe(written.id);
    expect(message?.status).toBe('in_progress');
    return { threadId, runId: created.body.id, message: message as Message };
  }

  it('cancels a queued/in-progress run: cancelling, then cancelled', async () => {
    const run = (await api.post<Run>('/threads/runs', { assistant_id: assistantId, thread: { messages: [{ role: 'user', content: 'take your time #slow' }] } })).body;
    const threadId = run.thread_id;
    const inProgress = await t.events.run(run.id, (r) => r.status !== 'queued');
    expect(inProgress.status).toBe('in_progress');
    const cancelling = await api.post<Run>(`/threads/${threadId}/runs/${run.id}/cancel`);
    expect(cancelling.body.status).toBe('cancelling');
    const cancelled = await t.events.run(run.id, (r) => r.status !== 'cancelling');
    expect(cancelled).toMatchObject({ status: 'cancelled', expires_at: null });
    expect(cancelled.cancelled_at).toEqual(expect.any(Number));
    const again = await api.post(`/threads/${threadId}/runs/${run.id}/cancel`);
    expect(again.status).toBe(400);
    expect(errorOf(again)).toEqual({
      message: "Cannot cancel run with status 'cancelled'.",
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  });

  it('marks the message incomplete (run_cancelled) on cancel', async () => {
    const { threadId, runId, message } = await runUntilWriting();
    await api.post(`/threads/${threadId}/runs/${runId}/cancel`);
    await t.events.run(runId, (r) => r.status === 'cancelled');
    const after = (await api.get<Message>(`/threads/${threadId}/messages/${message.id}`)).body;
    expect(after).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'run_cancelled' } });
    expect(after.incomplete_at).toEqual(expect.any(Number));
    const steps = (await api.get<ListPage<RunStep>>(`/threads/${threadId}/runs/${runId}/steps`)).body.data;
    expect(steps[0]?.status).toBe('cancelled');
  });

  it('marks the message incomplete (run_expired) on expiry', async () => {
    const { threadId, runId, message } = await runUntilWriting();
    offsetMs = 700_000;
    try {
      expect((await api.get<Run>(`/threads/${threadId}/runs/${runId}`)).body.status).toBe('expired');
      const after = (await api.get<Message>(`/threads/${threadId}/messages/${message.id}`)).body;
      expect(after).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'run_expired' } });
    } finally {
      offsetMs = 0;
    }
  });
});

describe('streamed text', () => {
  const deltas = ['one ', 'two ', 'three'];
  /** Streams `deltas`, then waits until the call is aborted. */
  const model: AssistantModel = {
    async *stream(_input, signal) {
      for (const delta of deltas) yield { type: 'text', delta };
      await new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }));
    },
  };

  async function startRun(t: TestV1Server): Promise<Run> {
    const api = t.api();
    const assistant = await createRestAssistant(api);
    return (await api.post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'a' }] } })).body;
  }

  it('is written while the model is still answering, with no other change to the run', async () => {
    const t = await startTestV1Server({ model, stepDelayMs: 1 });
    try {
      const run = await startRun(t);
      const written = await t.events.message((message) => message.run_id === run.id && text(message) === deltas.join(''), { what: 'the whole text' });
      expect(written.status).toBe('in_progress');
      expect((await t.api().get<Run>(`/threads/${run.thread_id}/runs/${run.id}`)).body.status).toBe('in_progress');
    } finally {
      await t.v1Server.close();
    }
  });

  it('is written whole by the cancellation that ends the run before its own write', async () => {
    const t = await startTestV1Server({ model, stepDelayMs: 1, textSaveMs: 60_000 });
    try {
      const api = t.api();
      const run = await startRun(t);
      const created = await t.events.message((message) => message.run_id === run.id, { what: `of run ${run.id}` });
      expect(text(created)).toBe(deltas[0]);
      await api.post(`/threads/${run.thread_id}/runs/${run.id}/cancel`);
      await t.events.run(run.id, (current) => current.status === 'cancelled');
      const after = (await api.get<Message>(`/threads/${run.thread_id}/messages/${created.id}`)).body;
      expect(after).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'run_cancelled' } });
      expect(text(after)).toBe(deltas.join(''));
    } finally {
      await t.v1Server.close();
    }
  });
});

describe('a run held in queued (slow steps)', () => {
  it('refuses tool outputs and a second cancel while queued or cancelling', async () => {
    const t = await startTestV1Server({ stepDelayMs: 60_000 });
    try {
      const api = t.api();
      const assistant = await createRestAssistant(api);
      const run = (await api.post<Run>('/threads/runs', { assistant_id: assistant.id })).body;
      const path = `/threads/${run.thread_id}/runs/${run.id}`;
      const queued = await api.post(`${path}/submit_tool_outputs`, { tool_outputs: [] });
      expect(errorOf(queued)).toEqual({
        message: 'Runs in status "queued" do not accept tool outputs.',
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
      expect((await api.post<Run>(`${path}/cancel`)).body.status).toBe('cancelling');
      expect((await api.get<Run>(path)).body.status).toBe('cancelling');
      expect(errorOf(await api.post(`${path}/submit_tool_outputs`, { tool_outputs: [] })).message).toBe(
        'Runs in status "cancelling" do not accept tool outputs.',
      );
      expect(errorOf(await api.post(`${path}/cancel`)).message).toBe("Cannot cancel run with status 'cancelling'.");
      expect((await api.post(`/threads/${run.thread_id}/messages`, { role: 'user', content: 'x' })).status).toBe(400);
    } finally {
      await t.v1Server.close();
    }
  });
});

describe('a replacement model', () => {
  it('is used through the streaming AssistantModel seam', async () => {
    const model: AssistantModel = {
      async *stream(input) {
        yield { type: 'text', delta: `${input.turns.length} message(s), ` };
        yield { type: 'text', delta: `instructions "${input.instructions}"` };
        yield { type: 'usage', promptTokens: 1, completionTokens: 2 };
      },
    };
    const t = await startTestV1Server({ model, stepDelayMs: 1 });
    try {
      const api = t.api();
      const assistant = await createRestAssistant(api, { instructions: 'X' });
      const run = (await api.post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'a' }] } })).body;
      const done = await t.events.run(run.id, settled);
      expect(done.usage).toEqual({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 });
      const messages = (await api.get<ListPage<Message>>(`/threads/${run.thread_id}/messages`)).body.data;
      expect(text(messages[0])).toBe('1 message(s), instructions "X"');
    } finally {
      await t.v1Server.close();
    }
  });
});

describe('a run whose completing transaction fails', () => {
  it('ends failed with the error instead of staying in progress', async () => {
    const inner = await openStore(await testDatabaseUrl());
    // Every transaction that would complete a run fails once its work is done, as a failed commit would.
    const failingCompletion =
      <T>(work: (tx: StoreTables) => Promise<T>) =>
      async (tx: StoreTables): Promise<T> => {
        let completes = false;
        const runs = intercept(tx.runs, {
          put: async (scope, parent, id, run) => {
            completes ||= run.status === 'completed';
            await tx.runs.put(scope, parent, id, run);
          },
        });
        const result = await work(intercept(tx, { runs }));
        if (completes) throw new Error('The commit failed.');
        return result;
      };
    const store = intercept(inner, {
      transaction: <T>(work: (tx: StoreTables) => Promise<T>) => inner.transaction(failingCompletion(work)),
      runTransaction: <T>(run: RunKey, work: (tx: StoreTables) => Promise<T>) => inner.runTransaction(run, failingCompletion(work)),
    });
    const t = await startTestV1Server({ store, stepDelayMs: 2 });
    try {
      const api = t.api();
      const assistant = await createRestAssistant(api, { model: 'gpt-4' });
      const run = (await api.post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'hello' }] } })).body;
      const ended = await t.events.run(run.id, settled, { what: 'ended' });
      expect(ended.status).toBe('failed');
      expect(ended.last_error).toEqual({ code: 'server_error', message: 'The commit failed.' });
    } finally {
      await t.v1Server.close();
      await inner.close();
    }
  });

  it('is resumed once its lease runs out when its failure cannot be written either, answered once', async () => {
    const inner = await openStore(await testDatabaseUrl());
    // The first transaction that would complete the run fails, and so does the first that would fail it.
    const failOnce = new Set(['completed', 'failed']);
    const failingOnce =
      <T>(work: (tx: StoreTables) => Promise<T>) =>
      async (tx: StoreTables): Promise<T> => {
        let ends: string | undefined;
        const runs = intercept(tx.runs, {
          put: async (scope, parent, id, run) => {
            if (failOnce.has(run.status)) ends = run.status;
            await tx.runs.put(scope, parent, id, run);
          },
        });
        const result = await work(intercept(tx, { runs }));
        if (ends !== undefined) {
          failOnce.delete(ends);
          throw new Error(`The commit of a ${ends} run failed.`);
        }
        return result;
      };
    const store = intercept(inner, {
      transaction: <T>(work: (tx: StoreTables) => Promise<T>) => inner.transaction(failingOnce(work)),
      runTransaction: <T>(run: RunKey, work: (tx: StoreTables) => Promise<T>) => inner.runTransaction(run, failingOnce(work)),
    });
    let now = Date.now();
    const reported: string[] = [];
    const bothFailed = deferred();
    const t = await startTestV1Server({
      store,
      stepDelayMs: 2,
      runLeaseSeconds: 1,
      clock: () => now,
      onError: (error) => {
        reported.push(String(error));
        if (failOnce.size === 0) bothFailed.resolve();
      },
    });
    try {
      const api = t.api();
      const assistant = await createRestAssistant(api, { model: 'gpt-4' });
      const run = (await api.post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'hello' }] } })).body;
      await bothFailed.promise;
      expect((await api.get<Run>(`/threads/${run.thread_id}/runs/${run.id}`)).body.status).toBe('in_progress');
      // Past the lease: unrenewed, it is free to take, and this instance takes it.
      now += 5_000;
      const ended = await t.events.run(run.id, settled, { what: 'ended' });
      expect(ended.status).toBe('completed');
      expect(reported).toEqual([expect.stringContaining('The commit of a failed run failed.')]);
      const messages = (await api.get<ListPage<Message>>(`/threads/${run.thread_id}/messages`)).body.data;
      expect(messages.map((message) => message.role)).toEqual(['assistant', 'user']);
      const steps = (await api.get<ListPage<RunStep>>(`/threads/${run.thread_id}/runs/${run.id}/steps`)).body.data;
      expect(steps.map((step) => step.status)).toEqual(['completed']);
    } finally {
      await t.v1Server.close();
      await inner.close();
    }
  });
});
