/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The assistant and the file to attach. */
export type CreateAssistantFileInput = {
  /** The assistant, by global ID or raw `asst_…` id. */
  assistantId: string | number;
  /** The file id (`file-…`), of a file with purpose `assistants`. */
  fileId: string;
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

/** The file to delete. */
export type DeleteFileInput = {
  /** The file, by global ID or raw `file-…` id. */
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

/** The file to upload and what it is for. */
export type UploadFileInput = {
  /** The file, as a part of a multipart request (GraphQL multipart request spec), at most 536,870,912 bytes; its name's extension gives its type. */
  file: unknown;
  /** `ASSISTANTS` or `FINE_TUNE` (the others are made by the upstream). */
  purpose: FilePurpose;
};

export type ChatAssistantFragment = { id: string, openaiId: string, name: string | null, model: string, fileIds: Array<string>, tools: Array<
    | { type: ToolType }
    | { type: ToolType, function: { name: string, description: string | null, parameters: Record<string, unknown> | null } }
    | { type: ToolType }
  > };

export type ChatAssistantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatAssistantsQuery = { assistants: { nodes: Array<{ id: string, openaiId: string, name: string | null, model: string, fileIds: Array<string>, tools: Array<
        | { type: ToolType }
        | { type: ToolType, function: { name: string, description: string | null, parameters: Record<string, unknown> | null } }
        | { type: ToolType }
      > }> } };

export type ChatUpdateToolsMutationVariables = Exact<{
  input: UpdateAssistantInput;
}>;


export type ChatUpdateToolsMutation = { updateAssistant: { assistant: { id: string, openaiId: string, name: string | null, model: string, fileIds: Array<string>, tools: Array<
        | { type: ToolType }
        | { type: ToolType, function: { name: string, description: string | null, parameters: Record<string, unknown> | null } }
        | { type: ToolType }
      > } } };

export type ChatUploadFileMutationVariables = Exact<{
  input: UploadFileInput;
}>;


export type ChatUploadFileMutation = { uploadFile: { file: { openaiId: string, filename: string, status: FileStatus | null, statusDetails: string | null } } };

export type ChatDeleteFileMutationVariables = Exact<{
  input: DeleteFileInput;
}>;


export type ChatDeleteFileMutation = { deleteFile: { deletedFileId: string } };

export type ChatAttachToAssistantMutationVariables = Exact<{
  input: CreateAssistantFileInput;
}>;


export type ChatAttachToAssistantMutation = { createAssistantFile: { assistantFile: { openaiId: string } } };

export type ChatConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatConversationsQuery = { viewer: { threads: { nodes: Array<{ openaiId: string, createdAt: string }> } } };

export type ChatMessageFragment = { openaiId: string, role: MessageRole, text: string, content: Array<
    | { __typename: 'ImageFileContent', fileId: string, downloadUrl: string | null }
    | { __typename: 'TextContent', value: string, annotations: Array<
        | { __typename: 'FileCitationAnnotation', text: string, startIndex: number, endIndex: number, quote: string | null, fileId: string, file: { filename: string } | null }
        | { __typename: 'FilePathAnnotation', text: string, startIndex: number, endIndex: number, fileId: string, file: { filename: string, downloadUrl: string | null } | null }
      > }
  > };

export type ChatCodeStepFragment = { openaiId: string, stepDetails:
    | { __typename: 'MessageCreationStepDetails' }
    | { __typename: 'ToolCallsStepDetails', toolCalls: Array<
        | { __typename: 'CodeInterpreterToolCall', input: string, outputs: Array<
            | { __typename: 'CodeInterpreterImage' }
            | { __typename: 'CodeInterpreterLogs', logs: string }
          > }
        | { __typename: 'FunctionToolCall' }
        | { __typename: 'RetrievalToolCall' }
      > }
   };

export type ChatMessagesQueryVariables = Exact<{
  thread: string | number;
  before?: string | null | undefined;
}>;


export type ChatMessagesQuery = { thread: { id: string, activeRun: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } | null, messages: { nodes: Array<{ openaiId: string, role: MessageRole, text: string, run: { id: string } | null, content: Array<
          | { __typename: 'ImageFileContent', fileId: string, downloadUrl: string | null }
          | { __typename: 'TextContent', value: string, annotations: Array<
              | { __typename: 'FileCitationAnnotation', text: string, startIndex: number, endIndex: number, quote: string | null, fileId: string, file: { filename: string } | null }
              | { __typename: 'FilePathAnnotation', text: string, startIndex: number, endIndex: number, fileId: string, file: { filename: string, downloadUrl: string | null } | null }
            > }
        > }>, pageInfo: { hasPreviousPage: boolean, startCursor: string | null } } } | null };

export type ChatCodeStepsQueryVariables = Exact<{
  runs: Array<string | number> | string | number;
}>;


export type ChatCodeStepsQuery = { nodes: Array<
    | { id: string, steps: { nodes: Array<{ openaiId: string, stepDetails:
            | { __typename: 'MessageCreationStepDetails' }
            | { __typename: 'ToolCallsStepDetails', toolCalls: Array<
                | { __typename: 'CodeInterpreterToolCall', input: string, outputs: Array<
                    | { __typename: 'CodeInterpreterImage' }
                    | { __typename: 'CodeInterpreterLogs', logs: string }
                  > }
                | { __typename: 'FunctionToolCall' }
                | { __typename: 'RetrievalToolCall' }
              > }
           }> } }
    | Record<PropertyKey, never>
   | null> };

type ChatRunEvent_DoneEvent_Fragment = { __typename: 'DoneEvent', event: string };

type ChatRunEvent_MessageDeltaEvent_Fragment = { __typename: 'MessageDeltaEvent', messageId: string, event: string, content: Array<
    | { __typename: 'ImageFileContentDelta', fileId: string | null, downloadUrl: string | null }
    | { __typename: 'TextContentDelta', index: number, value: string | null, annotations: Array<{ index: number, type: string, text: string | null, startIndex: number | null, endIndex: number | null, quote: string | null, fileId: string | null, file: { filename: string, downloadUrl: string | null } | null }> }
    | { __typename: 'UnknownContentDelta' }
  > };

type ChatRunEvent_MessageEvent_Fragment = { __typename: 'MessageEvent', event: string, message: { openaiId: string, role: MessageRole, text: string, content: Array<
      | { __typename: 'ImageFileContent', fileId: string, downloadUrl: string | null }
      | { __typename: 'TextContent', value: string, annotations: Array<
          | { __typename: 'FileCitationAnnotation', text: string, startIndex: number, endIndex: number, quote: string | null, fileId: string, file: { filename: string } | null }
          | { __typename: 'FilePathAnnotation', text: string, startIndex: number, endIndex: number, fileId: string, file: { filename: string, downloadUrl: string | null } | null }
        > }
    > } };

type ChatRunEvent_RunStatusEvent_Fragment = { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } };

