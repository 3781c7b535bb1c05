/**
 * The `code_interpreter` tool over real HTTP with the built-in model (a ```python block in the
 * message is run): its calls are v1 code interpreter steps with their logs and images, the code runs
 * in a bubblewrap sandbox (no network, a read-only system, only `/mnt/data` writable, a time limit),
 * and what it writes comes back as `assistants_output` files linked from the reply. The sandbox's
 * tests are skipped, saying why, where bubblewrap cannot start.
 */
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssistantModel, ModelEvent, ModelInput } from '../../src/v1-server/model/model.js';
import type { Assistant, ListPage, Message, Run, RunStep, StepToolCall } from '../../src/v1/schemas.js';
import type { FileObject } from '../../src/v1-server/index.js';
import { askToRun, probeBubblewrap, RUN_TIMEOUT_MS } from '../helpers/code-interpreter.js';
import { settled } from '../helpers/kit.js';
import type { Api, TestV1Server } from './helpers.js';
import { readSse, startTestV1Server, uploadFile } from './helpers.js';

const { available, description } = await probeBubblewrap();
const skipped = available ? '' : ` (skipped: code interpreter is ${description})`;

type CodeCall = Extract<StepToolCall, { type: 'code_interpreter' }>;

async function steps(api: Api, run: Run): Promise<RunStep[]> {
  return (await api.get<ListPage<RunStep>>(`/threads/${run.thread_id}/runs/${run.id}/steps?order=asc`)).body.data;
}

async function codeCall(api: Api, run: Run): Promise<CodeCall> {
  const [first] = await steps(api, run);
  const call = first?.step_details.type === 'tool_calls' ? first.step_details.tool_calls[0] : undefined;
  if (call?.type !== 'code_interpreter') throw new Error(`no code interpreter call in ${JSON.stringify(first)}`);
  return call;
}

function logsOf(call: CodeCall): string {
  return call.code_interpreter.outputs.flatMap((output) => (output.type === 'logs' ? [output.logs] : [])).join('');
}

async function reply(api: Api, run: Run): Promise<Message> {
  const page = await api.get<ListPage<Message>>(`/threads/${run.thread_id}/messages?order=desc&limit=1`);
  const message = page.body.data[0];
  if (!message) throw new Error('no reply');
  return message;
}

function textOf(message: Message): Extract<Message['content'][number], { type: 'text' }>['text'] {
  const part = message.content[0];
  if (part?.type !== 'text') throw new Error(`no text in ${JSON.stringify(message)}`);
  return part.text;
}

