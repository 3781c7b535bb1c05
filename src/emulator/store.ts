/**
 * Where the emulator keeps its objects. The interface is synchronous and small so that a durable
 * store (for example one over `node:sqlite`, which is synchronous too) can replace the in-memory one.
 *
 * Every object lives under a scope (the caller's API key, so two keys never see each other's data)
 * and a parent id (the thread of a message or run, the run of a step, …; `ROOT` for assistants and
 * threads). `list` must return objects in insertion order: that is upstream's hidden tiebreak for
 * objects created in the same second. Values are copied in and out, so callers write changes back
 * with `put`, which keeps an existing object's position.
 */
import type { Assistant, AssistantFile, Message, MessageFile, Run, RunStep, Thread } from '../openai/schemas.js';

export const ROOT = '';

export interface Table<T> {
  get(scope: string, parent: string, id: string): T | undefined;
  put(scope: string, parent: string, id: string, value: T): void;
  delete(scope: string, parent: string, id: string): boolean;
  list(scope: string, parent: string): T[];
  deleteAll(scope: string, parent: string): void;
}

export interface EmulatorStore {
  assistants: Table<Assistant>;
  threads: Table<Thread>;
  /** Parent: the thread id. */
  messages: Table<Message>;
  /** Parent: the thread id. */
  runs: Table<Run>;
  /** Parent: the run id. */
  steps: Table<RunStep>;
  /** Parent: the assistant id; id: the file id. */
  assistantFiles: Table<AssistantFile>;
  /** Parent: the message id; id: the file id. */
  messageFiles: Table<MessageFile>;
}

class MemoryTable<T> implements Table<T> {
  private readonly scopes = new Map<string, Map<string, Map<string, T>>>();

  private bucket(scope: string, parent: string, create: boolean): Map<string, T> | undefined {
    let parents = this.scopes.get(scope);
    if (!parents) {
      if (!create) return undefined;
      parents = new Map();
      this.scopes.set(scope, parents);
    }
    let items = parents.get(parent);
    if (!items && create) {
      items = new Map();
      parents.set(parent, items);
    }
    return items;
  }

  get(scope: string, parent: string, id: string): T | undefined {
    const value = this.bucket(scope, parent, false)?.get(id);
    return value === undefined ? undefined : structuredClone(value);
  }

  put(scope: string, parent: string, id: string, value: T): void {
    this.bucket(scope, parent, true)?.set(id, structuredClone(value));
  }

  delete(scope: string, parent: string, id: string): boolean {
    return this.bucket(scope, parent, false)?.delete(id) ?? false;
  }

  list(scope: string, parent: string): T[] {
    return [...(this.bucket(scope, parent, false)?.values() ?? [])].map((value) => structuredClone(value));
  }

  deleteAll(scope: string, parent: string): void {
    this.scopes.get(scope)?.delete(parent);
  }
}

export function createMemoryStore(): EmulatorStore {
  return {
    assistants: new MemoryTable(),
    threads: new MemoryTable(),
    messages: new MemoryTable(),
    runs: new MemoryTable(),
    steps: new MemoryTable(),
    assistantFiles: new MemoryTable(),
    messageFiles: new MemoryTable(),
  };
}
