/**
 * The bubblewrap sandbox against hostile and heavy code, over real HTTP with the built-in model (a
 * ```python block in the message is run): every escape fails inside the sandbox and the server goes
 * on serving (the same thread's next call works), and a thread's session keeps its variables between
 * runs until a limit, a cancel, eviction or idle expiry ends it, which the model is told. Skipped,
 * saying why, where bubblewrap cannot start.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EchoModel } from '../../src/v1-server/model/echo.js';
import type { AssistantModel, ModelEvent, ModelInput } from '../../src/v1-server/model/model.js';
import { CODE_INTERPRETER } from '../../src/v1-server/runs/code-interpreter.js';
import { BubblewrapSandbox } from '../../src/v1-server/sandbox/bubblewrap.js';
import { DEFAULT_LIMITS } from '../../src/v1-server/sandbox/sandbox.js';
import { SESSION_IDLE_MS } from '../../src/v1-server/sandbox/sessions.js';
import type { Assistant, ListPage, Message, Run, RunStep, StepToolCall, Thread } from '../../src/v1/schemas.js';
import type { FileObject } from '../../src/v1-server/index.js';
import { askToRun, RUN_TIMEOUT_MS } from '../helpers/code-interpreter.js';
import { settled, until } from '../helpers/kit.js';
import type { TestV1Server } from './helpers.js';
import { startTestV1Server, uploadFile } from './helpers.js';

const probeDir = await mkdtemp(join(tmpdir(), 'sandbox-test-probe-'));
const probe = await BubblewrapSandbox.probe(DEFAULT_LIMITS, probeDir).finally(() => rm(probeDir, { recursive: true, force: true }));
const available = probe.works;
const skipped = probe.works ? '' : ` (skipped: bubblewrap cannot start Python: ${probe.reason})`;

const TIMEOUT_SECONDS = 8;
/** `CODE_INTERPRETER_MEMORY_MB` of the server under test. */
const MEMORY_MB = 256;
const SESSION_RESTARTED = 'The sandbox session was restarted';
const INTERPRETER_RESTARTED = 'The Python interpreter was restarted';
/** A variable of the test process's environment, hence of the server's. */
const SECRET_VARIABLE = 'SANDBOX_TEST_SECRET';

type CodeCall = Extract<StepToolCall, { type: 'code_interpreter' }>;

/** The built-in model, keeping what the code interpreter told it. */
class RecordingModel implements AssistantModel {
  readonly outputs: string[] = [];
  private readonly echo = new EchoModel(2);

  stream(input: ModelInput, signal: AbortSignal): AsyncIterable<ModelEvent> {
    const last = input.turns.flatMap((turn) => (turn.type === 'tool_calls' ? turn.calls : [])).at(-1);
    if (last?.name === CODE_INTERPRETER) this.outputs.push(last.output);
    return this.echo.stream(input, signal);
  }
}

/** The host processes whose command line is exactly `argv`. */
async function processesRunning(argv: string[]): Promise<number[]> {
  const wanted = `${argv.join('\0')}\0`;
  const found: number[] = [];
  for (const name of (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))) {
    const commandLine = await readFile(`/proc/${name}/cmdline`, 'latin1').catch(() => '');
    if (commandLine === wanted) found.push(Number(name));
  }
  return found;
}

