/**
 * `jwt` mode's view of the upstream for one user: a thread belongs to the user who created it (its
 * metadata carries their owner tag under `OWNER_METADATA_KEY`), and so do its messages, runs, steps
 * and message files. Every thread-scoped call is checked against the thread's owner (a write after
 * the check; a read of a thread met for the first time alongside it, answered only once it passes),
 * and another user's thread answers exactly like one that does not exist (the upstream's own 404), so every lookup,
 * link, mutation and subscription treats it as missing. Assistants are shared: every user reads
 * them, only admins change them.
 *
 * Files belong to the user who uploaded them: their upstream filename starts with the owner tag
 * (`filenameWithOwner`; v1 files have no metadata), and another user's file is as missing as one
 * that does not exist, unless the caller reached it through an object of its own that refers to it
 * (an assistant it is attached to, a message or run step of the user's thread that names it:
 * `FileReference`).
 * File ids given in inputs must name the user's own files.
 *
 * Each thread is read at most once per view (a request's, a subscription's stream's, a subscription
 * event's): the owner check and the thread's loader share that read. The loaders are primed with the
 * view's answers through `openOwnedApi`, so the other users' threads the check reads stay out.
 */
import { LIMITS } from '../v1/requests.js';
import type {
  AnswerObserver,
  AssistantsApi,
  CreateAssistantBody,
  CreateAssistantFileBody,
  CreateMessageBody,
  CreateRunBody,
  CreateThreadAndRunBody,
  CreateThreadBody,
  FileReference,
  FileUpload,
  ListFilesParams,
  ListMessagesParams,
  ListParams,
  ListThreadsParams,
  MetadataBody,
  ModifyAssistantBody,
  SubmitToolOutputsBody,
} from '../openai/api.js';
import { UpstreamError } from '../openai/errors.js';
import type { FileObject, ListPage, Message, RunStep, Thread } from '../v1/schemas.js';
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

/** An owner tag at the start of a file's upstream filename: `_owner-<tag>_<filename>`. */
const FILENAME_OWNER_TAG = /^_owner-([0-9a-f]{64})_/;

/** Whether a filename starts as an owner tag does: reserved in every mode. */
export function hasFilenameOwnerTag(filename: string): boolean {
  return FILENAME_OWNER_TAG.test(filename);
}

/** A filename as callers see it: without the owner tag. */
export function withoutFilenameOwnerTag(filename: string): string {
  return filename.replace(FILENAME_OWNER_TAG, '');
}

/** The owner tag a file's upstream filename carries; null for a file nobody uploaded through `jwt` mode. */
function ownerOfFile(file: FileObject): string | null {
  return FILENAME_OWNER_TAG.exec(file.filename)?.[1] ?? null;
}

/** What the upstream keeps of a filename: its last path segment (it drops what comes before a `/` or `\`). */
export function uploadedFilename(filename: string): string {
  return filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
}

/** The upstream filename of a user's upload: the owner tag, then the name the upstream keeps. */
function filenameWithOwner(filename: string, owner: string): string {
  return `_owner-${owner}_${uploadedFilename(filename)}`;
}

function isObjectOf(answer: unknown, object: string): boolean {
  return typeof answer === 'object' && answer !== null && (answer as { object?: unknown }).object === object;
}

/** Whether an upstream answer is a thread of another user (the owner check reads those too). */
function isOthersThread(answer: unknown, user: UserCaller): boolean {
  return isObjectOf(answer, 'thread') && (answer as Thread).metadata?.[OWNER_METADATA_KEY] !== user.owner;
}

/** Whether an upstream answer is a file not the user's (its deletion, also of `object: 'file'`, aside). */
function isOthersFile(answer: unknown, user: UserCaller): boolean {
  return isObjectOf(answer, 'file') && !('deleted' in (answer as object)) && ownerOfFile(answer as FileObject) !== user.owner;
}

/**
 * What of an answer the user may have cached: nothing of another user's thread or file (the owner
 * checks read those), and a list without another user's files.
 */
function ownPart(answer: unknown, user: UserCaller): unknown {
  if (isOthersThread(answer, user) || isOthersFile(answer, user)) return undefined;
  if (isObjectOf(answer, 'list')) {
    const page = answer as ListPage<unknown>;
    if (page.data.some((item) => isOthersFile(item, user))) return { ...page, data: page.data.filter((item) => !isOthersFile(item, user)) };
  }
  return answer;
}