/** A file's bytes through `GET /files/{id}/content`. */
async function download(server: TestV1Server, fileId: string): Promise<Buffer> {
  const response = await fetch(`${server.v1Server.url}/files/${fileId}/content`, {
    headers: { authorization: 'Bearer sk-test-a', 'openai-beta': 'assistants=v1' },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe(`code interpreter under bubblewrap${skipped}`, () => {
  let t: TestV1Server;
  let short: TestV1Server;
  let api: Api;
  let assistant: Assistant;
  let shortAssistant: Assistant;

  beforeAll(async () => {
    if (!available) return;
    t = await startTestV1Server({ codeInterpreter: { sandbox: 'bubblewrap' } });
    short = await startTestV1Server({ codeInterpreter: { sandbox: 'bubblewrap', timeoutSeconds: 2 } });
    api = t.api();
    assistant = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }] })).body;
    shortAssistant = (await short.api().post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }] })).body;
  });

  afterAll(async () => {
    if (!available) return;
    await t.v1Server.close();
    await short.v1Server.close();
  });

  async function runCode(code: string, server = t, assistantId = assistant.id): Promise<Run> {
    const created = await server.api().post<Run>('/threads/runs', {
      assistant_id: assistantId,
      thread: { messages: [{ role: 'user', content: askToRun(code) }] },
    });
    expect(created.status).toBe(200);
    return server.events.run(created.body.id, settled, { timeoutMs: RUN_TIMEOUT_MS });
  }

  it.skipIf(!available)('runs the code: a code_interpreter step with its input and logs, and a reply quoting them', async () => {
    const run = await runCode("print('hello from', 6 * 7)");
    expect(run.status).toBe('completed');
    const call = await codeCall(api, run);
    expect(call.code_interpreter).toEqual({ input: "print('hello from', 6 * 7)\n", outputs: [{ type: 'logs', logs: 'hello from 42\n' }] });
    expect(textOf(await reply(api, run)).value).toBe('The code printed:\n```\nhello from 42\n```');
  });

  it.skipIf(!available)('shows a traceback in the logs, and the run goes on', async () => {
    const run = await runCode('x = 1\nprint(x / 0)');
    expect(run.status).toBe('completed');
    const logs = logsOf(await codeCall(api, run));
    expect(logs).toContain('Traceback (most recent call last):');
    expect(logs).toContain('File "<code>", line 2, in <module>');
    expect(logs).toContain('ZeroDivisionError: division by zero');
  });

  it.skipIf(!available)('has no network: a connection to a port the test listens on fails', async () => {
    const accepted: Socket[] = [];
    const listener = createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as AddressInfo;
    try {
      const run = await runCode(
        `import socket\ntry:\n    socket.create_connection(('127.0.0.1', ${port}), timeout=2)\n    print('connected')\nexcept OSError as error:\n    print('no network:', type(error).__name__)`,
      );
      expect(logsOf(await codeCall(api, run))).toMatch(/^no network: \w+\n$/);
      expect(accepted).toHaveLength(0);
    } finally {
      listener.close();
    }
  });

  it.skipIf(!available)('keeps the system read-only, writes /mnt/data, and links the file written as a downloadable output', async () => {
    const run = await runCode(
      "try:\n    open('/usr/evil', 'w')\nexcept OSError as error:\n    print(error.strerror)\nwith open('/mnt/data/report.csv', 'w') as out:\n    out.write('a,b\\n1,2\\n')",
    );
    const call = await codeCall(api, run);
    expect(logsOf(call)).toBe('Read-only file system\n');
    const message = await reply(api, run);
    const text = textOf(message);
    expect(text.value).toBe('The code printed:\n```\nRead-only file system\n```\nFiles: sandbox:/mnt/data/report.csv');
    const [annotation] = text.annotations;
    if (annotation?.type !== 'file_path') throw new Error(`no file_path annotation: ${JSON.stringify(text.annotations)}`);
    expect(annotation).toMatchObject({ text: 'sandbox:/mnt/data/report.csv', end_index: text.value.length });
    expect(text.value.slice(annotation.start_index, annotation.end_index)).toBe('sandbox:/mnt/data/report.csv');
    const fileId = annotation.file_path.file_id;
    expect(message.file_ids).toEqual([fileId]);
    const file = await api.get<FileObject>(`/files/${fileId}`);
    expect(file.body).toMatchObject({ purpose: 'assistants_output', filename: '/mnt/data/report.csv', bytes: 8, status: 'processed' });
    expect(await download(t, fileId)).toEqual(Buffer.from('a,b\n1,2\n'));
  });

  it.skipIf(!available)('stops a CPU-bound loop at the time limit with a log line saying so', async () => {
    const run = await runCode("print('looping')\nwhile True:\n    pass", short, shortAssistant.id);
    expect(run.status).toBe('completed');
    const logs = logsOf(await codeCall(short.api(), run));
    expect(logs).toBe('looping\nExecution stopped: the code ran past the 2-second time limit.\n');
  });

  it.skipIf(!available)('shows a matplotlib chart as an image output and an image part of the reply', async () => {
    const run = await runCode('import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.title("trend")\nplt.show()');
    const call = await codeCall(api, run);
    const [logs, image] = call.code_interpreter.outputs;
    expect(logs?.type).toBe('logs');
    if (image?.type !== 'image') throw new Error(`no image output: ${JSON.stringify(call.code_interpreter.outputs)}`);
    expect(call.code_interpreter.outputs).toHaveLength(2);
    const message = await reply(api, run);
    expect(message.content.slice(1)).toEqual([{ type: 'image_file', image_file: { file_id: image.image.file_id } }]);
    const file = await api.get<FileObject>(`/files/${image.image.file_id}`);
    expect(file.body.purpose).toBe('assistants_output');
    expect((await download(t, image.image.file_id)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it.skipIf(!available)("shows the assistant's files at /mnt/data/<file_id>", async () => {
    const data = await uploadFile(api, 'numbers.csv', 'n\n4\n5\n');
    const withFile = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }], file_ids: [data.id] })).body;
    const run = await runCode(`import csv\nrows = list(csv.DictReader(open('/mnt/data/${data.id}')))\nprint(sum(int(row['n']) for row in rows))`, t, withFile.id);
    expect(logsOf(await codeCall(api, run))).toBe('9\n');
  });

  it.skipIf(!available)('streams the step: the call, then its outputs', async () => {
    const events = await readSse(
      await api.stream('/threads/runs', { assistant_id: assistant.id, stream: true, thread: { messages: [{ role: 'user', content: askToRun('print(2 + 2)') }] } }),
    );
    const deltas = events.filter((event) => event.event === 'thread.run.step.delta').map((event) => JSON.parse(event.data) as unknown);
    expect(deltas).toEqual([
      expect.objectContaining({
        delta: { step_details: { type: 'tool_calls', tool_calls: [{ index: 0, id: expect.any(String), type: 'code_interpreter', code_interpreter: { input: 'print(2 + 2)\n', outputs: [] } }] } },
      }),
      expect.objectContaining({
        delta: { step_details: { type: 'tool_calls', tool_calls: [{ index: 0, type: 'code_interpreter', code_interpreter: { outputs: [{ index: 0, type: 'logs', logs: '4\n' }] } }] } },
      }),
    ]);
  });
});