describe(`code interpreter sandbox against escapes and abuse${skipped}`, () => {
  let t: TestV1Server;
  let assistant: Assistant;
  let model: RecordingModel;
  let databaseDir: string;
  let skew = 0;

  beforeAll(async () => {
    if (!available) return;
    process.env[SECRET_VARIABLE] = 'hunter2-secret';
    databaseDir = await mkdtemp(join(tmpdir(), 'sandbox-test-db-'));
    model = new RecordingModel();
    t = await startTestV1Server({
      model,
      databaseUrl: `file:${join(databaseDir, 'server.sqlite')}`,
      clock: () => Date.now() + skew,
      codeInterpreter: { sandbox: 'bubblewrap', timeoutSeconds: TIMEOUT_SECONDS, memoryMb: MEMORY_MB },
    });
    assistant = (await t.api().post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }] })).body;
  });

  afterAll(async () => {
    if (!available) return;
    delete process.env[SECRET_VARIABLE];
    await t.v1Server.close();
    await rm(databaseDir, { recursive: true, force: true });
  });

  async function newThread(server = t): Promise<string> {
    return (await server.api().post<Thread>('/threads', {})).body.id;
  }

  /** Runs `code` in a run on `threadId` and waits for the run to end. */
  async function runCode(code: string, threadId: string, server = t, assistantId = assistant.id): Promise<Run> {
    const api = server.api();
    await api.post(`/threads/${threadId}/messages`, { role: 'user', content: askToRun(code) });
    const created = await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistantId });
    expect(created.status).toBe(200);
    return server.events.run(created.body.id, settled, { timeoutMs: RUN_TIMEOUT_MS });
  }

  async function codeCall(run: Run, server = t): Promise<CodeCall> {
    const steps = (await server.api().get<ListPage<RunStep>>(`/threads/${run.thread_id}/runs/${run.id}/steps?order=asc`)).body.data;
    const call = steps[0]?.step_details.type === 'tool_calls' ? steps[0].step_details.tool_calls[0] : undefined;
    if (call?.type !== 'code_interpreter') throw new Error(`no code interpreter call in ${JSON.stringify(steps)}`);
    return call;
  }

  async function logsOf(run: Run, server = t): Promise<string> {
    return (await codeCall(run, server)).code_interpreter.outputs.flatMap((output) => (output.type === 'logs' ? [output.logs] : [])).join('');
  }

  /** Runs `code` in a fresh thread and gives its logs; then checks the thread's next call still runs. */
  async function logsAndRecovery(code: string): Promise<string> {
    const threadId = await newThread();
    const run = await runCode(code, threadId);
    expect(run.status).toBe('completed');
    const logs = await logsOf(run);
    expect(await logsOf(await runCode("print('still serving')", threadId))).toBe('still serving\n');
    return logs;
  }

  it.skipIf(!available)('has no network: a connection to a port the test listens on fails and the listener receives nothing', async () => {
    const accepted: Socket[] = [];
    const listener = createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as AddressInfo;
    try {
      const logs = await logsAndRecovery(
        `import socket\nfor host in ('127.0.0.1', 'localhost', '::1'):\n    try:\n        socket.create_connection((host, ${port}), timeout=2)\n        print('connected')\n    except OSError as error:\n        print('refused', type(error).__name__)`,
      );
      expect(logs).toMatch(/^(refused \w+\n){3}$/);
      expect(accepted).toHaveLength(0);
    } finally {
      listener.close();
    }
  });

  it.skipIf(!available)("cannot read the server's database file, environment or source tree", async () => {
    const databaseFile = join(databaseDir, 'server.sqlite');
    const sourceFile = join(process.cwd(), 'package.json');
    const logs = await logsAndRecovery(
      [
        'import os',
        `for path in (${JSON.stringify(databaseFile)}, ${JSON.stringify(sourceFile)}, '/proc/${process.pid}/environ', '/proc/1/environ'):`,
        '    try:',
        '        print(path, SECRET in open(path, errors="replace").read())',
        '    except OSError as error:',
        '        print(path, type(error).__name__)',
        'print("environment", sorted(os.environ))',
      ]
        .join('\n')
        .replace('SECRET', JSON.stringify('hunter2-secret')),
    );
    expect(logs).not.toContain('hunter2-secret');
    expect(logs).not.toContain('True');
    expect(logs).toContain(`${databaseFile} FileNotFoundError`);
    expect(logs).toContain(`${sourceFile} FileNotFoundError`);
    expect(logs).toContain("environment ['HOME', 'LANG', 'MPLBACKEND', 'MPLCONFIGDIR', 'OPENBLAS_NUM_THREADS', 'PWD']");
  });

  it.skipIf(!available)("cannot see another thread's /mnt/data", async () => {
    const owner = await newThread();
    const secret = `secret-${randomBytes(8).toString('hex')}`;
    await runCode(`open('/mnt/data/private.txt', 'w').write(${JSON.stringify(secret)})`, owner);
    const hostPaths: string[] = [];
    for (const root of (await readdir(tmpdir())).filter((name) => name.startsWith('v1-code-interpreter-'))) {
      for (const session of await readdir(join(tmpdir(), root)).catch(() => [])) {
        if ((await readFile(join(tmpdir(), root, session, 'private.txt'), 'utf8').catch(() => '')) === secret) hostPaths.push(join(tmpdir(), root, session));
      }
    }
    expect(hostPaths).toHaveLength(1);
    const logs = await logsAndRecovery(
      `import os\nprint(os.listdir('/mnt/data'))\nfor path in (${JSON.stringify(join(hostPaths[0] ?? '', 'private.txt'))}, '/mnt/data/../data/private.txt'):\n    try:\n        print(open(path).read())\n    except OSError as error:\n        print(type(error).__name__)`,
    );
    expect(logs).toBe('[]\nFileNotFoundError\nFileNotFoundError\n');
  });

  it.skipIf(!available)('cannot write outside /mnt/data: the system is read-only, /tmp and /dev/shm are its own and gone with it', async () => {
    const name = `sandbox-escape-${randomBytes(6).toString('hex')}`;
    const logs = await logsAndRecovery(
      `for path in ('/usr/${name}', '/etc/${name}', '/${name}', '/dev/${name}', '/mnt/${name}'):\n    try:\n        open(path, 'w')\n        print('wrote', path)\n    except OSError as error:\n        print(error.strerror)\nfor path in ('/tmp/${name}', '/dev/shm/${name}'):\n    open(path, 'w').write('x')\nprint('scratch ok')`,
    );
    expect(logs).toBe(`${'Read-only file system\n'.repeat(5)}scratch ok\n`);
    await expect(readFile(join(tmpdir(), name))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFile(join('/dev/shm', name))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.skipIf(!available)("cannot fill the host's memory through /tmp: the scratch file system is bounded", async () => {
    const logs = await logsAndRecovery(
      "chunk = b'0' * (16 * 1024 ** 2)\ntry:\n    for n in range(8):\n        open(f'/tmp/fill-{n}', 'wb').write(chunk)\nexcept OSError as error:\n    print(n, error.strerror)",
    );
    expect(logs).toBe('4 No space left on device\n');
  });

  it.skipIf(!available)('survives a fork bomb: forks fail at the process limit', async () => {
    const logs = await logsAndRecovery('import os\nchildren = 0\ntry:\n    while True:\n        if os.fork() == 0:\n            while True:\n                pass\n        children += 1\nexcept OSError as error:\n    print("fork failed after", children > 0, type(error).__name__)');
    expect(logs).toContain('fork failed after True BlockingIOError\n');
  });

  it.skipIf(!available)('stops a memory hog at the memory limit with a MemoryError', async () => {
    const logs = await logsAndRecovery('hog = bytearray(4 * 1024 ** 3)');
    expect(logs).toContain('MemoryError');
  });

  it.skipIf(!available)('gives the code its memory on top of the libraries: 200 MB works, 400 MB fails naming the limit, the session goes on', async () => {
    const threadId = await newThread();
    // Every offered library loaded and a figure drawn: the interpreter at the baseline the start-up probe measured.
    const used = await runCode(
      "import io, numpy, pandas, matplotlib.pyplot as pyplot\npyplot.plot([0, 1])\npyplot.savefig(io.BytesIO(), format='png')\npyplot.close('all')\nkept = numpy.ones(200 * 1024 ** 2 // 8)\nprint(kept.nbytes // 1024 ** 2)",
      threadId,
    );
    expect(await logsOf(used)).toBe('200\n');
    const hog = await runCode('del kept\nhog = numpy.ones(400 * 1024 ** 2 // 8)', threadId);
    expect(hog.status).toBe('completed');
    const logs = await logsOf(hog);
    expect(logs).toContain('MemoryError');
    expect(logs).toMatch(new RegExp(`Execution stopped: the code reached its ${MEMORY_MB} MB memory limit\\.\n$`));
    expect(await logsOf(await runCode("print('still serving', 'numpy' in globals(), 'hog' in globals())", threadId))).toBe('still serving True False\n');
  });

  it.skipIf(!available)('stops an endless loop at the time limit; the next call is told its variables are gone', async () => {
    const threadId = await newThread();
    await runCode('kept = 42', threadId);
    const looped = await runCode("print('looping')\nwhile True:\n    pass", threadId);
    expect(await logsOf(looped)).toBe(`looping\nExecution stopped: the code ran past the ${TIMEOUT_SECONDS}-second time limit.\n`);
    const after = await runCode("print('kept' in globals())", threadId);
    expect(await logsOf(after)).toBe('False\n');
    expect(model.outputs.at(-1)).toMatch(new RegExp(`^${INTERPRETER_RESTARTED}.*\nFalse\n$`));
  });

  it.skipIf(!available)('cuts a flood of output with a note', async () => {
    const logs = await logsAndRecovery("import sys\nfor _ in range(200000):\n    sys.stdout.write('x' * 99 + '\\n')");
    expect(logs).toBe(`${`${'x'.repeat(99)}\n`.repeat(327)}${'x'.repeat(68)}\n[Output cut: only the first ${32 * 1024} bytes are kept.]\n`);
  });

  it.skipIf(!available)('refuses a file over the size limit', async () => {
    const logs = await logsAndRecovery(
      "import os\ntry:\n    with open('/mnt/data/big.bin', 'wb') as out:\n        out.write(b'0' * (65 * 1024 ** 2))\nexcept OSError as error:\n    print(error.strerror)\nprint(os.path.getsize('/mnt/data/big.bin') <= 64 * 1024 ** 2)\nos.remove('/mnt/data/big.bin')",
    );
    expect(logs).toBe('File too large\nTrue\n');
  });

  it.skipIf(!available)('never reads or offers a host file through a symbolic link out of /mnt/data', async () => {
    const hostSecret = join(databaseDir, 'host-secret.txt');
    await writeFile(hostSecret, 'host secret');
    const threadId = await newThread();
    const run = await runCode(
      `import os\nos.symlink(${JSON.stringify(hostSecret)}, '/mnt/data/secret.txt')\nos.symlink('/', '/mnt/data/root')\ntry:\n    print(open('/mnt/data/secret.txt').read())\nexcept OSError as error:\n    print(type(error).__name__)`,
      threadId,
    );
    expect(await logsOf(run)).toBe('FileNotFoundError\n');
    const messages = (await t.api().get<ListPage<Message>>(`/threads/${threadId}/messages`)).body.data;
    expect(messages.flatMap((message) => message.file_ids)).toEqual([]);
    const files = (await t.api().get<ListPage<FileObject>>('/files?purpose=assistants_output')).body.data;
    expect(files.map((file) => file.filename)).not.toContain('/mnt/data/secret.txt');
    expect(model.outputs.at(-1)).not.toContain('sandbox:');
  });

  it.skipIf(!available)('analyses a CSV with pandas', async () => {
    const api = t.api();
    const data = await uploadFile(api, 'sales.csv', 'region,amount\nnorth,10\nsouth,5\nnorth,7\n');
    const withFile = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }], file_ids: [data.id] })).body;
    const run = await runCode(
      `import pandas as pd\nframe = pd.read_csv('/mnt/data/${data.id}')\nprint(frame.groupby('region')['amount'].sum().to_dict())`,
      await newThread(),
      t,
      withFile.id,
    );
    expect(await logsOf(run)).toBe("{'north': 17, 'south': 5}\n");
  });

  it.skipIf(!available)('keeps variables between two runs of one thread, not between threads', async () => {
    const threadId = await newThread();
    await runCode('import math\nanswer = math.prod([6, 7])', threadId);
    expect(await logsOf(await runCode('print(answer)', threadId))).toBe('42\n');
    expect(await logsOf(await runCode("print('answer' in globals())", await newThread()))).toBe('False\n');
  });

  it.skipIf(!available)('shows a traceback the model sees', async () => {
    const run = await runCode('def divide(a, b):\n    return a / b\ndivide(1, 0)', await newThread());
    const logs = await logsOf(run);
    expect(logs).toContain('File "<code>", line 3, in <module>');
    expect(logs).toContain('ZeroDivisionError: division by zero');
    expect(model.outputs.at(-1)).toBe(logs);
  });

  it.skipIf(!available)('kills a long call when its run is cancelled: the run ends cancelled and the processes are gone', async () => {
    const api = t.api();
    const threadId = await newThread();
    const marker = String(100_000 + Math.floor(Math.random() * 800_000));
    await api.post(`/threads/${threadId}/messages`, {
      role: 'user',
      content: askToRun(`import subprocess, time\nsubprocess.Popen(['sleep', '${marker}'])\ntime.sleep(${marker})`),
    });
    const created = await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id });
    await until(() => processesRunning(['sleep', marker]), (pids) => pids.length === 1, 'the call to start', { timeoutMs: RUN_TIMEOUT_MS });
    expect((await api.post<Run>(`/threads/${threadId}/runs/${created.body.id}/cancel`)).status).toBe(200);
    const run = await t.events.run(created.body.id, settled, { timeoutMs: RUN_TIMEOUT_MS });
    expect(run.status).toBe('cancelled');
    await until(() => processesRunning(['sleep', marker]), (pids) => pids.length === 0, 'the sandbox to be killed');
    const next = await runCode("print('fresh')", threadId);
    expect(await logsOf(next)).toBe('fresh\n');
    expect(model.outputs.at(-1)).toMatch(new RegExp(`^${INTERPRETER_RESTARTED}`));
  });

  it.skipIf(!available)('ends a session idle for an hour (the clock says so): its thread starts afresh and is told', async () => {
    const threadId = await newThread();
    await runCode("open('/mnt/data/notes.txt', 'w').write('x')\nkept = 1", threadId);
    skew += SESSION_IDLE_MS;
    const run = await runCode("import os\nprint('kept' in globals(), 'notes.txt' in os.listdir('/mnt/data'))", threadId);
    expect(await logsOf(run)).toBe('False False\n');
    expect(model.outputs.at(-1)).toMatch(new RegExp(`^${SESSION_RESTARTED}`));
  });

  it.skipIf(!available)('evicts the least recently used session for another thread (CODE_INTERPRETER_SESSIONS=1), telling the model', async () => {
    const recording = new RecordingModel();
    const one = await startTestV1Server({ model: recording, codeInterpreter: { sandbox: 'bubblewrap', sessions: 1 } });
    try {
      const oneAssistant = (await one.api().post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'code_interpreter' }] })).body;
      const first = await newThread(one);
      const second = await newThread(one);
      await runCode('kept = 1', first, one, oneAssistant.id);
      await runCode('other = 2', second, one, oneAssistant.id);
      const run = await runCode("print('kept' in globals())", first, one, oneAssistant.id);
      expect(await logsOf(run, one)).toBe('False\n');
      expect(recording.outputs.at(-1)).toMatch(new RegExp(`^${SESSION_RESTARTED}.*\nFalse\n$`));
    } finally {
      await one.v1Server.close();
    }
  });
});
