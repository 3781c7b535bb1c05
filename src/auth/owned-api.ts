/**
 * `jwt` mode's view of the upstream for one user: a thread belongs to the user who created it (its
 * metadata carries their owner tag under `OWNER_METADATA_KEY`), and so do its messages, runs, steps
 * and message files. Every thread-scoped call is checked against the thread's owner (a write after
 * the check; a read of a thread met for the first time alongside it, answered only once it passes),
 * and another user's thread answers exactly like one that does not exist (the upstream's own 404), so every lookup,
 * link, mutation and subscription treats it as missing. Assistants are shared: every user reads
 * them, only admins change them.
 *
 * Each thread is read at most once per view (a request's, a subscription's stream's, a subscription
 * event's): the owner check and the thread's loader share that read. The loaders are primed with the
 * view's answers through `openOwnedApi`, so the other users' threads the check reads stay out.
 */
import type {
  AnswerObserver,
  AssistantsApi,
  CreateAssistantBody,
  CreateAssistantFileBody,
  CreateMessageBody,
  CreateRunBody,
  CreateThreadAndRunBody,
  CreateThreadBody,
  ListMessagesParams,
  ListParams,
  ListThreadsParams,
  MetadataBody,
  ModifyAssistantBody,
  SubmitToolOutputsBody,
} from '../openai/api.js';
import { UpstreamError } from '../openai/errors.js';
import type { Thread } from '../v1/schemas.js';
import type { AssistantStreamEvent } from '../v1/stream.js';
import { forbidden } from '../graphql/errors.js';
import type { UserCaller } from './caller.js';

/** The thread metadata key holding the owner tag: refused in inputs, left out of every answer. */
export const OWNER_METADATA_KEY = '_owner';

/** Metadata as callers see it: without the owner tag. */
export function withoutOwnerTag(metadata: Record<string, string>): Record<string, string> {
  if (!(OWNER_METADATA_KEY in metadata)) return metadata;
  const { [OWNER_METADATA_KEY]: _owner, ...rest } = metadata;
  return rest;
}

/** Whether an upstream answer is a thread of another user (the owner check reads those too). */
function isOthersThread(answer: unknown, user: UserCaller): boolean {
  if (typeof answer !== 'object' || answer === null || (answer as { object?: unknown }).object !== 'thread') return false;
  return (answer as Thread).metadata?.[OWNER_METADATA_KEY] !== user.owner;
}

/**
 * The user's view over the one `open` opens, `onAnswer` told only of the answers the user may see:
 * the owner check reads other users' threads through that view too, and those must reach no cache
 * of this user's (the loaders).
 */
export function openOwnedApi(open: (onAnswer?: AnswerObserver) => AssistantsApi, user: UserCaller, onAnswer?: AnswerObserver): OwnedApi {
  if (!onAnswer) {
    const api = open();
    return new OwnedApi(api, { api, prime: () => undefined }, user);
  }
  const ownAnswers = (answer: unknown): void => {
    if (!isOthersThread(answer, user)) onAnswer(answer);
  };
  return new OwnedApi(open(ownAnswers), { api: open(), prime: ownAnswers }, user);
}

/**
 * Where a read of a thread's objects goes while the thread's owner is still being checked: a view
 * nobody observes, whose answer is primed only once the thread proves to be the user's.
 */
interface UncheckedReads {
  api: AssistantsApi;
  prime: AnswerObserver;
}

/** What the upstream answers for a thread that does not exist (the built-in server's and OpenAI's wording). */
function noSuchThread(threadId: string): UpstreamError {
  return new UpstreamError({ kind: 'http', status: 404, type: 'invalid_request_error', message: `No thread found with id '${threadId}'.` });
}

function adminOnly(what: string): Promise<never> {
  return Promise.reject(forbidden(`Only an administrator (the identity provider's admin role) may ${what}.`));
}

