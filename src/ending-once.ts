/**
 * An async iterable told when it ends, for whatever counts open streams (metrics, budgets): a
 * stream can complete, fail, or be returned early (the client left), and each must end it once.
 */

export interface EndingOnceHooks<T> {
  /** Pulls the next step from the source; default: the source's own `next` (telemetry runs it in a trace context). */
  pull?: (next: () => Promise<IteratorResult<T>>) => Promise<IteratorResult<T>>;
  /** Each value, as it passes. */
  onValue?: (value: T) => void;
  /** The source's failure, before the stream ends with it. */
  onFailure?: (error: unknown) => void;
}

/** `source` with `onEnd` called exactly once when it ends. `return` goes to the source at once, even while a `next` is pending. */
export function endingOnce<T>(source: AsyncIterable<T>, onEnd: () => void, hooks: EndingOnceHooks<T> = {}): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const next = (): Promise<IteratorResult<T>> => iterator.next();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      try {
        const step = await (hooks.pull ? hooks.pull(next) : next());
        if (step.done) end();
        else hooks.onValue?.(step.value);
        return step;
      } catch (error) {
        hooks.onFailure?.(error);
        end();
        throw error;
      }
    },
    async return(value?: unknown) {
      end();
      return (await iterator.return?.(value)) ?? { done: true, value: undefined };
    },
    async throw(error?: unknown) {
      end();
      if (iterator.throw) return iterator.throw(error);
      throw error;
    },
  };
}
