/** Who listens to which run: the open SSE streams of `stream: true` requests, in this process. */
import { endsStream } from '../streaming.js';
import type { RunEvent } from './transitions.js';

export type RunListener = (event: string, data: unknown) => void;

export class RunEventBus {
  private readonly listeners = new Map<string, Set<RunListener>>();

  subscribe(runId: string, listener: RunListener): void {
    let set = this.listeners.get(runId);
    if (!set) {
      set = new Set();
      this.listeners.set(runId, set);
    }
    set.add(listener);
  }

  unsubscribe(runId: string, listener: RunListener): void {
    const set = this.listeners.get(runId);
    set?.delete(listener);
    if (set?.size === 0) this.listeners.delete(runId);
  }

  /** Sends the events in order; after one that ends a stream, the run's listeners are dropped. */
  emit(runId: string, events: readonly RunEvent[]): void {
    for (const { event, data } of events) {
      for (const listener of [...(this.listeners.get(runId) ?? [])]) listener(event, data);
      if (endsStream(event)) this.listeners.delete(runId);
    }
  }

  drop(runId: string): void {
    this.listeners.delete(runId);
  }

  clear(): void {
    this.listeners.clear();
  }
}
