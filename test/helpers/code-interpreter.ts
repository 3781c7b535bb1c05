/**
 * What the code interpreter's tests share: whether `CODE_INTERPRETER=auto` gets the bubblewrap
 * sandbox here (the tests that need it are skipped, saying why, where it does not), how long they
 * wait for a run, and how they ask the built-in model to run code.
 */
import { BubblewrapSandbox } from '../../src/v1-server/sandbox/bubblewrap.js';
import { startSandbox } from '../../src/v1-server/sandbox/start.js';

/** Whether the sandbox `auto` picks here is bubblewrap; `description` says which it is and why. */
export async function probeBubblewrap(): Promise<{ available: boolean; description: string }> {
  const probe = await startSandbox({ sandbox: 'auto' }, Date.now);
  await probe.sessions?.close();
  return { available: probe.sandbox instanceof BubblewrapSandbox, description: probe.description };
}

/** A run's wait: the first call of a session may build matplotlib's font cache. */
export const RUN_TIMEOUT_MS = 30_000;

/** A user message the built-in model answers by running `code` (a fenced python block). */
export function askToRun(code: string): string {
  return `Please run this:\n\`\`\`python\n${code}\n\`\`\``;
}

/** Prints, writes a CSV and shows a chart: one call with every kind of output. */
export const EVERY_OUTPUT_CODE = [
  'import matplotlib.pyplot as plt',
  "print('rows', 3)",
  "with open('/mnt/data/report.csv', 'w') as out:",
  "    out.write('a,b\\n1,2\\n')",
  'plt.plot([1, 3, 2])',
  'plt.show()',
].join('\n');
