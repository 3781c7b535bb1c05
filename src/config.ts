/**
 * The facade's configuration from the environment, parsed once at start-up. A bad value stops the
 * process with one line naming the variable (see `ConfigError`). Without `OPENAI_BASE_URL` the
 * facade embeds the built-in v1 server, configured by the same variables as `npm run emulator`.
 */
import { z } from 'zod';
import { optionalText, parseEnv, port, secretToken, serverEnv } from './emulator/config.js';

export { ConfigError } from './emulator/config.js';

const budgetError = { error: 'must be a whole number, 0 for no limit' };
/** A per-caller budget (budgets.ts): unset gives `fallback`, 0 turns it off. */
const budget = (fallback: number) =>
  optionalText
    .pipe(z.coerce.number<string | undefined>(budgetError).int(budgetError).min(0, budgetError).optional())
    .transform((value) => value ?? fallback);

const otlpUrl = optionalText.pipe(
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://collector:4318' }).optional(),
);

const facadeEnvSchema = z.object({
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
  // Operators: per-caller budgets, trusted documents (trusted-documents.ts), the metrics token.
  RATE_LIMIT_PER_MINUTE: budget(600),
  RUNS_PER_MINUTE: budget(60),
  SUBSCRIPTIONS_PER_CALLER: budget(20),
  PERSISTED_OPERATIONS_FILE: optionalText,
  METRICS_TOKEN: secretToken,
  ...serverEnv,
});

export type FacadeConfig = z.infer<typeof facadeEnvSchema>;

export function loadFacadeConfig(env: NodeJS.ProcessEnv = process.env): FacadeConfig {
  return parseEnv(facadeEnvSchema, env);
}
