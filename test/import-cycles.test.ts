import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Cycles in the built-in v1 server, whose files this check's branch could not change. Listed so
 * that any other cycle fails, and so that breaking one of these fails too until it is struck off.
 */
const KNOWN_EMULATOR_CYCLES = [
  ['emulator/model/prompt.ts', 'emulator/model/tokens.ts'],
  ['emulator/runs/engine.ts', 'emulator/runs/answer.ts'],
];

/** madge's cycles of `src`, type-only imports counted (`.madgerc` sets `skipTypeImports: false`). */
async function importCycles(): Promise<string[][]> {
  const madge = fileURLToPath(new URL('../node_modules/.bin/madge', import.meta.url));
  // madge exits 1 when it finds a cycle; its JSON on stdout is the answer either way.
  const output = await promisify(execFile)(madge, ['--circular', '--json', 'src'], { cwd: root }).catch(
    (error: unknown) => error as { stdout: string },
  );
  return JSON.parse(output.stdout) as string[][];
}

describe('imports', () => {
  it('form no cycle in src, type-only imports included', async () => {
    expect(await importCycles()).toEqual(KNOWN_EMULATOR_CYCLES);
  });
});
