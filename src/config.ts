/**
 * Configuration from the environment, parsed once at start-up. A bad value stops the process
 * with one line naming the variable (see `ConfigError`).
 */
import { z } from 'zod';

const portError = { error: 'must be a whole number from 0 to 65535' };
const port = z.coerce.number(portError).int(portError).min(0, portError).max(65535, portError);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const facadeEnvSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  OPENAI_BASE_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL including /v1, e.g. https://api.example.com/v1' })
      .optional(),
  ),
  OPENAI_API_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^[^\r\n\s]+$/, { error: 'must be a single token without spaces or line breaks' })
      .optional(),
  ),
  OPENAI_ORGANIZATION: optionalText,
  CORS_ORIGINS: optionalText.transform((value) =>
    value ? value.split(',').map((origin) => origin.trim()).filter(Boolean) : [],
  ),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

const emulatorEnvSchema = z.object({
  EMULATOR_PORT: port.default(4010),
  EMULATOR_HOST: z.string().trim().min(1).default('127.0.0.1'),
});

export type FacadeConfig = z.infer<typeof facadeEnvSchema>;
export type EmulatorConfig = z.infer<typeof emulatorEnvSchema>;

/** A configuration problem, worded as the one line start-up prints before it exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parseEnv<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue?.path.join('.') ?? 'environment';
  const got = typeof env[variable] === 'string' ? ` (got ${JSON.stringify(redactIfSecret(variable, env[variable]))})` : '';
  throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}${got}`);
}

function redactIfSecret(variable: string, value: string | undefined): string | undefined {
  return variable.includes('KEY') ? '[redacted]' : value;
}

export function loadFacadeConfig(env: NodeJS.ProcessEnv = process.env): FacadeConfig {
  return parseEnv(facadeEnvSchema, env);
}

export function loadEmulatorConfig(env: NodeJS.ProcessEnv = process.env): EmulatorConfig {
  return parseEnv(emulatorEnvSchema, env);
}
