/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ChatAssistantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatAssistantsQuery = { assistants: { nodes: Array<{ id: string, openaiId: string, name: string | null, model: string }> } };

export type ChatConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatConversationsQuery = { viewer: { threads: { nodes: Array<{ openaiId: string, createdAt: string }> } } };

export type ChatMessagesQueryVariables = Exact<{
  thread: string | number;
  before?: string | null | undefined;
}>;


export type ChatMessagesQuery = { thread: { id: string, activeRun: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } | null, messages: { nodes: Array<{ openaiId: string, role: MessageRole, text: string }>, pageInfo: { hasPreviousPage: boolean, startCursor: string | null } } } | null };

type ChatRunEvent_DoneEvent_Fragment = { __typename: 'DoneEvent', event: string };

type ChatRunEvent_MessageDeltaEvent_Fragment = { __typename: 'MessageDeltaEvent', messageId: string, event: string, content: Array<
    | { __typename: 'ImageFileContentDelta' }
    | { __typename: 'TextContentDelta', value: string | null }
    | { __typename: 'UnknownContentDelta' }
  > };

type ChatRunEvent_MessageEvent_Fragment = { __typename: 'MessageEvent', event: string, message: { openaiId: string, role: MessageRole, text: string } };

type ChatRunEvent_RunStatusEvent_Fragment = { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } };

type ChatRunEvent_RunStepDeltaEvent_Fragment = { __typename: 'RunStepDeltaEvent', event: string };

type ChatRunEvent_RunStepEvent_Fragment = { __typename: 'RunStepEvent', event: string };

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
        | { __typename: 'ImageFileContentDelta' }
        | { __typename: 'TextContentDelta', value: string | null }
        | { __typename: 'UnknownContentDelta' }
      > }
    | { __typename: 'MessageEvent', event: string, message: { openaiId: string, role: MessageRole, text: string } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', event: string }
    | { __typename: 'RunStepEvent', event: string }
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
        | { __typename: 'ImageFileContentDelta' }
        | { __typename: 'TextContentDelta', value: string | null }
        | { __typename: 'UnknownContentDelta' }
      > }
    | { __typename: 'MessageEvent', event: string, message: { openaiId: string, role: MessageRole, text: string } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', event: string }
    | { __typename: 'RunStepEvent', event: string }
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
        | { __typename: 'ImageFileContentDelta' }
        | { __typename: 'TextContentDelta', value: string | null }
        | { __typename: 'UnknownContentDelta' }
      > }
    | { __typename: 'MessageEvent', event: string, message: { openaiId: string, role: MessageRole, text: string } }
    | { __typename: 'RunStatusEvent', event: string, run: { id: string, status: RunStatus, requiredAction: { toolCalls: Array<{ id: string, functionName: string, arguments: string }> } | null } }
    | { __typename: 'RunStepDeltaEvent', event: string }
    | { __typename: 'RunStepEvent', event: string }
    | { __typename: 'StreamErrorEvent', event: string, error: { message: string } }
    | { __typename: 'ThreadCreatedEvent', event: string, thread: { openaiId: string } }
    | { __typename: 'UnknownRunEvent', event: string }
   };

export const ChatRunEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatRunEventFragment, unknown>;
export const ChatAssistantsDocument = {"__meta__":{"hash":"1e4525729db0f85fbb56423f424effc0aa3910ea7745b2509c4b49ff78ae73a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatAssistants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]} as unknown as DocumentNode<ChatAssistantsQuery, ChatAssistantsQueryVariables>;
export const ChatConversationsDocument = {"__meta__":{"hash":"99fd33de0eae7d01088522fc345dc82002ed246d70e3d23111fc0606c4186a88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatConversationsQuery, ChatConversationsQueryVariables>;
export const ChatMessagesDocument = {"__meta__":{"hash":"457b5623dd856a9c9b19da1d0fb8d8f30bf900fd8f93f7fde7b73d1d19c53213"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thread"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thread"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatMessagesQuery, ChatMessagesQueryVariables>;
export const ChatThreadAndRunDocument = {"__meta__":{"hash":"44ff937fc7e3245729b242422b38771c75f0477584488e480811ac0f5e3a9c71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatThreadAndRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateThreadAndRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadAndRunEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRunEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatThreadAndRunSubscription, ChatThreadAndRunSubscriptionVariables>;
export const ChatRunDocument = {"__meta__":{"hash":"c41687cef8a5ef438c19f063cf0bfccde858141dfcab30cd3521d0ee6e10d4cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRunEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatRunSubscription, ChatRunSubscriptionVariables>;
export const ChatToolOutputsDocument = {"__meta__":{"hash":"4a58a1cb05ac33a10d8d87cf02f6faa43ba6385c4973cd4dc10876e3ad7d635b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatToolOutputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitToolOutputsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolOutputEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRunEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContentDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openaiId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatToolOutputsSubscription, ChatToolOutputsSubscriptionVariables>;