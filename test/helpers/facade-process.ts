/**
 * `npm start`'s entry as a child process: Node itself with tsx's loader (not the tsx wrapper), so
 * signals reach the facade (SIGTERM drains it, SIGKILL ends it as a crash would). Its environment
 * is only what the test gives, on a free port of 127.0.0.1: nothing else is configured.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SpawnedFacade {
  /** Its origin, e.g. `http://127.0.0.1:43123` (GraphQL at `/graphql`). */
  url: string;
  child: ChildProcess;
  /** Everything it printed on stdout so far, a line each. */
  lines(): string[];
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Sends `signal` (if it still runs) and waits for the exit. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts the entry and resolves once it logs its GraphiQL URL; rejects when it exits first or takes over 15 s. */
export function spawnFacadeProcess(env: Record<string, string>): Promise<SpawnedFacade> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: repoRoot,
    env: { PATH: `${repoRoot}/node_modules/.bin:${process.env['PATH'] ?? ''}`, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`The facade did not start within 15 s:\n${output}${errors}`));
    }, 15_000);
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /GraphiQL at (http:\/\/[^\s"]+)\/graphql/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child, lines: () => output.split('\n').filter(Boolean), exited, stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The facade exited (${code}) before listening:\n${output}${errors}`));
    });
  });
}
