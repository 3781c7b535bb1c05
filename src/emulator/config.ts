/**
 * The built-in v1 server's configuration from the environment: where it listens (standalone),
 * where it keeps its state, and which model answers its runs. A bad value stops start-up with one
 * line naming the variable (`ConfigError`).
 */
import { z } from 'zod';
import { ChatCompletionsModel } from './model/chat-completions.js';

const portError = { error: 'must be a whole number from 0 to 65535' };
export const port = z.coerce.number(portError).int(portError).min(0, portError).max(65535, portError);

/** An unset or blank variable counts as not given. */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

export const secretToken = optionalText.pipe(
  z
    .string()
    .regex(/^[^\r\n\s]+$/, { error: 'must be a single token without spaces or line breaks' })
    .optional(),
);

const httpUrl = (example: string) =>
  optionalText.pipe(z.url({ protocol: /^https?$/, error: `must be an http(s) URL including /v1, e.g. ${example}` }).optional());

export const DEFAULT_DATABASE_URL = 'file:./data/assistants.sqlite';

/** The variables of the server itself, shared by `npm run emulator` and the server `npm start` embeds. */
export const serverEnv = {
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^(:memory:|file:.+)$/, { error: 'must be file:PATH (e.g. file:./data/assistants.sqlite) or :memory:' })
      .default(DEFAULT_DATABASE_URL),
  ),
  MODEL_BASE_URL: httpUrl('http://127.0.0.1:11434/v1'),
  MODEL_API_KEY: secretToken,
  MODEL_NAME: optionalText,
};

const emulatorEnvSchema = z.object({
  EMULATOR_PORT: port.default(4010),
  EMULATOR_HOST: z.string().trim().min(1).default('127.0.0.1'),
  ...serverEnv,
});

export type ServerConfig = z.infer<z.ZodObject<typeof serverEnv>>;
export type EmulatorConfig = z.infer<typeof emulatorEnvSchema>;

/** A configuration problem, worded as the one line start-up prints before it exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function redactIfSecret(variable: string, value: string | undefined): string | undefined {
  return /KEY|TOKEN/.test(variable) ? '[redacted]' : value;
}

export function parseEnv<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue?.path.join('.') ?? 'environment';
  const got = typeof env[variable] === 'string' ? ` (got ${JSON.stringify(redactIfSecret(variable, env[variable]))})` : '';
  throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}${got}`);
}

export function loadEmulatorConfig(env: NodeJS.ProcessEnv = process.env): EmulatorConfig {
  return parseEnv(emulatorEnvSchema, env);
}

/** The Chat Completions model when `MODEL_BASE_URL` is set; undefined for the built-in one. */
export function configuredModel(config: ServerConfig): ChatCompletionsModel | undefined {
  if (!config.MODEL_BASE_URL) return undefined;
  return new ChatCompletionsModel({
    baseUrl: config.MODEL_BASE_URL,
    ...(config.MODEL_API_KEY ? { apiKey: config.MODEL_API_KEY } : {}),
    ...(config.MODEL_NAME ? { modelName: config.MODEL_NAME } : {}),
  });
}

/** For the start-up log: which model answers, never its key. */
export function describeModel(config: ServerConfig): string {
  if (!config.MODEL_BASE_URL) return 'the deterministic built-in model';
  const name = config.MODEL_NAME ? `model ${config.MODEL_NAME}` : "each assistant's model";
  return `${name} at ${config.MODEL_BASE_URL}`;
}