export class OwnedApi implements AssistantsApi {
  readonly #api: AssistantsApi;
  readonly #unchecked: UncheckedReads;
  readonly #user: UserCaller;
  /** Each thread's read, once checked to be the user's (or the 404 of one that is not). */
  readonly #threads = new Map<string, Promise<Thread>>();

  constructor(api: AssistantsApi, unchecked: UncheckedReads, user: UserCaller) {
    this.#api = api;
    this.#unchecked = unchecked;
    this.#user = user;
  }

  /**
   * A read of the thread's objects. The first time a thread is met, the read goes out alongside the
   * owner check instead of after it (a page of messages costs one wave, not two), through the view
   * nobody observes; its answer reaches the caller and the loaders only if the thread is the user's.
   */
  async #read<T>(threadId: string, read: (api: AssistantsApi) => Promise<T>): Promise<T> {
    if (this.#threads.has(threadId)) {
      await this.#owned(threadId);
      return read(this.#api);
    }
    const [owned, answer] = await Promise.allSettled([this.#owned(threadId), read(this.#unchecked.api)]);
    if (owned.status === 'rejected') throw owned.reason;
    if (answer.status === 'rejected') throw answer.reason;
    this.#unchecked.prime(answer.value);
    return answer.value;
  }

  /** The thread, when it is the user's; else the upstream's 404 for a thread that does not exist. */
  #owned(threadId: string): Promise<Thread> {
    let read = this.#threads.get(threadId);
    if (!read) {
      read = this.#api.getThread(threadId).then((thread) => {
        if (isOthersThread(thread, this.#user)) throw noSuchThread(threadId);
        return thread;
      });
      this.#threads.set(threadId, read);
    }
    return read;
  }

  /** `metadata` with the user's owner tag over whatever it says. */
  #withOwner(metadata: Record<string, string> | null | undefined): Record<string, string> {
    return { ...metadata, [OWNER_METADATA_KEY]: this.#user.owner };
  }

  /** The stream, opened once the thread is known to be the user's (checked on the first read, like the stream itself). */
  async *#ownedStream(threadId: string, open: () => AsyncIterable<AssistantStreamEvent>): AsyncGenerator<AssistantStreamEvent, void> {
    await this.#owned(threadId);
    yield* open();
  }

  listAssistants(params?: ListParams) {
    return this.#api.listAssistants(params);
  }
  createAssistant(body: CreateAssistantBody) {
    return this.#user.admin ? this.#api.createAssistant(body) : adminOnly('create assistants');
  }
  getAssistant(assistantId: string) {
    return this.#api.getAssistant(assistantId);
  }
  modifyAssistant(assistantId: string, body: ModifyAssistantBody) {
    return this.#user.admin ? this.#api.modifyAssistant(assistantId, body) : adminOnly('change assistants');
  }
  deleteAssistant(assistantId: string) {
    return this.#user.admin ? this.#api.deleteAssistant(assistantId) : adminOnly('delete assistants');
  }
  listAssistantFiles(assistantId: string, params?: ListParams) {
    return this.#api.listAssistantFiles(assistantId, params);
  }
  createAssistantFile(assistantId: string, body: CreateAssistantFileBody) {
    return this.#user.admin ? this.#api.createAssistantFile(assistantId, body) : adminOnly('attach files to assistants');
  }
  getAssistantFile(assistantId: string, fileId: string) {
    return this.#api.getAssistantFile(assistantId, fileId);
  }
  deleteAssistantFile(assistantId: string, fileId: string) {
    return this.#user.admin ? this.#api.deleteAssistantFile(assistantId, fileId) : adminOnly('detach files from assistants');
  }

