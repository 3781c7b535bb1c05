/**
 * The process logger: human-readable lines in a terminal, one JSON object per line otherwise (for
 * log collectors). Secrets are redacted at every depth we log headers or credentials, in both.
 */
import { pino } from 'pino';
import type { DestinationStream, LogFn, Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

/** `LOG_FORMAT`: `auto` is pretty when stdout is a terminal, JSON otherwise. */
export type LogFormat = 'auto' | 'json' | 'pretty';

export function chooseLogFormat(format: LogFormat, isTTY: boolean | undefined): 'json' | 'pretty' {
  if (format !== 'auto') return format;
  return isTTY === true ? 'pretty' : 'json';
}

export interface LoggerOptions {
  format?: LogFormat;
  /** Where lines go; default stdout. Its `isTTY` decides the `auto` format. */
  destination?: NodeJS.WritableStream & { isTTY?: boolean };
}

const REDACT = {
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
};

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stdout;
  const format = chooseLogFormat(options.format ?? 'auto', destination.isTTY);
  const settings = { level, redact: REDACT };
  if (format === 'json') {
    if (destination !== process.stdout) return pino(settings, destination as DestinationStream);
    // Written off the event loop (lines that come while a write is in flight go out together),
    // not with one blocking write per request: that cost about 14% of a simple lookup's
    // throughput at the default level. pino flushes what is left when the process exits.
    return pino(settings, pino.destination({ dest: 1, sync: false }));
  }
  // Formatted in this thread, line by line as pino writes them (redacted already): no transport
  // worker, and nothing lost when the process exits right after a line.
  const prettify = prettyFactory({
    colorize: destination.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
  });
  return pino(settings, { write: (line: string) => destination.write(prettify(line)) });
}

/** What a request's code logs with: the server's logger, with the request's id on every line. */
export type RequestLogger = Pick<Logger, 'info' | 'warn' | 'error'>;

/**
 * `logger` with `requestId` on every line, its child logger made when the first line is written:
 * most requests write none, and a pino child per request cost about 2% of a lookup's CPU.
 */
export function requestLogger(logger: Logger, requestId: string): RequestLogger {
  let child: Logger | undefined;
  const of = (): Logger => (child ??= logger.child({ requestId }));
  return {
    info: ((...args: Parameters<LogFn>) => of().info(...args)) as LogFn,
    warn: ((...args: Parameters<LogFn>) => of().warn(...args)) as LogFn,
    error: ((...args: Parameters<LogFn>) => of().error(...args)) as LogFn,
  };
}
