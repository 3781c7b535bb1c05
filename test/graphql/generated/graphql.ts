/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The run to cancel. */
export type CancelRunInput = {
  /** The run, by its global ID. */
  id: string | number;
};

/** The assistant and the file to attach. */
export type CreateAssistantFileInput = {
  /** The assistant, by global ID or raw `asst_…` id. */
  assistantId: string | number;
  /** The file id (`file-…`), of a file with purpose `assistants`. */
  fileId: string;
};

/** The new assistant. */
export type CreateAssistantInput = {
  /** At most 512 characters. */
  description?: string | null | undefined;
  /** Ids of files to attach (`file-…`), at most 20. */
  fileIds?: Array<string> | null | undefined;
  /** System instructions, at most 256,000 characters. */
  instructions?: string | null | undefined;
  /** At most 16 key-value pairs. */
  metadata?: Record<string, string> | null | undefined;
  /** The model to use, e.g. `gpt-4-turbo`. */
  model: string;
  /** At most 256 characters. */
  name?: string | null | undefined;
  /** At most 128 tools. */
  tools?: Array<ToolInput> | null | undefined;
};

/** The thread and the message to add to it. */
export type CreateMessageInput = {
  /** The text, 1 to 256,000 characters. */
  content: string;
  /** Ids of files for the message (`file-…`), 1 to 10. */
  fileIds?: Array<string> | null | undefined;
  /** At most 16 key-value pairs. */
  metadata?: Record<string, string> | null | undefined;
  /** Who writes it; USER by default. */
  role?: MessageRole | null | undefined;
  /** The thread, by global ID or raw `thread_…` id. */
  threadId: string | number;
};

/** A run to start on an existing thread. */
export type CreateRunInput = {
  /** Appended to the instructions for this run only. */
  additionalInstructions?: string | null | undefined;
  /** Messages added to the thread before the run. */
  additionalMessages?: Array<MessageInput> | null | undefined;
  /** The assistant to run, by global ID or raw `asst_…` id. */
  assistantId: string | number;
  /** Overrides the assistant’s instructions (at most 256,000 characters). */
  instructions?: string | null | undefined;
  /** The most completion tokens the run may use (at least 256). */
  maxCompletionTokens?: number | null | undefined;
  /** The most prompt tokens the run may use (at least 256). */
  maxPromptTokens?: number | null | undefined;
  /** At most 16 key-value pairs. */
  metadata?: Record<string, string> | null | undefined;
  /** Overrides the assistant’s model. */
  model?: string | null | undefined;
  /** The answer format (default AUTO). */
  responseFormat?: ResponseFormat | null | undefined;
  /** Sampling temperature, 0 to 2 (default 1). */
  temperature?: number | null | undefined;
  /** The thread, by global ID or raw `thread_…` id. */
  threadId: string | number;
  /** How to choose tools (default AUTO). */
  toolChoice?: ToolChoiceInput | null | undefined;
  /** Overrides the assistant’s tools (at most 20). */
  tools?: Array<ToolInput> | null | undefined;
  /** How to cut the thread down. */
  truncationStrategy?: TruncationStrategyInput | null | undefined;
};

/** A new thread and a run on it, in one step. */
export type CreateThreadAndRunInput = {
  /** The assistant to run, by global ID or raw `asst_…` id. */
  assistantId: string | number;
  /** Overrides the assistant’s instructions (at most 256,000 characters). */
  instructions?: string | null | undefined;
  /** The most completion tokens the run may use (at least 256). */
  maxCompletionTokens?: number | null | undefined;
  /** The most prompt tokens the run may use (at least 256). */
  maxPromptTokens?: number | null | undefined;
  /** The new thread’s messages, oldest first. */
  messages?: Array<MessageInput> | null | undefined;
  /** At most 16 key-value pairs. */
  metadata?: Record<string, string> | null | undefined;
  /** Overrides the assistant’s model. */
  model?: string | null | undefined;
  /** The answer format (default AUTO). */
  responseFormat?: ResponseFormat | null | undefined;
  /** Sampling temperature, 0 to 2 (default 1). */
  temperature?: number | null | undefined;
  /** The new thread’s metadata. */
  threadMetadata?: Record<string, string> | null | undefined;
  /** How to choose tools (default AUTO). */
  toolChoice?: ToolChoiceInput | null | undefined;
  /** Overrides the assistant’s tools (at most 20). */
  tools?: Array<ToolInput> | null | undefined;
  /** How to cut the thread down. */
  truncationStrategy?: TruncationStrategyInput | null | undefined;
};

/** The new thread, optionally with its first messages. */
export type CreateThreadInput = {
  /** Messages to start the thread with, oldest first. */
  messages?: Array<MessageInput> | null | undefined;
  /** At most 16 key-value pairs (15 in `jwt` mode); the key `_owner` is reserved. */
  metadata?: Record<string, string> | null | undefined;
};

/** The attachment to remove. */
export type DeleteAssistantFileInput = {
  /** The assistant, by global ID or raw `asst_…` id (with `fileId`). */
  assistantId?: string | number | null | undefined;
  /** The file id (`file-…`) (with `assistantId`). */
  fileId?: string | null | undefined;
  /** The AssistantFile global ID; or give `assistantId` and `fileId`. */
  id?: string | number | null | undefined;
};

/** The assistant to delete. */
export type DeleteAssistantInput = {
  /** The assistant, by global ID or raw `asst_…` id. */
  id: string | number;
};

/** The file to delete. */
export type DeleteFileInput = {
  /** The file, by global ID or raw `file-…` id. */
  id: string | number;
};

