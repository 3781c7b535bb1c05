/**
 * The code interpreter's sessions: one directory (its `/mnt/data`) and one interpreter per thread,
 * kept while it is used and for an hour of idleness, as v1 kept a session. At most `limit` live at
 * once: opening one more evicts the least recently used idle session, whose interpreter is ended and
 * whose files are deleted; the thread then starts afresh, and `open` says so. Idle sessions are also
 * looked over every minute, so an expired one does not hold its interpreter until the next call.
 */
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeSandbox, Interpreter } from './sandbox.js';

/** v1's session lifetime: an hour without a call. */
export const SESSION_IDLE_MS = 60 * 60 * 1000;
/** `CODE_INTERPRETER_SESSIONS` when unset. */
export const DEFAULT_SESSIONS = 16;
/** How many evicted threads are remembered, to tell their model the session started afresh. */
const REMEMBERED_EVICTIONS = 1000;
/** How often idle sessions are looked over for expiry besides when one is opened. */
const SWEEP_MS = 60 * 1000;

interface Session {
  dir: string;
  interpreter: Interpreter;
  lastUsed: number;
  /** Calls running in it: a busy session is never evicted. */
  busy: number;
}

export interface OpenedSession {
  dir: string;
  interpreter: Interpreter;
  /** The thread had a session that was evicted or expired: its earlier variables and files are gone. */
  restarted: boolean;
  /** Call when the execution is over. */
  release(): void;
}

export class CodeSessions {
  /** By thread key, least recently used first (a Map keeps insertion order). */
  private readonly sessions = new Map<string, Session>();
  private readonly ended = new Set<string>();
  private root: Promise<string> | undefined;
  private counter = 0;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly limit: number,
    private readonly clock: () => number,
    private readonly sandbox: CodeSandbox,
  ) {
    this.sweeper = setInterval(() => {
      this.expire(this.clock()).catch(() => undefined);
    }, SWEEP_MS).unref();
  }

  /** The thread's session, made when it has none; a session idle past the hour, or evicted to make room, is gone. */
  async open(key: string): Promise<OpenedSession> {
    const now = this.clock();
    await this.expire(now);
    let session = this.sessions.get(key);
    const restarted = session === undefined && this.ended.has(key);
    if (session === undefined) {
      await this.makeRoom();
      // Searchable, not listable: a sandbox started as another user reaches its own directory only.
      this.root ??= mkdtemp(join(tmpdir(), 'v1-code-interpreter-')).then(async (root) => (await chmod(root, 0o711), root));
      this.counter += 1;
      const dir = join(await this.root, String(this.counter));
      await mkdir(dir, { mode: 0o700 });
      session = { dir, interpreter: this.sandbox.interpreter(dir), lastUsed: now, busy: 0 };
      this.ended.delete(key);
    }
    this.sessions.delete(key);
    this.sessions.set(key, session);
    session.lastUsed = now;
    session.busy += 1;
    const opened = session;
    return {
      dir: opened.dir,
      interpreter: opened.interpreter,
      restarted,
      release: () => {
        opened.busy -= 1;
        opened.lastUsed = this.clock();
      },
    };
  }

  /** Ends every session's interpreter and deletes their files. */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    const interpreters = [...this.sessions.values()].map((session) => session.interpreter);
    this.sessions.clear();
    await Promise.all(interpreters.map((interpreter) => interpreter.close()));
    if (this.root) await rm(await this.root, { recursive: true, force: true });
  }

  private async expire(now: number): Promise<void> {
    for (const [key, session] of this.sessions) {
      if (session.busy === 0 && now - session.lastUsed >= SESSION_IDLE_MS) await this.end(key, session);
    }
  }

  private async makeRoom(): Promise<void> {
    for (const [key, session] of this.sessions) {
      if (this.sessions.size < this.limit) return;
      if (session.busy === 0) await this.end(key, session);
    }
  }

  private async end(key: string, session: Session): Promise<void> {
    this.sessions.delete(key);
    this.ended.add(key);
    if (this.ended.size > REMEMBERED_EVICTIONS) this.ended.delete(this.ended.values().next().value ?? key);
    await session.interpreter.close();
    await rm(session.dir, { recursive: true, force: true });
  }
}
