/**
 * `npm run emulator`: serves the emulator on EMULATOR_HOST:EMULATOR_PORT
 * (default 127.0.0.1:4010) until interrupted.
 */
import { z } from 'zod';
import { startEmulator } from './index.js';

const envSchema = z.object({
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
});

const parsed = envSchema.safeParse({
  EMULATOR_PORT: process.env.EMULATOR_PORT || undefined,
  EMULATOR_HOST: process.env.EMULATOR_HOST || undefined,
});
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  console.error(`Invalid ${name}: ${issue?.message ?? 'bad value'}`);
  process.exit(1);
}

const { EMULATOR_HOST: host, EMULATOR_PORT: port } = parsed.data;
const emulator = await startEmulator({ port, host }).catch((error: unknown) => {
  console.error(`Cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const shutdown = (): void => {
  void emulator.close().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
// Logged only once the handlers are in place: a supervisor may signal as soon as it sees the URL.
console.log(`OpenAI Assistants v1 emulator listening on ${emulator.url}`);