  listThreads(params?: ListThreadsParams) {
    return this.#api.listThreads({ ...params, metadata: this.#withOwner(params?.metadata) });
  }
  async createThread(body?: CreateThreadBody) {
    const thread = await this.#api.createThread({ ...body, metadata: this.#withOwner(body?.metadata) });
    this.#threads.set(thread.id, Promise.resolve(thread));
    return thread;
  }
  getThread(threadId: string) {
    return this.#owned(threadId);
  }
  async modifyThread(threadId: string, body: MetadataBody) {
    await this.#owned(threadId);
    // The upstream replaces the metadata as a whole: the owner tag goes with every new set.
    const thread = await this.#api.modifyThread(threadId, body.metadata === undefined ? body : { ...body, metadata: this.#withOwner(body.metadata) });
    this.#threads.set(threadId, Promise.resolve(thread));
    return thread;
  }
  async deleteThread(threadId: string) {
    await this.#owned(threadId);
    const deletion = await this.#api.deleteThread(threadId);
    this.#threads.delete(threadId);
    return deletion;
  }

  listMessages(threadId: string, params?: ListMessagesParams) {
    return this.#read(threadId, (api) => api.listMessages(threadId, params));
  }
  async createMessage(threadId: string, body: CreateMessageBody) {
    await this.#owned(threadId);
    return this.#api.createMessage(threadId, body);
  }
  getMessage(threadId: string, messageId: string) {
    return this.#read(threadId, (api) => api.getMessage(threadId, messageId));
  }
  async modifyMessage(threadId: string, messageId: string, body: MetadataBody) {
    await this.#owned(threadId);
    return this.#api.modifyMessage(threadId, messageId, body);
  }
  listMessageFiles(threadId: string, messageId: string, params?: ListParams) {
    return this.#read(threadId, (api) => api.listMessageFiles(threadId, messageId, params));
  }
  getMessageFile(threadId: string, messageId: string, fileId: string) {
    return this.#read(threadId, (api) => api.getMessageFile(threadId, messageId, fileId));
  }

  createThreadAndRun(body: CreateThreadAndRunBody) {
    return this.#api.createThreadAndRun({ ...body, thread: { ...body.thread, metadata: this.#withOwner(body.thread?.metadata) } });
  }
  listRuns(threadId: string, params?: ListParams) {
    return this.#read(threadId, (api) => api.listRuns(threadId, params));
  }
  async createRun(threadId: string, body: CreateRunBody) {
    await this.#owned(threadId);
    return this.#api.createRun(threadId, body);
  }
  getRun(threadId: string, runId: string) {
    return this.#read(threadId, (api) => api.getRun(threadId, runId));
  }
  async modifyRun(threadId: string, runId: string, body: MetadataBody) {
    await this.#owned(threadId);
    return this.#api.modifyRun(threadId, runId, body);
  }
  async submitToolOutputs(threadId: string, runId: string, body: SubmitToolOutputsBody) {
    await this.#owned(threadId);
    return this.#api.submitToolOutputs(threadId, runId, body);
  }
  async cancelRun(threadId: string, runId: string) {
    await this.#owned(threadId);
    return this.#api.cancelRun(threadId, runId);
  }
  listRunSteps(threadId: string, runId: string, params?: ListParams) {
    return this.#read(threadId, (api) => api.listRunSteps(threadId, runId, params));
  }
  getRunStep(threadId: string, runId: string, stepId: string) {
    return this.#read(threadId, (api) => api.getRunStep(threadId, runId, stepId));
  }

  createRunStream(threadId: string, body: CreateRunBody) {
    return this.#ownedStream(threadId, () => this.#api.createRunStream(threadId, body));
  }
  createThreadAndRunStream(body: CreateThreadAndRunBody) {
    return this.#api.createThreadAndRunStream({ ...body, thread: { ...body.thread, metadata: this.#withOwner(body.thread?.metadata) } });
  }
  submitToolOutputsStream(threadId: string, runId: string, body: SubmitToolOutputsBody) {
    return this.#ownedStream(threadId, () => this.#api.submitToolOutputsStream(threadId, runId, body));
  }
}
