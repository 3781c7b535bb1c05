/**
 * The `pyodide` sandbox over real HTTP with the built-in model (a ```python block in the message is
 * run): pyodide loads from node_modules (no network), one worker per session keeps the thread's
 * variables, prints and tracebacks come back as logs, a file written under /mnt/data comes out as a
 * downloadable output linked from the reply, Python reaches neither the network nor JavaScript, the
 * code's memory (heap and in-memory files) is bounded by `CODE_INTERPRETER_MEMORY_MB`, and a call
 * past the time limit ends its worker, the next call starting afresh and being told so.
 */
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EchoModel } from '../../src/v1-server/model/echo.js';
import type { AssistantModel, ModelEvent, ModelInput } from '../../src/v1-server/model/model.js';
import { CODE_INTERPRETER } from '../../src/v1-server/runs/code-interpreter.js';
import type { Assistant, ListPage, Message, Run, RunStep, StepToolCall, Thread } from '../../src/v1/schemas.js';
import { askToRun } from '../helpers/code-interpreter.js';
import { settled } from '../helpers/kit.js';
import type { TestV1Server } from './helpers.js';
import { startTestV1Server } from './helpers.js';

/** A run's wait: a session's first call loads pyodide, which takes seconds (more on a busy machine). */
const RUN_TIMEOUT_MS = 120_000;
const TIMEOUT_SECONDS = 3;
const MEMORY_MB = 64;

type CodeCall = Extract<StepToolCall, { type: 'code_interpreter' }>;

/** The built-in model, keeping what it was offered and what the code interpreter told it. */
class RecordingModel implements AssistantModel {
  readonly outputs: string[] = [];
  readonly descriptions: string[] = [];
  private readonly echo = new EchoModel(2);

  stream(input: ModelInput, signal: AbortSignal): AsyncIterable<ModelEvent> {
    const last = input.turns.flatMap((turn) => (turn.type === 'tool_calls' ? turn.calls : [])).at(-1);
    if (last?.name === CODE_INTERPRETER) this.outputs.push(last.output);
    for (const tool of input.tools) if (tool.type === 'function' && tool.function.name === CODE_INTERPRETER) this.descriptions.push(tool.function.description ?? '');
    return this.echo.stream(input, signal);
  }
}