type ChatRunEvent_RunStepDeltaEvent_Fragment = { __typename: 'RunStepDeltaEvent', stepId: string, event: string, toolCalls: Array<{ index: number, type: string, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null, imageFile: { downloadUrl: string | null } | null }> } | null }> };

type ChatRunEvent_RunStepEvent_Fragment = { __typename: 'RunStepEvent', event: string, step: { openaiId: string, stepDetails:
      | { __typename: 'MessageCreationStepDetails' }
      | { __typename: 'ToolCallsStepDetails', toolCalls: Array<
          | { __typename: 'CodeInterpreterToolCall', input: string, outputs: Array<
              | { __typename: 'CodeInterpreterImage' }
              | { __typename: 'CodeInterpreterLogs', logs: string }
            > }
          | { __typename: 'FunctionToolCall' }
          | { __typename: 'RetrievalToolCall' }
        > }
     } };

type ChatRunEvent_StreamErrorEvent_Fragment = { __typename: 'StreamErrorEvent', event: string, error: { message: string } };

type ChatRunEvent_ThreadCreatedEvent_Fragment = { __typename: 'ThreadCreatedEvent', event: string, thread: { openaiId: string } };

type ChatRunEvent_UnknownRunEvent_Fragment = { __typename: 'UnknownRunEvent', event: string };

