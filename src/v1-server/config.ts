/**
 * The built-in v1 server's configuration from the environment: where it listens (standalone),
 * where it keeps its state, and which model answers its runs. A bad value stops start-up with one
 * line naming the variable (`ConfigError`). It loads none of the server itself: the facade reads
 * the same variables whether or not it embeds the server (`configured.ts` makes what they name).
 */
import { z } from 'zod';
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS, MAX_MEMORY_MB, MIN_MEMORY_MB, SANDBOX_MODES } from './sandbox/sandbox.js';
import { DEFAULT_SESSIONS } from './sandbox/sessions.js';
import { describeDatabaseUrl } from './store/database-url.js';

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

/** `DATABASE_POOL_SIZE` when unset. */
export const DEFAULT_POOL_SIZE = 10;

/** `RETRIEVAL_INLINE_TOKENS` when unset: a few pages, small beside a model's context, and cheaper whole than searched. */
export const DEFAULT_INLINE_TOKENS = 6000;

/** `RUN_LEASE_SECONDS` when unset. */
export const DEFAULT_RUN_LEASE_SECONDS = 15;

const inlineTokensError = { error: 'must be a whole number of tokens above 0' };
const poolSizeError = { error: 'must be a whole number of connections from 1 to 1000' };

/** An unset or blank variable is `fallback`; else a whole number from 1, named `what` in the error. */
const positiveWhole = (what: string, fallback: number) => {
  const error = { error: `must be a whole number of ${what} above 0` };
  return optionalText.pipe(z.coerce.number<string | undefined>(error).int(error).min(1, error).optional()).transform((value) => value ?? fallback);
};

/** An unset or blank variable is `fallback`; else a whole number from `min` to `max`, named `what` in the error. */
const wholeBetween = (what: string, min: number, max: number, fallback: number) => {
  const error = { error: `must be a whole number of ${what} from ${min} to ${max}` };
  return optionalText.pipe(z.coerce.number<string | undefined>(error).int(error).min(min, error).max(max, error).optional()).transform((value) => value ?? fallback);
};

/** The variables of the server itself, shared by `npm run v1-server` and the server `npm start` embeds. */
export const serverEnv = {
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^(:memory:|file:.+|postgres(ql)?:\/\/.+)$/i, {
        error: 'must be file:PATH (e.g. file:./data/assistants.sqlite), :memory: or postgres://USER:PASSWORD@HOST:PORT/DATABASE',
      })
      .default(DEFAULT_DATABASE_URL),
  ),
  /** PostgreSQL only: the most connections one server opens. */
  DATABASE_POOL_SIZE: optionalText
    .pipe(z.coerce.number<string | undefined>(poolSizeError).int(poolSizeError).min(1, poolSizeError).max(1000, poolSizeError).optional())
    .transform((value) => value ?? DEFAULT_POOL_SIZE),
  MODEL_BASE_URL: httpUrl('http://127.0.0.1:11434/v1'),
  MODEL_API_KEY: secretToken,
  MODEL_NAME: optionalText,
  /** An embeddings model at MODEL_BASE_URL: retrieval then ranks by embeddings beside BM25. */
  EMBEDDING_MODEL: optionalText,
  RETRIEVAL_INLINE_TOKENS: optionalText
    .pipe(z.coerce.number<string | undefined>(inlineTokensError).int(inlineTokensError).min(1, inlineTokensError).optional())
    .transform((value) => value ?? DEFAULT_INLINE_TOKENS),
  /** Which sandbox runs code interpreter calls: `auto` is bubblewrap where it can start, else pyodide. */
  CODE_INTERPRETER: optionalText.pipe(z.enum(SANDBOX_MODES, { error: `must be one of ${SANDBOX_MODES.join(', ')}` }).default('auto')),
  CODE_INTERPRETER_TIMEOUT_S: positiveWhole('seconds', DEFAULT_TIMEOUT_SECONDS),
  CODE_INTERPRETER_SESSIONS: positiveWhole('sessions', DEFAULT_SESSIONS),
  /** The memory a call's code may use (MB), beyond what the interpreter with its libraries takes. */
  CODE_INTERPRETER_MEMORY_MB: wholeBetween('megabytes', MIN_MEMORY_MB, MAX_MEMORY_MB, DEFAULT_MEMORY_MB),
  /** How long a run's lease lasts unrenewed: the longest a dead instance's runs wait for another. */
  RUN_LEASE_SECONDS: positiveWhole('seconds', DEFAULT_RUN_LEASE_SECONDS),
};

const v1ServerEnvSchema = z.object({
  V1_SERVER_PORT: port.default(4010),
  V1_SERVER_HOST: z.string().trim().min(1).default('127.0.0.1'),
  ...serverEnv,
});

/** The names these variables had while the server was called an emulator, still accepted for existing setups. */
const V1_SERVER_FORMER_NAMES = { V1_SERVER_PORT: 'EMULATOR_PORT', V1_SERVER_HOST: 'EMULATOR_HOST' };

export type ServerConfig = z.infer<z.ZodObject<typeof serverEnv>>;
export type V1ServerConfig = z.infer<typeof v1ServerEnvSchema>;

/** A configuration problem, worded as the one line start-up prints before it exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Secrets are named …_KEY or …_TOKEN (a count of tokens, …_TOKENS, is not one); a database URL may hold a password. */
function redactIfSecret(variable: string, value: string | undefined): string | undefined {
  if (/(KEY|TOKEN)$/.test(variable)) return '[redacted]';
  return variable === 'DATABASE_URL' && value !== undefined ? describeDatabaseUrl(value) : value;
}

/**
 * Parses `env` with `schema`. A variable set only under its former name (`formerNames`) is read
 * from that name, and an error about it names the variable as it was set; the new name wins.
 */
export function parseEnv<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv, formerNames: Readonly<Record<string, string>> = {}): T {
  const nameAsSet = (variable: string): string => {
    const former = formerNames[variable];
    return env[variable] === undefined && former !== undefined && env[former] !== undefined ? former : variable;
  };
  const renamed = Object.keys(formerNames).map((variable) => [variable, env[nameAsSet(variable)]]);
  const result = schema.safeParse({ ...env, ...Object.fromEntries(renamed) });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = nameAsSet(issue?.path.join('.') ?? 'environment');
  const got = typeof env[variable] === 'string' ? ` (got ${JSON.stringify(redactIfSecret(variable, env[variable]))})` : '';
  throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}${got}`);
}

export function loadV1ServerConfig(env: NodeJS.ProcessEnv = process.env): V1ServerConfig {
  return parseEnv(v1ServerEnvSchema, env, V1_SERVER_FORMER_NAMES);
}