/** The file ids a message names: its own `file_ids`, its images and the files its annotations cite or link. */
function fileIdsOf(message: Message): string[] {
  const ids = [...message.file_ids];
  for (const part of message.content) {
    if (part.type === 'image_file') ids.push(part.image_file.file_id);
    else {
      for (const annotation of part.text.annotations) {
        ids.push(annotation.type === 'file_citation' ? annotation.file_citation.file_id : annotation.file_path.file_id);
      }
    }
  }
  return ids;
}

/** The file ids a run step names: the images its code interpreter calls output. */
function fileIdsOfStep(step: RunStep): string[] {
  if (step.step_details.type !== 'tool_calls') return [];
  return step.step_details.tool_calls.flatMap((call) =>
    call.type === 'code_interpreter' ? call.code_interpreter.outputs.flatMap((output) => (output.type === 'image' ? [output.image.file_id] : [])) : [],
  );
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
    const own = ownPart(answer, user);
    if (own !== undefined) onAnswer(own);
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

/** What the upstream answers for a file that does not exist: looked up, and named in an input. */
function noSuchFile(fileId: string): UpstreamError {
  return new UpstreamError({ kind: 'http', status: 404, type: 'invalid_request_error', param: 'id', message: `No such File object: ${fileId}` });
}
function noFileNamed(fileId: string): UpstreamError {
  return new UpstreamError({ kind: 'http', status: 404, type: 'invalid_request_error', message: `No file found with id '${fileId}'.` });
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
  /** Each file's read, anyone's: the checks of `getFile` and of input file ids share it. */
  readonly #files = new Map<string, Promise<FileObject>>();

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

  /** The file as the upstream has it, whoever's it is; read once per view. */
  #file(fileId: string): Promise<FileObject> {
    let read = this.#files.get(fileId);
    if (!read) {
      read = this.#api.getFile(fileId);
      this.#files.set(fileId, read);
    }
    return read;
  }

  /** The file, when it is the user's, or `via` (checked here) refers to it; else the upstream's 404 for a missing file. */
  async #readableFile(fileId: string, via: FileReference | undefined): Promise<FileObject> {
    const file = await this.#file(fileId);
    if (ownerOfFile(file) === this.#user.owner) return file;
    if (via && (await this.#refersTo(via, fileId))) return file;
    throw noSuchFile(fileId);
  }

  /** Whether an object the user may read refers to the file: an assistant (every user reads them), or a message or run step of the user's thread. */
  async #refersTo(via: FileReference, fileId: string): Promise<boolean> {
    if ('assistantId' in via) return (await this.#api.getAssistant(via.assistantId)).file_ids.includes(fileId);
    await this.#owned(via.threadId);
    if ('stepId' in via) return fileIdsOfStep(await this.#api.getRunStep(via.threadId, via.runId, via.stepId)).includes(fileId);
    return fileIdsOf(await this.#api.getMessage(via.threadId, via.messageId)).includes(fileId);
  }

  /**
   * Input file ids must name the user's own files (the upstream's 404 for a missing file otherwise);
   * `allowed` are accepted as they are (an assistant's files kept in a new list).
   */
  async #ownFiles(fileIds: readonly string[] | null | undefined, allowed: readonly string[] = []): Promise<void> {
    await Promise.all(
      (fileIds ?? []).map(async (fileId) => {
        if (allowed.includes(fileId)) return;
        const file = await this.#file(fileId).catch((error: unknown) => {
          throw error instanceof UpstreamError && error.status === 404 ? noFileNamed(fileId) : error;
        });
        if (ownerOfFile(file) !== this.#user.owner) throw noFileNamed(fileId);
      }),
    );
  }

  /** The files of messages given in an input. */
  #ownMessageFiles(messages: readonly { file_ids?: readonly string[] | undefined }[] | null | undefined): Promise<void> {
    return this.#ownFiles((messages ?? []).flatMap((message) => message.file_ids ?? []));
  }

  /** `metadata` with the user's owner tag over whatever it says. */
  #withOwner(metadata: Record<string, string> | null | undefined): Record<string, string> {
    return { ...metadata, [OWNER_METADATA_KEY]: this.#user.owner };
  }

  /** The stream, opened once the thread is known to be the user's (checked on the first read, like the stream itself). */
  async *#ownedStream(
    threadId: string,
    open: () => AsyncIterable<AssistantStreamEvent> | Promise<AsyncIterable<AssistantStreamEvent>>,
  ): AsyncGenerator<AssistantStreamEvent, void> {
    await this.#owned(threadId);
    yield* await open();
  }

  listAssistants(params?: ListParams) {
    return this.#api.listAssistants(params);
  }
  async createAssistant(body: CreateAssistantBody) {
    if (!this.#user.admin) return adminOnly('create assistants');
    await this.#ownFiles(body.file_ids);
    return this.#api.createAssistant(body);
  }
  getAssistant(assistantId: string) {
    return this.#api.getAssistant(assistantId);
  }
  async modifyAssistant(assistantId: string, body: ModifyAssistantBody) {
    if (!this.#user.admin) return adminOnly('change assistants');
    if (body.file_ids) await this.#ownFiles(body.file_ids, (await this.#api.getAssistant(assistantId)).file_ids);
    return this.#api.modifyAssistant(assistantId, body);
  }
  deleteAssistant(assistantId: string) {
    return this.#user.admin ? this.#api.deleteAssistant(assistantId) : adminOnly('delete assistants');
  }
  listAssistantFiles(assistantId: string, params?: ListParams) {
    return this.#api.listAssistantFiles(assistantId, params);
  }
  async createAssistantFile(assistantId: string, body: CreateAssistantFileBody) {
    if (!this.#user.admin) return adminOnly('attach files to assistants');
    await this.#ownFiles([body.file_id]);
    return this.#api.createAssistantFile(assistantId, body);
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
    await this.#ownMessageFiles(body?.messages);
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
    await Promise.all([this.#owned(threadId), this.#ownFiles(body.file_ids)]);
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

  async createThreadAndRun(body: CreateThreadAndRunBody) {
    await this.#ownMessageFiles(body.thread?.messages);
    return this.#api.createThreadAndRun({ ...body, thread: { ...body.thread, metadata: this.#withOwner(body.thread?.metadata) } });
  }
  listRuns(threadId: string, params?: ListParams) {
    return this.#read(threadId, (api) => api.listRuns(threadId, params));
  }
  async createRun(threadId: string, body: CreateRunBody) {
    await Promise.all([this.#owned(threadId), this.#ownMessageFiles(body.additional_messages)]);
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
    return this.#ownedStream(threadId, async () => {
      await this.#ownMessageFiles(body.additional_messages);
      return this.#api.createRunStream(threadId, body);
    });
  }
  async *createThreadAndRunStream(body: CreateThreadAndRunBody) {
    await this.#ownMessageFiles(body.thread?.messages);
    yield* this.#api.createThreadAndRunStream({ ...body, thread: { ...body.thread, metadata: this.#withOwner(body.thread?.metadata) } });
  }
  submitToolOutputsStream(threadId: string, runId: string, body: SubmitToolOutputsBody) {
    return this.#ownedStream(threadId, () => this.#api.submitToolOutputsStream(threadId, runId, body));
  }
  uploadFile(upload: FileUpload) {
    return this.#api.uploadFile({ ...upload, filename: filenameWithOwner(upload.filename, this.#user.owner) });
  }
  /**
   * A page of the user's files: the upstream's pages (of the most it gives) are read from `after`
   * until the page is full and one more file of the user's says whether more follow, or the list
   * ends. Only forward: the facade's connections never send `before`.
   */
  async listFiles(params: ListFilesParams = {}) {
    const { before: _before, ...forward } = params;
    const limit = params.limit ?? LIMITS.defaultPageSize;
    const owned: FileObject[] = [];
    let after = params.after;
    for (;;) {
      const page = await this.#api.listFiles({ ...forward, limit: LIMITS.maxPageSize, ...(after === undefined ? {} : { after }) });
      owned.push(...page.data.filter((file) => ownerOfFile(file) === this.#user.owner));
      after = page.data.at(-1)?.id;
      if (owned.length > limit || !page.has_more || after === undefined) break;
    }
    const data = owned.slice(0, limit);
    return { object: 'list' as const, data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: owned.length > limit };
  }
  getFile(fileId: string, via?: FileReference) {
    return this.#readableFile(fileId, via);
  }
  async deleteFile(fileId: string) {
    await this.#readableFile(fileId, undefined);
    const deletion = await this.#api.deleteFile(fileId);
    this.#files.delete(fileId);
    return deletion;
  }
  async getFileContent(fileId: string, via?: FileReference) {
    await this.#readableFile(fileId, via);
    return this.#api.getFileContent(fileId);
  }
}
