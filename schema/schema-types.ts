export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time as an ISO 8601 string in UTC, e.g. `2024-04-12T09:30:00.000Z`. Upstream precision is one second. */
  DateTime: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** A JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** Up to 16 key-value pairs attached to an object, for your own use: keys at most 64 characters, values strings of at most 512 characters. */
  Metadata: { input: Record<string, string>; output: Record<string, string>; }
  /** A file sent with the request, as the GraphQL multipart request spec sends files (`operations`, `map`, then the file part); only as a variable. */
  Upload: { input: unknown; output: unknown; }
  _Any: { input: unknown; output: unknown; }
};

/** A marked span of a text value that refers to a file. */
export type Annotation = FileCitationAnnotation | FilePathAnnotation;

/** An assistant: a model with instructions, tools and files that answers in threads. */
export type Assistant = Node & {
  __typename?: 'Assistant';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its description (at most 512 characters). */
  description?: Maybe<Scalars['String']['output']>;
  /** Ids of the files attached to it (at most 20), oldest first. See `files` for the attachment objects. */
  fileIds: Array<Scalars['String']['output']>;
  /** The files attached to the assistant, as a Relay connection over the upstream list. */
  files: AssistantFileConnection;
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Its system instructions (at most 256,000 characters). */
  instructions?: Maybe<Scalars['String']['output']>;
  /** Your key-value pairs. */
  metadata: Scalars['Metadata']['output'];
  /** The model it uses, e.g. `gpt-4-turbo`. */
  model: Scalars['String']['output'];
  /** Its name (at most 256 characters). */
  name?: Maybe<Scalars['String']['output']>;
  /** The upstream id, e.g. `asst_abc123`. */
  openaiId: Scalars['String']['output'];
  /** The tools it may use (at most 128). */
  tools: Array<Tool>;
};


/** An assistant: a model with instructions, tools and files that answers in threads. */
export type AssistantFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
};

/** A page of assistants. */
export type AssistantConnection = {
  __typename?: 'AssistantConnection';
  /** The objects of this page with their cursors, in order. */
  edges: Array<AssistantEdge>;
  /** The objects of this page, in order: a shortcut for `edges { node }`. */
  nodes: Array<Assistant>;
  /** Where this page sits, for fetching the next or previous one. */
  pageInfo: PageInfo;
};

/** An assistant in a page. */
export type AssistantEdge = {
  __typename?: 'AssistantEdge';
  /** An opaque cursor for `after`/`before`; valid only in the connection and order that issued it. */
  cursor: Scalars['String']['output'];
  /** The object. */
  node: Assistant;
};

/** A file attached to an assistant, for its retrieval and code interpreter tools. */
export type AssistantFile = Node & {
  __typename?: 'AssistantFile';
  /** The assistant it is attached to. */
  assistant?: Maybe<Assistant>;
  /** When it was attached. */
  createdAt: Scalars['DateTime']['output'];
  /** The file itself; readable by everyone who reads the assistant. */
  file?: Maybe<File>;
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The file id, e.g. `file-abc123`. */
  openaiId: Scalars['String']['output'];
};

/** A page of assistant files. */
export type AssistantFileConnection = {
  __typename?: 'AssistantFileConnection';
  /** The objects of this page with their cursors, in order. */
  edges: Array<AssistantFileEdge>;
  /** The objects of this page, in order: a shortcut for `edges { node }`. */
  nodes: Array<AssistantFile>;
  /** Where this page sits, for fetching the next or previous one. */
  pageInfo: PageInfo;
};

/** An assistant file in a page. */
export type AssistantFileEdge = {
  __typename?: 'AssistantFileEdge';
  /** An opaque cursor for `after`/`before`; valid only in the connection and order that issued it. */
  cursor: Scalars['String']['output'];
  /** The object. */
  node: AssistantFile;
};

/** The run to cancel. */
export type CancelRunInput = {
  /** The run, by its global ID. */
  id: Scalars['ID']['input'];
};

/** The run, usually CANCELLING. */
export type CancelRunPayload = {
  __typename?: 'CancelRunPayload';
  /** The run. */
  run: Run;
};

/** An image the code produced. */
export type CodeInterpreterImage = {
  __typename?: 'CodeInterpreterImage';
  /** The image’s file itself (an `ASSISTANTS_OUTPUT` file; its `downloadUrl` serves the PNG). */
  file?: Maybe<File>;
  /** The image’s file id. */
  fileId: Scalars['String']['output'];
};

/** Text the code printed. */
export type CodeInterpreterLogs = {
  __typename?: 'CodeInterpreterLogs';
  /** The output text. */
  logs: Scalars['String']['output'];
};

/** An output of a code interpreter call. */
export type CodeInterpreterOutput = CodeInterpreterImage | CodeInterpreterLogs;

/** A fragment of one code interpreter output, merged with others of the same `index`. */
export type CodeInterpreterOutputDelta = {
  __typename?: 'CodeInterpreterOutputDelta';
  /** The image’s file itself, for `image` (its `downloadUrl` serves the PNG). */
  imageFile?: Maybe<File>;
  /** The image’s file id, for `image`. */
  imageFileId?: Maybe<Scalars['String']['output']>;
  /** Which output of the call this belongs to. */
  index: Scalars['Int']['output'];
  /** A fragment of printed text, for `logs`. */
  logs?: Maybe<Scalars['String']['output']>;
  /** `logs` or `image`. */
  type: Scalars['String']['output'];
};

/** The code interpreter tool. */
export type CodeInterpreterTool = Tool & {
  __typename?: 'CodeInterpreterTool';
  /** The kind of tool. */
  type: ToolType;
};

/** A code interpreter call: the code and what it produced. */
export type CodeInterpreterToolCall = StepToolCall & {
  __typename?: 'CodeInterpreterToolCall';
  /** The tool call id (`call_…`). */
  id: Scalars['String']['output'];
  /** The code that ran. */
  input: Scalars['String']['output'];
  /** What it printed and produced. */
  outputs: Array<CodeInterpreterOutput>;
};

/** Fragments of a code interpreter call. */
export type CodeInterpreterToolCallDelta = {
  __typename?: 'CodeInterpreterToolCallDelta';
  /** A fragment of the code. */
  input?: Maybe<Scalars['String']['output']>;
  /** Fragments of its outputs; empty when this delta has none. */
  outputs: Array<CodeInterpreterOutputDelta>;
};

/** The assistant and the file to attach. */
export type CreateAssistantFileInput = {
  /** The assistant, by global ID or raw `asst_…` id. */
  assistantId: Scalars['ID']['input'];
  /** The file id (`file-…`), of a file with purpose `assistants`. */
  fileId: Scalars['String']['input'];
};

/** The attachment. */
export type CreateAssistantFilePayload = {
  __typename?: 'CreateAssistantFilePayload';
  /** The attached file. */
  assistantFile: AssistantFile;
};

/** The new assistant. */
export type CreateAssistantInput = {
  /** At most 512 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Ids of files to attach (`file-…`), at most 20. */
  fileIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** System instructions, at most 256,000 characters. */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** At most 16 key-value pairs. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
  /** The model to use, e.g. `gpt-4-turbo`. */
  model: Scalars['String']['input'];
  /** At most 256 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** At most 128 tools. */
  tools?: InputMaybe<Array<ToolInput>>;
};

