/**
 * Every node type's identity, declared once: its upstream id parts (each checked against the
 * upstream id pattern and its prefix), how to read them off an object, and how to fetch the object
 * by them. The global ID codec, loader keys, cache keys and priming all derive from these
 * declarations. Free of the schema builder (the Pothos refs are in `nodes/refs.ts`): the loaders,
 * and so the context the builder is typed with, import it.
 */
import type { AssistantsApi, FileReference } from '../openai/api.js';
import { LIMITS, UPSTREAM_ID } from '../v1/requests.js';
import type { Assistant, AssistantFile, FileObject, Message, MessageFile, Run, RunStep, Thread } from '../v1/schemas.js';
import { GlobalIdError, encodeGlobalId, nodeTypeOf, registerNodeType, splitGlobalId } from './global-id.js';

/** A key's parts by name, each with the prefix its upstream id carries, in global-ID order. */
type KeyParts = Record<string, string>;
type KeyOf<P extends KeyParts> = { [Name in keyof P]: string };

/**
 * A file, with the object that led to it when a link did (an assistant, a message): the download
 * route needs it to let a user fetch a file of another user's that way (auth/owned-api.ts).
 */
export type FileInView = FileObject & { via?: FileReference };

/** The upstream MessageFile has no thread id; the facade carries it down from its message. */
export type MessageFileInThread = MessageFile & { thread_id: string };

export interface NodeIdentity<T extends object, K extends Record<string, string>> {
  typename: string;
  /** The upstream `object` value of its objects, e.g. `thread.message`. */
  object: string;
  keyOf(value: T): K;
  fetch(api: AssistantsApi, key: K): Promise<T>;
  /** Where a batch of keys can be answered by one list call of their parent, for types that allow it. */
  siblings?: Siblings<T, K> | undefined;
  /** The key's upstream ids joined with `:`: the inner id and the cache key. */
  innerId(key: K): string;
  fromInnerId(inner: string): K | null;
  globalId(key: K): string;
  /**
   * The key of a global ID that must name this type. With `raw`, a raw upstream id (`asst_abc123`)
   * is accepted too, checked like a global ID's parts: as the key's last part, after the given
   * leading parts (`true` for a one-part key). Throws `GlobalIdError` naming `argument`.
   */
  decode(value: string, argument: string, options?: { raw?: true | readonly string[] }): K;
}

/**
 * The REST API has no batch GET, but objects of one parent (runs of a thread, steps of a run, …)
 * come in lists: the parent a key belongs to, and that parent's newest page.
 */
export interface Siblings<T, K> {
  parentOf(key: K): string;
  newest(api: AssistantsApi, key: K): Promise<T[]>;
}

/** The page a batch asks for: the upstream's largest. */
const SIBLINGS_PAGE = { limit: LIMITS.maxPageSize, order: 'desc' } as const;

/** "an Assistant", "a Thread": for messages that name a node type. */
const withArticle = (typename: string): string => `${/^[AEIOU]/.test(typename) ? 'an' : 'a'} ${typename}`;

function nodeIdentity<T extends object>() {
  return <P extends KeyParts>(definition: {
    typename: string;
    object: string;
    parts: P;
    keyOf: (value: T) => KeyOf<P>;
    fetch: (api: AssistantsApi, key: KeyOf<P>) => Promise<T>;
    siblings?: Siblings<T, KeyOf<P>>;
  }): NodeIdentity<T, KeyOf<P>> => {
    const names = Object.keys(definition.parts) as Array<keyof P & string>;
    // Checked by hand rather than with a zod schema: every global ID in a request is decoded, and
    // `nodes(ids:)` decodes up to a hundred.
    const fromParts = (parts: readonly string[]): KeyOf<P> | null => {
      if (parts.length !== names.length) return null;
      const key: Record<string, string> = {};
      for (const [index, name] of names.entries()) {
        const part = parts[index] ?? '';
        if (!UPSTREAM_ID.test(part) || !part.startsWith(definition.parts[name] ?? '')) return null;
        key[name] = part;
      }
      return key as KeyOf<P>;
    };
    const partsOf = (key: KeyOf<P>): string[] => names.map((name) => key[name]);
    const { typename } = definition;
    registerNodeType(typename, (parts) => fromParts(parts) !== null);
    return {
      typename,
      object: definition.object,
      keyOf: definition.keyOf,
      fetch: definition.fetch,
      siblings: definition.siblings,
      innerId: (key) => partsOf(key).join(':'),
      fromInnerId: (inner) => fromParts(inner.split(':')),
      globalId: (key) => encodeGlobalId(typename, partsOf(key)),
      decode(value, argument, options = {}) {
        const leading = options.raw === true ? [] : options.raw;
        if (leading) {
          const raw = fromParts([...leading, value]);
          if (raw) return raw;
        }
        const split = splitGlobalId(value);
        const key = split?.typename === typename ? fromParts(split.parts) : null;
        if (key) return key;
        const other = nodeTypeOf(value);
        if (other) {
          throw new GlobalIdError(`\`${argument}\` must be ${withArticle(typename)} ID, but ${JSON.stringify(value)} is ${withArticle(other.typename)} ID.`, argument);
        }
        const last = names.at(-1);
        const prefix = last === undefined ? '' : definition.parts[last];
        const hint = leading ? ` Expected ${withArticle(typename)} ID or a raw \`${prefix ?? ''}…\` id.` : '';
        throw new GlobalIdError(`Invalid ${typename} ID for \`${argument}\`: ${JSON.stringify(value)}.${hint}`, argument);
      },
    };
  };
}

