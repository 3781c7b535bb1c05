/**
 * The facade's configuration from the environment, parsed once at start-up. A bad value stops the
 * process with one line naming the variable (see `ConfigError`). Without `OPENAI_BASE_URL` the
 * facade embeds the built-in v1 server, configured by the same variables as `npm run v1-server`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isLoopback } from './http/loopback.js';
import type { JSONWebKeySet } from 'jose';
import { AUTH_MODES } from './auth/authenticate.js';
import { optionalText, parseEnv, port, secretToken, serverEnv } from './v1-server/config.js';

export { ConfigError } from './v1-server/config.js';

const budgetError = { error: 'must be a whole number, 0 for no limit' };
/** A per-caller budget (budgets.ts): unset gives `fallback`, 0 turns it off. */
const budget = (fallback: number) =>
  optionalText
    .pipe(z.coerce.number<string | undefined>(budgetError).int(budgetError).min(0, budgetError).optional())
    .transform((value) => value ?? fallback);

const otlpUrl = optionalText.pipe(
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://collector:4318' }).optional(),
);

/** A key set file, read and checked once at start-up. */
const jwksFile = optionalText.transform((file, ctx): JSONWebKeySet | undefined => {
  if (file === undefined) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { keys?: unknown }).keys)) return parsed as JSONWebKeySet;
    ctx.addIssue({ code: 'custom', message: 'must be a JSON key set file ({"keys": [...]})' });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `could not be read as JSON (${error instanceof Error ? error.message : String(error)})` });
  }
  return z.NEVER;
});

const facadeEnvSchema = z
  .object({
  PORT: port.default(4000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  OPENAI_BASE_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL including /v1, e.g. https://api.example.com/v1' })
      .optional(),
  ),
  OPENAI_API_KEY: secretToken,
  OPENAI_ORGANIZATION: optionalText,
  CORS_ORIGINS: optionalText.transform((value) =>
    value ? value.split(',').map((origin) => origin.trim()).filter(Boolean) : [],
  ),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  // Tracing is on when either endpoint is set (observability/tracing.ts); the exporter reads the
  // other OTEL_EXPORTER_OTLP_* variables (headers, timeout) itself.
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl,
  OTEL_SERVICE_NAME: optionalText,
  UPSTREAM_CONCURRENCY: z.coerce
    .number({ error: 'must be a whole number from 1 to 256' })
    .int({ error: 'must be a whole number from 1 to 256' })
    .min(1, { error: 'must be a whole number from 1 to 256' })
    .max(256, { error: 'must be a whole number from 1 to 256' })
    .default(16),
  AUTH_MODE: optionalText.pipe(z.enum(AUTH_MODES, { error: `must be one of ${AUTH_MODES.join(', ')}` }).optional()),
  JWT_JWKS_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of a JSON key set' }).optional()),
  JWT_JWKS_FILE: jwksFile,
  JWT_ISSUER: optionalText,
  JWT_AUDIENCE: optionalText,
  JWT_ROLES_CLAIM: optionalText.pipe(z.string().default('roles')),
  JWT_ADMIN_ROLE: optionalText.pipe(z.string().default('assistants:admin')),
  OWNER_SECRET: optionalText,
  // Operators: per-caller budgets, trusted documents (trusted-documents.ts), the metrics token.
  RATE_LIMIT_PER_MINUTE: budget(600),
  RUNS_PER_MINUTE: budget(60),
  SUBSCRIPTIONS_PER_CALLER: budget(20),
  PERSISTED_OPERATIONS_FILE: optionalText,
  METRICS_TOKEN: secretToken,
  ...serverEnv,
})
  .superRefine((config, ctx) => {
    const refuse = (variable: string, message: string): void => ctx.addIssue({ code: 'custom', path: [variable], message });
    if (config.AUTH_MODE === undefined && !isLoopback(config.HOST) && (config.OPENAI_API_KEY || !config.OPENAI_BASE_URL)) {
      refuse(
        'AUTH_MODE',
        `must be set when HOST (${config.HOST}) is not loopback: anyone who reaches the port would use the server's key. Choose jwt, caller-key, or open to accept that`,
      );
    }
    if (config.AUTH_MODE !== 'jwt') return;
    if (!config.JWT_JWKS_URL && !config.JWT_JWKS_FILE) refuse('JWT_JWKS_URL', 'or JWT_JWKS_FILE must be set in jwt mode');
    if (config.JWT_JWKS_URL && config.JWT_JWKS_FILE) refuse('JWT_JWKS_URL', 'and JWT_JWKS_FILE are both set; set one');
    if (!config.JWT_ISSUER) refuse('JWT_ISSUER', 'must be set in jwt mode (the iss every token must have)');
    if (!config.JWT_AUDIENCE) refuse('JWT_AUDIENCE', 'must be set in jwt mode (the aud every token must have)');
  })
  .transform((config) => ({ ...config, AUTH_MODE: config.AUTH_MODE ?? 'open' }));

export type FacadeConfig = z.infer<typeof facadeEnvSchema>;

export function loadFacadeConfig(env: NodeJS.ProcessEnv = process.env): FacadeConfig {
  return parseEnv(facadeEnvSchema, env);
}
