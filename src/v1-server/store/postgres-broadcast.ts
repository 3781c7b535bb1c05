/**
 * The PostgreSQL store's `Broadcast`: `NOTIFY` on one channel, which Postgres delivers to every
 * listening connection once the sending transaction commits, in commit order. A note too long for a
 * notification's payload (under 8000 bytes) is written to `broadcast_bodies` in the same statement
 * or transaction, and its notification carries the row's id; listeners read it from there.
 */
import pg from 'pg';
import type { Broadcast, Listening } from './store.js';

/** The channel every instance listens on. */
const CHANNEL = 'v1_server_broadcast';

/** Postgres refuses a notification payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_999;

/** A payload is a note itself after this mark, or the id of its row in `broadcast_bodies` after `STORED`. */
const INLINE = '=';
const STORED = '#';

/** Rows of `broadcast_bodies` older than this are read by nobody any more (a listener reads its row at once). */
const KEEP_BODIES = '1 hour';
const CLEAN_EVERY_MS = 10 * 60_000;

/** How long a listener that lost its connection waits before it connects again. */
const RECONNECT_MS = 1_000;

type Statement = (text: string, values: readonly unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

export class PostgresBroadcast implements Broadcast {
  private readonly listenings = new Set<Listening>();

  /**
   * `statement` runs on the connection of the transaction whose work calls it, else on the store's
   * pool; `connectionString` opens each listener's own connection.
   */
  constructor(
    private readonly statement: Statement,
    private readonly connectionString: string,
  ) {}

  async send(note: string): Promise<void> {
    if (Buffer.byteLength(note) + INLINE.length <= MAX_PAYLOAD_BYTES) {
      await this.statement('SELECT pg_notify($1, $2)', [CHANNEL, INLINE + note]);
      return;
    }
    await this.statement(
      `WITH stored AS (INSERT INTO broadcast_bodies (body) VALUES ($2) RETURNING id)
       SELECT pg_notify($1, '${STORED}' || id) FROM stored`,
      [CHANNEL, note],
    );
  }

  async listen(onNote: (note: string) => void, onLost: (error: Error) => void): Promise<Listening> {
    let stopped = false;
    let client: pg.Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    // Notes are delivered one at a time, in order, though a stored one is read first.
    let delivering = Promise.resolve();
    const deliver = async (payload: string): Promise<void> => {
      if (payload.startsWith(INLINE)) {
        onNote(payload.slice(INLINE.length));
        return;
      }
      const { rows } = await this.statement('SELECT body FROM broadcast_bodies WHERE id = $1', [Number(payload.slice(STORED.length))]);
      const body = rows[0]?.['body'];
      if (typeof body !== 'string') throw new Error(`A broadcast note (${payload}) is no longer stored.`);
      onNote(body);
    };
    const lose = (error: Error, lost: pg.Client): void => {
      if (stopped || client !== lost) return;
      client = undefined;
      lost.end().catch(() => undefined);
      onLost(error);
      // A failed attempt is lost in turn, and tried again.
      retry = setTimeout(() => void connect().catch(() => undefined), RECONNECT_MS);
    };
    const connect = async (): Promise<void> => {
      const connecting = new pg.Client({ connectionString: this.connectionString });
      client = connecting;
      connecting.on('error', (error) => lose(error, connecting));
      connecting.on('end', () => lose(new Error('The connection that listens for broadcast notes closed.'), connecting));
      connecting.on('notification', ({ payload }) => {
        delivering = delivering.then(() => deliver(payload ?? '')).catch((error: unknown) => lose(asError(error), connecting));
      });
      try {
        await connecting.connect();
        await connecting.query(`LISTEN ${CHANNEL}`);
      } catch (error) {
        lose(asError(error), connecting);
        throw error;
      }
    };
    const clean = (): void => {
      this.statement(`DELETE FROM broadcast_bodies WHERE sent_at < now() - interval '${KEEP_BODIES}'`, []).catch(() => undefined);
    };
    const cleaning = setInterval(clean, CLEAN_EVERY_MS).unref();
    const listening: Listening = {
      stop: async () => {
        stopped = true;
        this.listenings.delete(listening);
        clearInterval(cleaning);
        clearTimeout(retry);
        await client?.end().catch(() => undefined);
        await delivering;
      },
    };
    this.listenings.add(listening);
    try {
      await connect();
    } catch (error) {
      await listening.stop();
      throw error;
    }
    return listening;
  }

  /** Stops every listener (the store is closing). */
  async close(): Promise<void> {
    await Promise.all([...this.listenings].map((listening) => listening.stop()));
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
