/**
 * The `code_interpreter` tool: the model's Python runs in the thread's session (one interpreter
 * keeping its variables from call to call, its `/mnt/data` holding the assistant's and the thread's files as `/mnt/data/<file_id>`); what it printed comes
 * back as a `logs` output, each figure it showed as an `image` output (an `assistants_output` file),
 * and each file it wrote under `/mnt/data` as an `assistants_output` file named by its sandbox path,
 * which the reply links as `sandbox:/mnt/data/…`.
 */
import type { Dirent } from 'node:fs';
import { constants } from 'node:fs';
import { lstat, open, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CodeInterpreterOutput, FunctionDefinition } from '../../v1/schemas.js';
import { addServerFile, fileContent } from '../files.js';
import type { CodeSandbox } from '../sandbox/sandbox.js';
import { SANDBOX_DATA_DIR } from '../sandbox/sandbox.js';
import type { CodeSessions } from '../sandbox/sessions.js';
import type { CodeInterpreterCall, Store } from '../store/store.js';
import { ROOT } from '../store/store.js';

export const CODE_INTERPRETER = 'code_interpreter';

/** The function the model is offered, telling it what `environment` (the sandbox's Python and libraries) it writes for. */
export function codeInterpreterFunction(environment: string): FunctionDefinition {
  return {
    name: CODE_INTERPRETER,
    description:
      `Runs Python code in a sandbox: ${environment}. Calls of this conversation share one interpreter, so variables ` +
      `and imports stay from call to call; files under ${SANDBOX_DATA_DIR} stay for the conversation. The user's files ` +
      `are at ${SANDBOX_DATA_DIR}/<file_id>. Returns what the code printed (errors included); figures shown with ` +
      `matplotlib reach the user. Link a file you write under ${SANDBOX_DATA_DIR} as sandbox:${SANDBOX_DATA_DIR}/<name>.`,
    parameters: {
      type: 'object',
      properties: { code: { type: 'string', description: 'The Python code to run.' } },
      required: ['code'],
    },
  };
}

/** The most files one call may bring out of the sandbox; more are left in the session, unreported. */
const MAX_OUTPUT_FILES = 20;
/** How deep and how many entries of a session directory are looked at for written files. */
const MAX_DEPTH = 4;
const MAX_ENTRIES = 2000;

const FILES_WRITTEN = 'Files written:';
const FIGURES_SHOWN = 'Figures shown:';
const SESSION_RESTARTED = 'The sandbox session was restarted: variables and files of earlier calls are gone.';
const INTERPRETER_RESTARTED = `The Python interpreter was restarted (an earlier call was stopped): variables of earlier calls are gone; files under ${SANDBOX_DATA_DIR} remain.`;

/** Why the model's earlier work is gone: its session ended (variables and files), or only its interpreter (variables). */
export type Restart = 'session' | 'interpreter' | undefined;

export interface CodeExecution extends CodeInterpreterCall {
  /** What the model reads: the logs, then which figures and files came out. */
  output: string;
}

export class CodeInterpreter {
  constructor(
    private readonly store: Store,
    private readonly sandbox: CodeSandbox,
    private readonly sessions: CodeSessions,
  ) {}

  get description(): string {
    return this.sandbox.description;
  }

  /** The function offered to the model. */
  get function(): FunctionDefinition {
    return codeInterpreterFunction(this.sandbox.environment);
  }

