/**
 * The code interpreter's sessions: one directory per thread (its `/mnt/data`), kept while it is
 * used and for an hour of idleness, as v1 kept a session. At most `limit` live at once: opening one
 * more evicts the least recently used idle session, whose files are deleted; the thread then starts
 * afresh, and `open` says so.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** v1's session lifetime: an hour without a call. */
export const SESSION_IDLE_MS = 60 * 60 * 1000;
/** `CODE_INTERPRETER_SESSIONS` when unset. */
export const DEFAULT_SESSIONS = 16;
/** How many evicted threads are remembered, to tell their model the session started afresh. */
const REMEMBERED_EVICTIONS = 1000;

interface Session {
  dir: string;
  lastUsed: number;
  /** Calls running in it: a busy session is never evicted. */
  busy: number;
}

export interface OpenedSession {
  dir: string;
  /** The thread had a session that was evicted or expired: its earlier files are gone. */
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

  constructor(
    private readonly limit: number,
    private readonly clock: () => number,
  ) {}

  /** The thread's session, made when it has none; a session idle past the hour, or evicted to make room, is gone. */
  async open(key: string): Promise<OpenedSession> {
    const now = this.clock();
    await this.expire(now);
    let session = this.sessions.get(key);
    const restarted = session === undefined && this.ended.has(key);
    if (session === undefined) {
      await this.makeRoom();
      this.root ??= mkdtemp(join(tmpdir(), 'v1-code-interpreter-'));
      this.counter += 1;
      const dir = join(await this.root, String(this.counter));
      await mkdir(dir, { mode: 0o700 });
      session = { dir, lastUsed: now, busy: 0 };
      this.ended.delete(key);
    }
    this.sessions.delete(key);
    this.sessions.set(key, session);
    session.lastUsed = now;
    session.busy += 1;
    const opened = session;
    return {
      dir: opened.dir,
      restarted,
      release: () => {
        opened.busy -= 1;
        opened.lastUsed = this.clock();
      },
    };
  }

  /** Deletes every session's files. */
  async close(): Promise<void> {
    this.sessions.clear();
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
    await rm(session.dir, { recursive: true, force: true });
  }
}