/** The created assistant. */
export type CreateAssistantPayload = {
  __typename?: 'CreateAssistantPayload';
  /** The assistant. */
  assistant: Assistant;
};

/** The thread and the message to add to it. */
export type CreateMessageInput = {
  /** The text, 1 to 256,000 characters. */
  content: Scalars['String']['input'];
  /** Ids of files for the message (`file-…`), 1 to 10. */
  fileIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 16 key-value pairs. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
  /** Who writes it; USER by default. */
  role?: InputMaybe<MessageRole>;
  /** The thread, by global ID or raw `thread_…` id. */
  threadId: Scalars['ID']['input'];
};

/** The created message. */
export type CreateMessagePayload = {
  __typename?: 'CreateMessagePayload';
  /** The message. */
  message: Message;
};

/** A run to start on an existing thread. */
export type CreateRunInput = {
  /** Appended to the instructions for this run only. */
  additionalInstructions?: InputMaybe<Scalars['String']['input']>;
  /** Messages added to the thread before the run. */
  additionalMessages?: InputMaybe<Array<MessageInput>>;
  /** The assistant to run, by global ID or raw `asst_…` id. */
  assistantId: Scalars['ID']['input'];
  /** Overrides the assistant’s instructions (at most 256,000 characters). */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** The most completion tokens the run may use (at least 256). */
  maxCompletionTokens?: InputMaybe<Scalars['Int']['input']>;
  /** The most prompt tokens the run may use (at least 256). */
  maxPromptTokens?: InputMaybe<Scalars['Int']['input']>;
  /** At most 16 key-value pairs. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
  /** Overrides the assistant’s model. */
  model?: InputMaybe<Scalars['String']['input']>;
  /** The answer format (default AUTO). */
  responseFormat?: InputMaybe<ResponseFormat>;
  /** Sampling temperature, 0 to 2 (default 1). */
  temperature?: InputMaybe<Scalars['Float']['input']>;
  /** The thread, by global ID or raw `thread_…` id. */
  threadId: Scalars['ID']['input'];
  /** How to choose tools (default AUTO). */
  toolChoice?: InputMaybe<ToolChoiceInput>;
  /** Overrides the assistant’s tools (at most 20). */
  tools?: InputMaybe<Array<ToolInput>>;
  /** How to cut the thread down. */
  truncationStrategy?: InputMaybe<TruncationStrategyInput>;
};

/** The started run, usually QUEUED. */
export type CreateRunPayload = {
  __typename?: 'CreateRunPayload';
  /** The run. */
  run: Run;
};

/** A new thread and a run on it, in one step. */
export type CreateThreadAndRunInput = {
  /** The assistant to run, by global ID or raw `asst_…` id. */
  assistantId: Scalars['ID']['input'];
  /** Overrides the assistant’s instructions (at most 256,000 characters). */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** The most completion tokens the run may use (at least 256). */
  maxCompletionTokens?: InputMaybe<Scalars['Int']['input']>;
  /** The most prompt tokens the run may use (at least 256). */
  maxPromptTokens?: InputMaybe<Scalars['Int']['input']>;
  /** The new thread’s messages, oldest first. */
  messages?: InputMaybe<Array<MessageInput>>;
  /** At most 16 key-value pairs. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
  /** Overrides the assistant’s model. */
  model?: InputMaybe<Scalars['String']['input']>;
  /** The answer format (default AUTO). */
  responseFormat?: InputMaybe<ResponseFormat>;
  /** Sampling temperature, 0 to 2 (default 1). */
  temperature?: InputMaybe<Scalars['Float']['input']>;
  /** The new thread’s metadata. */
  threadMetadata?: InputMaybe<Scalars['Metadata']['input']>;
  /** How to choose tools (default AUTO). */
  toolChoice?: InputMaybe<ToolChoiceInput>;
  /** Overrides the assistant’s tools (at most 20). */
  tools?: InputMaybe<Array<ToolInput>>;
  /** How to cut the thread down. */
  truncationStrategy?: InputMaybe<TruncationStrategyInput>;
};

/** The started run; its `thread` is the new thread. */
export type CreateThreadAndRunPayload = {
  __typename?: 'CreateThreadAndRunPayload';
  /** The run. */
  run: Run;
};