/** The thread to delete. */
export type DeleteThreadInput = {
  /** The thread, by global ID or raw `thread_…` id. */
  id: string | number;
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

/** A function the model may call. */
export type FunctionDefinitionInput = {
  /** What the function does, for the model. */
  description?: string | null | undefined;
  /** a-z, A-Z, 0-9, _ and -, at most 64 characters. */
  name: string;
  /** The parameters, as a JSON Schema object. */
  parameters?: Record<string, unknown> | null | undefined;
};

/** A message to add to a thread. */
export type MessageInput = {
  /** The text, 1 to 256,000 characters. */
  content: string;
  /** Ids of files for the message (`file-…`), 1 to 10. */
  fileIds?: Array<string> | null | undefined;
  /** At most 16 key-value pairs. */
  metadata?: Record<string, string> | null | undefined;
  /** Who writes it; USER by default. */
  role?: MessageRole | null | undefined;
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

/** The outputs of all the tool calls a run waits for. */
export type SubmitToolOutputsInput = {
  /** The run, by its global ID. */
  runId: string | number;
  /** One output for every call in `requiredAction.toolCalls`, each exactly once. */
  toolOutputs: Array<ToolOutputInput>;
};

/** How the run chooses tools. `functionName` is required with FUNCTION, and only allowed there. */
export type ToolChoiceInput = {
  /** The function to call, for FUNCTION. */
  functionName?: string | null | undefined;
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
  function?: FunctionDefinitionInput | null | undefined;
  /** The kind of tool. */
  type: ToolType;
};

/** The output of one tool call. */
export type ToolOutputInput = {
  /** What the tool returned, as text (often JSON). */
  output: string;
  /** The `id` of the call in `Run.requiredAction.toolCalls`. */
  toolCallId: string;
};

/** The kind of a tool an assistant or run may use. */
export type ToolType =
  /** Runs Python code in a sandbox. */
  | 'CODE_INTERPRETER'
  /** A function your application runs; the run waits for its output. */
  | 'FUNCTION'
  /** Searches the attached files. */
  | 'RETRIEVAL';

/** How to cut the thread down before the run. */
export type TruncationStrategyInput = {
  /** How many recent messages to keep (at least 1), for LAST_MESSAGES. */
  lastMessages?: number | null | undefined;
  /** The strategy. */
  type: TruncationType;
};

/** How the thread is cut down to fit the context window. */
export type TruncationType =
  /** Drop messages from the middle as needed. */
  | 'AUTO'
  /** Keep only the last `lastMessages` messages. */
  | 'LAST_MESSAGES';

/** The assistant and the fields to change; omitted fields keep their value, null clears a field. */
export type UpdateAssistantInput = {
  /** At most 512 characters. */
  description?: string | null | undefined;
  /** Replaces the attached files: files left out are detached. At most 20. */
  fileIds?: Array<string> | null | undefined;
  /** The assistant, by global ID or raw `asst_…` id. */
  id: string | number;
  /** At most 256,000 characters. */
  instructions?: string | null | undefined;
  /** Replaces the metadata; at most 16 pairs. */
  metadata?: Record<string, string> | null | undefined;
  /** The model to use. */
  model?: string | null | undefined;
  /** At most 256 characters. */
  name?: string | null | undefined;
  /** Replaces all tools; at most 128. */
  tools?: Array<ToolInput> | null | undefined;
};

/** The message and its new metadata. */
export type UpdateMessageInput = {
  /** The message, by its global ID. */
  id: string | number;
  /** Replaces the metadata; at most 16 pairs. */
  metadata?: Record<string, string> | null | undefined;
};

/** The run and its new metadata. */
export type UpdateRunInput = {
  /** The run, by its global ID. */
  id: string | number;
  /** Replaces the metadata; at most 16 pairs. */
  metadata?: Record<string, string> | null | undefined;
};

/** The thread and its new metadata. */
export type UpdateThreadInput = {
  /** The thread, by global ID or raw `thread_…` id. */
  id: string | number;
  /** Replaces the metadata. At most 16 key-value pairs (15 in `jwt` mode); the key `_owner` is reserved. */
  metadata?: Record<string, string> | null | undefined;
};

/** The file to upload and what it is for. */
export type UploadFileInput = {
  /** The file, as a part of a multipart request (GraphQL multipart request spec), at most 536,870,912 bytes; its name's extension gives its type. */
  file: unknown;
  /** `ASSISTANTS` or `FINE_TUNE` (the others are made by the upstream). */
  purpose: FilePurpose;
};

/** How the caller was authenticated. */
export type ViewerKind =
  /** By an upstream API key (its own, or the server’s in `open` mode). */
  | 'KEY'
  /** By a token of the app’s identity provider (`jwt` mode). */
  | 'USER';

export type OwnFilesUploadMutationVariables = Exact<{
  input: UploadFileInput;
}>;


export type OwnFilesUploadMutation = { uploadFile: { file: { id: string, openaiId: string, filename: string, downloadUrl: string | null } } };

export type OwnFilesLookupsQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnFilesLookupsQuery = { node:
    | { id: string }
    | { id: string }
    | { filename: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null>, files: { nodes: Array<{ id: string, filename: string }> } };

export type OwnFilesDeleteMutationVariables = Exact<{
  input: DeleteFileInput;
}>;


export type OwnFilesDeleteMutation = { deleteFile: { deletedFileId: string } };

export type OwnFilesThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type OwnFilesThreadMutation = { createThread: { thread: { id: string, openaiId: string } } };

export type OwnFilesCitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnFilesCitationsQuery = { thread: { messages: { nodes: Array<{ content: Array<
          | { annotations: Array<
              | { fileId: string, file: { id: string, filename: string } | null }
              | Record<PropertyKey, never>
            > }
          | Record<PropertyKey, never>
        > }> } } | null };

export type OwnFilesMessageMutationVariables = Exact<{
  input: CreateMessageInput;
}>;


export type OwnFilesMessageMutation = { createMessage: { message: { id: string, files: { nodes: Array<{ file: { filename: string } | null }> } } } };

export type OwnFilesAssistantMutationVariables = Exact<{
  input: CreateAssistantInput;
}>;


export type OwnFilesAssistantMutation = { createAssistant: { assistant: { id: string } } };

export type OwnFilesAttachMutationVariables = Exact<{
  input: CreateAssistantFileInput;
}>;


export type OwnFilesAttachMutation = { createAssistantFile: { assistantFile: { id: string } } };

export type OwnFilesAssistantFilesQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnFilesAssistantFilesQuery = { assistant: { files: { nodes: Array<{ file: { id: string, filename: string, downloadUrl: string | null } | null }> } } | null };

export type AuthViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerQuery = { viewer: { kind: ViewerKind, issuer: string | null, subject: string | null, isAdmin: boolean } };

export type AuthFollowRunSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type AuthFollowRunSubscription = { run: { id: string, status: RunStatus } };

export type OwnCreateAssistantMutationVariables = Exact<{
  input: CreateAssistantInput;
}>;


export type OwnCreateAssistantMutation = { createAssistant: { assistant: { id: string } } };

export type OwnUpdateAssistantMutationVariables = Exact<{
  input: UpdateAssistantInput;
}>;


export type OwnUpdateAssistantMutation = { updateAssistant: { assistant: { id: string, name: string | null } } };

export type OwnDeleteAssistantMutationVariables = Exact<{
  input: DeleteAssistantInput;
}>;


export type OwnDeleteAssistantMutation = { deleteAssistant: { deletedAssistantId: string } };

export type OwnCreateAssistantFileMutationVariables = Exact<{
  input: CreateAssistantFileInput;
}>;


export type OwnCreateAssistantFileMutation = { createAssistantFile: { assistantFile: { id: string } } };

export type OwnDeleteAssistantFileMutationVariables = Exact<{
  input: DeleteAssistantFileInput;
}>;


export type OwnDeleteAssistantFileMutation = { deleteAssistantFile: { deletedAssistantFileId: string } };

export type OwnAssistantQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnAssistantQuery = { assistant: { id: string } | null };

export type OwnCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type OwnCreateThreadMutation = { createThread: { thread: { id: string, openaiId: string, metadata: Record<string, string>, messages: { nodes: Array<{ id: string }> } } } };

export type OwnUpdateThreadMutationVariables = Exact<{
  input: UpdateThreadInput;
}>;


export type OwnUpdateThreadMutation = { updateThread: { thread: { id: string, metadata: Record<string, string> } } };

export type OwnDeleteThreadMutationVariables = Exact<{
  input: DeleteThreadInput;
}>;


export type OwnDeleteThreadMutation = { deleteThread: { deletedThreadId: string } };

export type OwnCreateMessageMutationVariables = Exact<{
  input: CreateMessageInput;
}>;


export type OwnCreateMessageMutation = { createMessage: { message: { id: string } } };

export type OwnUpdateMessageMutationVariables = Exact<{
  input: UpdateMessageInput;
}>;


export type OwnUpdateMessageMutation = { updateMessage: { message: { id: string } } };

export type OwnCreateRunMutationVariables = Exact<{
  input: CreateRunInput;
}>;


export type OwnCreateRunMutation = { createRun: { run: { id: string, openaiId: string } } };

export type OwnUpdateRunMutationVariables = Exact<{
  input: UpdateRunInput;
}>;


export type OwnUpdateRunMutation = { updateRun: { run: { id: string } } };

export type OwnCancelRunMutationVariables = Exact<{
  input: CancelRunInput;
}>;


export type OwnCancelRunMutation = { cancelRun: { run: { id: string } } };

export type OwnSubmitOutputsMutationVariables = Exact<{
  input: SubmitToolOutputsInput;
}>;


export type OwnSubmitOutputsMutation = { submitToolOutputs: { run: { id: string } } };

export type OwnLookupsQueryVariables = Exact<{
  thread: string | number;
  raw: string | number;
  message: string | number;
  run: string | number;
}>;


export type OwnLookupsQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null>, thread: { id: string, activeRun: { id: string } | null, runs: { nodes: Array<{ id: string }> } } | null };

export type OwnFollowRunSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type OwnFollowRunSubscription = { run: { id: string, status: RunStatus } };

export type OwnRunEventsSubscriptionVariables = Exact<{
  input: CreateRunInput;
}>;


export type OwnRunEventsSubscription = { runEvents:
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
   };

export type OwnThreadAndRunEventsSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type OwnThreadAndRunEventsSubscription = { threadAndRunEvents:
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string, thread: { metadata: Record<string, string> } }
    | { event: string }
   };

export type OwnViewerThreadsQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnViewerThreadsQuery = { viewer: { subject: string | null, threads: { nodes: Array<{ id: string }> } } };

export type OwnNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BudgetAssistantsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetAssistantsQuery = { assistants: { nodes: Array<{ id: string }> } };

export type BudgetThreadThenRunMutationVariables = Exact<{
  run: CreateThreadAndRunInput;
}>;


export type BudgetThreadThenRunMutation = { createThread: { thread: { id: string } }, createThreadAndRun: { run: { id: string } } };

export type BudgetThreadAndRunEventsSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type BudgetThreadAndRunEventsSubscription = { threadAndRunEvents:
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
   };

export type ClientsAssistantToolsQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientsAssistantToolsQuery = { assistant: { id: string, tools: Array<
      | { type: ToolType }
      | { type: ToolType, function: { name: string } }
      | { type: ToolType }
    > } | null };

export type ClientsAssistantsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ClientsAssistantsPageQuery = { assistants: { edges: Array<{ cursor: string, node: { id: string, name: string | null } }>, nodes: Array<{ id: string, name: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GatewaysRunMutationVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type GatewaysRunMutation = { createThreadAndRun: { run: { id: string } } };

export type AssistantsAssistantFieldsFragment = { id: string, openaiId: string, createdAt: string, name: string | null, description: string | null, model: string, instructions: string | null, fileIds: Array<string>, metadata: Record<string, string>, tools: Array<
    | { __typename: 'CodeInterpreterTool', type: ToolType }
    | { __typename: 'FunctionTool', type: ToolType, function: { name: string, description: string | null, parameters: Record<string, unknown> | null } }
    | { __typename: 'RetrievalTool', type: ToolType }
  > };

export type AssistantsCreateMutationVariables = Exact<{
  input: CreateAssistantInput;
}>;


export type AssistantsCreateMutation = { createAssistant: { assistant: { id: string, openaiId: string, createdAt: string, name: string | null, description: string | null, model: string, instructions: string | null, fileIds: Array<string>, metadata: Record<string, string>, tools: Array<
        | { __typename: 'CodeInterpreterTool', type: ToolType }
        | { __typename: 'FunctionTool', type: ToolType, function: { name: string, description: string | null, parameters: Record<string, unknown> | null } }
        | { __typename: 'RetrievalTool', type: ToolType }
      > } } };

export type AssistantsUpdateMutationVariables = Exact<{
  input: UpdateAssistantInput;
}>;


export type AssistantsUpdateMutation = { updateAssistant: { assistant: { id: string, openaiId: string, createdAt: string, name: string | null, description: string | null, model: string, instructions: string | null, fileIds: Array<string>, metadata: Record<string, string>, tools: Array<
        | { __typename: 'CodeInterpreterTool', type: ToolType }
        | { __typename: 'FunctionTool', type: ToolType, function: { name: string, description: string | null, parameters: Record<string, unknown> | null } }
        | { __typename: 'RetrievalTool', type: ToolType }
      > } } };

export type AssistantsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AssistantsDeleteMutation = { deleteAssistant: { deletedAssistantId: string } };

export type AssistantsAssistantAndNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AssistantsAssistantAndNodeQuery = { assistant: { id: string, openaiId: string, name: string | null } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AssistantsLookupQueryVariables = Exact<{
  id: string | number;
}>;


export type AssistantsLookupQuery = { assistant: { id: string, openaiId: string, name: string | null } | null };

export type AssistantsAfterDeleteQueryVariables = Exact<{
  id: string | number;
  raw: string | number;
}>;


export type AssistantsAfterDeleteQuery = { assistant: { id: string } | null, raw: { id: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BatchingRunFieldsFragment = { id: string, openaiId: string, status: RunStatus, createdAt: string, metadata: Record<string, string>, assistant: { id: string } | null, thread: { id: string } | null };

export type BatchingRunQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingRunQuery = { node:
    | { id: string, openaiId: string, status: RunStatus, createdAt: string, metadata: Record<string, string>, assistant: { id: string } | null, thread: { id: string } | null }
    | Record<PropertyKey, never>
   | null };

export type BatchingRunsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BatchingRunsQuery = { nodes: Array<
    | { id: string, openaiId: string, status: RunStatus, createdAt: string, metadata: Record<string, string>, assistant: { id: string } | null, thread: { id: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type BatchingAnyNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingAnyNodeQuery = { node:
    | { openaiId: string, name: string | null, id: string }
    | { id: string }
    | { id: string }
    | { openaiId: string, text: string, id: string }
    | { id: string }
    | { openaiId: string, status: RunStatus, id: string }
    | { id: string }
    | { id: string }
   | null };

export type BatchingAnyNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BatchingAnyNodesQuery = { nodes: Array<
    | { openaiId: string, name: string | null, id: string }
    | { id: string }
    | { id: string }
    | { openaiId: string, text: string, id: string }
    | { id: string }
    | { openaiId: string, status: RunStatus, id: string }
    | { id: string }
    | { id: string }
   | null> };

export type BatchingThreadPageQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingThreadPageQuery = { thread: { id: string, messages: { nodes: Array<{ id: string, run: { openaiId: string, status: RunStatus } | null, assistant: { openaiId: string, name: string | null } | null }> } } | null };

export type BatchingThreadPageWithDateQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingThreadPageWithDateQuery = { thread: { id: string, createdAt: string, messages: { nodes: Array<{ id: string, run: { openaiId: string, status: RunStatus } | null, assistant: { openaiId: string, name: string | null } | null }> } } | null };

export type BatchingCreateThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type BatchingCreateThreadMutation = { createThread: { thread: { id: string, openaiId: string } } };

export type BatchingCreateRunMutationVariables = Exact<{
  input: CreateRunInput;
}>;


export type BatchingCreateRunMutation = { createRun: { run: { id: string, openaiId: string } } };

export type BatchingRunIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BatchingRunIdsQuery = { nodes: Array<
    | { id: string }
    | Record<PropertyKey, never>
   | null> };

export type BatchingMessageRunsQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingMessageRunsQuery = { thread: { messages: { nodes: Array<{ run: { openaiId: string } | null }> } } | null };

export type BatchingTwoRunsQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingTwoRunsQuery = { thread: { a: { id: string } | null, b: { id: string } | null } | null };

export type BatchingNodeIdQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingNodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BatchingRunsFromGetsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BatchingRunsFromGetsQuery = { nodes: Array<
    | { openaiId: string }
    | Record<PropertyKey, never>
   | null> };

export type BatchingThreadMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingThreadMessagesQuery = { thread: { id: string, messages: { nodes: Array<{ id: string }> } } | null };

export type BatchingRunStatusesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BatchingRunStatusesQuery = { nodes: Array<
    | { openaiId: string, status: RunStatus }
    | Record<PropertyKey, never>
   | null> };

export type CodeInterpreterLinkedFileFragment = { id: string, openaiId: string, filename: string, purpose: FilePurpose, downloadUrl: string | null };

export type CodeInterpreterCreateRunMutationVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type CodeInterpreterCreateRunMutation = { createThreadAndRun: { run: { id: string, openaiId: string, thread: { id: string } | null } } };

export type CodeInterpreterRunQueryVariables = Exact<{
  id: string | number;
}>;


export type CodeInterpreterRunQuery = { node:
    | { steps: { nodes: Array<{ id: string, stepDetails:
            | { __typename: 'MessageCreationStepDetails' }
            | { __typename: 'ToolCallsStepDetails', toolCalls: Array<
                | { __typename: 'CodeInterpreterToolCall', input: string, id: string, outputs: Array<
                    | { __typename: 'CodeInterpreterImage', fileId: string, file: { id: string, openaiId: string, filename: string, purpose: FilePurpose, downloadUrl: string | null } | null }
                    | { __typename: 'CodeInterpreterLogs', logs: string }
                  > }
                | { __typename: 'FunctionToolCall', id: string }
                | { __typename: 'RetrievalToolCall', id: string }
              > }
           }> }, thread: { messages: { nodes: Array<{ fileIds: Array<string>, content: Array<
              | { __typename: 'ImageFileContent', fileId: string, downloadUrl: string | null, file: { id: string, openaiId: string, filename: string, purpose: FilePurpose, downloadUrl: string | null } | null }
              | { __typename: 'TextContent', value: string, annotations: Array<
                  | { __typename: 'FileCitationAnnotation' }
                  | { __typename: 'FilePathAnnotation', text: string, fileId: string, file: { id: string, openaiId: string, filename: string, purpose: FilePurpose, downloadUrl: string | null } | null }
                > }
            > }> } } | null }
    | Record<PropertyKey, never>
   | null };

type CodeInterpreterStreamedEvent_DoneEvent_Fragment = { __typename: 'DoneEvent', event: string };

type CodeInterpreterStreamedEvent_MessageDeltaEvent_Fragment = { __typename: 'MessageDeltaEvent', event: string, content: Array<
    | { __typename: 'ImageFileContentDelta', fileId: string | null, downloadUrl: string | null, file: { openaiId: string } | null }
    | { __typename: 'TextContentDelta', value: string | null, annotations: Array<{ type: string, fileId: string | null, file: { id: string, openaiId: string, filename: string, purpose: FilePurpose, downloadUrl: string | null } | null }> }
    | { __typename: 'UnknownContentDelta' }
  > };

type CodeInterpreterStreamedEvent_MessageEvent_Fragment = { __typename: 'MessageEvent', event: string };

type CodeInterpreterStreamedEvent_RunStatusEvent_Fragment = { __typename: 'RunStatusEvent', event: string };

type CodeInterpreterStreamedEvent_RunStepDeltaEvent_Fragment = { __typename: 'RunStepDeltaEvent', event: string, toolCalls: Array<{ type: string, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null, imageFile: { id: string, openaiId: string, filename: string, purpose: FilePurpose, downloadUrl: string | null } | null }> } | null }> };

type CodeInterpreterStreamedEvent_RunStepEvent_Fragment = { __typename: 'RunStepEvent', event: string, step: { stepDetails:
      | { toolCalls: Array<
          | { input: string, outputs: Array<
              | { file: { openaiId: string } | null }
              | Record<PropertyKey, never>
            > }
          | Record<PropertyKey, never>
        > }
      | Record<PropertyKey, never>
     } };

type CodeInterpreterStreamedEvent_StreamErrorEvent_Fragment = { __typename: 'StreamErrorEvent', event: string };

type CodeInterpreterStreamedEvent_ThreadCreatedEvent_Fragment = { __typename: 'ThreadCreatedEvent', event: string };

type CodeInterpreterStreamedEvent_UnknownRunEvent_Fragment = { __typename: 'UnknownRunEvent', event: string };

export type CodeInterpreterStreamedEventFragment =
  | CodeInterpreterStreamedEvent_DoneEvent_Fragment
  | CodeInterpreterStreamedEvent_MessageDeltaEvent_Fragment
  | CodeInterpreterStreamedEvent_MessageEvent_Fragment
  | CodeInterpreterStreamedEvent_RunStatusEvent_Fragment
  | CodeInterpreterStreamedEvent_RunStepDeltaEvent_Fragment
  | CodeInterpreterStreamedEvent_RunStepEvent_Fragment
  | CodeInterpreterStreamedEvent_StreamErrorEvent_Fragment
  | CodeInterpreterStreamedEvent_ThreadCreatedEvent_Fragment
  | CodeInterpreterStreamedEvent_UnknownRunEvent_Fragment
;

export type CodeInterpreterStreamedRunSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type CodeInterpreterStreamedRunSubscription = { threadAndRunEvents:
    | { __typename: 'DoneEvent', event: string }
    | { __typename: 'MessageDeltaEvent', event: string, content: Array<
        | { __typename: 'ImageFileContentDelta', fileId: string | null, downloadUrl: string | null, file: { openaiId: string } | null }
        | { __typename: 'TextContentDelta', value: string | null, annotations: Array<{ type: string, fileId: string | null, file: { id: string, openaiId: string, filename: string, purpose: FilePurpose, downloadUrl: string | null } | null }> }
        | { __typename: 'UnknownContentDelta' }
      > }
    | { __typename: 'MessageEvent', event: string }
    | { __typename: 'RunStatusEvent', event: string }
    | { __typename: 'RunStepDeltaEvent', event: string, toolCalls: Array<{ type: string, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null, imageFile: { id: string, openaiId: string, filename: string, purpose: FilePurpose, downloadUrl: string | null } | null }> } | null }> }
    | { __typename: 'RunStepEvent', event: string, step: { stepDetails:
          | { toolCalls: Array<
              | { input: string, outputs: Array<
                  | { file: { openaiId: string } | null }
                  | Record<PropertyKey, never>
                > }
              | Record<PropertyKey, never>
            > }
          | Record<PropertyKey, never>
         } }
    | { __typename: 'StreamErrorEvent', event: string }
    | { __typename: 'ThreadCreatedEvent', event: string }
    | { __typename: 'UnknownRunEvent', event: string }
   };

export type FilesCreateAssistantMutationVariables = Exact<{
  f?: Array<string> | string | null | undefined;
}>;


export type FilesCreateAssistantMutation = { createAssistant: { assistant: { id: string, openaiId: string } } };

export type FilesAttachMutationVariables = Exact<{
  a: string | number;
  f: string;
}>;


export type FilesAttachMutation = { createAssistantFile: { assistantFile: { id: string, openaiId: string, createdAt: string, assistant: { id: string, fileIds: Array<string> } | null } } };

export type FilesEmptyThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type FilesEmptyThreadMutation = { createThread: { thread: { id: string, openaiId: string } } };

export type FilesAssistantFileNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FilesAssistantFileNodeQuery = { node:
    | { __typename: 'Assistant', id: string }
    | { __typename: 'AssistantFile', openaiId: string, id: string, assistant: { id: string } | null }
    | { __typename: 'File', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'MessageFile', id: string }
    | { __typename: 'Run', id: string }
    | { __typename: 'RunStep', id: string }
    | { __typename: 'Thread', id: string }
   | null };

export type FilesAssistantFilesQueryVariables = Exact<{
  a: string | number;
}>;


export type FilesAssistantFilesQuery = { assistant: { fileIds: Array<string>, asc: { nodes: Array<{ openaiId: string }> }, desc: { nodes: Array<{ openaiId: string }>, pageInfo: { hasNextPage: boolean } }, page: { edges: Array<{ node: { openaiId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type FilesNextPageQueryVariables = Exact<{
  a: string | number;
  c?: string | null | undefined;
}>;


export type FilesNextPageQuery = { assistant: { files: { nodes: Array<{ openaiId: string }>, pageInfo: { hasNextPage: boolean } } } | null };

export type FilesFileIdsQueryVariables = Exact<{
  a: string | number;
}>;


export type FilesFileIdsQuery = { assistant: { files: { nodes: Array<{ id: string, openaiId: string }> } } | null };

export type FilesDeleteByIdMutationVariables = Exact<{
  id: string | number;
}>;


export type FilesDeleteByIdMutation = { deleteAssistantFile: { deletedAssistantFileId: string, assistant: { fileIds: Array<string> } | null } };

export type FilesNodeAfterDeleteQueryVariables = Exact<{
  id: string | number;
}>;


export type FilesNodeAfterDeleteQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type FilesDeleteByPairMutationVariables = Exact<{
  a: string | number;
  f: string;
}>;


export type FilesDeleteByPairMutation = { deleteAssistantFile: { deletedAssistantFileId: string, assistant: { fileIds: Array<string> } | null } };

export type FilesDeletedNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FilesDeletedNodeQuery = { node:
    | { openaiId: string }
    | Record<PropertyKey, never>
   | null };

export type FilesDeleteNothingMutationVariables = Exact<{ [key: string]: never; }>;


export type FilesDeleteNothingMutation = { deleteAssistantFile: { deletedAssistantFileId: string } };

export type FilesDeleteHalfMutationVariables = Exact<{ [key: string]: never; }>;


export type FilesDeleteHalfMutation = { deleteAssistantFile: { deletedAssistantFileId: string } };

export type FilesMissingOnCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type FilesMissingOnCreateMutation = { createAssistant: { assistant: { id: string } } };

export type FilesMissingOnMessageMutationVariables = Exact<{
  t: string | number;
}>;


export type FilesMissingOnMessageMutation = { createMessage: { message: { id: string } } };

export type FilesMessageWithFilesMutationVariables = Exact<{
  t: string | number;
}>;


export type FilesMessageWithFilesMutation = { createMessage: { message: { id: string, openaiId: string, fileIds: Array<string> } } };

export type FilesMessageFilesQueryVariables = Exact<{
  id: string | number;
}>;


export type FilesMessageFilesQuery = { node:
    | { files: { nodes: Array<{ id: string, openaiId: string, createdAt: string, message: { id: string, text: string } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type FilesMessageFileNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FilesMessageFileNodeQuery = { node:
    | { __typename: 'Assistant', id: string }
    | { __typename: 'AssistantFile', id: string }
    | { __typename: 'File', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'MessageFile', openaiId: string, id: string, message: { id: string } | null }
    | { __typename: 'Run', id: string }
    | { __typename: 'RunStep', id: string }
    | { __typename: 'Thread', id: string }
   | null };

export type FilesPlainThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type FilesPlainThreadMutation = { createThread: { thread: { id: string } } };

export type FilesNoFilesQueryVariables = Exact<{
  t: string | number;
}>;


export type FilesNoFilesQuery = { thread: { messages: { nodes: Array<{ fileIds: Array<string>, files: { edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, startCursor: string | null } } }> } } | null };

export type IdsDeleteAssistantMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsDeleteAssistantMutation = { deleteAssistant: { deletedAssistantId: string } };

export type IdsUpdateAssistantNameMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsUpdateAssistantNameMutation = { updateAssistant: { assistant: { id: string } } };

export type IdsUpdateRunMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsUpdateRunMutation = { updateRun: { run: { id: string } } };

export type IdsFirstCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type IdsFirstCursorQuery = { assistants: { edges: Array<{ cursor: string }> } };

export type IdsFixtureAssistantMutationVariables = Exact<{ [key: string]: never; }>;


export type IdsFixtureAssistantMutation = { createAssistant: { assistant: { id: string, openaiId: string } } };

export type IdsFixtureRunMutationVariables = Exact<{
  a: string | number;
}>;


export type IdsFixtureRunMutation = { createThreadAndRun: { run: { id: string, openaiId: string, thread: { id: string, openaiId: string } | null } } };

export type IdsFixtureObjectsQueryVariables = Exact<{
  a: string | number;
  t: string | number;
  r: string | number;
}>;


export type IdsFixtureObjectsQuery = { assistant: { files: { nodes: Array<{ id: string }> } } | null, thread: { messages: { nodes: Array<{ id: string, openaiId: string, role: MessageRole, files: { nodes: Array<{ id: string }> } }> }, run: { steps: { nodes: Array<{ id: string, openaiId: string }> } } | null } | null };

export type IdsDeleteThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsDeleteThreadMutation = { deleteThread: { deletedThreadId: string } };

type IdsNodeFields_Assistant_Fragment = { __typename: 'Assistant', openaiId: string, name: string | null, id: string };

type IdsNodeFields_AssistantFile_Fragment = { __typename: 'AssistantFile', openaiId: string, id: string, assistant: { id: string } | null };

type IdsNodeFields_File_Fragment = { __typename: 'File', id: string };

type IdsNodeFields_Message_Fragment = { __typename: 'Message', openaiId: string, text: string, id: string };

type IdsNodeFields_MessageFile_Fragment = { __typename: 'MessageFile', openaiId: string, id: string, message: { id: string } | null };

type IdsNodeFields_Run_Fragment = { __typename: 'Run', openaiId: string, status: RunStatus, id: string };

type IdsNodeFields_RunStep_Fragment = { __typename: 'RunStep', openaiId: string, type: RunStepType, id: string };

type IdsNodeFields_Thread_Fragment = { __typename: 'Thread', openaiId: string, id: string };

export type IdsNodeFieldsFragment =
  | IdsNodeFields_Assistant_Fragment
  | IdsNodeFields_AssistantFile_Fragment
  | IdsNodeFields_File_Fragment
  | IdsNodeFields_Message_Fragment
  | IdsNodeFields_MessageFile_Fragment
  | IdsNodeFields_Run_Fragment
  | IdsNodeFields_RunStep_Fragment
  | IdsNodeFields_Thread_Fragment
;

export type IdsNodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type IdsNodeByIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IdsAssistantNameQueryVariables = Exact<{
  id: string | number;
}>;


export type IdsAssistantNameQuery = { assistant: { name: string | null } | null };

export type IdsCreateThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type IdsCreateThreadMutation = { createThread: { thread: { id: string } } };

export type IdsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IdsNodeQuery = { node:
    | { __typename: 'Assistant', openaiId: string, name: string | null, id: string }
    | { __typename: 'AssistantFile', openaiId: string, id: string, assistant: { id: string } | null }
    | { __typename: 'File', id: string }
    | { __typename: 'Message', openaiId: string, text: string, id: string }
    | { __typename: 'MessageFile', openaiId: string, id: string, message: { id: string } | null }
    | { __typename: 'Run', openaiId: string, status: RunStatus, id: string }
    | { __typename: 'RunStep', openaiId: string, type: RunStepType, id: string }
    | { __typename: 'Thread', openaiId: string, id: string }
   | null };

export type IdsLinksQueryVariables = Exact<{
  af: string | number;
  mf: string | number;
}>;


export type IdsLinksQuery = { af:
    | { __typename: 'Assistant', openaiId: string, name: string | null, id: string }
    | { __typename: 'AssistantFile', openaiId: string, id: string, assistant: { id: string } | null }
    | { __typename: 'File', id: string }
    | { __typename: 'Message', openaiId: string, text: string, id: string }
    | { __typename: 'MessageFile', openaiId: string, id: string, message: { id: string } | null }
    | { __typename: 'Run', openaiId: string, status: RunStatus, id: string }
    | { __typename: 'RunStep', openaiId: string, type: RunStepType, id: string }
    | { __typename: 'Thread', openaiId: string, id: string }
   | null, mf:
    | { __typename: 'Assistant', openaiId: string, name: string | null, id: string }
    | { __typename: 'AssistantFile', openaiId: string, id: string, assistant: { id: string } | null }
    | { __typename: 'File', id: string }
    | { __typename: 'Message', openaiId: string, text: string, id: string }
    | { __typename: 'MessageFile', openaiId: string, id: string, message: { id: string } | null }
    | { __typename: 'Run', openaiId: string, status: RunStatus, id: string }
    | { __typename: 'RunStep', openaiId: string, type: RunStepType, id: string }
    | { __typename: 'Thread', openaiId: string, id: string }
   | null };

export type IdsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type IdsNodesQuery = { nodes: Array<
    | { __typename: 'Assistant', openaiId: string, name: string | null, id: string }
    | { __typename: 'AssistantFile', openaiId: string, id: string, assistant: { id: string } | null }
    | { __typename: 'File', id: string }
    | { __typename: 'Message', openaiId: string, text: string, id: string }
    | { __typename: 'MessageFile', openaiId: string, id: string, message: { id: string } | null }
    | { __typename: 'Run', openaiId: string, status: RunStatus, id: string }
    | { __typename: 'RunStep', openaiId: string, type: RunStepType, id: string }
    | { __typename: 'Thread', openaiId: string, id: string }
   | null> };

export type IdsNodesIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type IdsNodesIdsQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type IdsAssistantByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type IdsAssistantByIdQuery = { assistant: { id: string } | null };

export type IdsThreadByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type IdsThreadByIdQuery = { thread: { id: string } | null };

export type IdsRunOfMessageIdQueryVariables = Exact<{
  t: string | number;
  m: string | number;
}>;


export type IdsRunOfMessageIdQuery = { thread: { run: { id: string } | null } | null };

export type IdsMessageOfRunIdQueryVariables = Exact<{
  t: string | number;
  r: string | number;
}>;


export type IdsMessageOfRunIdQuery = { thread: { message: { id: string } | null } | null };

export type IdsMissingLookupsQueryVariables = Exact<{
  t: string | number;
  ga: string | number;
  gt: string | number;
  gm: string | number;
  gr: string | number;
}>;


export type IdsMissingLookupsQuery = { rawAssistant: { id: string } | null, globalAssistant: { id: string } | null, rawThread: { id: string } | null, globalThread: { id: string } | null, thread: { rawMessage: { id: string } | null, rawRun: { id: string } | null } | null, deletedMessage:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, deletedRun:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IdsUpdateThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsUpdateThreadMutation = { updateThread: { thread: { id: string } } };

export type IdsUpdateMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsUpdateMessageMutation = { updateMessage: { message: { id: string } } };

export type IdsCancelGoneMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsCancelGoneMutation = { cancelRun: { run: { id: string } } };

export type IdsSubmitGoneMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsSubmitGoneMutation = { submitToolOutputs: { run: { id: string } } };

export type IdsCanaryMessageMutationVariables = Exact<{ [key: string]: never; }>;


export type IdsCanaryMessageMutation = { createMessage: { message: { id: string } } };

export type IdsCanaryNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type IdsCanaryNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IdsCanaryFileMutationVariables = Exact<{ [key: string]: never; }>;


export type IdsCanaryFileMutation = { createAssistantFile: { assistantFile: { id: string } } };

export type IdsKeyAAssistantMutationVariables = Exact<{ [key: string]: never; }>;


export type IdsKeyAAssistantMutation = { createAssistant: { assistant: { id: string, openaiId: string } } };

export type IdsKeyBLookupsQueryVariables = Exact<{
  id: string | number;
  raw: string | number;
}>;


export type IdsKeyBLookupsQuery = { assistant: { name: string | null } | null, raw: { name: string | null } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IdsKeyBListQueryVariables = Exact<{ [key: string]: never; }>;


export type IdsKeyBListQuery = { assistants: { nodes: Array<{ openaiId: string }> } };

export type IdsForwardedQueryVariables = Exact<{ [key: string]: never; }>;


export type IdsForwardedQuery = { assistants: { nodes: Array<{ id: string }> } };

export type IdsThreeTimesQueryVariables = Exact<{
  g: string | number;
  r: string | number;
}>;


export type IdsThreeTimesQuery = { a: { openaiId: string } | null, b: { openaiId: string, name: string | null } | null, c:
    | { openaiId: string }
    | Record<PropertyKey, never>
   | null };

export type IdsAddMessageMutationVariables = Exact<{
  t: string | number;
  c: string;
}>;


export type IdsAddMessageMutation = { createMessage: { message: { id: string } } };

export type IdsRunAgainMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type IdsRunAgainMutation = { createRun: { run: { id: string, openaiId: string } } };

export type IdsReplyAssistantsQueryVariables = Exact<{
  t: string | number;
}>;


export type IdsReplyAssistantsQuery = { thread: { messages: { nodes: Array<{ role: MessageRole, assistant: { openaiId: string, name: string | null } | null }> } } | null };

export type IdsOldAssistantMutationVariables = Exact<{ [key: string]: never; }>;


export type IdsOldAssistantMutation = { createAssistant: { assistant: { id: string } } };

export type IdsRenameNewMutationVariables = Exact<{
  id: string | number;
}>;


export type IdsRenameNewMutation = { updateAssistant: { assistant: { id: string } } };

export type BatteryCreateAssistantMutationVariables = Exact<{ [key: string]: never; }>;


export type BatteryCreateAssistantMutation = { createAssistant: { assistant: { id: string, openaiId: string, name: string | null, model: string, createdAt: string, fileIds: Array<string>, tools: Array<
        | { type: ToolType }
        | { type: ToolType }
        | { type: ToolType }
      > } } };

export type BatteryGetAssistantQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryGetAssistantQuery = { assistant: { id: string, openaiId: string, name: string | null, instructions: string | null, metadata: Record<string, string> } | null };

export type BatteryListAssistantsQueryVariables = Exact<{ [key: string]: never; }>;


export type BatteryListAssistantsQuery = { assistants: { nodes: Array<{ id: string, openaiId: string }> } };

export type BatteryUpdateAssistantMutationVariables = Exact<{
  id: string | number;
}>;


export type BatteryUpdateAssistantMutation = { updateAssistant: { assistant: { id: string, openaiId: string, name: string | null, model: string } } };

export type BatteryCreateAssistantFileMutationVariables = Exact<{
  a: string | number;
}>;


export type BatteryCreateAssistantFileMutation = { createAssistantFile: { assistantFile: { id: string, openaiId: string, createdAt: string } } };

export type BatteryListAssistantFilesQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryListAssistantFilesQuery = { assistant: { files: { nodes: Array<{ openaiId: string }> } } | null };

export type BatteryAssistantFileIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryAssistantFileIdsQuery = { assistant: { files: { nodes: Array<{ id: string, openaiId: string }> } } | null };

export type BatteryGetAssistantFileQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryGetAssistantFileQuery = { node:
    | { openaiId: string, createdAt: string, assistant: { id: string } | null }
    | Record<PropertyKey, never>
   | null };

export type BatteryDeleteAssistantFileMutationVariables = Exact<{
  a: string | number;
}>;


export type BatteryDeleteAssistantFileMutation = { deleteAssistantFile: { deletedAssistantFileId: string } };

export type BatteryCreateThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type BatteryCreateThreadMutation = { createThread: { thread: { id: string, openaiId: string, createdAt: string, metadata: Record<string, string> } } };

export type BatteryGetThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryGetThreadQuery = { thread: { id: string, openaiId: string, metadata: Record<string, string> } | null };

export type BatteryUpdateThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type BatteryUpdateThreadMutation = { updateThread: { thread: { metadata: Record<string, string> } } };

export type BatteryListMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryListMessagesQuery = { thread: { messages: { nodes: Array<{ id: string, openaiId: string, text: string, role: MessageRole }> } } | null };

export type BatteryCreateMessageMutationVariables = Exact<{
  t: string | number;
}>;


export type BatteryCreateMessageMutation = { createMessage: { message: { id: string, openaiId: string, text: string, createdAt: string } } };

export type BatteryGetMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryGetMessageQuery = { node:
    | { id: string, openaiId: string, text: string, fileIds: Array<string> }
    | Record<PropertyKey, never>
   | null };

export type BatteryUpdateMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type BatteryUpdateMessageMutation = { updateMessage: { message: { metadata: Record<string, string> } } };

export type BatteryListMessageFilesQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryListMessageFilesQuery = { node:
    | { files: { nodes: Array<{ openaiId: string }> } }
    | Record<PropertyKey, never>
   | null };

export type BatteryMessageFileIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryMessageFileIdsQuery = { node:
    | { files: { nodes: Array<{ id: string }> } }
    | Record<PropertyKey, never>
   | null };

export type BatteryGetMessageFileQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryGetMessageFileQuery = { node:
    | { openaiId: string, createdAt: string }
    | Record<PropertyKey, never>
   | null };

export type BatteryCreateRunMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type BatteryCreateRunMutation = { createRun: { run: { id: string, openaiId: string, status: RunStatus, model: string | null, metadata: Record<string, string> } } };

export type BatteryGetRunQueryVariables = Exact<{
  t: string | number;
  r: string | number;
}>;


export type BatteryGetRunQuery = { thread: { run: { id: string, openaiId: string, status: RunStatus, usage: { totalTokens: number } | null } | null } | null };

export type BatteryListRunsQueryVariables = Exact<{
  t: string | number;
}>;


export type BatteryListRunsQuery = { thread: { runs: { nodes: Array<{ id: string, openaiId: string }> } } | null };

export type BatteryUpdateRunMutationVariables = Exact<{
  id: string | number;
}>;


export type BatteryUpdateRunMutation = { updateRun: { run: { metadata: Record<string, string> } } };

export type BatteryListRunStepsQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryListRunStepsQuery = { node:
    | { steps: { nodes: Array<{ id: string, openaiId: string, type: RunStepType, status: RunStepStatus }> } }
    | Record<PropertyKey, never>
   | null };

export type BatteryGetRunStepQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryGetRunStepQuery = { node:
    | { id: string, openaiId: string, type: RunStepType, stepDetails:
        | { messageId: string }
        | Record<PropertyKey, never>
       }
    | Record<PropertyKey, never>
   | null };

export type BatteryCreateThreadAndRunMutationVariables = Exact<{
  a: string | number;
  content: string;
}>;


export type BatteryCreateThreadAndRunMutation = { createThreadAndRun: { run: { id: string, openaiId: string, status: RunStatus, thread: { id: string, openaiId: string } | null } } };

export type BatteryRequiredActionQueryVariables = Exact<{
  id: string | number;
}>;


export type BatteryRequiredActionQuery = { node:
    | { requiredAction: { toolCalls: Array<{ id: string, functionName: string }> } | null }
    | Record<PropertyKey, never>
   | null };

export type BatterySubmitToolOutputsMutationVariables = Exact<{
  id: string | number;
  c: string;
}>;


export type BatterySubmitToolOutputsMutation = { submitToolOutputs: { run: { id: string, openaiId: string, status: RunStatus } } };

export type BatterySlowRunMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type BatterySlowRunMutation = { createRun: { run: { id: string, openaiId: string } } };

export type BatteryCancelRunMutationVariables = Exact<{
  id: string | number;
}>;


export type BatteryCancelRunMutation = { cancelRun: { run: { id: string, openaiId: string, status: RunStatus } } };

export type BatteryDeleteThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type BatteryDeleteThreadMutation = { deleteThread: { deletedThreadId: string } };

export type BatteryDeleteAssistantMutationVariables = Exact<{
  id: string | number;
}>;


export type BatteryDeleteAssistantMutation = { deleteAssistant: { deletedAssistantId: string } };

export type PaginationAssistantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  order?: SortOrder | null | undefined;
}>;


export type PaginationAssistantsQuery = { assistants: { edges: Array<{ cursor: string, node: { openaiId: string } }>, nodes: Array<{ openaiId: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type PaginationMessagesQueryVariables = Exact<{
  thread: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  order?: SortOrder | null | undefined;
}>;


export type PaginationMessagesQuery = { thread: { messages: { edges: Array<{ cursor: string, node: { openaiId: string } }>, nodes: Array<{ openaiId: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } | null };

export type PaginationCreateAssistantMutationVariables = Exact<{
  n?: string | null | undefined;
}>;


export type PaginationCreateAssistantMutation = { createAssistant: { assistant: { id: string } } };

export type PaginationCreateThreadMutationVariables = Exact<{
  m?: Array<MessageInput> | MessageInput | null | undefined;
}>;


export type PaginationCreateThreadMutation = { createThread: { thread: { id: string, openaiId: string } } };

export type PaginationEmptyThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type PaginationEmptyThreadMutation = { createThread: { thread: { id: string } } };

export type PaginationOtherThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type PaginationOtherThreadMutation = { createThread: { thread: { id: string } } };

export type PlainPostWaitingRunMutationVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type PlainPostWaitingRunMutation = { createThreadAndRun: { run: { id: string, openaiId: string } } };

export type RealModelRunQueryVariables = Exact<{
  id: string | number;
}>;


export type RealModelRunQuery = { node:
    | { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null, usage: { promptTokens: number, completionTokens: number, totalTokens: number } | null, messages: { nodes: Array<{ role: MessageRole, text: string }> }, steps: { nodes: Array<{ type: RunStepType, status: RunStepStatus }> } }
    | Record<PropertyKey, never>
   | null };

export type RealModelThreadAndRunMutationVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type RealModelThreadAndRunMutation = { createThreadAndRun: { run: { id: string, openaiId: string } } };

export type RealModelSubmitMutationVariables = Exact<{
  input: SubmitToolOutputsInput;
}>;


export type RealModelSubmitMutation = { submitToolOutputs: { run: { status: RunStatus } } };

export type RealModelIncompleteSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type RealModelIncompleteSubscription = { threadAndRunEvents:
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string, run: { status: RunStatus, incompleteDetails: { reason: string } | null } }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
   };

export type RealModelStreamSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type RealModelStreamSubscription = { threadAndRunEvents:
    | { event: string }
    | { event: string, content: Array<
        | { value: string | null }
        | Record<PropertyKey, never>
      > }
    | { event: string, message: { text: string } }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
   };

export type RunsRunFieldsFragment = { id: string, openaiId: string, status: RunStatus, isActive: boolean, model: string | null, instructions: string | null, metadata: Record<string, string>, temperature: number | null, maxPromptTokens: number | null, maxCompletionTokens: number | null, createdAt: string, startedAt: string | null, completedAt: string | null, cancelledAt: string | null, failedAt: string | null, expiresAt: string | null, fileIds: Array<string>, responseFormat: ResponseFormat | null, incompleteDetails: { reason: string } | null, truncationStrategy: { type: TruncationType, lastMessages: number | null } | null, toolChoice: { type: ToolChoiceType, functionName: string | null } | null, tools: Array<
    | { type: ToolType }
    | { type: ToolType, function: { name: string } }
    | { type: ToolType }
  >, requiredAction: { type: string, toolCalls: Array<{ id: string, functionName: string, arguments: string, parsedArguments: unknown }> } | null, lastError: { code: string, message: string } | null, usage: { promptTokens: number, completionTokens: number, totalTokens: number } | null, thread: { id: string, openaiId: string } | null, assistant: { id: string, openaiId: string } | null };

export type RunsCreateAssistantMutationVariables = Exact<{
  input: CreateAssistantInput;
}>;


export type RunsCreateAssistantMutation = { createAssistant: { assistant: { id: string, openaiId: string } } };

export type RunsCreateThreadMutationVariables = Exact<{
  m?: Array<MessageInput> | MessageInput | null | undefined;
}>;


export type RunsCreateThreadMutation = { createThread: { thread: { id: string, openaiId: string } } };

export type RunsCreateRunMutationVariables = Exact<{
  input: CreateRunInput;
}>;


export type RunsCreateRunMutation = { createRun: { run: { id: string, openaiId: string, status: RunStatus, isActive: boolean, model: string | null, instructions: string | null, metadata: Record<string, string>, temperature: number | null, maxPromptTokens: number | null, maxCompletionTokens: number | null, createdAt: string, startedAt: string | null, completedAt: string | null, cancelledAt: string | null, failedAt: string | null, expiresAt: string | null, fileIds: Array<string>, responseFormat: ResponseFormat | null, incompleteDetails: { reason: string } | null, truncationStrategy: { type: TruncationType, lastMessages: number | null } | null, toolChoice: { type: ToolChoiceType, functionName: string | null } | null, tools: Array<
        | { type: ToolType }
        | { type: ToolType, function: { name: string } }
        | { type: ToolType }
      >, requiredAction: { type: string, toolCalls: Array<{ id: string, functionName: string, arguments: string, parsedArguments: unknown }> } | null, lastError: { code: string, message: string } | null, usage: { promptTokens: number, completionTokens: number, totalTokens: number } | null, thread: { id: string, openaiId: string } | null, assistant: { id: string, openaiId: string } | null } } };

export type RunsThreadAndRunMutationVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type RunsThreadAndRunMutation = { createThreadAndRun: { run: { id: string, openaiId: string, status: RunStatus, isActive: boolean, model: string | null, instructions: string | null, metadata: Record<string, string>, temperature: number | null, maxPromptTokens: number | null, maxCompletionTokens: number | null, createdAt: string, startedAt: string | null, completedAt: string | null, cancelledAt: string | null, failedAt: string | null, expiresAt: string | null, fileIds: Array<string>, responseFormat: ResponseFormat | null, incompleteDetails: { reason: string } | null, truncationStrategy: { type: TruncationType, lastMessages: number | null } | null, toolChoice: { type: ToolChoiceType, functionName: string | null } | null, tools: Array<
        | { type: ToolType }
        | { type: ToolType, function: { name: string } }
        | { type: ToolType }
      >, requiredAction: { type: string, toolCalls: Array<{ id: string, functionName: string, arguments: string, parsedArguments: unknown }> } | null, lastError: { code: string, message: string } | null, usage: { promptTokens: number, completionTokens: number, totalTokens: number } | null, thread: { id: string, openaiId: string } | null, assistant: { id: string, openaiId: string } | null } } };

export type RunsGetRunQueryVariables = Exact<{
  id: string | number;
}>;


export type RunsGetRunQuery = { node:
    | { id: string, openaiId: string, status: RunStatus, isActive: boolean, model: string | null, instructions: string | null, metadata: Record<string, string>, temperature: number | null, maxPromptTokens: number | null, maxCompletionTokens: number | null, createdAt: string, startedAt: string | null, completedAt: string | null, cancelledAt: string | null, failedAt: string | null, expiresAt: string | null, fileIds: Array<string>, responseFormat: ResponseFormat | null, incompleteDetails: { reason: string } | null, truncationStrategy: { type: TruncationType, lastMessages: number | null } | null, toolChoice: { type: ToolChoiceType, functionName: string | null } | null, tools: Array<
        | { type: ToolType }
        | { type: ToolType, function: { name: string } }
        | { type: ToolType }
      >, requiredAction: { type: string, toolCalls: Array<{ id: string, functionName: string, arguments: string, parsedArguments: unknown }> } | null, lastError: { code: string, message: string } | null, usage: { promptTokens: number, completionTokens: number, totalTokens: number } | null, thread: { id: string, openaiId: string } | null, assistant: { id: string, openaiId: string } | null }
    | Record<PropertyKey, never>
   | null };

export type RunsThreadRunQueryVariables = Exact<{
  t: string | number;
  r: string | number;
}>;


export type RunsThreadRunQuery = { thread: { run: { id: string, openaiId: string, status: RunStatus, isActive: boolean, model: string | null, instructions: string | null, metadata: Record<string, string>, temperature: number | null, maxPromptTokens: number | null, maxCompletionTokens: number | null, createdAt: string, startedAt: string | null, completedAt: string | null, cancelledAt: string | null, failedAt: string | null, expiresAt: string | null, fileIds: Array<string>, responseFormat: ResponseFormat | null, incompleteDetails: { reason: string } | null, truncationStrategy: { type: TruncationType, lastMessages: number | null } | null, toolChoice: { type: ToolChoiceType, functionName: string | null } | null, tools: Array<
        | { type: ToolType }
        | { type: ToolType, function: { name: string } }
        | { type: ToolType }
      >, requiredAction: { type: string, toolCalls: Array<{ id: string, functionName: string, arguments: string, parsedArguments: unknown }> } | null, lastError: { code: string, message: string } | null, usage: { promptTokens: number, completionTokens: number, totalTokens: number } | null, thread: { id: string, openaiId: string } | null, assistant: { id: string, openaiId: string } | null } | null } | null };

export type RunsSubmitToolOutputsMutationVariables = Exact<{
  id: string | number;
  outputs: Array<ToolOutputInput> | ToolOutputInput;
}>;


export type RunsSubmitToolOutputsMutation = { submitToolOutputs: { run: { id: string, status: RunStatus } } };

export type RunsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type RunsCancelMutation = { cancelRun: { run: { id: string, status: RunStatus, isActive: boolean } } };

export type RunsActiveRunQueryVariables = Exact<{
  t: string | number;
}>;


export type RunsActiveRunQuery = { thread: { activeRun: { id: string, status: RunStatus, isActive: boolean } | null } | null };

export type RunsCompletedRunQueryVariables = Exact<{
  t: string | number;
  r: string | number;
}>;


export type RunsCompletedRunQuery = { thread: { activeRun: { id: string } | null, runs: { nodes: Array<{ id: string }> }, run: { messages: { nodes: Array<{ id: string, role: MessageRole, text: string, run: { id: string } | null, assistant: { id: string } | null }> }, steps: { nodes: Array<{ id: string, type: RunStepType, status: RunStepStatus, usage: { totalTokens: number } | null, run: { id: string } | null, thread: { id: string } | null, assistant: { id: string } | null, stepDetails:
            | { __typename: 'MessageCreationStepDetails', messageId: string, message: { id: string, text: string } | null }
            | { __typename: 'ToolCallsStepDetails' }
           }> } } | null } | null };

export type RunsThreadMessagesQueryVariables = Exact<{
  t: string | number;
}>;


export type RunsThreadMessagesQuery = { thread: { metadata: Record<string, string>, messages: { nodes: Array<{ role: MessageRole, text: string }> } } | null };

export type RunsUpdateRunMutationVariables = Exact<{
  id: string | number;
}>;


export type RunsUpdateRunMutation = { updateRun: { run: { id: string, metadata: Record<string, string> } } };

export type RunsToolRunQueryVariables = Exact<{
  id: string | number;
}>;


export type RunsToolRunQuery = { node:
    | { messages: { nodes: Array<{ role: MessageRole, text: string }> }, steps: { nodes: Array<{ type: RunStepType, status: RunStepStatus, stepDetails:
            | { __typename: 'MessageCreationStepDetails' }
            | { __typename: 'ToolCallsStepDetails', toolCalls: Array<
                | { __typename: 'CodeInterpreterToolCall', id: string }
                | { __typename: 'FunctionToolCall', name: string, arguments: string, output: string | null, id: string }
                | { __typename: 'RetrievalToolCall', id: string }
              > }
           }> } }
    | Record<PropertyKey, never>
   | null };

export type RunsReplyTextQueryVariables = Exact<{
  id: string | number;
}>;


export type RunsReplyTextQuery = { node:
    | { messages: { nodes: Array<{ text: string }> } }
    | Record<PropertyKey, never>
   | null };

export type RunsCreateMessageMutationVariables = Exact<{
  t: string | number;
  content: string;
}>;


export type RunsCreateMessageMutation = { createMessage: { message: { id: string } } };

export type RunsSecondRunMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type RunsSecondRunMutation = { createRun: { run: { id: string } } };

export type RunsActiveRunStatusQueryVariables = Exact<{
  t: string | number;
}>;


export type RunsActiveRunStatusQuery = { thread: { activeRun: { id: string, status: RunStatus } | null } | null };

export type RunsInvalidRunMutationVariables = Exact<{
  input: CreateRunInput;
}>;


export type RunsInvalidRunMutation = { createRun: { run: { id: string } } };

export type RunsHotThreadAndRunMutationVariables = Exact<{ [key: string]: never; }>;


export type RunsHotThreadAndRunMutation = { createThreadAndRun: { run: { id: string } } };

export type RunsWrongTypeIdMutationVariables = Exact<{ [key: string]: never; }>;


export type RunsWrongTypeIdMutation = { createRun: { run: { id: string } } };

export type RunsMissingAssistantMutationVariables = Exact<{
  t: string | number;
}>;


export type RunsMissingAssistantMutation = { createRun: { run: { id: string } } };

export type RunsExpiredStepsQueryVariables = Exact<{
  id: string | number;
}>;


export type RunsExpiredStepsQuery = { node:
    | { steps: { nodes: Array<{ type: RunStepType, status: RunStepStatus, expiredAt: string | null }> } }
    | Record<PropertyKey, never>
   | null };

export type SmokeCreateAssistantMutationVariables = Exact<{ [key: string]: never; }>;


export type SmokeCreateAssistantMutation = { createAssistant: { assistant: { id: string, name: string | null } } };

export type SmokeReadAssistantQueryVariables = Exact<{
  id: string | number;
}>;


export type SmokeReadAssistantQuery = { node:
    | { name: string | null, model: string, createdAt: string, id: string, tools: Array<
        | { type: ToolType }
        | { type: ToolType }
        | { type: ToolType }
      > }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

type SubscriptionsEventFields_DoneEvent_Fragment = { __typename: 'DoneEvent', event: string };

type SubscriptionsEventFields_MessageDeltaEvent_Fragment = { __typename: 'MessageDeltaEvent', messageId: string, role: MessageRole | null, event: string, content: Array<
    | { __typename: 'ImageFileContentDelta', fileId: string | null, index: number, type: string }
    | { __typename: 'TextContentDelta', value: string | null, index: number, type: string, annotations: Array<{ index: number, type: string, text: string | null, fileId: string | null, quote: string | null, startIndex: number | null, endIndex: number | null }> }
    | { __typename: 'UnknownContentDelta', index: number, type: string }
  > };

type SubscriptionsEventFields_MessageEvent_Fragment = { __typename: 'MessageEvent', event: string, message: { id: string, text: string, status: MessageStatus | null } };

type SubscriptionsEventFields_RunStatusEvent_Fragment = { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } };

type SubscriptionsEventFields_RunStepDeltaEvent_Fragment = { __typename: 'RunStepDeltaEvent', stepId: string, stepType: string | null, event: string, toolCalls: Array<{ index: number, id: string | null, type: string, function: { name: string | null, arguments: string | null, output: string | null } | null, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null }> } | null }> };

type SubscriptionsEventFields_RunStepEvent_Fragment = { __typename: 'RunStepEvent', event: string, step: { openaiId: string, type: RunStepType, status: RunStepStatus, run: { status: RunStatus } | null } };

type SubscriptionsEventFields_StreamErrorEvent_Fragment = { __typename: 'StreamErrorEvent', event: string, error: { code: string | null, message: string, type: string | null } };

type SubscriptionsEventFields_ThreadCreatedEvent_Fragment = { __typename: 'ThreadCreatedEvent', event: string, thread: { id: string } };

type SubscriptionsEventFields_UnknownRunEvent_Fragment = { __typename: 'UnknownRunEvent', data: string, event: string };

export type SubscriptionsEventFieldsFragment =
  | SubscriptionsEventFields_DoneEvent_Fragment
  | SubscriptionsEventFields_MessageDeltaEvent_Fragment
  | SubscriptionsEventFields_MessageEvent_Fragment
  | SubscriptionsEventFields_RunStatusEvent_Fragment
  | SubscriptionsEventFields_RunStepDeltaEvent_Fragment
  | SubscriptionsEventFields_RunStepEvent_Fragment
  | SubscriptionsEventFields_StreamErrorEvent_Fragment
  | SubscriptionsEventFields_ThreadCreatedEvent_Fragment
  | SubscriptionsEventFields_UnknownRunEvent_Fragment
;

export type SubscriptionsThreadAndRunSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type SubscriptionsThreadAndRunSubscription = { threadAndRunEvents:
    | { __typename: 'DoneEvent', event: string }
    | { __typename: 'MessageDeltaEvent', messageId: string, role: MessageRole | null, event: string, content: Array<
        | { __typename: 'ImageFileContentDelta', fileId: string | null, index: number, type: string }
        | { __typename: 'TextContentDelta', value: string | null, index: number, type: string, annotations: Array<{ index: number, type: string, text: string | null, fileId: string | null, quote: string | null, startIndex: number | null, endIndex: number | null }> }
        | { __typename: 'UnknownContentDelta', index: number, type: string }
      > }
    | { __typename: 'MessageEvent', event: string, message: { id: string, text: string, status: MessageStatus | null } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', stepId: string, stepType: string | null, event: string, toolCalls: Array<{ index: number, id: string | null, type: string, function: { name: string | null, arguments: string | null, output: string | null } | null, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null }> } | null }> }
    | { __typename: 'RunStepEvent', event: string, step: { openaiId: string, type: RunStepType, status: RunStepStatus, run: { status: RunStatus } | null } }
    | { __typename: 'StreamErrorEvent', event: string, error: { code: string | null, message: string, type: string | null } }
    | { __typename: 'ThreadCreatedEvent', event: string, thread: { id: string } }
    | { __typename: 'UnknownRunEvent', data: string, event: string }
   };

export type SubscriptionsRunEventsSubscriptionVariables = Exact<{
  input: CreateRunInput;
}>;


export type SubscriptionsRunEventsSubscription = { runEvents:
    | { __typename: 'DoneEvent', event: string }
    | { __typename: 'MessageDeltaEvent', messageId: string, role: MessageRole | null, event: string, content: Array<
        | { __typename: 'ImageFileContentDelta', fileId: string | null, index: number, type: string }
        | { __typename: 'TextContentDelta', value: string | null, index: number, type: string, annotations: Array<{ index: number, type: string, text: string | null, fileId: string | null, quote: string | null, startIndex: number | null, endIndex: number | null }> }
        | { __typename: 'UnknownContentDelta', index: number, type: string }
      > }
    | { __typename: 'MessageEvent', event: string, message: { id: string, text: string, status: MessageStatus | null } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', stepId: string, stepType: string | null, event: string, toolCalls: Array<{ index: number, id: string | null, type: string, function: { name: string | null, arguments: string | null, output: string | null } | null, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null }> } | null }> }
    | { __typename: 'RunStepEvent', event: string, step: { openaiId: string, type: RunStepType, status: RunStepStatus, run: { status: RunStatus } | null } }
    | { __typename: 'StreamErrorEvent', event: string, error: { code: string | null, message: string, type: string | null } }
    | { __typename: 'ThreadCreatedEvent', event: string, thread: { id: string } }
    | { __typename: 'UnknownRunEvent', data: string, event: string }
   };

export type SubscriptionsToolOutputsSubscriptionVariables = Exact<{
  input: SubmitToolOutputsInput;
}>;


export type SubscriptionsToolOutputsSubscription = { toolOutputEvents:
    | { __typename: 'DoneEvent', event: string }
    | { __typename: 'MessageDeltaEvent', messageId: string, role: MessageRole | null, event: string, content: Array<
        | { __typename: 'ImageFileContentDelta', fileId: string | null, index: number, type: string }
        | { __typename: 'TextContentDelta', value: string | null, index: number, type: string, annotations: Array<{ index: number, type: string, text: string | null, fileId: string | null, quote: string | null, startIndex: number | null, endIndex: number | null }> }
        | { __typename: 'UnknownContentDelta', index: number, type: string }
      > }
    | { __typename: 'MessageEvent', event: string, message: { id: string, text: string, status: MessageStatus | null } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', stepId: string, stepType: string | null, event: string, toolCalls: Array<{ index: number, id: string | null, type: string, function: { name: string | null, arguments: string | null, output: string | null } | null, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null }> } | null }> }
    | { __typename: 'RunStepEvent', event: string, step: { openaiId: string, type: RunStepType, status: RunStepStatus, run: { status: RunStatus } | null } }
    | { __typename: 'StreamErrorEvent', event: string, error: { code: string | null, message: string, type: string | null } }
    | { __typename: 'ThreadCreatedEvent', event: string, thread: { id: string } }
    | { __typename: 'UnknownRunEvent', data: string, event: string }
   };

export type SubscriptionsFollowRunSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsFollowRunSubscription = { run: { id: string, status: RunStatus } };

export type SubscriptionsCreateThreadAndRunMutationVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type SubscriptionsCreateThreadAndRunMutation = { createThreadAndRun: { run: { id: string, openaiId: string, thread: { openaiId: string } | null } } };

export type SubscriptionsThreadMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsThreadMessagesQuery = { thread: { messages: { nodes: Array<{ role: MessageRole, text: string }> } } | null };

export type SubscriptionsFirstThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type SubscriptionsFirstThreadMutation = { createThread: { thread: { id: string } } };

export type SubscriptionsEmptyThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type SubscriptionsEmptyThreadMutation = { createThread: { thread: { openaiId: string } } };

export type ThreadsMessageFieldsFragment = { id: string, openaiId: string, role: MessageRole, text: string, status: MessageStatus | null, metadata: Record<string, string>, createdAt: string, fileIds: Array<string>, content: Array<
    | { __typename: 'ImageFileContent', fileId: string }
    | { __typename: 'TextContent', value: string, annotations: Array<
        | { __typename: 'FileCitationAnnotation' }
        | { __typename: 'FilePathAnnotation' }
      > }
  >, thread: { id: string, openaiId: string } | null, assistant: { id: string } | null, run: { id: string } | null };

export type ThreadsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type ThreadsCreateThreadMutation = { createThread: { thread: { id: string, openaiId: string, createdAt: string, metadata: Record<string, string> } } };

export type ThreadsCreateMessageMutationVariables = Exact<{
  input: CreateMessageInput;
}>;


export type ThreadsCreateMessageMutation = { createMessage: { message: { id: string, openaiId: string, role: MessageRole, text: string, status: MessageStatus | null, metadata: Record<string, string>, createdAt: string, fileIds: Array<string>, content: Array<
        | { __typename: 'ImageFileContent', fileId: string }
        | { __typename: 'TextContent', value: string, annotations: Array<
            | { __typename: 'FileCitationAnnotation' }
            | { __typename: 'FilePathAnnotation' }
          > }
      >, thread: { id: string, openaiId: string } | null, assistant: { id: string } | null, run: { id: string } | null } } };

export type ThreadsMessagesAscQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadsMessagesAscQuery = { thread: { messages: { nodes: Array<{ id: string, openaiId: string, role: MessageRole, text: string, status: MessageStatus | null, metadata: Record<string, string>, createdAt: string, fileIds: Array<string>, content: Array<
          | { __typename: 'ImageFileContent', fileId: string }
          | { __typename: 'TextContent', value: string, annotations: Array<
              | { __typename: 'FileCitationAnnotation' }
              | { __typename: 'FilePathAnnotation' }
            > }
        >, thread: { id: string, openaiId: string } | null, assistant: { id: string } | null, run: { id: string } | null }> } } | null };

export type ThreadsMessagesDescQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadsMessagesDescQuery = { thread: { messages: { nodes: Array<{ text: string }> } } | null };

export type ThreadsThreadByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadsThreadByIdQuery = { thread: { id: string, openaiId: string, metadata: Record<string, string> } | null };

export type ThreadsUpdateThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type ThreadsUpdateThreadMutation = { updateThread: { thread: { id: string, metadata: Record<string, string> } } };

export type ThreadsDeleteThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type ThreadsDeleteThreadMutation = { deleteThread: { deletedThreadId: string } };

export type ThreadsDeletedLookupQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadsDeletedLookupQuery = { thread: { id: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ThreadsUpdateDeletedMutationVariables = Exact<{
  id: string | number;
}>;


export type ThreadsUpdateDeletedMutation = { updateThread: { thread: { id: string } } };

export type ThreadsBigMetadataMutationVariables = Exact<{
  m?: Record<string, string> | null | undefined;
}>;


export type ThreadsBigMetadataMutation = { createThread: { thread: { id: string } } };

export type ThreadsUpdateMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type ThreadsUpdateMessageMutation = { updateMessage: { message: { id: string, metadata: Record<string, string>, text: string } } };

export type ThreadsMessageLookupsQueryVariables = Exact<{
  t: string | number;
  m: string | number;
  raw: string | number;
  missing: string | number;
}>;


export type ThreadsMessageLookupsQuery = { thread: { byGlobal: { id: string, text: string } | null, byRaw: { id: string, text: string } | null, missing: { id: string } | null } | null };

export type ThreadsMessageOfOtherQueryVariables = Exact<{
  t: string | number;
  m: string | number;
}>;


export type ThreadsMessageOfOtherQuery = { thread: { message: { id: string } | null } | null };

export type ThreadsEmptyMessageMutationVariables = Exact<{
  t: string | number;
}>;


export type ThreadsEmptyMessageMutation = { createMessage: { message: { id: string } } };

export type ThreadsTooManyFilesMutationVariables = Exact<{
  t: string | number;
  f?: Array<string> | string | null | undefined;
}>;


export type ThreadsTooManyFilesMutation = { createMessage: { message: { id: string } } };

export type ThreadsMessageOnMissingMutationVariables = Exact<{ [key: string]: never; }>;


export type ThreadsMessageOnMissingMutation = { createMessage: { message: { id: string } } };

export type ThreadsCreateRunMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type ThreadsCreateRunMutation = { createRun: { run: { id: string, openaiId: string } } };

export type ThreadsMessagesOfRunQueryVariables = Exact<{
  t: string | number;
  r: string | number;
  raw: string | number;
}>;


export type ThreadsMessagesOfRunQuery = { thread: { all: { nodes: Array<{ openaiId: string, role: MessageRole }> }, byGlobal: { nodes: Array<{ id: string, openaiId: string, role: MessageRole, text: string, status: MessageStatus | null, metadata: Record<string, string>, createdAt: string, fileIds: Array<string>, content: Array<
          | { __typename: 'ImageFileContent', fileId: string }
          | { __typename: 'TextContent', value: string, annotations: Array<
              | { __typename: 'FileCitationAnnotation' }
              | { __typename: 'FilePathAnnotation' }
            > }
        >, thread: { id: string, openaiId: string } | null, assistant: { id: string } | null, run: { id: string } | null }> }, byRaw: { nodes: Array<{ openaiId: string }> } } | null };

export type TransportsThreadAndRunSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type TransportsThreadAndRunSubscription = { threadAndRunEvents:
    | { __typename: 'DoneEvent', event: string }
    | { __typename: 'MessageDeltaEvent', event: string, content: Array<
        | { value: string | null }
        | Record<PropertyKey, never>
      > }
    | { __typename: 'MessageEvent', event: string, message: { text: string } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus } }
    | { __typename: 'RunStepDeltaEvent', event: string }
    | { __typename: 'RunStepEvent', event: string }
    | { __typename: 'StreamErrorEvent', event: string }
    | { __typename: 'ThreadCreatedEvent', event: string }
    | { __typename: 'UnknownRunEvent', event: string }
   };

export type TransportsFollowRunSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TransportsFollowRunSubscription = { run: { id: string, status: RunStatus } };

export type TransportsCreateThreadAndRunMutationVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type TransportsCreateThreadAndRunMutation = { createThreadAndRun: { run: { id: string } } };

export type TransportsAssistantsQueryVariables = Exact<{ [key: string]: never; }>;


export type TransportsAssistantsQuery = { assistants: { nodes: Array<{ id: string }> } };

export type TransportsMissingAssistantQueryVariables = Exact<{ [key: string]: never; }>;


export type TransportsMissingAssistantQuery = { assistant: { id: string } | null };

export type UploadsUploadMutationVariables = Exact<{
  input: UploadFileInput;
}>;


export type UploadsUploadMutation = { uploadFile: { file: { id: string, openaiId: string, filename: string, bytes: number, purpose: FilePurpose, status: FileStatus | null, statusDetails: string | null, createdAt: string, downloadUrl: string | null } } };

export type UploadsFileNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type UploadsFileNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { openaiId: string, filename: string, bytes: number, purpose: FilePurpose, status: FileStatus | null, downloadUrl: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type UploadsFilesQueryVariables = Exact<{
  purpose?: FilePurpose | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  order?: SortOrder | null | undefined;
}>;


export type UploadsFilesQuery = { files: { edges: Array<{ cursor: string, node: { openaiId: string, filename: string, purpose: FilePurpose } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null, startCursor: string | null } } };

export type UploadsDeleteFileMutationVariables = Exact<{
  input: DeleteFileInput;
}>;


export type UploadsDeleteFileMutation = { deleteFile: { deletedFileId: string } };

export type UploadsAssistantMutationVariables = Exact<{
  f?: Array<string> | string | null | undefined;
}>;


export type UploadsAssistantMutation = { createAssistant: { assistant: { id: string, files: { nodes: Array<{ file: { id: string, filename: string } | null }> } } } };

export type UploadsThreadMutationVariables = Exact<{
  f?: Array<string> | string | null | undefined;
}>;


export type UploadsThreadMutation = { createThread: { thread: { messages: { nodes: Array<{ files: { nodes: Array<{ file: { id: string, filename: string, bytes: number } | null }> } }> } } } };

export type UploadsAfterDeleteQueryVariables = Exact<{
  a: string | number;
}>;


export type UploadsAfterDeleteQuery = { assistant: { fileIds: Array<string> } | null };

export type UploadsEmptyThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type UploadsEmptyThreadMutation = { createThread: { thread: { openaiId: string } } };

export type UploadsAnnotatedQueryVariables = Exact<{
  t: string | number;
}>;


export type UploadsAnnotatedQuery = { thread: { messages: { nodes: Array<{ content: Array<
          | { __typename: 'ImageFileContent', fileId: string, file: { filename: string, purpose: FilePurpose, bytes: number, downloadUrl: string | null } | null }
          | { __typename: 'TextContent', annotations: Array<
              | { __typename: 'FileCitationAnnotation', file: { id: string, filename: string, downloadUrl: string | null } | null }
              | { __typename: 'FilePathAnnotation', file: { filename: string, purpose: FilePurpose, downloadUrl: string | null } | null }
            > }
        > }> } } | null };

export type FaultsAssistantQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsAssistantQuery = { assistant: { id: string } | null };

export type FaultsCreateThreadMutationVariables = Exact<{ [key: string]: never; }>;


export type FaultsCreateThreadMutation = { createThread: { thread: { id: string } } };

export type FaultsRunsQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultsRunsQuery = { thread: { runs: { nodes: Array<{ openaiId: string, status: RunStatus, temperature: number | null, incompleteDetails: { reason: string } | null, toolChoice: { type: ToolChoiceType } | null }> } } | null };

export type FaultsUnknownValuesQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultsUnknownValuesQuery = { thread: { messages: { nodes: Array<{ status: MessageStatus | null }> }, run: { steps: { nodes: Array<{ status: RunStepStatus, type: RunStepType }> } } | null } | null };

export type FaultsEmptyListQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsEmptyListQuery = { assistants: { nodes: Array<{ id: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean } } };

export type FaultsAssistantNameQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsAssistantNameQuery = { assistant: { id: string, name: string | null } | null };

export type KitRunStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type KitRunStatusQuery = { node:
    | { status: RunStatus }
    | Record<PropertyKey, never>
   | null };

export type KitCreateAssistantMutationVariables = Exact<{
  input: CreateAssistantInput;
}>;


export type KitCreateAssistantMutation = { createAssistant: { assistant: { id: string, openaiId: string, name: string | null, model: string } } };

export type OperabilityAssistantQueryVariables = Exact<{
  id: string | number;
}>;


export type OperabilityAssistantQuery = { assistant: { id: string, name: string | null } | null };

export type OperabilityNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OperabilityNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type OperabilityCreateMutationVariables = Exact<{
  input: CreateAssistantInput;
}>;


export type OperabilityCreateMutation = { createAssistant: { assistant: { openaiId: string } } };

export type OperabilityDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type OperabilityDeleteMutation = { deleteAssistant: { deletedAssistantId: string } };

export type OperabilityEventsSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type OperabilityEventsSubscription = { threadAndRunEvents:
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
    | { event: string }
   };

export type OperabilityTwoAssistantsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type OperabilityTwoAssistantsQuery = { a: { name: string | null } | null, b: { name: string | null } | null };

export type SecurityMissingAssistantQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityMissingAssistantQuery = { assistant: { id: string } | null };

export type SecurityOrdinaryQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityOrdinaryQuery = { assistants: { nodes: Array<{ id: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AssistantsAssistantFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssistantsAssistantFields on Assistant {
  id
  openaiId
  createdAt
  name
  description
  model
  instructions
  fileIds
  metadata
  tools {
    __typename
    type
    ... on FunctionTool {
      function {
        name
        description
        parameters
      }
    }
  }
}
    `, {"fragmentName":"AssistantsAssistantFields"}) as unknown as TypedDocumentString<AssistantsAssistantFieldsFragment, unknown>;
export const BatchingRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment BatchingRunFields on Run {
  id
  openaiId
  status
  createdAt
  metadata
  assistant {
    id
  }
  thread {
    id
  }
}
    `, {"fragmentName":"BatchingRunFields"}) as unknown as TypedDocumentString<BatchingRunFieldsFragment, unknown>;
export const CodeInterpreterLinkedFileFragmentDoc = new TypedDocumentString(`
    fragment CodeInterpreterLinkedFile on File {
  id
  openaiId
  filename
  purpose
  downloadUrl
}
    `, {"fragmentName":"CodeInterpreterLinkedFile"}) as unknown as TypedDocumentString<CodeInterpreterLinkedFileFragment, unknown>;
export const CodeInterpreterStreamedEventFragmentDoc = new TypedDocumentString(`
    fragment CodeInterpreterStreamedEvent on RunEvent {
  __typename
  event
  ... on RunStepEvent {
    step {
      stepDetails {
        ... on ToolCallsStepDetails {
          toolCalls {
            ... on CodeInterpreterToolCall {
              input
              outputs {
                ... on CodeInterpreterImage {
                  file {
                    openaiId
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  ... on RunStepDeltaEvent {
    toolCalls {
      type
      codeInterpreter {
        input
        outputs {
          index
          type
          logs
          imageFileId
          imageFile {
            ...CodeInterpreterLinkedFile
          }
        }
      }
    }
  }
  ... on MessageDeltaEvent {
    content {
      __typename
      ... on TextContentDelta {
        value
        annotations {
          type
          fileId
          file {
            ...CodeInterpreterLinkedFile
          }
        }
      }
      ... on ImageFileContentDelta {
        fileId
        downloadUrl
        file {
          openaiId
        }
      }
    }
  }
}
    fragment CodeInterpreterLinkedFile on File {
  id
  openaiId
  filename
  purpose
  downloadUrl
}`, {"fragmentName":"CodeInterpreterStreamedEvent"}) as unknown as TypedDocumentString<CodeInterpreterStreamedEventFragment, unknown>;
export const IdsNodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdsNodeFields on Node {
  __typename
  id
  ... on Assistant {
    openaiId
    name
  }
  ... on Thread {
    openaiId
  }
  ... on Message {
    openaiId
    text
  }
  ... on Run {
    openaiId
    status
  }
  ... on RunStep {
    openaiId
    type
  }
  ... on AssistantFile {
    openaiId
    assistant {
      id
    }
  }
  ... on MessageFile {
    openaiId
    message {
      id
    }
  }
}
    `, {"fragmentName":"IdsNodeFields"}) as unknown as TypedDocumentString<IdsNodeFieldsFragment, unknown>;
export const RunsRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunsRunFields on Run {
  id
  openaiId
  status
  isActive
  model
  instructions
  metadata
  temperature
  maxPromptTokens
  maxCompletionTokens
  createdAt
  startedAt
  completedAt
  cancelledAt
  failedAt
  expiresAt
  incompleteDetails {
    reason
  }
  fileIds
  truncationStrategy {
    type
    lastMessages
  }
  toolChoice {
    type
    functionName
  }
  responseFormat
  tools {
    type
    ... on FunctionTool {
      function {
        name
      }
    }
  }
  requiredAction {
    type
    toolCalls {
      id
      functionName
      arguments
      parsedArguments
    }
  }
  lastError {
    code
    message
  }
  usage {
    promptTokens
    completionTokens
    totalTokens
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
    openaiId
  }
}
    `, {"fragmentName":"RunsRunFields"}) as unknown as TypedDocumentString<RunsRunFieldsFragment, unknown>;
export const SubscriptionsEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubscriptionsEventFields on RunEvent {
  __typename
  event
  ... on ThreadCreatedEvent {
    thread {
      id
    }
  }
  ... on RunStatusEvent {
    run {
      id
      status
      requiredAction {
        toolCalls {
          id
          functionName
          arguments
        }
      }
    }
  }
  ... on RunStepEvent {
    step {
      openaiId
      type
      status
      run {
        status
      }
    }
  }
  ... on RunStepDeltaEvent {
    stepId
    stepType
    toolCalls {
      index
      id
      type
      function {
        name
        arguments
        output
      }
      codeInterpreter {
        input
        outputs {
          index
          type
          logs
          imageFileId
        }
      }
    }
  }
  ... on MessageEvent {
    message {
      id
      text
      status
    }
  }
  ... on MessageDeltaEvent {
    messageId
    role
    content {
      __typename
      index
      type
      ... on TextContentDelta {
        value
        annotations {
          index
          type
          text
          fileId
          quote
          startIndex
          endIndex
        }
      }
      ... on ImageFileContentDelta {
        fileId
      }
    }
  }
  ... on StreamErrorEvent {
    error {
      code
      message
      type
    }
  }
  ... on UnknownRunEvent {
    data
  }
}
    `, {"fragmentName":"SubscriptionsEventFields"}) as unknown as TypedDocumentString<SubscriptionsEventFieldsFragment, unknown>;
export const ThreadsMessageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThreadsMessageFields on Message {
  id
  openaiId
  role
  text
  status
  metadata
  createdAt
  fileIds
  content {
    __typename
    ... on TextContent {
      value
      annotations {
        __typename
      }
    }
    ... on ImageFileContent {
      fileId
    }
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
  }
  run {
    id
  }
}
    `, {"fragmentName":"ThreadsMessageFields"}) as unknown as TypedDocumentString<ThreadsMessageFieldsFragment, unknown>;
export const OwnFilesUploadDocument = new TypedDocumentString(`
    mutation OwnFilesUpload($input: UploadFileInput!) {
  uploadFile(input: $input) {
    file {
      id
      openaiId
      filename
      downloadUrl
    }
  }
}
    `) as unknown as TypedDocumentString<OwnFilesUploadMutation, OwnFilesUploadMutationVariables>;
export const OwnFilesLookupsDocument = new TypedDocumentString(`
    query OwnFilesLookups($id: ID!) {
  node(id: $id) {
    id
    ... on File {
      filename
    }
  }
  nodes(ids: [$id]) {
    id
  }
  files(first: 100) {
    nodes {
      id
      filename
    }
  }
}
    `) as unknown as TypedDocumentString<OwnFilesLookupsQuery, OwnFilesLookupsQueryVariables>;
export const OwnFilesDeleteDocument = new TypedDocumentString(`
    mutation OwnFilesDelete($input: DeleteFileInput!) {
  deleteFile(input: $input) {
    deletedFileId
  }
}
    `) as unknown as TypedDocumentString<OwnFilesDeleteMutation, OwnFilesDeleteMutationVariables>;
export const OwnFilesThreadDocument = new TypedDocumentString(`
    mutation OwnFilesThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<OwnFilesThreadMutation, OwnFilesThreadMutationVariables>;
export const OwnFilesCitationsDocument = new TypedDocumentString(`
    query OwnFilesCitations($id: ID!) {
  thread(id: $id) {
    messages {
      nodes {
        content {
          ... on TextContent {
            annotations {
              ... on FileCitationAnnotation {
                fileId
                file {
                  id
                  filename
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnFilesCitationsQuery, OwnFilesCitationsQueryVariables>;
export const OwnFilesMessageDocument = new TypedDocumentString(`
    mutation OwnFilesMessage($input: CreateMessageInput!) {
  createMessage(input: $input) {
    message {
      id
      files {
        nodes {
          file {
            filename
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnFilesMessageMutation, OwnFilesMessageMutationVariables>;
export const OwnFilesAssistantDocument = new TypedDocumentString(`
    mutation OwnFilesAssistant($input: CreateAssistantInput!) {
  createAssistant(input: $input) {
    assistant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnFilesAssistantMutation, OwnFilesAssistantMutationVariables>;
export const OwnFilesAttachDocument = new TypedDocumentString(`
    mutation OwnFilesAttach($input: CreateAssistantFileInput!) {
  createAssistantFile(input: $input) {
    assistantFile {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnFilesAttachMutation, OwnFilesAttachMutationVariables>;
export const OwnFilesAssistantFilesDocument = new TypedDocumentString(`
    query OwnFilesAssistantFiles($id: ID!) {
  assistant(id: $id) {
    files {
      nodes {
        file {
          id
          filename
          downloadUrl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnFilesAssistantFilesQuery, OwnFilesAssistantFilesQueryVariables>;
export const AuthViewerDocument = new TypedDocumentString(`
    query AuthViewer {
  viewer {
    kind
    issuer
    subject
    isAdmin
  }
}
    `) as unknown as TypedDocumentString<AuthViewerQuery, AuthViewerQueryVariables>;
export const AuthFollowRunDocument = new TypedDocumentString(`
    subscription AuthFollowRun($id: ID!) {
  run(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthFollowRunSubscription, AuthFollowRunSubscriptionVariables>;
export const OwnCreateAssistantDocument = new TypedDocumentString(`
    mutation OwnCreateAssistant($input: CreateAssistantInput!) {
  createAssistant(input: $input) {
    assistant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCreateAssistantMutation, OwnCreateAssistantMutationVariables>;
export const OwnUpdateAssistantDocument = new TypedDocumentString(`
    mutation OwnUpdateAssistant($input: UpdateAssistantInput!) {
  updateAssistant(input: $input) {
    assistant {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OwnUpdateAssistantMutation, OwnUpdateAssistantMutationVariables>;
export const OwnDeleteAssistantDocument = new TypedDocumentString(`
    mutation OwnDeleteAssistant($input: DeleteAssistantInput!) {
  deleteAssistant(input: $input) {
    deletedAssistantId
  }
}
    `) as unknown as TypedDocumentString<OwnDeleteAssistantMutation, OwnDeleteAssistantMutationVariables>;
export const OwnCreateAssistantFileDocument = new TypedDocumentString(`
    mutation OwnCreateAssistantFile($input: CreateAssistantFileInput!) {
  createAssistantFile(input: $input) {
    assistantFile {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCreateAssistantFileMutation, OwnCreateAssistantFileMutationVariables>;
export const OwnDeleteAssistantFileDocument = new TypedDocumentString(`
    mutation OwnDeleteAssistantFile($input: DeleteAssistantFileInput!) {
  deleteAssistantFile(input: $input) {
    deletedAssistantFileId
  }
}
    `) as unknown as TypedDocumentString<OwnDeleteAssistantFileMutation, OwnDeleteAssistantFileMutationVariables>;
export const OwnAssistantDocument = new TypedDocumentString(`
    query OwnAssistant($id: ID!) {
  assistant(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OwnAssistantQuery, OwnAssistantQueryVariables>;
export const OwnCreateThreadDocument = new TypedDocumentString(`
    mutation OwnCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
      openaiId
      metadata
      messages {
        nodes {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCreateThreadMutation, OwnCreateThreadMutationVariables>;
export const OwnUpdateThreadDocument = new TypedDocumentString(`
    mutation OwnUpdateThread($input: UpdateThreadInput!) {
  updateThread(input: $input) {
    thread {
      id
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<OwnUpdateThreadMutation, OwnUpdateThreadMutationVariables>;
export const OwnDeleteThreadDocument = new TypedDocumentString(`
    mutation OwnDeleteThread($input: DeleteThreadInput!) {
  deleteThread(input: $input) {
    deletedThreadId
  }
}
    `) as unknown as TypedDocumentString<OwnDeleteThreadMutation, OwnDeleteThreadMutationVariables>;
export const OwnCreateMessageDocument = new TypedDocumentString(`
    mutation OwnCreateMessage($input: CreateMessageInput!) {
  createMessage(input: $input) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCreateMessageMutation, OwnCreateMessageMutationVariables>;
export const OwnUpdateMessageDocument = new TypedDocumentString(`
    mutation OwnUpdateMessage($input: UpdateMessageInput!) {
  updateMessage(input: $input) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnUpdateMessageMutation, OwnUpdateMessageMutationVariables>;
export const OwnCreateRunDocument = new TypedDocumentString(`
    mutation OwnCreateRun($input: CreateRunInput!) {
  createRun(input: $input) {
    run {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCreateRunMutation, OwnCreateRunMutationVariables>;
export const OwnUpdateRunDocument = new TypedDocumentString(`
    mutation OwnUpdateRun($input: UpdateRunInput!) {
  updateRun(input: $input) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnUpdateRunMutation, OwnUpdateRunMutationVariables>;
export const OwnCancelRunDocument = new TypedDocumentString(`
    mutation OwnCancelRun($input: CancelRunInput!) {
  cancelRun(input: $input) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCancelRunMutation, OwnCancelRunMutationVariables>;
export const OwnSubmitOutputsDocument = new TypedDocumentString(`
    mutation OwnSubmitOutputs($input: SubmitToolOutputsInput!) {
  submitToolOutputs(input: $input) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnSubmitOutputsMutation, OwnSubmitOutputsMutationVariables>;
export const OwnLookupsDocument = new TypedDocumentString(`
    query OwnLookups($thread: ID!, $raw: ID!, $message: ID!, $run: ID!) {
  node(id: $thread) {
    id
  }
  nodes(ids: [$thread, $message, $run]) {
    id
  }
  thread(id: $raw) {
    id
    activeRun {
      id
    }
    runs {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnLookupsQuery, OwnLookupsQueryVariables>;
export const OwnFollowRunDocument = new TypedDocumentString(`
    subscription OwnFollowRun($id: ID!) {
  run(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OwnFollowRunSubscription, OwnFollowRunSubscriptionVariables>;
export const OwnRunEventsDocument = new TypedDocumentString(`
    subscription OwnRunEvents($input: CreateRunInput!) {
  runEvents(input: $input) {
    event
  }
}
    `) as unknown as TypedDocumentString<OwnRunEventsSubscription, OwnRunEventsSubscriptionVariables>;
export const OwnThreadAndRunEventsDocument = new TypedDocumentString(`
    subscription OwnThreadAndRunEvents($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    event
    ... on ThreadCreatedEvent {
      thread {
        metadata
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnThreadAndRunEventsSubscription, OwnThreadAndRunEventsSubscriptionVariables>;
export const OwnViewerThreadsDocument = new TypedDocumentString(`
    query OwnViewerThreads {
  viewer {
    subject
    threads(first: 50) {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnViewerThreadsQuery, OwnViewerThreadsQueryVariables>;
export const OwnNodeDocument = new TypedDocumentString(`
    query OwnNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OwnNodeQuery, OwnNodeQueryVariables>;
export const BudgetAssistantsDocument = new TypedDocumentString(`
    query BudgetAssistants {
  assistants(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetAssistantsQuery, BudgetAssistantsQueryVariables>;
export const BudgetThreadThenRunDocument = new TypedDocumentString(`
    mutation BudgetThreadThenRun($run: CreateThreadAndRunInput!) {
  createThread(input: {}) {
    thread {
      id
    }
  }
  createThreadAndRun(input: $run) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetThreadThenRunMutation, BudgetThreadThenRunMutationVariables>;
export const BudgetThreadAndRunEventsDocument = new TypedDocumentString(`
    subscription BudgetThreadAndRunEvents($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    event
  }
}
    `) as unknown as TypedDocumentString<BudgetThreadAndRunEventsSubscription, BudgetThreadAndRunEventsSubscriptionVariables>;
export const ClientsAssistantToolsDocument = new TypedDocumentString(`
    query ClientsAssistantTools($id: ID!) {
  assistant(id: $id) {
    id
    tools {
      ... on FunctionTool {
        function {
          name
        }
      }
      ... on Tool {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientsAssistantToolsQuery, ClientsAssistantToolsQueryVariables>;
export const ClientsAssistantsPageDocument = new TypedDocumentString(`
    query ClientsAssistantsPage($first: Int!, $after: String) {
  assistants(first: $first, after: $after, order: ASC) {
    edges {
      cursor
      node {
        id
        name
      }
    }
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ClientsAssistantsPageQuery, ClientsAssistantsPageQueryVariables>;
export const GatewaysRunDocument = new TypedDocumentString(`
    mutation GatewaysRun($input: CreateThreadAndRunInput!) {
  createThreadAndRun(input: $input) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GatewaysRunMutation, GatewaysRunMutationVariables>;
export const AssistantsCreateDocument = new TypedDocumentString(`
    mutation AssistantsCreate($input: CreateAssistantInput!) {
  createAssistant(input: $input) {
    assistant {
      ...AssistantsAssistantFields
    }
  }
}
    fragment AssistantsAssistantFields on Assistant {
  id
  openaiId
  createdAt
  name
  description
  model
  instructions
  fileIds
  metadata
  tools {
    __typename
    type
    ... on FunctionTool {
      function {
        name
        description
        parameters
      }
    }
  }
}`) as unknown as TypedDocumentString<AssistantsCreateMutation, AssistantsCreateMutationVariables>;
export const AssistantsUpdateDocument = new TypedDocumentString(`
    mutation AssistantsUpdate($input: UpdateAssistantInput!) {
  updateAssistant(input: $input) {
    assistant {
      ...AssistantsAssistantFields
    }
  }
}
    fragment AssistantsAssistantFields on Assistant {
  id
  openaiId
  createdAt
  name
  description
  model
  instructions
  fileIds
  metadata
  tools {
    __typename
    type
    ... on FunctionTool {
      function {
        name
        description
        parameters
      }
    }
  }
}`) as unknown as TypedDocumentString<AssistantsUpdateMutation, AssistantsUpdateMutationVariables>;
export const AssistantsDeleteDocument = new TypedDocumentString(`
    mutation AssistantsDelete($id: ID!) {
  deleteAssistant(input: {id: $id}) {
    deletedAssistantId
  }
}
    `) as unknown as TypedDocumentString<AssistantsDeleteMutation, AssistantsDeleteMutationVariables>;
export const AssistantsAssistantAndNodeDocument = new TypedDocumentString(`
    query AssistantsAssistantAndNode($id: ID!) {
  assistant(id: $id) {
    id
    openaiId
    name
  }
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssistantsAssistantAndNodeQuery, AssistantsAssistantAndNodeQueryVariables>;
export const AssistantsLookupDocument = new TypedDocumentString(`
    query AssistantsLookup($id: ID!) {
  assistant(id: $id) {
    id
    openaiId
    name
  }
}
    `) as unknown as TypedDocumentString<AssistantsLookupQuery, AssistantsLookupQueryVariables>;
export const AssistantsAfterDeleteDocument = new TypedDocumentString(`
    query AssistantsAfterDelete($id: ID!, $raw: ID!) {
  assistant(id: $id) {
    id
  }
  raw: assistant(id: $raw) {
    id
  }
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssistantsAfterDeleteQuery, AssistantsAfterDeleteQueryVariables>;
export const BatchingRunDocument = new TypedDocumentString(`
    query BatchingRun($id: ID!) {
  node(id: $id) {
    ... on Run {
      ...BatchingRunFields
    }
  }
}
    fragment BatchingRunFields on Run {
  id
  openaiId
  status
  createdAt
  metadata
  assistant {
    id
  }
  thread {
    id
  }
}`) as unknown as TypedDocumentString<BatchingRunQuery, BatchingRunQueryVariables>;
export const BatchingRunsDocument = new TypedDocumentString(`
    query BatchingRuns($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Run {
      ...BatchingRunFields
    }
  }
}
    fragment BatchingRunFields on Run {
  id
  openaiId
  status
  createdAt
  metadata
  assistant {
    id
  }
  thread {
    id
  }
}`) as unknown as TypedDocumentString<BatchingRunsQuery, BatchingRunsQueryVariables>;
export const BatchingAnyNodeDocument = new TypedDocumentString(`
    query BatchingAnyNode($id: ID!) {
  node(id: $id) {
    id
    ... on Run {
      openaiId
      status
    }
    ... on Message {
      openaiId
      text
    }
    ... on Assistant {
      openaiId
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingAnyNodeQuery, BatchingAnyNodeQueryVariables>;
export const BatchingAnyNodesDocument = new TypedDocumentString(`
    query BatchingAnyNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Run {
      openaiId
      status
    }
    ... on Message {
      openaiId
      text
    }
    ... on Assistant {
      openaiId
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingAnyNodesQuery, BatchingAnyNodesQueryVariables>;
export const BatchingThreadPageDocument = new TypedDocumentString(`
    query BatchingThreadPage($id: ID!) {
  thread(id: $id) {
    id
    messages(first: 20) {
      nodes {
        id
        run {
          openaiId
          status
        }
        assistant {
          openaiId
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingThreadPageQuery, BatchingThreadPageQueryVariables>;
export const BatchingThreadPageWithDateDocument = new TypedDocumentString(`
    query BatchingThreadPageWithDate($id: ID!) {
  thread(id: $id) {
    id
    createdAt
    messages(first: 20) {
      nodes {
        id
        run {
          openaiId
          status
        }
        assistant {
          openaiId
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingThreadPageWithDateQuery, BatchingThreadPageWithDateQueryVariables>;
export const BatchingCreateThreadDocument = new TypedDocumentString(`
    mutation BatchingCreateThread {
  createThread(input: {}) {
    thread {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingCreateThreadMutation, BatchingCreateThreadMutationVariables>;
export const BatchingCreateRunDocument = new TypedDocumentString(`
    mutation BatchingCreateRun($input: CreateRunInput!) {
  createRun(input: $input) {
    run {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingCreateRunMutation, BatchingCreateRunMutationVariables>;
export const BatchingRunIdsDocument = new TypedDocumentString(`
    query BatchingRunIds($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingRunIdsQuery, BatchingRunIdsQueryVariables>;
export const BatchingMessageRunsDocument = new TypedDocumentString(`
    query BatchingMessageRuns($id: ID!) {
  thread(id: $id) {
    messages(first: 20) {
      nodes {
        run {
          openaiId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingMessageRunsQuery, BatchingMessageRunsQueryVariables>;
export const BatchingTwoRunsDocument = new TypedDocumentString(`
    query BatchingTwoRuns($id: ID!) {
  thread(id: $id) {
    a: run(id: "run_1") {
      id
    }
    b: run(id: "run_2") {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingTwoRunsQuery, BatchingTwoRunsQueryVariables>;
export const BatchingNodeIdDocument = new TypedDocumentString(`
    query BatchingNodeId($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BatchingNodeIdQuery, BatchingNodeIdQueryVariables>;
export const BatchingRunsFromGetsDocument = new TypedDocumentString(`
    query BatchingRunsFromGets($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Run {
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingRunsFromGetsQuery, BatchingRunsFromGetsQueryVariables>;
export const BatchingThreadMessagesDocument = new TypedDocumentString(`
    query BatchingThreadMessages($id: ID!) {
  thread(id: $id) {
    id
    messages(first: 5) {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingThreadMessagesQuery, BatchingThreadMessagesQueryVariables>;
export const BatchingRunStatusesDocument = new TypedDocumentString(`
    query BatchingRunStatuses($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Run {
      openaiId
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingRunStatusesQuery, BatchingRunStatusesQueryVariables>;
export const CodeInterpreterCreateRunDocument = new TypedDocumentString(`
    mutation CodeInterpreterCreateRun($input: CreateThreadAndRunInput!) {
  createThreadAndRun(input: $input) {
    run {
      id
      openaiId
      thread {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodeInterpreterCreateRunMutation, CodeInterpreterCreateRunMutationVariables>;
export const CodeInterpreterRunDocument = new TypedDocumentString(`
    query CodeInterpreterRun($id: ID!) {
  node(id: $id) {
    ... on Run {
      steps(order: ASC) {
        nodes {
          id
          stepDetails {
            __typename
            ... on ToolCallsStepDetails {
              toolCalls {
                __typename
                id
                ... on CodeInterpreterToolCall {
                  input
                  outputs {
                    __typename
                    ... on CodeInterpreterLogs {
                      logs
                    }
                    ... on CodeInterpreterImage {
                      fileId
                      file {
                        ...CodeInterpreterLinkedFile
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      thread {
        messages(order: DESC, first: 1) {
          nodes {
            fileIds
            content {
              __typename
              ... on TextContent {
                value
                annotations {
                  __typename
                  ... on FilePathAnnotation {
                    text
                    fileId
                    file {
                      ...CodeInterpreterLinkedFile
                    }
                  }
                }
              }
              ... on ImageFileContent {
                fileId
                downloadUrl
                file {
                  ...CodeInterpreterLinkedFile
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment CodeInterpreterLinkedFile on File {
  id
  openaiId
  filename
  purpose
  downloadUrl
}`) as unknown as TypedDocumentString<CodeInterpreterRunQuery, CodeInterpreterRunQueryVariables>;
export const CodeInterpreterStreamedRunDocument = new TypedDocumentString(`
    subscription CodeInterpreterStreamedRun($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    ...CodeInterpreterStreamedEvent
  }
}
    fragment CodeInterpreterLinkedFile on File {
  id
  openaiId
  filename
  purpose
  downloadUrl
}
fragment CodeInterpreterStreamedEvent on RunEvent {
  __typename
  event
  ... on RunStepEvent {
    step {
      stepDetails {
        ... on ToolCallsStepDetails {
          toolCalls {
            ... on CodeInterpreterToolCall {
              input
              outputs {
                ... on CodeInterpreterImage {
                  file {
                    openaiId
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  ... on RunStepDeltaEvent {
    toolCalls {
      type
      codeInterpreter {
        input
        outputs {
          index
          type
          logs
          imageFileId
          imageFile {
            ...CodeInterpreterLinkedFile
          }
        }
      }
    }
  }
  ... on MessageDeltaEvent {
    content {
      __typename
      ... on TextContentDelta {
        value
        annotations {
          type
          fileId
          file {
            ...CodeInterpreterLinkedFile
          }
        }
      }
      ... on ImageFileContentDelta {
        fileId
        downloadUrl
        file {
          openaiId
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<CodeInterpreterStreamedRunSubscription, CodeInterpreterStreamedRunSubscriptionVariables>;
export const FilesCreateAssistantDocument = new TypedDocumentString(`
    mutation FilesCreateAssistant($f: [String!]) {
  createAssistant(input: {model: "gpt-4", fileIds: $f}) {
    assistant {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<FilesCreateAssistantMutation, FilesCreateAssistantMutationVariables>;
export const FilesAttachDocument = new TypedDocumentString(`
    mutation FilesAttach($a: ID!, $f: String!) {
  createAssistantFile(input: {assistantId: $a, fileId: $f}) {
    assistantFile {
      id
      openaiId
      createdAt
      assistant {
        id
        fileIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesAttachMutation, FilesAttachMutationVariables>;
export const FilesEmptyThreadDocument = new TypedDocumentString(`
    mutation FilesEmptyThread {
  createThread(input: {}) {
    thread {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<FilesEmptyThreadMutation, FilesEmptyThreadMutationVariables>;
export const FilesAssistantFileNodeDocument = new TypedDocumentString(`
    query FilesAssistantFileNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on AssistantFile {
      openaiId
      assistant {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesAssistantFileNodeQuery, FilesAssistantFileNodeQueryVariables>;
export const FilesAssistantFilesDocument = new TypedDocumentString(`
    query FilesAssistantFiles($a: ID!) {
  assistant(id: $a) {
    fileIds
    asc: files(order: ASC) {
      nodes {
        openaiId
      }
    }
    desc: files {
      nodes {
        openaiId
      }
      pageInfo {
        hasNextPage
      }
    }
    page: files(first: 2, order: ASC) {
      edges {
        node {
          openaiId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesAssistantFilesQuery, FilesAssistantFilesQueryVariables>;
export const FilesNextPageDocument = new TypedDocumentString(`
    query FilesNextPage($a: ID!, $c: String) {
  assistant(id: $a) {
    files(first: 2, order: ASC, after: $c) {
      nodes {
        openaiId
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesNextPageQuery, FilesNextPageQueryVariables>;
export const FilesFileIdsDocument = new TypedDocumentString(`
    query FilesFileIds($a: ID!) {
  assistant(id: $a) {
    files(order: ASC) {
      nodes {
        id
        openaiId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesFileIdsQuery, FilesFileIdsQueryVariables>;
export const FilesDeleteByIdDocument = new TypedDocumentString(`
    mutation FilesDeleteById($id: ID!) {
  deleteAssistantFile(input: {id: $id}) {
    deletedAssistantFileId
    assistant {
      fileIds
    }
  }
}
    `) as unknown as TypedDocumentString<FilesDeleteByIdMutation, FilesDeleteByIdMutationVariables>;
export const FilesNodeAfterDeleteDocument = new TypedDocumentString(`
    query FilesNodeAfterDelete($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FilesNodeAfterDeleteQuery, FilesNodeAfterDeleteQueryVariables>;
export const FilesDeleteByPairDocument = new TypedDocumentString(`
    mutation FilesDeleteByPair($a: ID!, $f: String!) {
  deleteAssistantFile(input: {assistantId: $a, fileId: $f}) {
    deletedAssistantFileId
    assistant {
      fileIds
    }
  }
}
    `) as unknown as TypedDocumentString<FilesDeleteByPairMutation, FilesDeleteByPairMutationVariables>;
export const FilesDeletedNodeDocument = new TypedDocumentString(`
    query FilesDeletedNode($id: ID!) {
  node(id: $id) {
    ... on AssistantFile {
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<FilesDeletedNodeQuery, FilesDeletedNodeQueryVariables>;
export const FilesDeleteNothingDocument = new TypedDocumentString(`
    mutation FilesDeleteNothing {
  deleteAssistantFile(input: {}) {
    deletedAssistantFileId
  }
}
    `) as unknown as TypedDocumentString<FilesDeleteNothingMutation, FilesDeleteNothingMutationVariables>;
export const FilesDeleteHalfDocument = new TypedDocumentString(`
    mutation FilesDeleteHalf {
  deleteAssistantFile(input: {assistantId: "asst_abc"}) {
    deletedAssistantFileId
  }
}
    `) as unknown as TypedDocumentString<FilesDeleteHalfMutation, FilesDeleteHalfMutationVariables>;
export const FilesMissingOnCreateDocument = new TypedDocumentString(`
    mutation FilesMissingOnCreate {
  createAssistant(input: {model: "gpt-4", fileIds: ["file-missing456"]}) {
    assistant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FilesMissingOnCreateMutation, FilesMissingOnCreateMutationVariables>;
export const FilesMissingOnMessageDocument = new TypedDocumentString(`
    mutation FilesMissingOnMessage($t: ID!) {
  createMessage(input: {threadId: $t, content: "x", fileIds: ["file-missing789"]}) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FilesMissingOnMessageMutation, FilesMissingOnMessageMutationVariables>;
export const FilesMessageWithFilesDocument = new TypedDocumentString(`
    mutation FilesMessageWithFiles($t: ID!) {
  createMessage(
    input: {threadId: $t, content: "with files", fileIds: ["file-m1", "file-m2"]}
  ) {
    message {
      id
      openaiId
      fileIds
    }
  }
}
    `) as unknown as TypedDocumentString<FilesMessageWithFilesMutation, FilesMessageWithFilesMutationVariables>;
export const FilesMessageFilesDocument = new TypedDocumentString(`
    query FilesMessageFiles($id: ID!) {
  node(id: $id) {
    ... on Message {
      files(order: ASC) {
        nodes {
          id
          openaiId
          createdAt
          message {
            id
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesMessageFilesQuery, FilesMessageFilesQueryVariables>;
export const FilesMessageFileNodeDocument = new TypedDocumentString(`
    query FilesMessageFileNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on MessageFile {
      openaiId
      message {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesMessageFileNodeQuery, FilesMessageFileNodeQueryVariables>;
export const FilesPlainThreadDocument = new TypedDocumentString(`
    mutation FilesPlainThread {
  createThread(input: {messages: [{content: "plain"}]}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FilesPlainThreadMutation, FilesPlainThreadMutationVariables>;
export const FilesNoFilesDocument = new TypedDocumentString(`
    query FilesNoFiles($t: ID!) {
  thread(id: $t) {
    messages {
      nodes {
        fileIds
        files {
          edges {
            cursor
          }
          pageInfo {
            hasNextPage
            startCursor
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesNoFilesQuery, FilesNoFilesQueryVariables>;
export const IdsDeleteAssistantDocument = new TypedDocumentString(`
    mutation IdsDeleteAssistant($id: ID!) {
  deleteAssistant(input: {id: $id}) {
    deletedAssistantId
  }
}
    `) as unknown as TypedDocumentString<IdsDeleteAssistantMutation, IdsDeleteAssistantMutationVariables>;
export const IdsUpdateAssistantNameDocument = new TypedDocumentString(`
    mutation IdsUpdateAssistantName($id: ID!) {
  updateAssistant(input: {id: $id, name: "x"}) {
    assistant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsUpdateAssistantNameMutation, IdsUpdateAssistantNameMutationVariables>;
export const IdsUpdateRunDocument = new TypedDocumentString(`
    mutation IdsUpdateRun($id: ID!) {
  updateRun(input: {id: $id, metadata: {}}) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsUpdateRunMutation, IdsUpdateRunMutationVariables>;
export const IdsFirstCursorDocument = new TypedDocumentString(`
    query IdsFirstCursor {
  assistants(first: 1) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<IdsFirstCursorQuery, IdsFirstCursorQueryVariables>;
export const IdsFixtureAssistantDocument = new TypedDocumentString(`
    mutation IdsFixtureAssistant {
  createAssistant(
    input: {model: "gpt-4", name: "Fixture", fileIds: ["file-fixture1"]}
  ) {
    assistant {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<IdsFixtureAssistantMutation, IdsFixtureAssistantMutationVariables>;
export const IdsFixtureRunDocument = new TypedDocumentString(`
    mutation IdsFixtureRun($a: ID!) {
  createThreadAndRun(
    input: {assistantId: $a, messages: [{content: "hi", fileIds: ["file-msgfile1"]}]}
  ) {
    run {
      id
      openaiId
      thread {
        id
        openaiId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdsFixtureRunMutation, IdsFixtureRunMutationVariables>;
export const IdsFixtureObjectsDocument = new TypedDocumentString(`
    query IdsFixtureObjects($a: ID!, $t: ID!, $r: ID!) {
  assistant(id: $a) {
    files {
      nodes {
        id
      }
    }
  }
  thread(id: $t) {
    messages(order: ASC) {
      nodes {
        id
        openaiId
        role
        files {
          nodes {
            id
          }
        }
      }
    }
    run(id: $r) {
      steps {
        nodes {
          id
          openaiId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdsFixtureObjectsQuery, IdsFixtureObjectsQueryVariables>;
export const IdsDeleteThreadDocument = new TypedDocumentString(`
    mutation IdsDeleteThread($id: ID!) {
  deleteThread(input: {id: $id}) {
    deletedThreadId
  }
}
    `) as unknown as TypedDocumentString<IdsDeleteThreadMutation, IdsDeleteThreadMutationVariables>;
export const IdsNodeByIdDocument = new TypedDocumentString(`
    query IdsNodeById($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdsNodeByIdQuery, IdsNodeByIdQueryVariables>;
export const IdsAssistantNameDocument = new TypedDocumentString(`
    query IdsAssistantName($id: ID!) {
  assistant(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<IdsAssistantNameQuery, IdsAssistantNameQueryVariables>;
export const IdsCreateThreadDocument = new TypedDocumentString(`
    mutation IdsCreateThread {
  createThread(input: {}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsCreateThreadMutation, IdsCreateThreadMutationVariables>;
export const IdsNodeDocument = new TypedDocumentString(`
    query IdsNode($id: ID!) {
  node(id: $id) {
    ...IdsNodeFields
  }
}
    fragment IdsNodeFields on Node {
  __typename
  id
  ... on Assistant {
    openaiId
    name
  }
  ... on Thread {
    openaiId
  }
  ... on Message {
    openaiId
    text
  }
  ... on Run {
    openaiId
    status
  }
  ... on RunStep {
    openaiId
    type
  }
  ... on AssistantFile {
    openaiId
    assistant {
      id
    }
  }
  ... on MessageFile {
    openaiId
    message {
      id
    }
  }
}`) as unknown as TypedDocumentString<IdsNodeQuery, IdsNodeQueryVariables>;
export const IdsLinksDocument = new TypedDocumentString(`
    query IdsLinks($af: ID!, $mf: ID!) {
  af: node(id: $af) {
    ...IdsNodeFields
  }
  mf: node(id: $mf) {
    ...IdsNodeFields
  }
}
    fragment IdsNodeFields on Node {
  __typename
  id
  ... on Assistant {
    openaiId
    name
  }
  ... on Thread {
    openaiId
  }
  ... on Message {
    openaiId
    text
  }
  ... on Run {
    openaiId
    status
  }
  ... on RunStep {
    openaiId
    type
  }
  ... on AssistantFile {
    openaiId
    assistant {
      id
    }
  }
  ... on MessageFile {
    openaiId
    message {
      id
    }
  }
}`) as unknown as TypedDocumentString<IdsLinksQuery, IdsLinksQueryVariables>;
export const IdsNodesDocument = new TypedDocumentString(`
    query IdsNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...IdsNodeFields
  }
}
    fragment IdsNodeFields on Node {
  __typename
  id
  ... on Assistant {
    openaiId
    name
  }
  ... on Thread {
    openaiId
  }
  ... on Message {
    openaiId
    text
  }
  ... on Run {
    openaiId
    status
  }
  ... on RunStep {
    openaiId
    type
  }
  ... on AssistantFile {
    openaiId
    assistant {
      id
    }
  }
  ... on MessageFile {
    openaiId
    message {
      id
    }
  }
}`) as unknown as TypedDocumentString<IdsNodesQuery, IdsNodesQueryVariables>;
export const IdsNodesIdsDocument = new TypedDocumentString(`
    query IdsNodesIds($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdsNodesIdsQuery, IdsNodesIdsQueryVariables>;
export const IdsAssistantByIdDocument = new TypedDocumentString(`
    query IdsAssistantById($id: ID!) {
  assistant(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdsAssistantByIdQuery, IdsAssistantByIdQueryVariables>;
export const IdsThreadByIdDocument = new TypedDocumentString(`
    query IdsThreadById($id: ID!) {
  thread(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdsThreadByIdQuery, IdsThreadByIdQueryVariables>;
export const IdsRunOfMessageIdDocument = new TypedDocumentString(`
    query IdsRunOfMessageId($t: ID!, $m: ID!) {
  thread(id: $t) {
    run(id: $m) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsRunOfMessageIdQuery, IdsRunOfMessageIdQueryVariables>;
export const IdsMessageOfRunIdDocument = new TypedDocumentString(`
    query IdsMessageOfRunId($t: ID!, $r: ID!) {
  thread(id: $t) {
    message(id: $r) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsMessageOfRunIdQuery, IdsMessageOfRunIdQueryVariables>;
export const IdsMissingLookupsDocument = new TypedDocumentString(`
    query IdsMissingLookups($t: ID!, $ga: ID!, $gt: ID!, $gm: ID!, $gr: ID!) {
  rawAssistant: assistant(id: "asst_doesnotexist000000000") {
    id
  }
  globalAssistant: assistant(id: $ga) {
    id
  }
  rawThread: thread(id: "thread_doesnotexist00000000") {
    id
  }
  globalThread: thread(id: $gt) {
    id
  }
  thread(id: $t) {
    rawMessage: message(id: "msg_doesnotexist0000000000") {
      id
    }
    rawRun: run(id: "run_doesnotexist0000000000") {
      id
    }
  }
  deletedMessage: node(id: $gm) {
    id
  }
  deletedRun: node(id: $gr) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdsMissingLookupsQuery, IdsMissingLookupsQueryVariables>;
export const IdsUpdateThreadDocument = new TypedDocumentString(`
    mutation IdsUpdateThread($id: ID!) {
  updateThread(input: {id: $id, metadata: {}}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsUpdateThreadMutation, IdsUpdateThreadMutationVariables>;
export const IdsUpdateMessageDocument = new TypedDocumentString(`
    mutation IdsUpdateMessage($id: ID!) {
  updateMessage(input: {id: $id, metadata: {}}) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsUpdateMessageMutation, IdsUpdateMessageMutationVariables>;
export const IdsCancelGoneDocument = new TypedDocumentString(`
    mutation IdsCancelGone($id: ID!) {
  cancelRun(input: {id: $id}) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsCancelGoneMutation, IdsCancelGoneMutationVariables>;
export const IdsSubmitGoneDocument = new TypedDocumentString(`
    mutation IdsSubmitGone($id: ID!) {
  submitToolOutputs(input: {runId: $id, toolOutputs: []}) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsSubmitGoneMutation, IdsSubmitGoneMutationVariables>;
export const IdsCanaryMessageDocument = new TypedDocumentString(`
    mutation IdsCanaryMessage {
  createMessage(input: {threadId: "thread_nope00000000", content: "x"}) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsCanaryMessageMutation, IdsCanaryMessageMutationVariables>;
export const IdsCanaryNodeDocument = new TypedDocumentString(`
    query IdsCanaryNode {
  node(id: "garbage!!") {
    id
  }
}
    `) as unknown as TypedDocumentString<IdsCanaryNodeQuery, IdsCanaryNodeQueryVariables>;
export const IdsCanaryFileDocument = new TypedDocumentString(`
    mutation IdsCanaryFile {
  createAssistantFile(
    input: {assistantId: "asst_nope0000", fileId: "file-missing1"}
  ) {
    assistantFile {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsCanaryFileMutation, IdsCanaryFileMutationVariables>;
export const IdsKeyAAssistantDocument = new TypedDocumentString(`
    mutation IdsKeyAAssistant {
  createAssistant(input: {model: "gpt-4", name: "A only"}) {
    assistant {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<IdsKeyAAssistantMutation, IdsKeyAAssistantMutationVariables>;
export const IdsKeyBLookupsDocument = new TypedDocumentString(`
    query IdsKeyBLookups($id: ID!, $raw: ID!) {
  assistant(id: $id) {
    name
  }
  raw: assistant(id: $raw) {
    name
  }
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdsKeyBLookupsQuery, IdsKeyBLookupsQueryVariables>;
export const IdsKeyBListDocument = new TypedDocumentString(`
    query IdsKeyBList {
  assistants(first: 100) {
    nodes {
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<IdsKeyBListQuery, IdsKeyBListQueryVariables>;
export const IdsForwardedDocument = new TypedDocumentString(`
    query IdsForwarded {
  assistants(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsForwardedQuery, IdsForwardedQueryVariables>;
export const IdsThreeTimesDocument = new TypedDocumentString(`
    query IdsThreeTimes($g: ID!, $r: ID!) {
  a: assistant(id: $g) {
    openaiId
  }
  b: assistant(id: $r) {
    openaiId
    name
  }
  c: node(id: $g) {
    ... on Assistant {
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<IdsThreeTimesQuery, IdsThreeTimesQueryVariables>;
export const IdsAddMessageDocument = new TypedDocumentString(`
    mutation IdsAddMessage($t: ID!, $c: String!) {
  createMessage(input: {threadId: $t, content: $c}) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsAddMessageMutation, IdsAddMessageMutationVariables>;
export const IdsRunAgainDocument = new TypedDocumentString(`
    mutation IdsRunAgain($t: ID!, $a: ID!) {
  createRun(input: {threadId: $t, assistantId: $a}) {
    run {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<IdsRunAgainMutation, IdsRunAgainMutationVariables>;
export const IdsReplyAssistantsDocument = new TypedDocumentString(`
    query IdsReplyAssistants($t: ID!) {
  thread(id: $t) {
    messages {
      nodes {
        role
        assistant {
          openaiId
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdsReplyAssistantsQuery, IdsReplyAssistantsQueryVariables>;
export const IdsOldAssistantDocument = new TypedDocumentString(`
    mutation IdsOldAssistant {
  createAssistant(input: {model: "gpt-4", name: "old"}) {
    assistant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsOldAssistantMutation, IdsOldAssistantMutationVariables>;
export const IdsRenameNewDocument = new TypedDocumentString(`
    mutation IdsRenameNew($id: ID!) {
  updateAssistant(input: {id: $id, name: "new"}) {
    assistant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdsRenameNewMutation, IdsRenameNewMutationVariables>;
export const BatteryCreateAssistantDocument = new TypedDocumentString(`
    mutation BatteryCreateAssistant {
  createAssistant(
    input: {model: "gpt-4-turbo", name: "Battery", instructions: "Test.", fileIds: ["file-bat1"], tools: [{type: FUNCTION, function: {name: "get_weather"}}], metadata: {suite: "battery"}}
  ) {
    assistant {
      id
      openaiId
      name
      model
      createdAt
      fileIds
      tools {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryCreateAssistantMutation, BatteryCreateAssistantMutationVariables>;
export const BatteryGetAssistantDocument = new TypedDocumentString(`
    query BatteryGetAssistant($id: ID!) {
  assistant(id: $id) {
    id
    openaiId
    name
    instructions
    metadata
  }
}
    `) as unknown as TypedDocumentString<BatteryGetAssistantQuery, BatteryGetAssistantQueryVariables>;
export const BatteryListAssistantsDocument = new TypedDocumentString(`
    query BatteryListAssistants {
  assistants(first: 10) {
    nodes {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryListAssistantsQuery, BatteryListAssistantsQueryVariables>;
export const BatteryUpdateAssistantDocument = new TypedDocumentString(`
    mutation BatteryUpdateAssistant($id: ID!) {
  updateAssistant(input: {id: $id, name: "Battery 2"}) {
    assistant {
      id
      openaiId
      name
      model
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryUpdateAssistantMutation, BatteryUpdateAssistantMutationVariables>;
export const BatteryCreateAssistantFileDocument = new TypedDocumentString(`
    mutation BatteryCreateAssistantFile($a: ID!) {
  createAssistantFile(input: {assistantId: $a, fileId: "file-bat2"}) {
    assistantFile {
      id
      openaiId
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryCreateAssistantFileMutation, BatteryCreateAssistantFileMutationVariables>;
export const BatteryListAssistantFilesDocument = new TypedDocumentString(`
    query BatteryListAssistantFiles($id: ID!) {
  assistant(id: $id) {
    files {
      nodes {
        openaiId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryListAssistantFilesQuery, BatteryListAssistantFilesQueryVariables>;
export const BatteryAssistantFileIdsDocument = new TypedDocumentString(`
    query BatteryAssistantFileIds($id: ID!) {
  assistant(id: $id) {
    files {
      nodes {
        id
        openaiId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryAssistantFileIdsQuery, BatteryAssistantFileIdsQueryVariables>;
export const BatteryGetAssistantFileDocument = new TypedDocumentString(`
    query BatteryGetAssistantFile($id: ID!) {
  node(id: $id) {
    ... on AssistantFile {
      openaiId
      createdAt
      assistant {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryGetAssistantFileQuery, BatteryGetAssistantFileQueryVariables>;
export const BatteryDeleteAssistantFileDocument = new TypedDocumentString(`
    mutation BatteryDeleteAssistantFile($a: ID!) {
  deleteAssistantFile(input: {assistantId: $a, fileId: "file-bat2"}) {
    deletedAssistantFileId
  }
}
    `) as unknown as TypedDocumentString<BatteryDeleteAssistantFileMutation, BatteryDeleteAssistantFileMutationVariables>;
export const BatteryCreateThreadDocument = new TypedDocumentString(`
    mutation BatteryCreateThread {
  createThread(
    input: {metadata: {suite: "battery"}, messages: [{content: "hello battery", fileIds: ["file-mf1"]}]}
  ) {
    thread {
      id
      openaiId
      createdAt
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryCreateThreadMutation, BatteryCreateThreadMutationVariables>;
export const BatteryGetThreadDocument = new TypedDocumentString(`
    query BatteryGetThread($id: ID!) {
  thread(id: $id) {
    id
    openaiId
    metadata
  }
}
    `) as unknown as TypedDocumentString<BatteryGetThreadQuery, BatteryGetThreadQueryVariables>;
export const BatteryUpdateThreadDocument = new TypedDocumentString(`
    mutation BatteryUpdateThread($id: ID!) {
  updateThread(input: {id: $id, metadata: {suite: "battery", step: "2"}}) {
    thread {
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryUpdateThreadMutation, BatteryUpdateThreadMutationVariables>;
export const BatteryListMessagesDocument = new TypedDocumentString(`
    query BatteryListMessages($id: ID!) {
  thread(id: $id) {
    messages {
      nodes {
        id
        openaiId
        text
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryListMessagesQuery, BatteryListMessagesQueryVariables>;
export const BatteryCreateMessageDocument = new TypedDocumentString(`
    mutation BatteryCreateMessage($t: ID!) {
  createMessage(input: {threadId: $t, content: "second message"}) {
    message {
      id
      openaiId
      text
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryCreateMessageMutation, BatteryCreateMessageMutationVariables>;
export const BatteryGetMessageDocument = new TypedDocumentString(`
    query BatteryGetMessage($id: ID!) {
  node(id: $id) {
    ... on Message {
      id
      openaiId
      text
      fileIds
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryGetMessageQuery, BatteryGetMessageQueryVariables>;
export const BatteryUpdateMessageDocument = new TypedDocumentString(`
    mutation BatteryUpdateMessage($id: ID!) {
  updateMessage(input: {id: $id, metadata: {seen: "yes"}}) {
    message {
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryUpdateMessageMutation, BatteryUpdateMessageMutationVariables>;
export const BatteryListMessageFilesDocument = new TypedDocumentString(`
    query BatteryListMessageFiles($id: ID!) {
  node(id: $id) {
    ... on Message {
      files {
        nodes {
          openaiId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryListMessageFilesQuery, BatteryListMessageFilesQueryVariables>;
export const BatteryMessageFileIdsDocument = new TypedDocumentString(`
    query BatteryMessageFileIds($id: ID!) {
  node(id: $id) {
    ... on Message {
      files {
        nodes {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryMessageFileIdsQuery, BatteryMessageFileIdsQueryVariables>;
export const BatteryGetMessageFileDocument = new TypedDocumentString(`
    query BatteryGetMessageFile($id: ID!) {
  node(id: $id) {
    ... on MessageFile {
      openaiId
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryGetMessageFileQuery, BatteryGetMessageFileQueryVariables>;
export const BatteryCreateRunDocument = new TypedDocumentString(`
    mutation BatteryCreateRun($t: ID!, $a: ID!) {
  createRun(input: {threadId: $t, assistantId: $a, metadata: {k: "v"}}) {
    run {
      id
      openaiId
      status
      model
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryCreateRunMutation, BatteryCreateRunMutationVariables>;
export const BatteryGetRunDocument = new TypedDocumentString(`
    query BatteryGetRun($t: ID!, $r: ID!) {
  thread(id: $t) {
    run(id: $r) {
      id
      openaiId
      status
      usage {
        totalTokens
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryGetRunQuery, BatteryGetRunQueryVariables>;
export const BatteryListRunsDocument = new TypedDocumentString(`
    query BatteryListRuns($t: ID!) {
  thread(id: $t) {
    runs {
      nodes {
        id
        openaiId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryListRunsQuery, BatteryListRunsQueryVariables>;
export const BatteryUpdateRunDocument = new TypedDocumentString(`
    mutation BatteryUpdateRun($id: ID!) {
  updateRun(input: {id: $id, metadata: {k: "w"}}) {
    run {
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryUpdateRunMutation, BatteryUpdateRunMutationVariables>;
export const BatteryListRunStepsDocument = new TypedDocumentString(`
    query BatteryListRunSteps($id: ID!) {
  node(id: $id) {
    ... on Run {
      steps {
        nodes {
          id
          openaiId
          type
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryListRunStepsQuery, BatteryListRunStepsQueryVariables>;
export const BatteryGetRunStepDocument = new TypedDocumentString(`
    query BatteryGetRunStep($id: ID!) {
  node(id: $id) {
    ... on RunStep {
      id
      openaiId
      type
      stepDetails {
        ... on MessageCreationStepDetails {
          messageId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryGetRunStepQuery, BatteryGetRunStepQueryVariables>;
export const BatteryCreateThreadAndRunDocument = new TypedDocumentString(`
    mutation BatteryCreateThreadAndRun($a: ID!, $content: String!) {
  createThreadAndRun(input: {assistantId: $a, messages: [{content: $content}]}) {
    run {
      id
      openaiId
      status
      thread {
        id
        openaiId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryCreateThreadAndRunMutation, BatteryCreateThreadAndRunMutationVariables>;
export const BatteryRequiredActionDocument = new TypedDocumentString(`
    query BatteryRequiredAction($id: ID!) {
  node(id: $id) {
    ... on Run {
      requiredAction {
        toolCalls {
          id
          functionName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryRequiredActionQuery, BatteryRequiredActionQueryVariables>;
export const BatterySubmitToolOutputsDocument = new TypedDocumentString(`
    mutation BatterySubmitToolOutputs($id: ID!, $c: String!) {
  submitToolOutputs(
    input: {runId: $id, toolOutputs: [{toolCallId: $c, output: "cold"}]}
  ) {
    run {
      id
      openaiId
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BatterySubmitToolOutputsMutation, BatterySubmitToolOutputsMutationVariables>;
export const BatterySlowRunDocument = new TypedDocumentString(`
    mutation BatterySlowRun($t: ID!, $a: ID!) {
  createRun(
    input: {threadId: $t, assistantId: $a, additionalMessages: [{content: "slowly #slow"}]}
  ) {
    run {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<BatterySlowRunMutation, BatterySlowRunMutationVariables>;
export const BatteryCancelRunDocument = new TypedDocumentString(`
    mutation BatteryCancelRun($id: ID!) {
  cancelRun(input: {id: $id}) {
    run {
      id
      openaiId
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BatteryCancelRunMutation, BatteryCancelRunMutationVariables>;
export const BatteryDeleteThreadDocument = new TypedDocumentString(`
    mutation BatteryDeleteThread($id: ID!) {
  deleteThread(input: {id: $id}) {
    deletedThreadId
  }
}
    `) as unknown as TypedDocumentString<BatteryDeleteThreadMutation, BatteryDeleteThreadMutationVariables>;
export const BatteryDeleteAssistantDocument = new TypedDocumentString(`
    mutation BatteryDeleteAssistant($id: ID!) {
  deleteAssistant(input: {id: $id}) {
    deletedAssistantId
  }
}
    `) as unknown as TypedDocumentString<BatteryDeleteAssistantMutation, BatteryDeleteAssistantMutationVariables>;
export const PaginationAssistantsDocument = new TypedDocumentString(`
    query PaginationAssistants($first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {
  assistants(
    first: $first
    after: $after
    last: $last
    before: $before
    order: $order
  ) {
    edges {
      cursor
      node {
        openaiId
      }
    }
    nodes {
      openaiId
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationAssistantsQuery, PaginationAssistantsQueryVariables>;
export const PaginationMessagesDocument = new TypedDocumentString(`
    query PaginationMessages($thread: ID!, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {
  thread(id: $thread) {
    messages(
      first: $first
      after: $after
      last: $last
      before: $before
      order: $order
    ) {
      edges {
        cursor
        node {
          openaiId
        }
      }
      nodes {
        openaiId
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationMessagesQuery, PaginationMessagesQueryVariables>;
export const PaginationCreateAssistantDocument = new TypedDocumentString(`
    mutation PaginationCreateAssistant($n: String) {
  createAssistant(input: {model: "gpt-4", name: $n}) {
    assistant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationCreateAssistantMutation, PaginationCreateAssistantMutationVariables>;
export const PaginationCreateThreadDocument = new TypedDocumentString(`
    mutation PaginationCreateThread($m: [MessageInput!]) {
  createThread(input: {messages: $m}) {
    thread {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationCreateThreadMutation, PaginationCreateThreadMutationVariables>;
export const PaginationEmptyThreadDocument = new TypedDocumentString(`
    mutation PaginationEmptyThread {
  createThread(input: {}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationEmptyThreadMutation, PaginationEmptyThreadMutationVariables>;
export const PaginationOtherThreadDocument = new TypedDocumentString(`
    mutation PaginationOtherThread {
  createThread(input: {messages: [{content: "x"}]}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationOtherThreadMutation, PaginationOtherThreadMutationVariables>;
export const PlainPostWaitingRunDocument = new TypedDocumentString(`
    mutation PlainPostWaitingRun($input: CreateThreadAndRunInput!) {
  createThreadAndRun(input: $input) {
    run {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<PlainPostWaitingRunMutation, PlainPostWaitingRunMutationVariables>;
export const RealModelRunDocument = new TypedDocumentString(`
    query RealModelRun($id: ID!) {
  node(id: $id) {
    ... on Run {
      id
      status
      requiredAction {
        toolCalls {
          id
          functionName
          arguments
        }
      }
      usage {
        promptTokens
        completionTokens
        totalTokens
      }
      messages(order: ASC) {
        nodes {
          role
          text
        }
      }
      steps(order: ASC) {
        nodes {
          type
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RealModelRunQuery, RealModelRunQueryVariables>;
export const RealModelThreadAndRunDocument = new TypedDocumentString(`
    mutation RealModelThreadAndRun($input: CreateThreadAndRunInput!) {
  createThreadAndRun(input: $input) {
    run {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<RealModelThreadAndRunMutation, RealModelThreadAndRunMutationVariables>;
export const RealModelSubmitDocument = new TypedDocumentString(`
    mutation RealModelSubmit($input: SubmitToolOutputsInput!) {
  submitToolOutputs(input: $input) {
    run {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RealModelSubmitMutation, RealModelSubmitMutationVariables>;
export const RealModelIncompleteDocument = new TypedDocumentString(`
    subscription RealModelIncomplete($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    event
    ... on RunStatusEvent {
      run {
        status
        incompleteDetails {
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RealModelIncompleteSubscription, RealModelIncompleteSubscriptionVariables>;
export const RealModelStreamDocument = new TypedDocumentString(`
    subscription RealModelStream($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    event
    ... on MessageDeltaEvent {
      content {
        ... on TextContentDelta {
          value
        }
      }
    }
    ... on MessageEvent {
      message {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RealModelStreamSubscription, RealModelStreamSubscriptionVariables>;
export const RunsCreateAssistantDocument = new TypedDocumentString(`
    mutation RunsCreateAssistant($input: CreateAssistantInput!) {
  createAssistant(input: $input) {
    assistant {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<RunsCreateAssistantMutation, RunsCreateAssistantMutationVariables>;
export const RunsCreateThreadDocument = new TypedDocumentString(`
    mutation RunsCreateThread($m: [MessageInput!]) {
  createThread(input: {messages: $m}) {
    thread {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<RunsCreateThreadMutation, RunsCreateThreadMutationVariables>;
export const RunsCreateRunDocument = new TypedDocumentString(`
    mutation RunsCreateRun($input: CreateRunInput!) {
  createRun(input: $input) {
    run {
      ...RunsRunFields
    }
  }
}
    fragment RunsRunFields on Run {
  id
  openaiId
  status
  isActive
  model
  instructions
  metadata
  temperature
  maxPromptTokens
  maxCompletionTokens
  createdAt
  startedAt
  completedAt
  cancelledAt
  failedAt
  expiresAt
  incompleteDetails {
    reason
  }
  fileIds
  truncationStrategy {
    type
    lastMessages
  }
  toolChoice {
    type
    functionName
  }
  responseFormat
  tools {
    type
    ... on FunctionTool {
      function {
        name
      }
    }
  }
  requiredAction {
    type
    toolCalls {
      id
      functionName
      arguments
      parsedArguments
    }
  }
  lastError {
    code
    message
  }
  usage {
    promptTokens
    completionTokens
    totalTokens
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
    openaiId
  }
}`) as unknown as TypedDocumentString<RunsCreateRunMutation, RunsCreateRunMutationVariables>;
export const RunsThreadAndRunDocument = new TypedDocumentString(`
    mutation RunsThreadAndRun($input: CreateThreadAndRunInput!) {
  createThreadAndRun(input: $input) {
    run {
      ...RunsRunFields
    }
  }
}
    fragment RunsRunFields on Run {
  id
  openaiId
  status
  isActive
  model
  instructions
  metadata
  temperature
  maxPromptTokens
  maxCompletionTokens
  createdAt
  startedAt
  completedAt
  cancelledAt
  failedAt
  expiresAt
  incompleteDetails {
    reason
  }
  fileIds
  truncationStrategy {
    type
    lastMessages
  }
  toolChoice {
    type
    functionName
  }
  responseFormat
  tools {
    type
    ... on FunctionTool {
      function {
        name
      }
    }
  }
  requiredAction {
    type
    toolCalls {
      id
      functionName
      arguments
      parsedArguments
    }
  }
  lastError {
    code
    message
  }
  usage {
    promptTokens
    completionTokens
    totalTokens
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
    openaiId
  }
}`) as unknown as TypedDocumentString<RunsThreadAndRunMutation, RunsThreadAndRunMutationVariables>;
export const RunsGetRunDocument = new TypedDocumentString(`
    query RunsGetRun($id: ID!) {
  node(id: $id) {
    ... on Run {
      ...RunsRunFields
    }
  }
}
    fragment RunsRunFields on Run {
  id
  openaiId
  status
  isActive
  model
  instructions
  metadata
  temperature
  maxPromptTokens
  maxCompletionTokens
  createdAt
  startedAt
  completedAt
  cancelledAt
  failedAt
  expiresAt
  incompleteDetails {
    reason
  }
  fileIds
  truncationStrategy {
    type
    lastMessages
  }
  toolChoice {
    type
    functionName
  }
  responseFormat
  tools {
    type
    ... on FunctionTool {
      function {
        name
      }
    }
  }
  requiredAction {
    type
    toolCalls {
      id
      functionName
      arguments
      parsedArguments
    }
  }
  lastError {
    code
    message
  }
  usage {
    promptTokens
    completionTokens
    totalTokens
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
    openaiId
  }
}`) as unknown as TypedDocumentString<RunsGetRunQuery, RunsGetRunQueryVariables>;
export const RunsThreadRunDocument = new TypedDocumentString(`
    query RunsThreadRun($t: ID!, $r: ID!) {
  thread(id: $t) {
    run(id: $r) {
      ...RunsRunFields
    }
  }
}
    fragment RunsRunFields on Run {
  id
  openaiId
  status
  isActive
  model
  instructions
  metadata
  temperature
  maxPromptTokens
  maxCompletionTokens
  createdAt
  startedAt
  completedAt
  cancelledAt
  failedAt
  expiresAt
  incompleteDetails {
    reason
  }
  fileIds
  truncationStrategy {
    type
    lastMessages
  }
  toolChoice {
    type
    functionName
  }
  responseFormat
  tools {
    type
    ... on FunctionTool {
      function {
        name
      }
    }
  }
  requiredAction {
    type
    toolCalls {
      id
      functionName
      arguments
      parsedArguments
    }
  }
  lastError {
    code
    message
  }
  usage {
    promptTokens
    completionTokens
    totalTokens
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
    openaiId
  }
}`) as unknown as TypedDocumentString<RunsThreadRunQuery, RunsThreadRunQueryVariables>;
export const RunsSubmitToolOutputsDocument = new TypedDocumentString(`
    mutation RunsSubmitToolOutputs($id: ID!, $outputs: [ToolOutputInput!]!) {
  submitToolOutputs(input: {runId: $id, toolOutputs: $outputs}) {
    run {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RunsSubmitToolOutputsMutation, RunsSubmitToolOutputsMutationVariables>;
export const RunsCancelDocument = new TypedDocumentString(`
    mutation RunsCancel($id: ID!) {
  cancelRun(input: {id: $id}) {
    run {
      id
      status
      isActive
    }
  }
}
    `) as unknown as TypedDocumentString<RunsCancelMutation, RunsCancelMutationVariables>;
export const RunsActiveRunDocument = new TypedDocumentString(`
    query RunsActiveRun($t: ID!) {
  thread(id: $t) {
    activeRun {
      id
      status
      isActive
    }
  }
}
    `) as unknown as TypedDocumentString<RunsActiveRunQuery, RunsActiveRunQueryVariables>;
export const RunsCompletedRunDocument = new TypedDocumentString(`
    query RunsCompletedRun($t: ID!, $r: ID!) {
  thread(id: $t) {
    activeRun {
      id
    }
    runs {
      nodes {
        id
      }
    }
    run(id: $r) {
      messages {
        nodes {
          id
          role
          text
          run {
            id
          }
          assistant {
            id
          }
        }
      }
      steps {
        nodes {
          id
          type
          status
          usage {
            totalTokens
          }
          run {
            id
          }
          thread {
            id
          }
          assistant {
            id
          }
          stepDetails {
            __typename
            ... on MessageCreationStepDetails {
              messageId
              message {
                id
                text
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunsCompletedRunQuery, RunsCompletedRunQueryVariables>;
export const RunsThreadMessagesDocument = new TypedDocumentString(`
    query RunsThreadMessages($t: ID!) {
  thread(id: $t) {
    metadata
    messages(order: ASC) {
      nodes {
        role
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunsThreadMessagesQuery, RunsThreadMessagesQueryVariables>;
export const RunsUpdateRunDocument = new TypedDocumentString(`
    mutation RunsUpdateRun($id: ID!) {
  updateRun(input: {id: $id, metadata: {b: "2"}}) {
    run {
      id
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<RunsUpdateRunMutation, RunsUpdateRunMutationVariables>;
export const RunsToolRunDocument = new TypedDocumentString(`
    query RunsToolRun($id: ID!) {
  node(id: $id) {
    ... on Run {
      messages {
        nodes {
          role
          text
        }
      }
      steps(order: ASC) {
        nodes {
          type
          status
          stepDetails {
            __typename
            ... on ToolCallsStepDetails {
              toolCalls {
                __typename
                id
                ... on FunctionToolCall {
                  name
                  arguments
                  output
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunsToolRunQuery, RunsToolRunQueryVariables>;
export const RunsReplyTextDocument = new TypedDocumentString(`
    query RunsReplyText($id: ID!) {
  node(id: $id) {
    ... on Run {
      messages {
        nodes {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunsReplyTextQuery, RunsReplyTextQueryVariables>;
export const RunsCreateMessageDocument = new TypedDocumentString(`
    mutation RunsCreateMessage($t: ID!, $content: String!) {
  createMessage(input: {threadId: $t, content: $content}) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunsCreateMessageMutation, RunsCreateMessageMutationVariables>;
export const RunsSecondRunDocument = new TypedDocumentString(`
    mutation RunsSecondRun($t: ID!, $a: ID!) {
  createRun(input: {threadId: $t, assistantId: $a}) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunsSecondRunMutation, RunsSecondRunMutationVariables>;
export const RunsActiveRunStatusDocument = new TypedDocumentString(`
    query RunsActiveRunStatus($t: ID!) {
  thread(id: $t) {
    activeRun {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RunsActiveRunStatusQuery, RunsActiveRunStatusQueryVariables>;
export const RunsInvalidRunDocument = new TypedDocumentString(`
    mutation RunsInvalidRun($input: CreateRunInput!) {
  createRun(input: $input) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunsInvalidRunMutation, RunsInvalidRunMutationVariables>;
export const RunsHotThreadAndRunDocument = new TypedDocumentString(`
    mutation RunsHotThreadAndRun {
  createThreadAndRun(input: {assistantId: "asst_abc123", temperature: 3}) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunsHotThreadAndRunMutation, RunsHotThreadAndRunMutationVariables>;
export const RunsWrongTypeIdDocument = new TypedDocumentString(`
    mutation RunsWrongTypeId {
  createRun(input: {threadId: "asst_abc123", assistantId: "asst_abc123"}) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunsWrongTypeIdMutation, RunsWrongTypeIdMutationVariables>;
export const RunsMissingAssistantDocument = new TypedDocumentString(`
    mutation RunsMissingAssistant($t: ID!) {
  createRun(input: {threadId: $t, assistantId: "asst_doesnotexist0000"}) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunsMissingAssistantMutation, RunsMissingAssistantMutationVariables>;
export const RunsExpiredStepsDocument = new TypedDocumentString(`
    query RunsExpiredSteps($id: ID!) {
  node(id: $id) {
    ... on Run {
      steps {
        nodes {
          type
          status
          expiredAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunsExpiredStepsQuery, RunsExpiredStepsQueryVariables>;
export const SmokeCreateAssistantDocument = new TypedDocumentString(`
    mutation SmokeCreateAssistant {
  createAssistant(input: {model: "gpt-4-turbo", name: "A"}) {
    assistant {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeCreateAssistantMutation, SmokeCreateAssistantMutationVariables>;
export const SmokeReadAssistantDocument = new TypedDocumentString(`
    query SmokeReadAssistant($id: ID!) {
  node(id: $id) {
    id
    ... on Assistant {
      name
      model
      createdAt
      tools {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeReadAssistantQuery, SmokeReadAssistantQueryVariables>;
export const SubscriptionsThreadAndRunDocument = new TypedDocumentString(`
    subscription SubscriptionsThreadAndRun($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    ...SubscriptionsEventFields
  }
}
    fragment SubscriptionsEventFields on RunEvent {
  __typename
  event
  ... on ThreadCreatedEvent {
    thread {
      id
    }
  }
  ... on RunStatusEvent {
    run {
      id
      status
      requiredAction {
        toolCalls {
          id
          functionName
          arguments
        }
      }
    }
  }
  ... on RunStepEvent {
    step {
      openaiId
      type
      status
      run {
        status
      }
    }
  }
  ... on RunStepDeltaEvent {
    stepId
    stepType
    toolCalls {
      index
      id
      type
      function {
        name
        arguments
        output
      }
      codeInterpreter {
        input
        outputs {
          index
          type
          logs
          imageFileId
        }
      }
    }
  }
  ... on MessageEvent {
    message {
      id
      text
      status
    }
  }
  ... on MessageDeltaEvent {
    messageId
    role
    content {
      __typename
      index
      type
      ... on TextContentDelta {
        value
        annotations {
          index
          type
          text
          fileId
          quote
          startIndex
          endIndex
        }
      }
      ... on ImageFileContentDelta {
        fileId
      }
    }
  }
  ... on StreamErrorEvent {
    error {
      code
      message
      type
    }
  }
  ... on UnknownRunEvent {
    data
  }
}`) as unknown as TypedDocumentString<SubscriptionsThreadAndRunSubscription, SubscriptionsThreadAndRunSubscriptionVariables>;
export const SubscriptionsRunEventsDocument = new TypedDocumentString(`
    subscription SubscriptionsRunEvents($input: CreateRunInput!) {
  runEvents(input: $input) {
    ...SubscriptionsEventFields
  }
}
    fragment SubscriptionsEventFields on RunEvent {
  __typename
  event
  ... on ThreadCreatedEvent {
    thread {
      id
    }
  }
  ... on RunStatusEvent {
    run {
      id
      status
      requiredAction {
        toolCalls {
          id
          functionName
          arguments
        }
      }
    }
  }
  ... on RunStepEvent {
    step {
      openaiId
      type
      status
      run {
        status
      }
    }
  }
  ... on RunStepDeltaEvent {
    stepId
    stepType
    toolCalls {
      index
      id
      type
      function {
        name
        arguments
        output
      }
      codeInterpreter {
        input
        outputs {
          index
          type
          logs
          imageFileId
        }
      }
    }
  }
  ... on MessageEvent {
    message {
      id
      text
      status
    }
  }
  ... on MessageDeltaEvent {
    messageId
    role
    content {
      __typename
      index
      type
      ... on TextContentDelta {
        value
        annotations {
          index
          type
          text
          fileId
          quote
          startIndex
          endIndex
        }
      }
      ... on ImageFileContentDelta {
        fileId
      }
    }
  }
  ... on StreamErrorEvent {
    error {
      code
      message
      type
    }
  }
  ... on UnknownRunEvent {
    data
  }
}`) as unknown as TypedDocumentString<SubscriptionsRunEventsSubscription, SubscriptionsRunEventsSubscriptionVariables>;
export const SubscriptionsToolOutputsDocument = new TypedDocumentString(`
    subscription SubscriptionsToolOutputs($input: SubmitToolOutputsInput!) {
  toolOutputEvents(input: $input) {
    ...SubscriptionsEventFields
  }
}
    fragment SubscriptionsEventFields on RunEvent {
  __typename
  event
  ... on ThreadCreatedEvent {
    thread {
      id
    }
  }
  ... on RunStatusEvent {
    run {
      id
      status
      requiredAction {
        toolCalls {
          id
          functionName
          arguments
        }
      }
    }
  }
  ... on RunStepEvent {
    step {
      openaiId
      type
      status
      run {
        status
      }
    }
  }
  ... on RunStepDeltaEvent {
    stepId
    stepType
    toolCalls {
      index
      id
      type
      function {
        name
        arguments
        output
      }
      codeInterpreter {
        input
        outputs {
          index
          type
          logs
          imageFileId
        }
      }
    }
  }
  ... on MessageEvent {
    message {
      id
      text
      status
    }
  }
  ... on MessageDeltaEvent {
    messageId
    role
    content {
      __typename
      index
      type
      ... on TextContentDelta {
        value
        annotations {
          index
          type
          text
          fileId
          quote
          startIndex
          endIndex
        }
      }
      ... on ImageFileContentDelta {
        fileId
      }
    }
  }
  ... on StreamErrorEvent {
    error {
      code
      message
      type
    }
  }
  ... on UnknownRunEvent {
    data
  }
}`) as unknown as TypedDocumentString<SubscriptionsToolOutputsSubscription, SubscriptionsToolOutputsSubscriptionVariables>;
export const SubscriptionsFollowRunDocument = new TypedDocumentString(`
    subscription SubscriptionsFollowRun($id: ID!) {
  run(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsFollowRunSubscription, SubscriptionsFollowRunSubscriptionVariables>;
export const SubscriptionsCreateThreadAndRunDocument = new TypedDocumentString(`
    mutation SubscriptionsCreateThreadAndRun($input: CreateThreadAndRunInput!) {
  createThreadAndRun(input: $input) {
    run {
      id
      openaiId
      thread {
        openaiId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsCreateThreadAndRunMutation, SubscriptionsCreateThreadAndRunMutationVariables>;
export const SubscriptionsThreadMessagesDocument = new TypedDocumentString(`
    query SubscriptionsThreadMessages($id: ID!) {
  thread(id: $id) {
    messages(order: ASC) {
      nodes {
        role
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsThreadMessagesQuery, SubscriptionsThreadMessagesQueryVariables>;
export const SubscriptionsFirstThreadDocument = new TypedDocumentString(`
    mutation SubscriptionsFirstThread {
  createThread(input: {messages: [{content: "first"}]}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsFirstThreadMutation, SubscriptionsFirstThreadMutationVariables>;
export const SubscriptionsEmptyThreadDocument = new TypedDocumentString(`
    mutation SubscriptionsEmptyThread {
  createThread(input: {}) {
    thread {
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsEmptyThreadMutation, SubscriptionsEmptyThreadMutationVariables>;
export const ThreadsCreateThreadDocument = new TypedDocumentString(`
    mutation ThreadsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
      openaiId
      createdAt
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsCreateThreadMutation, ThreadsCreateThreadMutationVariables>;
export const ThreadsCreateMessageDocument = new TypedDocumentString(`
    mutation ThreadsCreateMessage($input: CreateMessageInput!) {
  createMessage(input: $input) {
    message {
      ...ThreadsMessageFields
    }
  }
}
    fragment ThreadsMessageFields on Message {
  id
  openaiId
  role
  text
  status
  metadata
  createdAt
  fileIds
  content {
    __typename
    ... on TextContent {
      value
      annotations {
        __typename
      }
    }
    ... on ImageFileContent {
      fileId
    }
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
  }
  run {
    id
  }
}`) as unknown as TypedDocumentString<ThreadsCreateMessageMutation, ThreadsCreateMessageMutationVariables>;
export const ThreadsMessagesAscDocument = new TypedDocumentString(`
    query ThreadsMessagesAsc($id: ID!) {
  thread(id: $id) {
    messages(order: ASC) {
      nodes {
        ...ThreadsMessageFields
      }
    }
  }
}
    fragment ThreadsMessageFields on Message {
  id
  openaiId
  role
  text
  status
  metadata
  createdAt
  fileIds
  content {
    __typename
    ... on TextContent {
      value
      annotations {
        __typename
      }
    }
    ... on ImageFileContent {
      fileId
    }
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
  }
  run {
    id
  }
}`) as unknown as TypedDocumentString<ThreadsMessagesAscQuery, ThreadsMessagesAscQueryVariables>;
export const ThreadsMessagesDescDocument = new TypedDocumentString(`
    query ThreadsMessagesDesc($id: ID!) {
  thread(id: $id) {
    messages {
      nodes {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsMessagesDescQuery, ThreadsMessagesDescQueryVariables>;
export const ThreadsThreadByIdDocument = new TypedDocumentString(`
    query ThreadsThreadById($id: ID!) {
  thread(id: $id) {
    id
    openaiId
    metadata
  }
}
    `) as unknown as TypedDocumentString<ThreadsThreadByIdQuery, ThreadsThreadByIdQueryVariables>;
export const ThreadsUpdateThreadDocument = new TypedDocumentString(`
    mutation ThreadsUpdateThread($id: ID!) {
  updateThread(input: {id: $id, metadata: {b: "2"}}) {
    thread {
      id
      metadata
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsUpdateThreadMutation, ThreadsUpdateThreadMutationVariables>;
export const ThreadsDeleteThreadDocument = new TypedDocumentString(`
    mutation ThreadsDeleteThread($id: ID!) {
  deleteThread(input: {id: $id}) {
    deletedThreadId
  }
}
    `) as unknown as TypedDocumentString<ThreadsDeleteThreadMutation, ThreadsDeleteThreadMutationVariables>;
export const ThreadsDeletedLookupDocument = new TypedDocumentString(`
    query ThreadsDeletedLookup($id: ID!) {
  thread(id: $id) {
    id
  }
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadsDeletedLookupQuery, ThreadsDeletedLookupQueryVariables>;
export const ThreadsUpdateDeletedDocument = new TypedDocumentString(`
    mutation ThreadsUpdateDeleted($id: ID!) {
  updateThread(input: {id: $id, metadata: {a: "1"}}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsUpdateDeletedMutation, ThreadsUpdateDeletedMutationVariables>;
export const ThreadsBigMetadataDocument = new TypedDocumentString(`
    mutation ThreadsBigMetadata($m: Metadata) {
  createThread(input: {metadata: $m}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsBigMetadataMutation, ThreadsBigMetadataMutationVariables>;
export const ThreadsUpdateMessageDocument = new TypedDocumentString(`
    mutation ThreadsUpdateMessage($id: ID!) {
  updateMessage(input: {id: $id, metadata: {b: "2"}}) {
    message {
      id
      metadata
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsUpdateMessageMutation, ThreadsUpdateMessageMutationVariables>;
export const ThreadsMessageLookupsDocument = new TypedDocumentString(`
    query ThreadsMessageLookups($t: ID!, $m: ID!, $raw: ID!, $missing: ID!) {
  thread(id: $t) {
    byGlobal: message(id: $m) {
      id
      text
    }
    byRaw: message(id: $raw) {
      id
      text
    }
    missing: message(id: $missing) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsMessageLookupsQuery, ThreadsMessageLookupsQueryVariables>;
export const ThreadsMessageOfOtherDocument = new TypedDocumentString(`
    query ThreadsMessageOfOther($t: ID!, $m: ID!) {
  thread(id: $t) {
    message(id: $m) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsMessageOfOtherQuery, ThreadsMessageOfOtherQueryVariables>;
export const ThreadsEmptyMessageDocument = new TypedDocumentString(`
    mutation ThreadsEmptyMessage($t: ID!) {
  createMessage(input: {threadId: $t, content: ""}) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsEmptyMessageMutation, ThreadsEmptyMessageMutationVariables>;
export const ThreadsTooManyFilesDocument = new TypedDocumentString(`
    mutation ThreadsTooManyFiles($t: ID!, $f: [String!]) {
  createMessage(input: {threadId: $t, content: "x", fileIds: $f}) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsTooManyFilesMutation, ThreadsTooManyFilesMutationVariables>;
export const ThreadsMessageOnMissingDocument = new TypedDocumentString(`
    mutation ThreadsMessageOnMissing {
  createMessage(input: {threadId: "thread_nope0000", content: "x"}) {
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsMessageOnMissingMutation, ThreadsMessageOnMissingMutationVariables>;
export const ThreadsCreateRunDocument = new TypedDocumentString(`
    mutation ThreadsCreateRun($t: ID!, $a: ID!) {
  createRun(input: {threadId: $t, assistantId: $a}) {
    run {
      id
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsCreateRunMutation, ThreadsCreateRunMutationVariables>;
export const ThreadsMessagesOfRunDocument = new TypedDocumentString(`
    query ThreadsMessagesOfRun($t: ID!, $r: ID!, $raw: ID!) {
  thread(id: $t) {
    all: messages {
      nodes {
        openaiId
        role
      }
    }
    byGlobal: messages(runId: $r) {
      nodes {
        ...ThreadsMessageFields
      }
    }
    byRaw: messages(runId: $raw) {
      nodes {
        openaiId
      }
    }
  }
}
    fragment ThreadsMessageFields on Message {
  id
  openaiId
  role
  text
  status
  metadata
  createdAt
  fileIds
  content {
    __typename
    ... on TextContent {
      value
      annotations {
        __typename
      }
    }
    ... on ImageFileContent {
      fileId
    }
  }
  thread {
    id
    openaiId
  }
  assistant {
    id
  }
  run {
    id
  }
}`) as unknown as TypedDocumentString<ThreadsMessagesOfRunQuery, ThreadsMessagesOfRunQueryVariables>;
export const TransportsThreadAndRunDocument = new TypedDocumentString(`
    subscription TransportsThreadAndRun($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    __typename
    event
    ... on MessageEvent {
      message {
        text
      }
    }
    ... on MessageDeltaEvent {
      content {
        ... on TextContentDelta {
          value
        }
      }
    }
    ... on RunStatusEvent {
      run {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TransportsThreadAndRunSubscription, TransportsThreadAndRunSubscriptionVariables>;
export const TransportsFollowRunDocument = new TypedDocumentString(`
    subscription TransportsFollowRun($id: ID!) {
  run(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TransportsFollowRunSubscription, TransportsFollowRunSubscriptionVariables>;
export const TransportsCreateThreadAndRunDocument = new TypedDocumentString(`
    mutation TransportsCreateThreadAndRun($input: CreateThreadAndRunInput!) {
  createThreadAndRun(input: $input) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TransportsCreateThreadAndRunMutation, TransportsCreateThreadAndRunMutationVariables>;
export const TransportsAssistantsDocument = new TypedDocumentString(`
    query TransportsAssistants {
  assistants(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TransportsAssistantsQuery, TransportsAssistantsQueryVariables>;
export const TransportsMissingAssistantDocument = new TypedDocumentString(`
    query TransportsMissingAssistant {
  assistant(id: "asst_1") {
    id
  }
}
    `) as unknown as TypedDocumentString<TransportsMissingAssistantQuery, TransportsMissingAssistantQueryVariables>;
export const UploadsUploadDocument = new TypedDocumentString(`
    mutation UploadsUpload($input: UploadFileInput!) {
  uploadFile(input: $input) {
    file {
      id
      openaiId
      filename
      bytes
      purpose
      status
      statusDetails
      createdAt
      downloadUrl
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsUploadMutation, UploadsUploadMutationVariables>;
export const UploadsFileNodeDocument = new TypedDocumentString(`
    query UploadsFileNode($id: ID!) {
  node(id: $id) {
    id
    ... on File {
      openaiId
      filename
      bytes
      purpose
      status
      downloadUrl
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsFileNodeQuery, UploadsFileNodeQueryVariables>;
export const UploadsFilesDocument = new TypedDocumentString(`
    query UploadsFiles($purpose: FilePurpose, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {
  files(
    purpose: $purpose
    first: $first
    after: $after
    last: $last
    before: $before
    order: $order
  ) {
    edges {
      cursor
      node {
        openaiId
        filename
        purpose
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
      startCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsFilesQuery, UploadsFilesQueryVariables>;
export const UploadsDeleteFileDocument = new TypedDocumentString(`
    mutation UploadsDeleteFile($input: DeleteFileInput!) {
  deleteFile(input: $input) {
    deletedFileId
  }
}
    `) as unknown as TypedDocumentString<UploadsDeleteFileMutation, UploadsDeleteFileMutationVariables>;
export const UploadsAssistantDocument = new TypedDocumentString(`
    mutation UploadsAssistant($f: [String!]) {
  createAssistant(input: {model: "gpt-4", fileIds: $f}) {
    assistant {
      id
      files {
        nodes {
          file {
            id
            filename
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsAssistantMutation, UploadsAssistantMutationVariables>;
export const UploadsThreadDocument = new TypedDocumentString(`
    mutation UploadsThread($f: [String!]) {
  createThread(input: {messages: [{content: "see file", fileIds: $f}]}) {
    thread {
      messages {
        nodes {
          files {
            nodes {
              file {
                id
                filename
                bytes
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsThreadMutation, UploadsThreadMutationVariables>;
export const UploadsAfterDeleteDocument = new TypedDocumentString(`
    query UploadsAfterDelete($a: ID!) {
  assistant(id: $a) {
    fileIds
  }
}
    `) as unknown as TypedDocumentString<UploadsAfterDeleteQuery, UploadsAfterDeleteQueryVariables>;
export const UploadsEmptyThreadDocument = new TypedDocumentString(`
    mutation UploadsEmptyThread {
  createThread(input: {}) {
    thread {
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsEmptyThreadMutation, UploadsEmptyThreadMutationVariables>;
export const UploadsAnnotatedDocument = new TypedDocumentString(`
    query UploadsAnnotated($t: ID!) {
  thread(id: $t) {
    messages {
      nodes {
        content {
          __typename
          ... on TextContent {
            annotations {
              __typename
              ... on FileCitationAnnotation {
                file {
                  id
                  filename
                  downloadUrl
                }
              }
              ... on FilePathAnnotation {
                file {
                  filename
                  purpose
                  downloadUrl
                }
              }
            }
          }
          ... on ImageFileContent {
            fileId
            file {
              filename
              purpose
              bytes
              downloadUrl
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsAnnotatedQuery, UploadsAnnotatedQueryVariables>;
export const FaultsAssistantDocument = new TypedDocumentString(`
    query FaultsAssistant {
  assistant(id: "asst_1") {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsAssistantQuery, FaultsAssistantQueryVariables>;
export const FaultsCreateThreadDocument = new TypedDocumentString(`
    mutation FaultsCreateThread {
  createThread(input: {}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateThreadMutation, FaultsCreateThreadMutationVariables>;
export const FaultsRunsDocument = new TypedDocumentString(`
    query FaultsRuns($id: ID!) {
  thread(id: $id) {
    runs(first: 3) {
      nodes {
        openaiId
        status
        incompleteDetails {
          reason
        }
        temperature
        toolChoice {
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsRunsQuery, FaultsRunsQueryVariables>;
export const FaultsUnknownValuesDocument = new TypedDocumentString(`
    query FaultsUnknownValues($id: ID!) {
  thread(id: $id) {
    messages(first: 5) {
      nodes {
        status
      }
    }
    run(id: "run_1") {
      steps(first: 5) {
        nodes {
          status
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsUnknownValuesQuery, FaultsUnknownValuesQueryVariables>;
export const FaultsEmptyListDocument = new TypedDocumentString(`
    query FaultsEmptyList {
  assistants(first: 5) {
    nodes {
      id
    }
    pageInfo {
      startCursor
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsEmptyListQuery, FaultsEmptyListQueryVariables>;
export const FaultsAssistantNameDocument = new TypedDocumentString(`
    query FaultsAssistantName {
  assistant(id: "asst_1") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FaultsAssistantNameQuery, FaultsAssistantNameQueryVariables>;
export const KitRunStatusDocument = new TypedDocumentString(`
    query KitRunStatus($id: ID!) {
  node(id: $id) {
    ... on Run {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<KitRunStatusQuery, KitRunStatusQueryVariables>;
export const KitCreateAssistantDocument = new TypedDocumentString(`
    mutation KitCreateAssistant($input: CreateAssistantInput!) {
  createAssistant(input: $input) {
    assistant {
      id
      openaiId
      name
      model
    }
  }
}
    `) as unknown as TypedDocumentString<KitCreateAssistantMutation, KitCreateAssistantMutationVariables>;
export const OperabilityAssistantDocument = new TypedDocumentString(`
    query OperabilityAssistant($id: ID!) {
  assistant(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OperabilityAssistantQuery, OperabilityAssistantQueryVariables>;
export const OperabilityNodeDocument = new TypedDocumentString(`
    query OperabilityNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperabilityNodeQuery, OperabilityNodeQueryVariables>;
export const OperabilityCreateDocument = new TypedDocumentString(`
    mutation OperabilityCreate($input: CreateAssistantInput!) {
  createAssistant(input: $input) {
    assistant {
      openaiId
    }
  }
}
    `) as unknown as TypedDocumentString<OperabilityCreateMutation, OperabilityCreateMutationVariables>;
export const OperabilityDeleteDocument = new TypedDocumentString(`
    mutation OperabilityDelete($id: ID!) {
  deleteAssistant(input: {id: $id}) {
    deletedAssistantId
  }
}
    `) as unknown as TypedDocumentString<OperabilityDeleteMutation, OperabilityDeleteMutationVariables>;
export const OperabilityEventsDocument = new TypedDocumentString(`
    subscription OperabilityEvents($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    event
  }
}
    `) as unknown as TypedDocumentString<OperabilityEventsSubscription, OperabilityEventsSubscriptionVariables>;
export const OperabilityTwoAssistantsDocument = new TypedDocumentString(`
    query OperabilityTwoAssistants($a: ID!, $b: ID!) {
  a: assistant(id: $a) {
    name
  }
  b: assistant(id: $b) {
    name
  }
}
    `) as unknown as TypedDocumentString<OperabilityTwoAssistantsQuery, OperabilityTwoAssistantsQueryVariables>;
export const SecurityMissingAssistantDocument = new TypedDocumentString(`
    query SecurityMissingAssistant {
  assistant(id: "asst_nope") {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityMissingAssistantQuery, SecurityMissingAssistantQueryVariables>;
export const SecurityOrdinaryDocument = new TypedDocumentString(`
    query SecurityOrdinary {
  assistants(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityOrdinaryQuery, SecurityOrdinaryQueryVariables>;