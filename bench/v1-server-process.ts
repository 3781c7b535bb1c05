/**
 * The bench's v1 server, in its own process (`node --import tsx bench/v1-server-process.ts`), so
 * that its synchronous work (SQLite, JSON) never delays the recording proxy's timestamps. The
 * built-in model with a 1 ms step delay (`BENCH_STEP_DELAY_MS`), an in-memory store. Prints one
 * line `BENCH_V1_SERVER {"url": …}` once it listens.
 */
import { startV1Server } from '../src/v1-server/index.js';

const stepDelayMs = Number(process.env.BENCH_STEP_DELAY_MS ?? 1);
const v1Server = await startV1Server({ host: '127.0.0.1', port: 0, stepDelayMs, onError: () => undefined });
const shutdown = (): void => void v1Server.close().finally(() => process.exit(0));
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
process.stdout.write(`BENCH_V1_SERVER ${JSON.stringify({ url: v1Server.url })}\n`);