/** The new thread, optionally with its first messages. */
export type CreateThreadInput = {
  /** Messages to start the thread with, oldest first. */
  messages?: InputMaybe<Array<MessageInput>>;
  /** At most 16 key-value pairs (15 in `jwt` mode); the key `_owner` is reserved. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
};

/** The created thread. */
export type CreateThreadPayload = {
  __typename?: 'CreateThreadPayload';
  /** The thread. */
  thread: Thread;
};

/** The attachment to remove. */
export type DeleteAssistantFileInput = {
  /** The assistant, by global ID or raw `asst_…` id (with `fileId`). */
  assistantId?: InputMaybe<Scalars['ID']['input']>;
  /** The file id (`file-…`) (with `assistantId`). */
  fileId?: InputMaybe<Scalars['String']['input']>;
  /** The AssistantFile global ID; or give `assistantId` and `fileId`. */
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** What was detached. */
export type DeleteAssistantFilePayload = {
  __typename?: 'DeleteAssistantFilePayload';
  /** The assistant, as it is now. */
  assistant?: Maybe<Assistant>;
  /** The global ID of the removed attachment. */
  deletedAssistantFileId: Scalars['ID']['output'];
};

/** The assistant to delete. */
export type DeleteAssistantInput = {
  /** The assistant, by global ID or raw `asst_…` id. */
  id: Scalars['ID']['input'];
};

/** What was deleted. */
export type DeleteAssistantPayload = {
  __typename?: 'DeleteAssistantPayload';
  /** The global ID of the deleted assistant. */
  deletedAssistantId: Scalars['ID']['output'];
};

/** The file to delete. */
export type DeleteFileInput = {
  /** The file, by global ID or raw `file-…` id. */
  id: Scalars['ID']['input'];
};

/** What was deleted. */
export type DeleteFilePayload = {
  __typename?: 'DeleteFilePayload';
  /** The global ID of the deleted file. */
  deletedFileId: Scalars['ID']['output'];
};

/** The thread to delete. */
export type DeleteThreadInput = {
  /** The thread, by global ID or raw `thread_…` id. */
  id: Scalars['ID']['input'];
};

/** What was deleted. */
export type DeleteThreadPayload = {
  __typename?: 'DeleteThreadPayload';
  /** The global ID of the deleted thread. */
  deletedThreadId: Scalars['ID']['output'];
};

/** `done`: the upstream stream ended normally (the run ended, or it requires action). It is the last event. */
export type DoneEvent = RunEvent & {
  __typename?: 'DoneEvent';
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
};

/** A file of the Files API: uploaded for assistants and messages, or made by their tools. */
export type File = Node & {
  __typename?: 'File';
  /** Its size in bytes (at most 536,870,912 for an upload). */
  bytes: Scalars['Int']['output'];
  /** When it was uploaded (or made). */
  createdAt: Scalars['DateTime']['output'];
  /** Where to download its bytes, a path relative to this API (`GET` it with the same `Authorization` as `/graphql`); null for purpose `ASSISTANTS`, whose files cannot be downloaded. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** Its name: as uploaded (without any path), or for a tool’s output its sandbox path. */
  filename: Scalars['String']['output'];
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The upstream id, e.g. `file-abc123`. */
  openaiId: Scalars['String']['output'];
  /** What it is for. */
  purpose: FilePurpose;
  /** Where it is in its processing; null when the upstream does not say. */
  status?: Maybe<FileStatus>;
  /** Why processing failed, when it did. */
  statusDetails?: Maybe<Scalars['String']['output']>;
};

/** A citation of a quote from a file the assistant searched. */
export type FileCitationAnnotation = {
  __typename?: 'FileCitationAnnotation';
  /** Where the placeholder ends in the text value. */
  endIndex: Scalars['Int']['output'];
  /** The cited file itself (an assistant’s file is readable by everyone whose thread cites it). */
  file?: Maybe<File>;
  /** The cited file. */
  fileId: Scalars['String']['output'];
  /** The quoted text. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Where the placeholder starts in the text value. */
  startIndex: Scalars['Int']['output'];
  /** The placeholder in the text value to replace, e.g. `【13†source】`. */
  text: Scalars['String']['output'];
};

/** A page of files. */
export type FileConnection = {
  __typename?: 'FileConnection';
  /** The objects of this page with their cursors, in order. */
  edges: Array<FileEdge>;
  /** The objects of this page, in order: a shortcut for `edges { node }`. */
  nodes: Array<File>;
  /** Where this page sits, for fetching the next or previous one. */
  pageInfo: PageInfo;
};

/** A file in a page. */
export type FileEdge = {
  __typename?: 'FileEdge';
  /** An opaque cursor for `after`/`before`; valid only in the connection and order that issued it. */
  cursor: Scalars['String']['output'];
  /** The object. */
  node: File;
};

/** A link to a file the code interpreter produced. */
export type FilePathAnnotation = {
  __typename?: 'FilePathAnnotation';
  /** Where the placeholder ends in the text value. */
  endIndex: Scalars['Int']['output'];
  /** The produced file itself. */
  file?: Maybe<File>;
  /** The produced file. */
  fileId: Scalars['String']['output'];
  /** Where the placeholder starts in the text value. */
  startIndex: Scalars['Int']['output'];
  /** The placeholder in the text value to replace, e.g. `【13†source】`. */
  text: Scalars['String']['output'];
};

/** What a file is for. */
export type FilePurpose =
  /** For assistants and messages (retrieval, code interpreter). Cannot be downloaded. */
  | 'ASSISTANTS'
  /** Made by an assistant’s tool (e.g. a chart of code interpreter); never uploaded. */
  | 'ASSISTANTS_OUTPUT'
  /** Fine-tuning data (`.jsonl`). */
  | 'FINE_TUNE'
  /** Results of a fine-tuning job; never uploaded. */
  | 'FINE_TUNE_RESULTS'
  /** A purpose this facade does not know (from a newer server). */
  | 'UNKNOWN';

/** Where a file is in its processing. */
export type FileStatus =
  /** Processing failed; see `statusDetails`. */
  | 'ERROR'
  /** Ready for use. */
  | 'PROCESSED'
  /** A status this facade does not know (from a newer server). */
  | 'UNKNOWN'
  /** Received, not yet processed. */
  | 'UPLOADED';

/** A function the model may ask your application to call. */
export type FunctionDefinition = {
  __typename?: 'FunctionDefinition';
  /** What the function does, for the model. */
  description?: Maybe<Scalars['String']['output']>;
  /** The function name (a-z, A-Z, 0-9, _ and -, at most 64 characters). */
  name: Scalars['String']['output'];
  /** The parameters the function accepts, as a JSON Schema object. */
  parameters?: Maybe<Scalars['JSONObject']['output']>;
};

/** A function the model may call. */
export type FunctionDefinitionInput = {
  /** What the function does, for the model. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** a-z, A-Z, 0-9, _ and -, at most 64 characters. */
  name: Scalars['String']['input'];
  /** The parameters, as a JSON Schema object. */
  parameters?: InputMaybe<Scalars['JSONObject']['input']>;
};

/** A function tool. */
export type FunctionTool = Tool & {
  __typename?: 'FunctionTool';
  /** The function. */
  function: FunctionDefinition;
  /** The kind of tool. */
  type: ToolType;
};

/** A function call: what the model asked for and the output you submitted. */
export type FunctionToolCall = StepToolCall & {
  __typename?: 'FunctionToolCall';
  /** The arguments, as the JSON text the model produced. */
  arguments: Scalars['String']['output'];
  /** The tool call id (`call_…`). */
  id: Scalars['String']['output'];
  /** The function. */
  name: Scalars['String']['output'];
  /** The output you submitted; null until then. */
  output?: Maybe<Scalars['String']['output']>;
};

/** Fragments of a function call; concatenate each field over the deltas of the same call. */
export type FunctionToolCallDelta = {
  __typename?: 'FunctionToolCallDelta';
  /** A fragment of the arguments’ JSON text. */
  arguments?: Maybe<Scalars['String']['output']>;
  /** The function name, or a fragment of it. */
  name?: Maybe<Scalars['String']['output']>;
  /** A fragment of the submitted output, once there is one. */
  output?: Maybe<Scalars['String']['output']>;
};

/** An image file in a message. */
export type ImageFileContent = {
  __typename?: 'ImageFileContent';
  /** Where to download the image (its file’s `downloadUrl`), e.g. for an `<img>` fetched with the `Authorization` of `/graphql`; null when the file is gone or cannot be downloaded. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The image’s file itself. */
  file?: Maybe<File>;
  /** The image’s file id. */
  fileId: Scalars['String']['output'];
};

/** An image file part. */
export type ImageFileContentDelta = MessageContentDelta & {
  __typename?: 'ImageFileContentDelta';
  /** Where to download the image (its file’s `downloadUrl`); null when the file is gone or cannot be downloaded. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The image’s file itself. */
  file?: Maybe<File>;
  /** The image’s file id. */
  fileId?: Maybe<Scalars['String']['output']>;
  /** Which part of the message this belongs to. */
  index: Scalars['Int']['output'];
  /** The part’s type: `text` or `image_file` (others from newer servers). */
  type: Scalars['String']['output'];
};

/** Why a run or step failed. */
export type LastError = {
  __typename?: 'LastError';
  /** `server_error`, `rate_limit_exceeded` or `invalid_prompt`. */
  code: Scalars['String']['output'];
  /** What went wrong. */
  message: Scalars['String']['output'];
};

/** A message in a thread, written by the user or by an assistant during a run. */
export type Message = Node & {
  __typename?: 'Message';
  /** The assistant that wrote it, for assistant messages. */
  assistant?: Maybe<Assistant>;
  /** When it was completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its parts, in order. */
  content: Array<MessageContent>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Ids of its files (at most 10). */
  fileIds: Array<Scalars['String']['output']>;
  /** The files attached to the message, as a Relay connection over the upstream list. */
  files: MessageFileConnection;
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** When it was marked incomplete. */
  incompleteAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it is incomplete, when it is. */
  incompleteDetails?: Maybe<MessageIncompleteDetails>;
  /** Your key-value pairs. */
  metadata: Scalars['Metadata']['output'];
  /** The upstream id, e.g. `msg_abc123`. */
  openaiId: Scalars['String']['output'];
  /** Who wrote it. */
  role: MessageRole;
  /** The run that wrote it; null for messages written by hand. */
  run?: Maybe<Run>;
  /** Where it is in its life; null when the upstream did not say. */
  status?: Maybe<MessageStatus>;
  /** All its text parts joined with blank lines: a shortcut for simple chat views. */
  text: Scalars['String']['output'];
  /** The thread it belongs to. */
  thread?: Maybe<Thread>;
};


/** A message in a thread, written by the user or by an assistant during a run. */
export type MessageFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
};

/** A page of messages. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The objects of this page with their cursors, in order. */
  edges: Array<MessageEdge>;
  /** The objects of this page, in order: a shortcut for `edges { node }`. */
  nodes: Array<Message>;
  /** Where this page sits, for fetching the next or previous one. */
  pageInfo: PageInfo;
};