describe(`code interpreter input streamed by a model${skipped}`, () => {
  const CODE = 'total = 0\nfor n in range(5):\n    total += n\nprint("total", total)\n';

  /** Writes the call's arguments in small fragments, an escape split among them, then answers with text. */
  const model: AssistantModel = {
    async *stream(input: ModelInput): AsyncGenerator<ModelEvent> {
      if (input.turns.some((turn) => turn.type === 'tool_calls')) {
        yield { type: 'text', delta: 'Done.' };
        yield { type: 'finish', reason: 'stop' };
        return;
      }
      const args = JSON.stringify({ code: CODE });
      for (let at = 0; at < args.length; at += 7) {
        yield { type: 'tool_call', index: 0, ...(at === 0 ? { id: 'call_stream', name: 'code_interpreter' } : {}), arguments: args.slice(at, at + 7) };
      }
      yield { type: 'finish', reason: 'tool_calls' };
    },
  };

  it.skipIf(!available)('sends the code as input fragments that add up to the step input', async () => {
    const server = await startTestV1Server({ model, codeInterpreter: { sandbox: 'bubblewrap' } });
    try {
      const api = server.api();
      const assistant = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }] })).body;
      const events = await readSse(
        await api.stream('/threads/runs', { assistant_id: assistant.id, stream: true, thread: { messages: [{ role: 'user', content: 'sum' }] } }),
      );
      const inputs = events
        .filter((event) => event.event === 'thread.run.step.delta')
        .map((event) => JSON.parse(event.data) as { delta: { step_details: { tool_calls: Array<{ code_interpreter?: { input?: string } }> } } })
        .map((delta) => delta.delta.step_details.tool_calls[0]?.code_interpreter?.input ?? '');
      expect(inputs.filter((input) => input !== '').length).toBeGreaterThan(5);
      expect(inputs.join('')).toBe(CODE);
      const completed = events.filter((event) => event.event === 'thread.run.step.completed').map((event) => JSON.parse(event.data) as RunStep);
      expect(completed[0]?.step_details).toEqual({
        type: 'tool_calls',
        tool_calls: [{ id: 'call_stream', type: 'code_interpreter', code_interpreter: { input: CODE, outputs: [{ type: 'logs', logs: 'total 10\n' }] } }],
      });
    } finally {
      await server.v1Server.close();
    }
  });
});

describe('code interpreter off', () => {
  it('is not offered: a python block is answered as any message', async () => {
    const server = await startTestV1Server({ codeInterpreter: { sandbox: 'off' } });
    try {
      const api = server.api();
      expect(server.v1Server.codeInterpreter).toBe('off');
      const assistant = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }] })).body;
      const created = await api.post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: askToRun('print(1)') }] } });
      const run = await server.events.run(created.body.id, settled);
      expect((await steps(api, run)).map((step) => step.type)).toEqual(['message_creation']);
      expect(textOf(await reply(api, run)).value).toBe(`You said: ${askToRun('print(1)')}`);
    } finally {
      await server.v1Server.close();
    }
  });
});