  /** Runs `code` in the thread's session; `fileIds`: the files it shows at `/mnt/data/<file_id>`. */
  async execute(scope: string, threadId: string, fileIds: readonly string[], code: string, signal: AbortSignal, now: number): Promise<CodeExecution> {
    const session = await this.sessions.open(`${scope}\n${threadId}`);
    try {
      await this.placeFiles(scope, session.dir, fileIds);
      const before = await snapshot(session.dir);
      const execution = await session.interpreter.run(code, signal);
      const inputs = new Set(fileIds);
      const written = [...(await snapshot(session.dir))].filter(([path, stamp]) => before.get(path) !== stamp && !inputs.has(path));
      const files: CodeInterpreterCall['files'] = [];
      for (const [path] of written.slice(0, MAX_OUTPUT_FILES)) {
        const sandboxPath = `${SANDBOX_DATA_DIR}/${path}`;
        const bytes = await readRegularFile(join(session.dir, path));
        const file = await addServerFile(this.store, scope, { filename: sandboxPath, purpose: 'assistants_output', bytes, now });
        files.push({ path: sandboxPath, fileId: file.id });
      }
      const outputs: CodeInterpreterOutput[] = [{ type: 'logs', logs: execution.logs }];
      for (const png of execution.images) {
        const image = await addServerFile(this.store, scope, { filename: 'figure.png', purpose: 'assistants_output', bytes: png, now });
        outputs.push({ type: 'image', image: { file_id: image.id } });
      }
      const restart: Restart = session.restarted ? 'session' : execution.restarted ? 'interpreter' : undefined;
      return { input: code, outputs, files, output: formatCodeOutput(execution.logs, execution.images.length, files, restart) };
    } finally {
      session.release();
    }
  }

  /** Writes each file not yet in the session; a file deleted since is left out. */
  private async placeFiles(scope: string, dir: string, fileIds: readonly string[]): Promise<void> {
    for (const fileId of fileIds) {
      const path = join(dir, fileId);
      if (await exists(path)) continue;
      const file = await this.store.files.get(scope, ROOT, fileId);
      if (file) await writeFile(path, await fileContent(this.store, scope, fileId, file.bytes));
    }
  }
}

/** A file's bytes, never through a symbolic link the code may have put in its place. */
async function readRegularFile(path: string): Promise<Buffer> {
  const file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    return await file.readFile();
  } finally {
    await file.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The regular files under `dir` by relative path, each with its size and modification time: what
 * changed between two snapshots was written. Symbolic links are never followed, so nothing outside
 * the session is read.
 */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const visit = async (folder: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (found.size >= MAX_ENTRIES) return;
      const path = join(folder, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) await visit(path, depth + 1);
      else if (entry.isFile()) {
        const stats = await lstat(path);
        found.set(relative(dir, path), `${stats.size}:${stats.mtimeMs}`);
      }
    }
  };
  await visit(dir, 0);
  return found;
}

/** The tool's output as the model reads it; `readCodeOutput` reads it back. */
export function formatCodeOutput(logs: string, figures: number, files: CodeInterpreterCall['files'], restart: Restart): string {
  const notice = restart === 'session' ? `${SESSION_RESTARTED}\n` : restart === 'interpreter' ? `${INTERPRETER_RESTARTED}\n` : '';
  const lines = [notice, logs === '' ? '(no output)\n' : logs];
  if (figures > 0) lines.push(`${FIGURES_SHOWN} ${figures} (the user sees them with your reply).\n`);
  if (files.length > 0) lines.push(`${FILES_WRITTEN} ${files.map((file) => `sandbox:${file.path}`).join(' ')}\n`);
  return lines.join('');
}

/** The logs and the links of the files written, from a `formatCodeOutput` output. */
export function readCodeOutput(output: string): { logs: string; links: string[] } {
  const lines = output.replace(`${SESSION_RESTARTED}\n`, '').replace(`${INTERPRETER_RESTARTED}\n`, '').split('\n');
  let links: string[] = [];
  while (lines.length > 0 && (lines.at(-1) === '' || lines.at(-1)?.startsWith(FILES_WRITTEN) || lines.at(-1)?.startsWith(FIGURES_SHOWN))) {
    const line = lines.pop() ?? '';
    if (line.startsWith(FILES_WRITTEN)) links = line.slice(FILES_WRITTEN.length).trim().split(' ');
  }
  const logs = lines.join('\n');
  return { logs: logs === '(no output)' ? '' : logs, links };
}