/** A part of a message: text or an image file. */
export type MessageContent = ImageFileContent | TextContent;

/** A fragment of one part of a message; fragments with the same `index` belong to the same part. */
export type MessageContentDelta = {
  /** Which part of the message this belongs to. */
  index: Scalars['Int']['output'];
  /** The part’s type: `text` or `image_file` (others from newer servers). */
  type: Scalars['String']['output'];
};

/** A step that wrote a message. */
export type MessageCreationStepDetails = {
  __typename?: 'MessageCreationStepDetails';
  /** The message it wrote. */
  message?: Maybe<Message>;
  /** The raw upstream id of the message (`msg_…`). */
  messageId: Scalars['String']['output'];
};

/** `thread.message.delta`: new text of a message being written. Concatenate `value` by part `index` to get the text. */
export type MessageDeltaEvent = RunEvent & {
  __typename?: 'MessageDeltaEvent';
  /** The part fragments in this delta. */
  content: Array<MessageContentDelta>;
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
  /** File ids added to the message, when this delta adds any. */
  fileIds?: Maybe<Array<Scalars['String']['output']>>;
  /** The raw upstream id of the message (`msg_…`). */
  messageId: Scalars['String']['output'];
  /** Who writes the message; usually only in its first delta. */
  role?: Maybe<MessageRole>;
};

/** A message in a page. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** An opaque cursor for `after`/`before`; valid only in the connection and order that issued it. */
  cursor: Scalars['String']['output'];
  /** The object. */
  node: Message;
};

/** A `thread.message.*` event other than a delta: a message was created, started, completed or left incomplete. */
export type MessageEvent = RunEvent & {
  __typename?: 'MessageEvent';
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
  /** The message as of this event. */
  message: Message;
};

/** A file attached to a message. */
export type MessageFile = Node & {
  __typename?: 'MessageFile';
  /** When it was attached. */
  createdAt: Scalars['DateTime']['output'];
  /** The file itself. */
  file?: Maybe<File>;
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The message it is attached to. */
  message?: Maybe<Message>;
  /** The file id, e.g. `file-abc123`. */
  openaiId: Scalars['String']['output'];
};

/** A page of message files. */
export type MessageFileConnection = {
  __typename?: 'MessageFileConnection';
  /** The objects of this page with their cursors, in order. */
  edges: Array<MessageFileEdge>;
  /** The objects of this page, in order: a shortcut for `edges { node }`. */
  nodes: Array<MessageFile>;
  /** Where this page sits, for fetching the next or previous one. */
  pageInfo: PageInfo;
};

/** A message file in a page. */
export type MessageFileEdge = {
  __typename?: 'MessageFileEdge';
  /** An opaque cursor for `after`/`before`; valid only in the connection and order that issued it. */
  cursor: Scalars['String']['output'];
  /** The object. */
  node: MessageFile;
};

/** Why a message is incomplete. */
export type MessageIncompleteDetails = {
  __typename?: 'MessageIncompleteDetails';
  /** `content_filter`, `max_tokens`, `run_cancelled`, `run_expired` or `run_failed`. */
  reason: Scalars['String']['output'];
};

/** A message to add to a thread. */
export type MessageInput = {
  /** The text, 1 to 256,000 characters. */
  content: Scalars['String']['input'];
  /** Ids of files for the message (`file-…`), 1 to 10. */
  fileIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 16 key-value pairs. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
  /** Who writes it; USER by default. */
  role?: InputMaybe<MessageRole>;
};

/** Who wrote a message. */
export type MessageRole =
  /** An assistant. */
  | 'ASSISTANT'
  /** A role this facade does not know (from a newer server). Not accepted as input. */
  | 'UNKNOWN'
  /** The user. */
  | 'USER';

/** Where a message is in its life. */
export type MessageStatus =
  /** Finished. */
  | 'COMPLETED'
  /** Its run ended before it was finished; see `incompleteDetails`. */
  | 'INCOMPLETE'
  /** A run is still writing it. */
  | 'IN_PROGRESS'
  /** A status this facade does not know (from a newer server). */
  | 'UNKNOWN';

/** Creates, changes and deletes objects upstream. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Asks a queued, in-progress or waiting run to stop; it is CANCELLING, then CANCELLED. Fails with CONFLICT (RUN_FINISHED) when the run has already ended. */
  cancelRun: CancelRunPayload;
  /** Creates an assistant. */
  createAssistant: CreateAssistantPayload;
  /** Attaches a file to an assistant (at most 20 per assistant). */
  createAssistantFile: CreateAssistantFilePayload;
  /** Adds a message to a thread. Fails with CONFLICT (THREAD_BUSY) while a run is active on the thread. */
  createMessage: CreateMessagePayload;
  /** Starts a run on a thread. Fails with CONFLICT (THREAD_BUSY) while another run is active on the thread. Follow it with the `run(id:)` subscription, or use the `runEvents` subscription to start it streaming. */
  createRun: CreateRunPayload;
  /** Creates a thread. */
  createThread: CreateThreadPayload;
  /** Creates a thread with its messages and starts a run on it, in one step. */
  createThreadAndRun: CreateThreadAndRunPayload;
  /** Deletes an assistant. Fails with NOT_FOUND when it does not exist. */
  deleteAssistant: DeleteAssistantPayload;
  /** Detaches a file from an assistant. The file itself is not deleted. */
  deleteAssistantFile: DeleteAssistantFilePayload;
  /** Deletes a file; the upstream detaches it from every assistant (messages keep naming it). Fails with NOT_FOUND when it does not exist. */
  deleteFile: DeleteFilePayload;
  /** Deletes a thread with its messages and runs. Fails with NOT_FOUND when it does not exist. */
  deleteThread: DeleteThreadPayload;
  /** Answers every tool call of a run that requires action; the run then goes on. Fails with CONFLICT (RUN_NOT_AWAITING_OUTPUTS or RUN_EXPIRED) when the run does not wait for outputs, and BAD_USER_INPUT when an output is missing, repeated or for an unknown call. */
  submitToolOutputs: SubmitToolOutputsPayload;
  /** Changes an assistant. */
  updateAssistant: UpdateAssistantPayload;
  /** Changes a message’s metadata. */
  updateMessage: UpdateMessagePayload;
  /** Changes a run’s metadata. */
  updateRun: UpdateRunPayload;
  /** Changes a thread’s metadata. */
  updateThread: UpdateThreadPayload;
  /** Uploads a file, streamed to the upstream as it arrives. In `jwt` mode it belongs to the caller. */
  uploadFile: UploadFilePayload;
};


