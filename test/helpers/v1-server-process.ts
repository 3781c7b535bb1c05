/**
 * `npm run v1-server` as a child process: Node itself with tsx's loader (not the tsx wrapper), so a
 * SIGKILL reaches the server, as a crash would. Also `npm run keys`, run to its end.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(repoRoot, 'src/v1-server/main.ts');
const keysEntry = path.join(repoRoot, 'src/v1-server/keys-main.ts');

export interface SpawnedV1Server {
  /** The API base URL, e.g. `http://127.0.0.1:4010/v1` (on `0.0.0.0`: its loopback address). */
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
}

/** Starts the entry on a free port and resolves once it logs its URL; rejects when it exits first or takes over 10 s. */
export function spawnV1Server(env: Record<string, string>): Promise<SpawnedV1Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { ...process.env, V1_SERVER_HOST: '127.0.0.1', V1_SERVER_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`The v1 server did not start within 10 s:\n${output}`));
    }, 10_000);
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+:\d+\/v1)/.exec(output)?.[1]?.replace('//0.0.0.0:', '//127.0.0.1:');
      if (url) {
        clearTimeout(timer);
        resolve({ url, child, output: () => output, kill });
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The v1 server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}

export interface KeysOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run keys -- ...args` against `DATABASE_URL` (in `env`) and waits for it to exit. */
export function runKeys(args: readonly string[], env: Record<string, string>): Promise<KeysOutcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', keysEntry, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
