/** The process logger. Secrets are redacted at every depth we log headers or credentials. */
import { pino } from 'pino';
import type { Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'apiKey',
        '*.apiKey',
        'authorization',
        '*.authorization',
        'headers.authorization',
        '*.headers.authorization',
        'headers["openai-organization"]',
        '*.headers["openai-organization"]',
        'headers.cookie',
        '*.headers.cookie',
      ],
      censor: '[Redacted]',
    },
  });
}