/** Creates, changes and deletes objects upstream. */
export type MutationCancelRunArgs = {
  input: CancelRunInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationCreateAssistantArgs = {
  input: CreateAssistantInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationCreateAssistantFileArgs = {
  input: CreateAssistantFileInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationCreateMessageArgs = {
  input: CreateMessageInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationCreateRunArgs = {
  input: CreateRunInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationCreateThreadArgs = {
  input: CreateThreadInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationCreateThreadAndRunArgs = {
  input: CreateThreadAndRunInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationDeleteAssistantArgs = {
  input: DeleteAssistantInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationDeleteAssistantFileArgs = {
  input: DeleteAssistantFileInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationDeleteFileArgs = {
  input: DeleteFileInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationDeleteThreadArgs = {
  input: DeleteThreadInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationSubmitToolOutputsArgs = {
  input: SubmitToolOutputsInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationUpdateAssistantArgs = {
  input: UpdateAssistantInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationUpdateMessageArgs = {
  input: UpdateMessageInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationUpdateRunArgs = {
  input: UpdateRunInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationUpdateThreadArgs = {
  input: UpdateThreadInput;
};


/** Creates, changes and deletes objects upstream. */
export type MutationUploadFileArgs = {
  input: UploadFileInput;
};

/** An object with a global ID, refetchable with `node(id:)`. */
export type Node = {
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
};

/** Where a page sits in its connection (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last object of this page; null when it is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more objects follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether objects come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first object of this page; null when it is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Reads of assistants, threads and everything linked to them. */
export type Query = {
  __typename?: 'Query';
  /** For federation gateways: the objects of the given representations (`{ __typename, id }`, with a global ID), null for each that does not exist. Clients use `node`/`nodes`. */
  _entities: Array<Maybe<_Entity>>;
  /** For federation gateways: this subgraph’s SDL, with an `@key(fields: "id")` on every node type. */
  _service: _Service;
  /** An assistant by global ID or raw upstream id (`asst_…`); null when it does not exist. */
  assistant?: Maybe<Assistant>;
  /** All assistants of the caller, as a Relay connection over the upstream list. */
  assistants: AssistantConnection;
  /** The caller’s files (in `jwt` mode, the user’s own uploads), as a Relay connection over the upstream list. */
  files: FileConnection;
  /** Fetches any object by its global ID; null when it does not exist. */
  node?: Maybe<Node>;
  /** Fetches several objects by their global IDs; null for each that does not exist. */
  nodes: Array<Maybe<Node>>;
  /** A thread by global ID or raw upstream id (`thread_…`); null when it does not exist. */
  thread?: Maybe<Thread>;
  /** The caller, as the facade authenticated it. */
  viewer: Viewer;
};


/** Reads of assistants, threads and everything linked to them. */
export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


/** Reads of assistants, threads and everything linked to them. */
export type QueryAssistantArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of assistants, threads and everything linked to them. */
export type QueryAssistantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
};


/** Reads of assistants, threads and everything linked to them. */
export type QueryFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  purpose?: InputMaybe<FilePurpose>;
};


/** Reads of assistants, threads and everything linked to them. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of assistants, threads and everything linked to them. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads of assistants, threads and everything linked to them. */
export type QueryThreadArgs = {
  id: Scalars['ID']['input'];
};

/** What the run needs from you to go on. */
export type RequiredAction = {
  __typename?: 'RequiredAction';
  /** The calls to answer, all in one `submitToolOutputs`. */
  toolCalls: Array<RequiredToolCall>;
  /** Always `submit_tool_outputs` in v1. */
  type: Scalars['String']['output'];
};

/** A function call the run waits for: answer it with `submitToolOutputs`, using its `id`. */
export type RequiredToolCall = {
  __typename?: 'RequiredToolCall';
  /** The arguments the model chose, as the JSON text it produced. */
  arguments: Scalars['String']['output'];
  /** The function to call. */
  functionName: Scalars['String']['output'];
  /** The tool call id (`call_…`), to quote in `submitToolOutputs`. */
  id: Scalars['String']['output'];
  /** The arguments parsed as JSON; null when the model produced invalid JSON. */
  parsedArguments?: Maybe<Scalars['JSON']['output']>;
};

/** The format the model must answer in. */
export type ResponseFormat =
  /** The default. */
  | 'AUTO'
  /** A JSON object. Only allowed with FUNCTION tools or none. */
  | 'JSON_OBJECT'
  /** Listed by the v1 spec; treated like AUTO by most servers. */
  | 'NONE'
  /** Plain text. */
  | 'TEXT';

/** The retrieval tool: searches the files attached to the assistant or message. */
export type RetrievalTool = Tool & {
  __typename?: 'RetrievalTool';
  /** The kind of tool. */
  type: ToolType;
};

/** A retrieval call (v1 reports no detail of it). */
export type RetrievalToolCall = StepToolCall & {
  __typename?: 'RetrievalToolCall';
  /** The tool call id (`call_…`). */
  id: Scalars['String']['output'];
};

/** One execution of an assistant on a thread. */
export type Run = Node & {
  __typename?: 'Run';
  /** The assistant it runs; null when that assistant was deleted. */
  assistant?: Maybe<Assistant>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it expires unless it finishes; null once it has ended. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it failed. */
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Ids of the files it could use. */
  fileIds: Array<Scalars['String']['output']>;
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Why it ended incomplete, on servers that report it (the v1 spec does not list the INCOMPLETE status). */
  incompleteDetails?: Maybe<RunIncompleteDetails>;
  /** The instructions it used. */
  instructions?: Maybe<Scalars['String']['output']>;
  /** True while the run holds its thread (queued, in progress, requires action or cancelling). */
  isActive: Scalars['Boolean']['output'];
  /** Why it failed, when it did. */
  lastError?: Maybe<LastError>;
  /** The most completion tokens it may use. */
  maxCompletionTokens?: Maybe<Scalars['Int']['output']>;
  /** The most prompt tokens it may use. */
  maxPromptTokens?: Maybe<Scalars['Int']['output']>;
  /** The messages this run created. */
  messages: MessageConnection;
  /** Your key-value pairs. */
  metadata: Scalars['Metadata']['output'];
  /** The model it used. */
  model?: Maybe<Scalars['String']['output']>;
  /** The upstream id, e.g. `run_abc123`. */
  openaiId: Scalars['String']['output'];
  /** What it waits for, when its status is REQUIRES_ACTION. */
  requiredAction?: Maybe<RequiredAction>;
  /** The format it had to answer in. */
  responseFormat?: Maybe<ResponseFormat>;
  /** When it started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is in its lifecycle. */
  status: RunStatus;
  /** The run’s steps, as a Relay connection over the upstream list. */
  steps: RunStepConnection;
  /** Sampling temperature, 0 to 2. */
  temperature?: Maybe<Scalars['Float']['output']>;
  /** The thread it runs on. */
  thread?: Maybe<Thread>;
  /** How it chose tools. */
  toolChoice?: Maybe<ToolChoice>;
  /** The tools it could use. */
  tools: Array<Tool>;
  /** How the thread was cut down for it. */
  truncationStrategy?: Maybe<TruncationStrategy>;
  /** Tokens used; null until the run has ended. */
  usage?: Maybe<Usage>;
};


/** One execution of an assistant on a thread. */
export type RunMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
};


/** One execution of an assistant on a thread. */
export type RunStepsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
};

/** A page of runs. */
export type RunConnection = {
  __typename?: 'RunConnection';
  /** The objects of this page with their cursors, in order. */
  edges: Array<RunEdge>;
  /** The objects of this page, in order: a shortcut for `edges { node }`. */
  nodes: Array<Run>;
  /** Where this page sits, for fetching the next or previous one. */
  pageInfo: PageInfo;
};

/** A run in a page. */
export type RunEdge = {
  __typename?: 'RunEdge';
  /** An opaque cursor for `after`/`before`; valid only in the connection and order that issued it. */
  cursor: Scalars['String']['output'];
  /** The object. */
  node: Run;
};

/** One event of a streamed run, in the order the upstream sent it. Select the fields of each kind with fragments; events this facade does not know arrive as UnknownRunEvent. */
export type RunEvent = {
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
};

/** Why a run ended incomplete. */
export type RunIncompleteDetails = {
  __typename?: 'RunIncompleteDetails';
  /** `max_completion_tokens` or `max_prompt_tokens`. */
  reason: Scalars['String']['output'];
};

/** Where a run is in its lifecycle. */
export type RunStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** A cancel was asked for and is under way. */
  | 'CANCELLING'
  /** Finished successfully. */
  | 'COMPLETED'
  /** Tool outputs did not arrive before `expiresAt`. */
  | 'EXPIRED'
  /** Failed; see `lastError`. */
  | 'FAILED'
  /** Ended at a token limit; see `incompleteDetails` (newer servers). */
  | 'INCOMPLETE'
  /** The model is working. */
  | 'IN_PROGRESS'
  /** Waiting to start. */
  | 'QUEUED'
  /** Waiting for your tool outputs (see `requiredAction`); submit them before `expiresAt`. */
  | 'REQUIRES_ACTION'
  /** A status this facade does not know (from a newer server). */
  | 'UNKNOWN';

/** A `thread.run.*` event: the run changed status (created, queued, in progress, requires action, cancelling, or ended). */
export type RunStatusEvent = RunEvent & {
  __typename?: 'RunStatusEvent';
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
  /** The run as of this event. */
  run: Run;
};

/** One step of a run: writing a message, or calling tools. */
export type RunStep = Node & {
  __typename?: 'RunStep';
  /** The assistant of its run. */
  assistant?: Maybe<Assistant>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it expired with its run. */
  expiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it failed. */
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Why it failed, when it did. */
  lastError?: Maybe<LastError>;
  /** Key-value pairs. */
  metadata: Scalars['Metadata']['output'];
  /** The upstream id, e.g. `step_abc123`. */
  openaiId: Scalars['String']['output'];
  /** The run it belongs to. */
  run?: Maybe<Run>;
  /** Where it is in its life. */
  status: RunStepStatus;
  /** What it did. */
  stepDetails: StepDetails;
  /** The thread of its run. */
  thread?: Maybe<Thread>;
  /** What it does. */
  type: RunStepType;
  /** Tokens used; null while in progress. */
  usage?: Maybe<Usage>;
};

/** A page of run steps. */
export type RunStepConnection = {
  __typename?: 'RunStepConnection';
  /** The objects of this page with their cursors, in order. */
  edges: Array<RunStepEdge>;
  /** The objects of this page, in order: a shortcut for `edges { node }`. */
  nodes: Array<RunStep>;
  /** Where this page sits, for fetching the next or previous one. */
  pageInfo: PageInfo;
};

/** `thread.run.step.delta`: fragments of a step’s tool calls as the model writes them. */
export type RunStepDeltaEvent = RunEvent & {
  __typename?: 'RunStepDeltaEvent';
  /** For a message-creation step, the raw id of the message it writes (`msg_…`). */
  createdMessageId?: Maybe<Scalars['String']['output']>;
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
  /** The raw upstream id of the step (`step_…`). */
  stepId: Scalars['String']['output'];
  /** `tool_calls` or `message_creation`; null when the delta carries no step details. */
  stepType?: Maybe<Scalars['String']['output']>;
  /** The tool call fragments in this delta; empty when it has none. */
  toolCalls: Array<StepToolCallDelta>;
};

/** A run step in a page. */
export type RunStepEdge = {
  __typename?: 'RunStepEdge';
  /** An opaque cursor for `after`/`before`; valid only in the connection and order that issued it. */
  cursor: Scalars['String']['output'];
  /** The object. */
  node: RunStep;
};

/** A `thread.run.step.*` event other than a delta: a step was created, started or ended. */
export type RunStepEvent = RunEvent & {
  __typename?: 'RunStepEvent';
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
  /** The step as of this event. */
  step: RunStep;
};

/** Where a step is in its life. */
export type RunStepStatus =
  /** Its run was cancelled. */
  | 'CANCELLED'
  /** Done. */
  | 'COMPLETED'
  /** Its run expired. */
  | 'EXPIRED'
  /** Failed; see `lastError`. */
  | 'FAILED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** A status this facade does not know (from a newer server). */
  | 'UNKNOWN';

/** What a step does. */
export type RunStepType =
  /** Writes a message. */
  | 'MESSAGE_CREATION'
  /** Calls tools. */
  | 'TOOL_CALLS'
  /** A type this facade does not know (from a newer server). */
  | 'UNKNOWN';

/** Order of a connection by creation time. Objects created in the same second keep the upstream order. */
export type SortOrder =
  /** Oldest first. */
  | 'ASC'
  /** Newest first (the upstream default). */
  | 'DESC';

/** What a step did. */
export type StepDetails = MessageCreationStepDetails | ToolCallsStepDetails;

/** A tool call made in a step. */
export type StepToolCall = {
  /** The tool call id (`call_…`). */
  id: Scalars['String']['output'];
};

/** A fragment of one tool call of a step; fragments with the same `index` belong to the same call. */
export type StepToolCallDelta = {
  __typename?: 'StepToolCallDelta';
  /** The code interpreter fragments, for `code_interpreter`. */
  codeInterpreter?: Maybe<CodeInterpreterToolCallDelta>;
  /** The function call fragments, for `function`. */
  function?: Maybe<FunctionToolCallDelta>;
  /** The tool call id (`call_…`); usually only in the call’s first fragment. */
  id?: Maybe<Scalars['String']['output']>;
  /** Which call of the step this belongs to. */
  index: Scalars['Int']['output'];
  /** `function`, `code_interpreter` or `retrieval`. */
  type: Scalars['String']['output'];
};

/** What the upstream said when it failed a stream. */
export type StreamError = {
  __typename?: 'StreamError';
  /** The upstream error code, when it gave one. */
  code?: Maybe<Scalars['String']['output']>;
  /** What went wrong, as the upstream said. */
  message: Scalars['String']['output'];
  /** The parameter at fault, when one was. */
  param?: Maybe<Scalars['String']['output']>;
  /** The upstream error type, e.g. `server_error`. */
  type?: Maybe<Scalars['String']['output']>;
};

/** `error`: the upstream failed the stream. It is the last event; the subscription then ends with an UPSTREAM_ERROR error. */
export type StreamErrorEvent = RunEvent & {
  __typename?: 'StreamErrorEvent';
  /** The upstream’s error. */
  error: StreamError;
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
};

/** The outputs of all the tool calls a run waits for. */
export type SubmitToolOutputsInput = {
  /** The run, by its global ID. */
  runId: Scalars['ID']['input'];
  /** One output for every call in `requiredAction.toolCalls`, each exactly once. */
  toolOutputs: Array<ToolOutputInput>;
};

/** The run, going on (usually QUEUED). */
export type SubmitToolOutputsPayload = {
  __typename?: 'SubmitToolOutputsPayload';
  /** The run. */
  run: Run;
};

/** Live updates, over GraphQL over SSE (either mode) or graphql-ws over WebSocket: streamed runs, and runs followed until they end. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Follows a run created anywhere: yields it at once, then again on every status change, and completes after it ends (COMPLETED, FAILED, CANCELLED, EXPIRED or INCOMPLETE). Fails with NOT_FOUND when the run does not exist. */
  run: Run;
  /** Starts a run on a thread with upstream streaming and yields every event until `done`. Bad input fails before anything starts, with the usual codes (e.g. BAD_USER_INPUT, NOT_FOUND, CONFLICT THREAD_BUSY); a stream that breaks off ends with UPSTREAM_ERROR. */
  runEvents: RunEvent;
  /** Creates a thread and starts a run on it with upstream streaming, yielding every event (starting with `thread.created`) until `done`. */
  threadAndRunEvents: RunEvent;
  /** Submits the outputs of every tool call a run waits for, with upstream streaming, and yields the run’s events until `done`. Fails before streaming like `submitToolOutputs` (CONFLICT, BAD_USER_INPUT). */
  toolOutputEvents: RunEvent;
};


/** Live updates, over GraphQL over SSE (either mode) or graphql-ws over WebSocket: streamed runs, and runs followed until they end. */
export type SubscriptionRunArgs = {
  id: Scalars['ID']['input'];
};


/** Live updates, over GraphQL over SSE (either mode) or graphql-ws over WebSocket: streamed runs, and runs followed until they end. */
export type SubscriptionRunEventsArgs = {
  input: CreateRunInput;
};


/** Live updates, over GraphQL over SSE (either mode) or graphql-ws over WebSocket: streamed runs, and runs followed until they end. */
export type SubscriptionThreadAndRunEventsArgs = {
  input: CreateThreadAndRunInput;
};


/** Live updates, over GraphQL over SSE (either mode) or graphql-ws over WebSocket: streamed runs, and runs followed until they end. */
export type SubscriptionToolOutputEventsArgs = {
  input: SubmitToolOutputsInput;
};

/** A fragment of an annotation of a text part, merged with others of the same `index`. */
export type TextAnnotationDelta = {
  __typename?: 'TextAnnotationDelta';
  /** Where the placeholder ends in the text. */
  endIndex?: Maybe<Scalars['Int']['output']>;
  /** The cited or produced file itself. */
  file?: Maybe<File>;
  /** The cited file (`file_citation`) or the produced file (`file_path`). */
  fileId?: Maybe<Scalars['String']['output']>;
  /** Which annotation of the text part this belongs to. */
  index: Scalars['Int']['output'];
  /** The quoted text, for `file_citation`. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Where the placeholder starts in the text. */
  startIndex?: Maybe<Scalars['Int']['output']>;
  /** The placeholder in the text to replace. */
  text?: Maybe<Scalars['String']['output']>;
  /** `file_citation` or `file_path`. */
  type: Scalars['String']['output'];
};

/** Text, with annotations that point into it. */
export type TextContent = {
  __typename?: 'TextContent';
  /** Spans of the text that cite or link files. */
  annotations: Array<Annotation>;
  /** The text. */
  value: Scalars['String']['output'];
};

/** A fragment of a text part: append `value` to the text so far. */
export type TextContentDelta = MessageContentDelta & {
  __typename?: 'TextContentDelta';
  /** Annotation fragments; empty when this delta has none. */
  annotations: Array<TextAnnotationDelta>;
  /** Which part of the message this belongs to. */
  index: Scalars['Int']['output'];
  /** The part’s type: `text` or `image_file` (others from newer servers). */
  type: Scalars['String']['output'];
  /** The text to append. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A conversation: messages between a user and assistants, and the runs that answered them. */
export type Thread = Node & {
  __typename?: 'Thread';
  /** The run that holds the thread (queued, in progress, requires action or cancelling), or null. While there is one, new messages and runs are refused with CONFLICT (THREAD_BUSY). */
  activeRun?: Maybe<Run>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The global ID: opaque, stable, and accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** One message of this thread, by global ID or raw `msg_…` id; null when it does not exist. */
  message?: Maybe<Message>;
  /** The thread’s messages, as a Relay connection over the upstream list. */
  messages: MessageConnection;
  /** Your key-value pairs. */
  metadata: Scalars['Metadata']['output'];
  /** The upstream id, e.g. `thread_abc123`. */
  openaiId: Scalars['String']['output'];
  /** One run of this thread, by global ID or raw `run_…` id; null when it does not exist. */
  run?: Maybe<Run>;
  /** The thread’s runs, as a Relay connection over the upstream list. */
  runs: RunConnection;
};


/** A conversation: messages between a user and assistants, and the runs that answered them. */
export type ThreadMessageArgs = {
  id: Scalars['ID']['input'];
};


/** A conversation: messages between a user and assistants, and the runs that answered them. */
export type ThreadMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  runId?: InputMaybe<Scalars['ID']['input']>;
};


/** A conversation: messages between a user and assistants, and the runs that answered them. */
export type ThreadRunArgs = {
  id: Scalars['ID']['input'];
};


/** A conversation: messages between a user and assistants, and the runs that answered them. */
export type ThreadRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
};

/** A page of threads. */
export type ThreadConnection = {
  __typename?: 'ThreadConnection';
  /** The objects of this page with their cursors, in order. */
  edges: Array<ThreadEdge>;
  /** The objects of this page, in order: a shortcut for `edges { node }`. */
  nodes: Array<Thread>;
  /** Where this page sits, for fetching the next or previous one. */
  pageInfo: PageInfo;
};

/** `thread.created`: the new thread of `threadAndRunEvents`, before its run starts. */
export type ThreadCreatedEvent = RunEvent & {
  __typename?: 'ThreadCreatedEvent';
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
  /** The thread as it was created. */
  thread: Thread;
};

/** A thread in a page. */
export type ThreadEdge = {
  __typename?: 'ThreadEdge';
  /** An opaque cursor for `after`/`before`; valid only in the connection and order that issued it. */
  cursor: Scalars['String']['output'];
  /** The object. */
  node: Thread;
};

/** A tool enabled on an assistant or a run. */
export type Tool = {
  /** The kind of tool. */
  type: ToolType;
};

/** A step that called tools. */
export type ToolCallsStepDetails = {
  __typename?: 'ToolCallsStepDetails';
  /** The calls, in order. */
  toolCalls: Array<StepToolCall>;
};

/** How the run chooses tools. */
export type ToolChoice = {
  __typename?: 'ToolChoice';
  /** The function to call, when `type` is FUNCTION. */
  functionName?: Maybe<Scalars['String']['output']>;
  /** The choice. */
  type: ToolChoiceType;
};

/** How the run chooses tools. `functionName` is required with FUNCTION, and only allowed there. */
export type ToolChoiceInput = {
  /** The function to call, for FUNCTION. */
  functionName?: InputMaybe<Scalars['String']['input']>;
  /** The choice. */
  type: ToolChoiceType;
};

/** How a run chooses tools. */
export type ToolChoiceType =
  /** The model decides (the default). */
  | 'AUTO'
  /** Use the code interpreter. */
  | 'CODE_INTERPRETER'
  /** Call the function named in `functionName`. */
  | 'FUNCTION'
  /** Never call a tool; answer with a message. */
  | 'NONE'
  /** Use retrieval. */
  | 'RETRIEVAL';

/** A tool to enable. `function` is required when `type` is FUNCTION, and not allowed otherwise. */
export type ToolInput = {
  /** The function, for FUNCTION tools. */
  function?: InputMaybe<FunctionDefinitionInput>;
  /** The kind of tool. */
  type: ToolType;
};

/** The output of one tool call. */
export type ToolOutputInput = {
  /** What the tool returned, as text (often JSON). */
  output: Scalars['String']['input'];
  /** The `id` of the call in `Run.requiredAction.toolCalls`. */
  toolCallId: Scalars['String']['input'];
};

/** The kind of a tool an assistant or run may use. */
export type ToolType =
  /** Runs Python code in a sandbox. */
  | 'CODE_INTERPRETER'
  /** A function your application runs; the run waits for its output. */
  | 'FUNCTION'
  /** Searches the attached files. */
  | 'RETRIEVAL';

/** How the thread is cut down before the run. */
export type TruncationStrategy = {
  __typename?: 'TruncationStrategy';
  /** How many recent messages to keep, for LAST_MESSAGES. */
  lastMessages?: Maybe<Scalars['Int']['output']>;
  /** The strategy. */
  type: TruncationType;
};

/** How to cut the thread down before the run. */
export type TruncationStrategyInput = {
  /** How many recent messages to keep (at least 1), for LAST_MESSAGES. */
  lastMessages?: InputMaybe<Scalars['Int']['input']>;
  /** The strategy. */
  type: TruncationType;
};

/** How the thread is cut down to fit the context window. */
export type TruncationType =
  /** Drop messages from the middle as needed. */
  | 'AUTO'
  /** Keep only the last `lastMessages` messages. */
  | 'LAST_MESSAGES';

/** A part of a type this facade does not know (from a newer server); only its `index` and `type` are given. */
export type UnknownContentDelta = MessageContentDelta & {
  __typename?: 'UnknownContentDelta';
  /** Which part of the message this belongs to. */
  index: Scalars['Int']['output'];
  /** The part’s type: `text` or `image_file` (others from newer servers). */
  type: Scalars['String']['output'];
};

/** An event this facade does not know (from a newer server), passed on as it came. */
export type UnknownRunEvent = RunEvent & {
  __typename?: 'UnknownRunEvent';
  /** The raw `data` of the event, usually JSON text. */
  data: Scalars['String']['output'];
  /** The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`. */
  event: Scalars['String']['output'];
};

/** The assistant and the fields to change; omitted fields keep their value, null clears a field. */
export type UpdateAssistantInput = {
  /** At most 512 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the attached files: files left out are detached. At most 20. */
  fileIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The assistant, by global ID or raw `asst_…` id. */
  id: Scalars['ID']['input'];
  /** At most 256,000 characters. */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the metadata; at most 16 pairs. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
  /** The model to use. */
  model?: InputMaybe<Scalars['String']['input']>;
  /** At most 256 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces all tools; at most 128. */
  tools?: InputMaybe<Array<ToolInput>>;
};

/** The changed assistant. */
export type UpdateAssistantPayload = {
  __typename?: 'UpdateAssistantPayload';
  /** The assistant. */
  assistant: Assistant;
};

/** The message and its new metadata. */
export type UpdateMessageInput = {
  /** The message, by its global ID. */
  id: Scalars['ID']['input'];
  /** Replaces the metadata; at most 16 pairs. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
};

/** The changed message. */
export type UpdateMessagePayload = {
  __typename?: 'UpdateMessagePayload';
  /** The message. */
  message: Message;
};

/** The run and its new metadata. */
export type UpdateRunInput = {
  /** The run, by its global ID. */
  id: Scalars['ID']['input'];
  /** Replaces the metadata; at most 16 pairs. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
};

/** The changed run. */
export type UpdateRunPayload = {
  __typename?: 'UpdateRunPayload';
  /** The run. */
  run: Run;
};

/** The thread and its new metadata. */
export type UpdateThreadInput = {
  /** The thread, by global ID or raw `thread_…` id. */
  id: Scalars['ID']['input'];
  /** Replaces the metadata. At most 16 key-value pairs (15 in `jwt` mode); the key `_owner` is reserved. */
  metadata?: InputMaybe<Scalars['Metadata']['input']>;
};

/** The changed thread. */
export type UpdateThreadPayload = {
  __typename?: 'UpdateThreadPayload';
  /** The thread. */
  thread: Thread;
};

/** The file to upload and what it is for. */
export type UploadFileInput = {
  /** The file, as a part of a multipart request (GraphQL multipart request spec), at most 536,870,912 bytes; its name's extension gives its type. */
  file: Scalars['Upload']['input'];
  /** `ASSISTANTS` or `FINE_TUNE` (the others are made by the upstream). */
  purpose: FilePurpose;
};

/** The uploaded file. */
export type UploadFilePayload = {
  __typename?: 'UploadFilePayload';
  /** The file, as the upstream stored it. */
  file: File;
};

/** Tokens used. */
export type Usage = {
  __typename?: 'Usage';
  /** Tokens in the completion. */
  completionTokens: Scalars['Int']['output'];
  /** Tokens in the prompt. */
  promptTokens: Scalars['Int']['output'];
  /** Both together. */
  totalTokens: Scalars['Int']['output'];
};

/** The caller. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether the caller may create, change and delete assistants: a key always may; a user with the admin role. */
  isAdmin: Scalars['Boolean']['output'];
  /** The identity provider (the token’s `iss`); null for a key. */
  issuer?: Maybe<Scalars['String']['output']>;
  /** How the caller was authenticated. */
  kind: ViewerKind;
  /** The user at the identity provider (the token’s `sub`); null for a key. */
  subject?: Maybe<Scalars['String']['output']>;
  /** The caller’s own threads, newest first: a user’s in `jwt` mode, else all of the key’s. Needs an upstream that lists threads (the built-in v1 server does; OpenAI’s v1 does not). */
  threads: ThreadConnection;
};


/** The caller. */
export type ViewerThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** How the caller was authenticated. */
export type ViewerKind =
  /** By an upstream API key (its own, or the server’s in `open` mode). */
  | 'KEY'
  /** By a token of the app’s identity provider (`jwt` mode). */
  | 'USER';

/** Every node type: each is a federation entity keyed by its global `id`. */
export type _Entity = Assistant | AssistantFile | File | Message | MessageFile | Run | RunStep | Thread;

export type _Service = {
  __typename?: '_Service';
  /** The sdl representing the federated service capabilities. Includes federation directives, removes federation types, and includes rest of full schema after schema directives have been applied */
  sdl?: Maybe<Scalars['String']['output']>;
};