export const ASSISTANT = nodeIdentity<Assistant>()({
  typename: 'Assistant',
  object: 'assistant',
  parts: { id: 'asst_' },
  keyOf: (assistant) => ({ id: assistant.id }),
  fetch: (api, key) => api.getAssistant(key.id),
  siblings: { parentOf: () => '', newest: async (api) => (await api.listAssistants(SIBLINGS_PAGE)).data },
});

export const THREAD = nodeIdentity<Thread>()({
  typename: 'Thread',
  object: 'thread',
  parts: { id: 'thread_' },
  keyOf: (thread) => ({ id: thread.id }),
  fetch: (api, key) => api.getThread(key.id),
});

export const MESSAGE = nodeIdentity<Message>()({
  typename: 'Message',
  object: 'thread.message',
  parts: { threadId: 'thread_', id: 'msg_' },
  keyOf: (message) => ({ threadId: message.thread_id, id: message.id }),
  fetch: (api, key) => api.getMessage(key.threadId, key.id),
  siblings: { parentOf: (key) => key.threadId, newest: async (api, key) => (await api.listMessages(key.threadId, SIBLINGS_PAGE)).data },
});

export const RUN = nodeIdentity<Run>()({
  typename: 'Run',
  object: 'thread.run',
  parts: { threadId: 'thread_', id: 'run_' },
  keyOf: (run) => ({ threadId: run.thread_id, id: run.id }),
  fetch: (api, key) => api.getRun(key.threadId, key.id),
  siblings: { parentOf: (key) => key.threadId, newest: async (api, key) => (await api.listRuns(key.threadId, SIBLINGS_PAGE)).data },
});

export const RUN_STEP = nodeIdentity<RunStep>()({
  typename: 'RunStep',
  object: 'thread.run.step',
  parts: { threadId: 'thread_', runId: 'run_', id: 'step_' },
  keyOf: (step) => ({ threadId: step.thread_id, runId: step.run_id, id: step.id }),
  fetch: (api, key) => api.getRunStep(key.threadId, key.runId, key.id),
  siblings: {
    parentOf: (key) => `${key.threadId}:${key.runId}`,
    newest: async (api, key) => (await api.listRunSteps(key.threadId, key.runId, SIBLINGS_PAGE)).data,
  },
});

export const ASSISTANT_FILE = nodeIdentity<AssistantFile>()({
  typename: 'AssistantFile',
  object: 'assistant.file',
  parts: { assistantId: 'asst_', id: 'file-' },
  keyOf: (file) => ({ assistantId: file.assistant_id, id: file.id }),
  fetch: (api, key) => api.getAssistantFile(key.assistantId, key.id),
});

export const MESSAGE_FILE = nodeIdentity<MessageFileInThread>()({
  typename: 'MessageFile',
  object: 'thread.message.file',
  parts: { threadId: 'thread_', messageId: 'msg_', id: 'file-' },
  keyOf: (file) => ({ threadId: file.thread_id, messageId: file.message_id, id: file.id }),
  fetch: async (api, key) => ({ ...(await api.getMessageFile(key.threadId, key.messageId, key.id)), thread_id: key.threadId }),
});

export const FILE = nodeIdentity<FileInView>()({
  typename: 'File',
  object: 'file',
  parts: { id: 'file-' },
  keyOf: (file) => ({ id: file.id }),
  fetch: (api, key) => api.getFile(key.id),
});

/** Any node type's identity, for code that handles them all alike. */
export type AnyNodeIdentity = NodeIdentity<object, Record<string, string>>;

export const NODE_TYPES: readonly AnyNodeIdentity[] = [ASSISTANT, THREAD, MESSAGE, RUN, RUN_STEP, ASSISTANT_FILE, MESSAGE_FILE, FILE];
