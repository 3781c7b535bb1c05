import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

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
    expect(await importCycles()).toEqual([]);
  });
});
