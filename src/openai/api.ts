/**
 * The 28 operations of the Assistants API v1 as one typed interface, with request bodies in wire
 * (snake_case) form. `src/openai/client.ts` implements it over HTTP; nothing here knows GraphQL.
 */
import type {
  Assistant,
  AssistantFile,
  Deletion,
  ListPage,
  Message,
  MessageFile,
  Metadata,
  ResponseFormat,
  Run,
  RunStep,
  Thread,
  Tool,
  ToolChoice,
  TruncationStrategy,
} from './schemas.js';
import type { AssistantStreamEvent } from './stream.js';

export type SortOrder = 'asc' | 'desc';

/** The list query parameters shared by every list operation. */
export interface ListParams {
  limit?: number;
  order?: SortOrder;
  after?: string;
  before?: string;
}

export interface ListMessagesParams extends ListParams {
  run_id?: string;
}

export interface CreateAssistantBody {
  model: string;
  name?: string | null;
  description?: string | null;
  instructions?: string | null;
  tools?: Tool[];
  file_ids?: string[];
  metadata?: Metadata | null;
}

export type ModifyAssistantBody = Partial<CreateAssistantBody>;

export interface CreateMessageBody {
  role: 'user' | 'assistant';
  content: string;
  file_ids?: string[];
  metadata?: Metadata | null;
}

export interface CreateThreadBody {
  messages?: CreateMessageBody[];
  metadata?: Metadata | null;
}

export interface MetadataBody {
  metadata?: Metadata | null;
}

/** Body fields shared by createRun and createThreadAndRun. */
export interface RunOptionsBody {
  assistant_id: string;
  model?: string | null;
  instructions?: string | null;
  tools?: Tool[] | null;
  metadata?: Metadata | null;
  temperature?: number | null;
  max_prompt_tokens?: number | null;
  max_completion_tokens?: number | null;
  truncation_strategy?: TruncationStrategy | null;
  tool_choice?: ToolChoice | null;
  response_format?: ResponseFormat | null;
}

export interface CreateRunBody extends RunOptionsBody {
  additional_instructions?: string | null;
  additional_messages?: CreateMessageBody[] | null;
}

export interface CreateThreadAndRunBody extends RunOptionsBody {
  thread?: CreateThreadBody;
}

export interface ToolOutput {
  tool_call_id: string;
  output: string;
}

export interface SubmitToolOutputsBody {
  tool_outputs: ToolOutput[];
}

export interface CreateAssistantFileBody {
  file_id: string;
}

/**
 * The Assistants API as seen by one caller: every call carries that caller's credentials and
 * abort signal (see `UpstreamClient.forRequest`).
 */
export interface AssistantsApi {
  listAssistants(params?: ListParams): Promise<ListPage<Assistant>>;
  createAssistant(body: CreateAssistantBody): Promise<Assistant>;
  getAssistant(assistantId: string): Promise<Assistant>;
  modifyAssistant(assistantId: string, body: ModifyAssistantBody): Promise<Assistant>;
  deleteAssistant(assistantId: string): Promise<Deletion>;

  createThread(body?: CreateThreadBody): Promise<Thread>;
  getThread(threadId: string): Promise<Thread>;
  modifyThread(threadId: string, body: MetadataBody): Promise<Thread>;
  deleteThread(threadId: string): Promise<Deletion>;

  listMessages(threadId: string, params?: ListMessagesParams): Promise<ListPage<Message>>;
  createMessage(threadId: string, body: CreateMessageBody): Promise<Message>;
  getMessage(threadId: string, messageId: string): Promise<Message>;
  modifyMessage(threadId: string, messageId: string, body: MetadataBody): Promise<Message>;

  createThreadAndRun(body: CreateThreadAndRunBody): Promise<Run>;
  listRuns(threadId: string, params?: ListParams): Promise<ListPage<Run>>;
  createRun(threadId: string, body: CreateRunBody): Promise<Run>;
  getRun(threadId: string, runId: string): Promise<Run>;
  modifyRun(threadId: string, runId: string, body: MetadataBody): Promise<Run>;
  submitToolOutputs(threadId: string, runId: string, body: SubmitToolOutputsBody): Promise<Run>;
  cancelRun(threadId: string, runId: string): Promise<Run>;

  listRunSteps(threadId: string, runId: string, params?: ListParams): Promise<ListPage<RunStep>>;
  getRunStep(threadId: string, runId: string, stepId: string): Promise<RunStep>;

  listAssistantFiles(assistantId: string, params?: ListParams): Promise<ListPage<AssistantFile>>;
  createAssistantFile(assistantId: string, body: CreateAssistantFileBody): Promise<AssistantFile>;
  getAssistantFile(assistantId: string, fileId: string): Promise<AssistantFile>;
  deleteAssistantFile(assistantId: string, fileId: string): Promise<Deletion>;

  listMessageFiles(threadId: string, messageId: string, params?: ListParams): Promise<ListPage<MessageFile>>;
  getMessageFile(threadId: string, messageId: string, fileId: string): Promise<MessageFile>;

  /** The three streaming variants (`stream: true`): the events as they arrive, ending after `done`. */
  createRunStream(threadId: string, body: CreateRunBody): AsyncIterable<AssistantStreamEvent>;
  createThreadAndRunStream(body: CreateThreadAndRunBody): AsyncIterable<AssistantStreamEvent>;
  submitToolOutputsStream(
    threadId: string,
    runId: string,
    body: SubmitToolOutputsBody,
  ): AsyncIterable<AssistantStreamEvent>;
}

/** Who is calling upstream. A request's own headers win over the server's key. */
export interface UpstreamCredentials {
  apiKey?: string;
  organization?: string;
  project?: string;
}