export type ChatRunEventFragment =
  | ChatRunEvent_DoneEvent_Fragment
  | ChatRunEvent_MessageDeltaEvent_Fragment
  | ChatRunEvent_MessageEvent_Fragment
  | ChatRunEvent_RunStatusEvent_Fragment
  | ChatRunEvent_RunStepDeltaEvent_Fragment
  | ChatRunEvent_RunStepEvent_Fragment
  | ChatRunEvent_StreamErrorEvent_Fragment
  | ChatRunEvent_ThreadCreatedEvent_Fragment
  | ChatRunEvent_UnknownRunEvent_Fragment
;

export type ChatThreadAndRunSubscriptionVariables = Exact<{
  input: CreateThreadAndRunInput;
}>;


export type ChatThreadAndRunSubscription = { threadAndRunEvents:
    | { __typename: 'DoneEvent', event: string }
    | { __typename: 'MessageDeltaEvent', messageId: string, event: string, content: Array<
        | { __typename: 'ImageFileContentDelta', fileId: string | null, downloadUrl: string | null }
        | { __typename: 'TextContentDelta', index: number, value: string | null, annotations: Array<{ index: number, type: string, text: string | null, startIndex: number | null, endIndex: number | null, quote: string | null, fileId: string | null, file: { filename: string, downloadUrl: string | null } | null }> }
        | { __typename: 'UnknownContentDelta' }
      > }
    | { __typename: 'MessageEvent', event: string, message: { openaiId: string, role: MessageRole, text: string, content: Array<
          | { __typename: 'ImageFileContent', fileId: string, downloadUrl: string | null }
          | { __typename: 'TextContent', value: string, annotations: Array<
              | { __typename: 'FileCitationAnnotation', text: string, startIndex: number, endIndex: number, quote: string | null, fileId: string, file: { filename: string } | null }
              | { __typename: 'FilePathAnnotation', text: string, startIndex: number, endIndex: number, fileId: string, file: { filename: string, downloadUrl: string | null } | null }
            > }
        > } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', stepId: string, event: string, toolCalls: Array<{ index: number, type: string, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null, imageFile: { downloadUrl: string | null } | null }> } | null }> }
    | { __typename: 'RunStepEvent', event: string, step: { openaiId: string, stepDetails:
          | { __typename: 'MessageCreationStepDetails' }
          | { __typename: 'ToolCallsStepDetails', toolCalls: Array<
              | { __typename: 'CodeInterpreterToolCall', input: string, outputs: Array<
                  | { __typename: 'CodeInterpreterImage' }
                  | { __typename: 'CodeInterpreterLogs', logs: string }
                > }
              | { __typename: 'FunctionToolCall' }
              | { __typename: 'RetrievalToolCall' }
            > }
         } }
    | { __typename: 'StreamErrorEvent', event: string, error: { message: string } }
    | { __typename: 'ThreadCreatedEvent', event: string, thread: { openaiId: string } }
    | { __typename: 'UnknownRunEvent', event: string }
   };

export type ChatRunSubscriptionVariables = Exact<{
  input: CreateRunInput;
}>;


export type ChatRunSubscription = { runEvents:
    | { __typename: 'DoneEvent', event: string }
    | { __typename: 'MessageDeltaEvent', messageId: string, event: string, content: Array<
        | { __typename: 'ImageFileContentDelta', fileId: string | null, downloadUrl: string | null }
        | { __typename: 'TextContentDelta', index: number, value: string | null, annotations: Array<{ index: number, type: string, text: string | null, startIndex: number | null, endIndex: number | null, quote: string | null, fileId: string | null, file: { filename: string, downloadUrl: string | null } | null }> }
        | { __typename: 'UnknownContentDelta' }
      > }
    | { __typename: 'MessageEvent', event: string, message: { openaiId: string, role: MessageRole, text: string, content: Array<
          | { __typename: 'ImageFileContent', fileId: string, downloadUrl: string | null }
          | { __typename: 'TextContent', value: string, annotations: Array<
              | { __typename: 'FileCitationAnnotation', text: string, startIndex: number, endIndex: number, quote: string | null, fileId: string, file: { filename: string } | null }
              | { __typename: 'FilePathAnnotation', text: string, startIndex: number, endIndex: number, fileId: string, file: { filename: string, downloadUrl: string | null } | null }
            > }
        > } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', stepId: string, event: string, toolCalls: Array<{ index: number, type: string, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null, imageFile: { downloadUrl: string | null } | null }> } | null }> }
    | { __typename: 'RunStepEvent', event: string, step: { openaiId: string, stepDetails:
          | { __typename: 'MessageCreationStepDetails' }
          | { __typename: 'ToolCallsStepDetails', toolCalls: Array<
              | { __typename: 'CodeInterpreterToolCall', input: string, outputs: Array<
                  | { __typename: 'CodeInterpreterImage' }
                  | { __typename: 'CodeInterpreterLogs', logs: string }
                > }
              | { __typename: 'FunctionToolCall' }
              | { __typename: 'RetrievalToolCall' }
            > }
         } }
    | { __typename: 'StreamErrorEvent', event: string, error: { message: string } }
    | { __typename: 'ThreadCreatedEvent', event: string, thread: { openaiId: string } }
    | { __typename: 'UnknownRunEvent', event: string }
   };

export type ChatToolOutputsSubscriptionVariables = Exact<{
  input: SubmitToolOutputsInput;
}>;


export type ChatToolOutputsSubscription = { toolOutputEvents:
    | { __typename: 'DoneEvent', event: string }
    | { __typename: 'MessageDeltaEvent', messageId: string, event: string, content: Array<
        | { __typename: 'ImageFileContentDelta', fileId: string | null, downloadUrl: string | null }
        | { __typename: 'TextContentDelta', index: number, value: string | null, annotations: Array<{ index: number, type: string, text: string | null, startIndex: number | null, endIndex: number | null, quote: string | null, fileId: string | null, file: { filename: string, downloadUrl: string | null } | null }> }
        | { __typename: 'UnknownContentDelta' }
      > }
    | { __typename: 'MessageEvent', event: string, message: { openaiId: string, role: MessageRole, text: string, content: Array<
          | { __typename: 'ImageFileContent', fileId: string, downloadUrl: string | null }
          | { __typename: 'TextContent', value: string, annotations: Array<
              | { __typename: 'FileCitationAnnotation', text: string, startIndex: number, endIndex: number, quote: string | null, fileId: string, file: { filename: string } | null }
              | { __typename: 'FilePathAnnotation', text: string, startIndex: number, endIndex: number, fileId: string, file: { filename: string, downloadUrl: string | null } | null }
            > }
        > } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', stepId: string, event: string, toolCalls: Array<{ index: number, type: string, codeInterpreter: { input: string | null, outputs: Array<{ index: number, type: string, logs: string | null, imageFileId: string | null, imageFile: { downloadUrl: string | null } | null }> } | null }> }
    | { __typename: 'RunStepEvent', event: string, step: { openaiId: string, stepDetails:
          | { __typename: 'MessageCreationStepDetails' }
          | { __typename: 'ToolCallsStepDetails', toolCalls: Array<
              | { __typename: 'CodeInterpreterToolCall', input: string, outputs: Array<
                  | { __typename: 'CodeInterpreterImage' }
                  | { __typename: 'CodeInterpreterLogs', logs: string }
                > }
              | { __typename: 'FunctionToolCall' }
              | { __typename: 'RetrievalToolCall' }
            > }
         } }
    | { __typename: 'StreamErrorEvent', event: string, error: { message: string } }
    | { __typename: 'ThreadCreatedEvent', event: string, thread: { openaiId: string } }
    | { __typename: 'UnknownRunEvent', event: string }
   };

export const ChatAssistantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatAssistant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assistant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"fileIds"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionTool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"function"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatAssistantFragment, unknown>;
export const ChatMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileCitationAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilePathAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMessageFragment, unknown>;
export const ChatCodeStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCodeStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"stepDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCallsStepDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterLogs"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatCodeStepFragment, unknown>;
export const ChatRunEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"codeInterpreter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"logs"}},{"kind":"Field","name":{"kind":"Name","value":"imageFileId"}},{"kind":"Field","name":{"kind":"Name","value":"imageFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStepEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatCodeStep"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileCitationAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilePathAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCodeStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"stepDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCallsStepDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterLogs"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatRunEventFragment, unknown>;
export const ChatAssistantsDocument = {"__meta__":{"hash":"8d5ca8044e5e72b7e5e642379818d0b7cf6f46e8231ad6f7801951d404ea9c52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatAssistants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatAssistant"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatAssistant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assistant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"fileIds"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionTool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"function"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatAssistantsQuery, ChatAssistantsQueryVariables>;
export const ChatUpdateToolsDocument = {"__meta__":{"hash":"82d2c80466fbdd25c6a63d110ffaf01bd9f76a514d2f3ea756e6316ccddbfb98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatUpdateTools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssistantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssistant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatAssistant"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatAssistant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assistant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"fileIds"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionTool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"function"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatUpdateToolsMutation, ChatUpdateToolsMutationVariables>;
export const ChatUploadFileDocument = {"__meta__":{"hash":"c2e37a990e6af7afa26df9eb27fa9f5f7c016c8fa6b582a80d5615fd57ef0de4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatUploadFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"}}]}}]}}]}}]} as unknown as DocumentNode<ChatUploadFileMutation, ChatUploadFileMutationVariables>;
export const ChatDeleteFileDocument = {"__meta__":{"hash":"3027713fb7155e8e942b9770e69992f60888ae50f3b6a2eaef4933317f5cbab8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatDeleteFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedFileId"}}]}}]}}]} as unknown as DocumentNode<ChatDeleteFileMutation, ChatDeleteFileMutationVariables>;
export const ChatAttachToAssistantDocument = {"__meta__":{"hash":"34d96d599d03a584f20a71e9e82fd7c28fc010b42ecb1fec8d8891cf720b0bb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatAttachToAssistant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssistantFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssistantFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}}]}}]} as unknown as DocumentNode<ChatAttachToAssistantMutation, ChatAttachToAssistantMutationVariables>;
export const ChatConversationsDocument = {"__meta__":{"hash":"99fd33de0eae7d01088522fc345dc82002ed246d70e3d23111fc0606c4186a88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatConversationsQuery, ChatConversationsQueryVariables>;
export const ChatMessagesDocument = {"__meta__":{"hash":"2b0e4c3ffe1bd0c34ce49d8b931bcb2568f9890a6e74d5090f4759347f81d35c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thread"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thread"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessage"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileCitationAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilePathAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMessagesQuery, ChatMessagesQueryVariables>;
export const ChatCodeStepsDocument = {"__meta__":{"hash":"19abb8a1aa701f38636caf2907f7225d7be65e123a5f43eaf4f366f051fe0c65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatCodeSteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatCodeStep"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCodeStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"stepDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCallsStepDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterLogs"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatCodeStepsQuery, ChatCodeStepsQueryVariables>;
export const ChatThreadAndRunDocument = {"__meta__":{"hash":"0e39ec9a44511bffb75abd795e0728e3e38035bda936c455090574a4c0d311af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatThreadAndRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateThreadAndRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadAndRunEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRunEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileCitationAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilePathAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCodeStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"stepDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCallsStepDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterLogs"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"codeInterpreter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"logs"}},{"kind":"Field","name":{"kind":"Name","value":"imageFileId"}},{"kind":"Field","name":{"kind":"Name","value":"imageFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStepEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatCodeStep"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatThreadAndRunSubscription, ChatThreadAndRunSubscriptionVariables>;
export const ChatRunDocument = {"__meta__":{"hash":"4fb07e7b3dc93e40bf43903ae1e14894a4abf11f6551c4bee247d41024b47c66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRunEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileCitationAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilePathAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCodeStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"stepDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCallsStepDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterLogs"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"codeInterpreter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"logs"}},{"kind":"Field","name":{"kind":"Name","value":"imageFileId"}},{"kind":"Field","name":{"kind":"Name","value":"imageFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStepEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatCodeStep"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatRunSubscription, ChatRunSubscriptionVariables>;
export const ChatToolOutputsDocument = {"__meta__":{"hash":"d2ae1ed60af2c07f2b1fff071448e0e1449b1378bc6e51b01946b5b83d1e310c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatToolOutputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitToolOutputsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolOutputEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRunEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileCitationAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilePathAnnotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCodeStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"stepDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCallsStepDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeInterpreterLogs"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFileContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"codeInterpreter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"logs"}},{"kind":"Field","name":{"kind":"Name","value":"imageFileId"}},{"kind":"Field","name":{"kind":"Name","value":"imageFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStepEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatCodeStep"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatToolOutputsSubscription, ChatToolOutputsSubscriptionVariables>;