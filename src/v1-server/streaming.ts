/**
 * Server-sent events for `stream: true`: one `event: <name>\ndata: <json>\n\n` frame per run event,
 * closed by `event: done\ndata: [DONE]` when the run reaches a terminal state or `requires_action`.
 * The response starts only with the first event, so an error raised before that is still answered
 * as a plain JSON error with its status.
 */
import type { ServerResponse } from 'node:http';
import { TERMINAL_RUN_STATUSES } from '../v1/schemas.js';

/** Events after which upstream closes the stream: the run ended, or it waits for tool outputs. */
const STREAM_END_EVENTS = new Set([...TERMINAL_RUN_STATUSES, 'requires_action'].map((status) => `thread.run.${status}`));

export function endsStream(event: string): boolean {
  return STREAM_END_EVENTS.has(event);
}

function sseFrame(event: string, data: string): string {
  return `event: ${event}\ndata: ${data}\n\n`;
}

export interface EventSinkHooks {
  /** Called just before the response head is written, so headers can still be set. */
  opened(): void;
  /** The client went away before `done`. */
  aborted(): void;
  /** The sink will write no more, for whatever reason. */
  finished(): void;
}

export class EventSink {
  private opened = false;
  private finished = false;
  /** Frames sent in the same tick (a transaction's events) are held and go out in one socket write. */
  private corked = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly hooks: EventSinkHooks,
  ) {
    res.on('close', () => {
      if (this.finished) return;
      this.finished = true;
      if (this.opened) this.hooks.aborted();
      this.hooks.finished();
    });
  }

  get isOpen(): boolean {
    return this.opened && !this.finished;
  }

  /** It will write no more. */
  get isFinished(): boolean {
    return this.finished;
  }

  /** Writes one event; after an ending event it writes `done` and ends the response. */
  readonly send = (event: string, data: unknown): void => {
    if (this.finished) return;
    if (!this.opened) {
      this.opened = true;
      this.hooks.opened();
      this.res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
    }
    if (!this.corked) {
      this.corked = true;
      this.res.cork();
      process.nextTick(() => this.uncork());
    }
    this.res.write(sseFrame(event, JSON.stringify(data)));
    if (endsStream(event)) this.end(sseFrame('done', '[DONE]'));
  };

  /** Ends the response without `done` (the v1 server is shutting down). */
  close(): void {
    if (this.finished) return;
    this.end();
  }

  /** Sends the frames held so far as one chunk. */
  private uncork(): void {
    if (!this.corked) return;
    this.corked = false;
    this.res.uncork();
  }

  private end(last?: string): void {
    // `end()` would send the stream's last chunk before the frames still held.
    this.uncork();
    this.res.end(last);
    this.finish();
  }

  private finish(): void {
    this.finished = true;
    this.hooks.finished();
  }
}