describe('code interpreter under pyodide', () => {
  let t: TestV1Server;
  let assistant: Assistant;
  let threadId: string;
  const model = new RecordingModel();

  beforeAll(async () => {
    t = await startTestV1Server({ model, codeInterpreter: { sandbox: 'pyodide', timeoutSeconds: TIMEOUT_SECONDS, memoryMb: MEMORY_MB } });
    assistant = (await t.api().post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }] })).body;
    threadId = (await t.api().post<Thread>('/threads', {})).body.id;
  });

  afterAll(async () => {
    await t.v1Server.close();
  });

  async function runCode(code: string): Promise<Run> {
    const api = t.api();
    await api.post(`/threads/${threadId}/messages`, { role: 'user', content: askToRun(code) });
    const created = await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id });
    return t.events.run(created.body.id, settled, { timeoutMs: RUN_TIMEOUT_MS });
  }

  async function logsOf(run: Run): Promise<string> {
    const steps = (await t.api().get<ListPage<RunStep>>(`/threads/${run.thread_id}/runs/${run.id}/steps?order=asc`)).body.data;
    const call = steps[0]?.step_details.type === 'tool_calls' ? (steps[0].step_details.tool_calls[0] as CodeCall | undefined) : undefined;
    if (call?.type !== 'code_interpreter') throw new Error(`no code interpreter call in ${JSON.stringify(steps)}`);
    return call.code_interpreter.outputs.flatMap((output) => (output.type === 'logs' ? [output.logs] : [])).join('');
  }

  it('says it serves, and tells the model it has the standard library only', async () => {
    expect(t.v1Server.codeInterpreter).toBe(`pyodide (Python in WebAssembly, one worker thread per session), ${TIMEOUT_SECONDS} s per call, ${MEMORY_MB} MB of memory per session`);
    const run = await runCode("print('hello', 6 * 7)");
    expect(run.status).toBe('completed');
    expect(await logsOf(run)).toBe('hello 42\n');
    expect(model.descriptions.at(-1)).toContain('the standard library only: no numpy, pandas or matplotlib');
  });

  it('keeps variables between runs of the thread, and shows a traceback', async () => {
    await runCode('kept = [1, 2, 3]');
    const logs = await logsOf(await runCode('print(sum(kept))\nkept[5]'));
    expect(logs).toContain('6\nTraceback (most recent call last):\n  File "<code>", line 2, in <module>\n');
    expect(logs).toContain('IndexError: list index out of range');
  });

  it('brings a file written under /mnt/data out as a download linked from the reply', async () => {
    const run = await runCode("with open('/mnt/data/result.txt', 'w') as out:\n    out.write('from pyodide')");
    const reply = (await t.api().get<ListPage<Message>>(`/threads/${threadId}/messages?order=desc&limit=1`)).body.data[0];
    const part = reply?.content[0];
    if (part?.type !== 'text') throw new Error(`no text in ${JSON.stringify(reply)}`);
    expect(part.text.value).toBe('The code ran without output.\nFiles: sandbox:/mnt/data/result.txt');
    const [annotation] = part.text.annotations;
    if (annotation?.type !== 'file_path') throw new Error(`no file_path annotation in ${JSON.stringify(part.text)}`);
    const response = await fetch(`${t.v1Server.url}/files/${annotation.file_path.file_id}/content`, {
      headers: { authorization: 'Bearer sk-test-a', 'openai-beta': 'assistants=v1' },
    });
    expect(await response.text()).toBe('from pyodide');
    expect(run.status).toBe('completed');
    expect(await logsOf(await runCode("print(open('/mnt/data/result.txt').read())"))).toBe('from pyodide\n');
  });

  it('reaches neither the network (the listener receives nothing) nor JavaScript', async () => {
    const accepted: Socket[] = [];
    const listener = createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as AddressInfo;
    try {
      const logs = await logsOf(
        await runCode(
          [
            'import socket',
            'try:',
            `    socket.create_connection(('127.0.0.1', ${port}), timeout=2).send(b'hello')`,
            "    print('connected')",
            'except OSError as error:',
            "    print('no network')",
            "for name in ('js', 'pyodide_js', 'pyodide.code', 'pyodide.ffi'):",
            '    try:',
            '        __import__(name)',
            "        print('imported', name)",
            '    except ImportError:',
            "        print('blocked', name)",
          ].join('\n'),
        ),
      );
      expect(logs).toBe('no network\nblocked js\nblocked pyodide_js\nblocked pyodide.code\nblocked pyodide.ffi\n');
      expect(accepted).toHaveLength(0);
    } finally {
      listener.close();
    }
  });

  it('bounds the memory of the code (its heap and its files) at the memory limit; the interpreter goes on', async () => {
    expect(await logsOf(await runCode('kept = bytearray(40 * 1024 ** 2)\nprint(len(kept) // 1024 ** 2)'))).toBe('40\n');
    const hog = await runCode('hog = bytearray(100 * 1024 ** 2)');
    expect(hog.status).toBe('completed');
    const hogLogs = await logsOf(hog);
    expect(hogLogs).toContain('MemoryError');
    expect(hogLogs).toMatch(new RegExp(`Execution stopped: the code reached its ${MEMORY_MB} MB memory limit\\.\n$`));
    const files = await runCode(
      "chunk = b'0' * 1024 ** 2\nwritten = 0\ntry:\n    while written < 200:\n        open(f'/tmp/fill-{written}', 'wb').write(chunk)\n        written += 1\nexcept OSError as error:\n    print(error.strerror, written < 64 - 40)",
    );
    expect(await logsOf(files)).toBe('No space left on device True\n');
    expect(await logsOf(await runCode("import os\nfor n in range(written):\n    os.remove(f'/tmp/fill-{n}')\nprint(len(kept) // 1024 ** 2)"))).toBe('40\n');
  });

  it('ends a call past the time limit; the next call runs in a new interpreter and the model is told', async () => {
    const looped = await runCode("print('looping')\nwhile True:\n    pass");
    expect(looped.status).toBe('completed');
    expect(await logsOf(looped)).toBe(`Execution stopped: the code ran past the ${TIMEOUT_SECONDS}-second time limit.\n`);
    const after = await runCode("print('kept' in globals(), open('/mnt/data/result.txt').read())");
    expect(await logsOf(after)).toBe('False from pyodide\n');
    expect(model.outputs.at(-1)).toMatch(/^The Python interpreter was restarted/);
  });
});
