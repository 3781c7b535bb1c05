/**
 * The 28 operations of the Assistants API v1, and the five of the v1 Files API, as one typed
 * interface, with request bodies in wire (snake_case) form. `src/openai/client.ts` implements it over HTTP, with the methods, paths and
 * schemas of the table of operations (`src/v1/operations.ts`); nothing here knows GraphQL.
 */
import type * as wire from '../v1/requests.js';
import type { Assistant, AssistantFile, Deletion, FileObject, ListPage, Message, MessageFile, Run, RunStep, Thread } from '../v1/schemas.js';
import type { AssistantStreamEvent } from '../v1/stream.js';

/** The request types are inferred from the request schemas (`requests.ts`), written once there. */
export type {
  CreateAssistantBody,
  CreateAssistantFileBody,
  CreateMessageBody,
  CreateThreadBody,
  ListFilesParams,
  ListMessagesParams,
  ListParams,
  ListThreadsParams,
  MetadataBody,
  ModifyAssistantBody,
} from '../v1/requests.js';
export type { SortOrder } from '../v1/schemas.js';

/** The client sets `stream` itself (true only in the `…Stream` calls), so these bodies leave it out. */
export type CreateRunBody = Omit<wire.CreateRunBody, 'stream'>;
export type CreateThreadAndRunBody = Omit<wire.CreateThreadAndRunBody, 'stream'>;
export type SubmitToolOutputsBody = Omit<wire.SubmitToolOutputsBody, 'stream'>;
/** Body fields shared by createRun and createThreadAndRun. */
export type RunOptionsBody = Omit<CreateRunBody, 'additional_instructions' | 'additional_messages'>;

/** A file to upload: its bytes are read once, as they come, and never held whole. */
export interface FileUpload {
  filename: string;
  purpose: string;
  /** The file's media type, sent with its part; `application/octet-stream` when not given. */
  contentType?: string;
  content: ReadableStream<Uint8Array>;
}

/** A file's bytes as the upstream sends them, for passing on; the caller must read or cancel `body`. */
export interface FileContent {
  body: ReadableStream<Uint8Array>;
  contentType: string | null;
  /** Bytes, when the upstream said. */
  contentLength: number | null;
}

/**
 * How a caller reached a file: through an assistant it is attached to, a message that names it
 * (in its `file_ids`, an image or an annotation), or a run step whose code interpreter output it
 * is. The upstream has no use for it; a view that scopes files to their owners (`jwt` mode) lets a
 * caller read a file of another user's only through such a reference, which it checks.
 */
export type FileReference = { assistantId: string } | { threadId: string; messageId: string } | { threadId: string; runId: string; stepId: string };

/**
 * The Assistants API as seen by one caller: every call carries that caller's credentials and
 * abort signal (see `UpstreamClient.forRequest`).
 */
export interface AssistantsApi {
  listAssistants(params?: wire.ListParams): Promise<ListPage<Assistant>>;
  createAssistant(body: wire.CreateAssistantBody): Promise<Assistant>;
  getAssistant(assistantId: string): Promise<Assistant>;
  modifyAssistant(assistantId: string, body: wire.ModifyAssistantBody): Promise<Assistant>;
  deleteAssistant(assistantId: string): Promise<Deletion>;

  /** An extension of the built-in v1 server (v1 has no list of threads); other upstreams answer 404. */
  listThreads(params?: wire.ListThreadsParams): Promise<ListPage<Thread>>;
  createThread(body?: wire.CreateThreadBody): Promise<Thread>;
  getThread(threadId: string): Promise<Thread>;
  modifyThread(threadId: string, body: wire.MetadataBody): Promise<Thread>;
  deleteThread(threadId: string): Promise<Deletion>;

  listMessages(threadId: string, params?: wire.ListMessagesParams): Promise<ListPage<Message>>;
  createMessage(threadId: string, body: wire.CreateMessageBody): Promise<Message>;
  getMessage(threadId: string, messageId: string): Promise<Message>;
  modifyMessage(threadId: string, messageId: string, body: wire.MetadataBody): Promise<Message>;

  createThreadAndRun(body: CreateThreadAndRunBody): Promise<Run>;
  listRuns(threadId: string, params?: wire.ListParams): Promise<ListPage<Run>>;
  createRun(threadId: string, body: CreateRunBody): Promise<Run>;
  getRun(threadId: string, runId: string): Promise<Run>;
  modifyRun(threadId: string, runId: string, body: wire.MetadataBody): Promise<Run>;
  submitToolOutputs(threadId: string, runId: string, body: SubmitToolOutputsBody): Promise<Run>;
  cancelRun(threadId: string, runId: string): Promise<Run>;

  listRunSteps(threadId: string, runId: string, params?: wire.ListParams): Promise<ListPage<RunStep>>;
  getRunStep(threadId: string, runId: string, stepId: string): Promise<RunStep>;

  listAssistantFiles(assistantId: string, params?: wire.ListParams): Promise<ListPage<AssistantFile>>;
  createAssistantFile(assistantId: string, body: wire.CreateAssistantFileBody): Promise<AssistantFile>;
  getAssistantFile(assistantId: string, fileId: string): Promise<AssistantFile>;
  deleteAssistantFile(assistantId: string, fileId: string): Promise<Deletion>;

  listMessageFiles(threadId: string, messageId: string, params?: wire.ListParams): Promise<ListPage<MessageFile>>;
  getMessageFile(threadId: string, messageId: string, fileId: string): Promise<MessageFile>;

  /** The v1 Files API (not part of the Assistants beta). The upload is never retried once its bytes started to go. */
  uploadFile(upload: FileUpload): Promise<FileObject>;
  listFiles(params?: wire.ListFilesParams): Promise<ListPage<FileObject>>;
  getFile(fileId: string, via?: FileReference): Promise<FileObject>;
  deleteFile(fileId: string): Promise<Deletion>;
  getFileContent(fileId: string, via?: FileReference): Promise<FileContent>;

  /** The three streaming variants (`stream: true`): the events as they arrive, ending after `done`. */
  createRunStream(threadId: string, body: CreateRunBody): AsyncIterable<AssistantStreamEvent>;
  createThreadAndRunStream(body: CreateThreadAndRunBody): AsyncIterable<AssistantStreamEvent>;
  submitToolOutputsStream(
    threadId: string,
    runId: string,
    body: SubmitToolOutputsBody,
  ): AsyncIterable<AssistantStreamEvent>;
}

/**
 * Told of every JSON answer of a view (`UpstreamClient.forRequest`), as the caller gets it; never
 * of a stream's events.
 */
export type AnswerObserver = (answer: unknown) => void;

/** Who is calling upstream. A request's own headers win over the server's key. */
export interface UpstreamCredentials {
  apiKey?: string;
  organization?: string;
  project?: string;
}
