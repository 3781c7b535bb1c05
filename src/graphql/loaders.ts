/**
 * The DataLoaders of one GraphQL request. They deduplicate and cache upstream GETs within the
 * request only: a new set is made for every request, so one caller never sees another's data.
 * The Assistants API has no batch GET, so a batch is a bounded set of parallel GETs. A 404
 * resolves to `null` (Relay lookups answer null for ids that do not exist).
 */
import DataLoader from 'dataloader';
import type { AssistantsApi } from '../openai/api.js';
import type { Assistant, Message, MessageFile, Run, RunStep, Thread } from '../openai/schemas.js';
import { isNotFound } from './errors.js';

/** Parallel upstream GETs per batch; more would only queue in the connection pool. */
const BATCH_CONCURRENCY = 8;

async function mapBounded<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<(V | Error)[]> {
  const results: (V | Error)[] = new Array<V | Error>(keys.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < keys.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await load(keys[index] as K);
      } catch (error) {
        results[index] = error instanceof Error ? error : new Error(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, keys.length) }, worker));
  return results;
}

function nullIfNotFound<V>(load: () => Promise<V>): Promise<V | null> {
  return load().catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
}

function loader<K, V>(load: (key: K) => Promise<V>, cacheKey: (key: K) => string): DataLoader<K, V | null, string> {
  return new DataLoader<K, V | null, string>((keys) => mapBounded(keys, (key) => nullIfNotFound(() => load(key))), {
    cacheKeyFn: cacheKey,
  });
}

export interface ThreadChildKey {
  threadId: string;
  id: string;
}

export interface StepKey {
  threadId: string;
  runId: string;
  id: string;
}

export interface AssistantFileKey {
  assistantId: string;
  id: string;
}

export interface MessageFileKey {
  threadId: string;
  messageId: string;
  id: string;
}

/** The upstream MessageFile has no thread id; the facade carries it down from the parent. */
export type MessageFileInThread = MessageFile & { thread_id: string };

export function createLoaders(api: AssistantsApi) {
  return {
    assistant: loader((id: string) => api.getAssistant(id), (id) => id),
    thread: loader((id: string) => api.getThread(id), (id) => id),
    message: loader(
      (key: ThreadChildKey) => api.getMessage(key.threadId, key.id),
      (key) => `${key.threadId}:${key.id}`,
    ),
    run: loader(
      (key: ThreadChildKey) => api.getRun(key.threadId, key.id),
      (key) => `${key.threadId}:${key.id}`,
    ),
    runStep: loader(
      (key: StepKey) => api.getRunStep(key.threadId, key.runId, key.id),
      (key) => `${key.threadId}:${key.runId}:${key.id}`,
    ),
    assistantFile: loader(
      (key: AssistantFileKey) => api.getAssistantFile(key.assistantId, key.id),
      (key) => `${key.assistantId}:${key.id}`,
    ),
    messageFile: loader(
      async (key: MessageFileKey): Promise<MessageFileInThread> => ({
        ...(await api.getMessageFile(key.threadId, key.messageId, key.id)),
        thread_id: key.threadId,
      }),
      (key) => `${key.threadId}:${key.messageId}:${key.id}`,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Puts objects a list or mutation returned into the loaders, so links to them cost no GET. */
export function primeAssistant(loaders: Loaders, assistant: Assistant): Assistant {
  loaders.assistant.clear(assistant.id).prime(assistant.id, assistant);
  return assistant;
}

export function primeThread(loaders: Loaders, thread: Thread): Thread {
  loaders.thread.clear(thread.id).prime(thread.id, thread);
  return thread;
}

export function primeMessage(loaders: Loaders, message: Message): Message {
  const key = { threadId: message.thread_id, id: message.id };
  loaders.message.clear(key).prime(key, message);
  return message;
}

export function primeRun(loaders: Loaders, run: Run): Run {
  const key = { threadId: run.thread_id, id: run.id };
  loaders.run.clear(key).prime(key, run);
  return run;
}

export function primeRunStep(loaders: Loaders, step: RunStep): RunStep {
  const key = { threadId: step.thread_id, runId: step.run_id, id: step.id };
  loaders.runStep.clear(key).prime(key, step);
  return step;
}
