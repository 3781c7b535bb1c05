/**
 * The bench's emulator, in its own process (`node --import tsx bench/emulator-process.ts`), so
 * that its synchronous work (SQLite, JSON) never delays the recording proxy's timestamps. The
 * built-in model with a 1 ms step delay (`BENCH_STEP_DELAY_MS`), an in-memory store. Prints one
 * line `BENCH_EMULATOR {"url": …}` once it listens.
 */
import { startEmulator } from '../src/emulator/index.js';

const stepDelayMs = Number(process.env.BENCH_STEP_DELAY_MS ?? 1);
const emulator = await startEmulator({ host: '127.0.0.1', port: 0, stepDelayMs, onError: () => undefined });
const shutdown = (): void => void emulator.close().finally(() => process.exit(0));
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
process.stdout.write(`BENCH_EMULATOR ${JSON.stringify({ url: emulator.url })}\n`);
