/**
 * Where a test's v1 server keeps its state: `:memory:`, or a fresh SQLite file when the suite runs
 * as the `file-store` project (`TEST_DATABASE=file`), so every suite passes against both.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let directory: string | undefined;
let count = 0;

export function testDatabaseUrl(): string {
  if (process.env['TEST_DATABASE'] !== 'file') return ':memory:';
  directory ??= mkdtempSync(path.join(tmpdir(), 'assistants-test-'));
  count += 1;
  return `file:${path.join(directory, `store-${count}.sqlite`)}`;
}
