/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ChatAssistant on Assistant {\n    id\n    openaiId\n    name\n    model\n    fileIds\n    tools { type ... on FunctionTool { function { name description parameters } } }\n  }\n": typeof types.ChatAssistantFragmentDoc,
    "\n  query ChatAssistants {\n    assistants(first: 20) { nodes { ...ChatAssistant } }\n  }\n": typeof types.ChatAssistantsDocument,
    "\n  mutation ChatUpdateTools($input: UpdateAssistantInput!) {\n    updateAssistant(input: $input) { assistant { ...ChatAssistant } }\n  }\n": typeof types.ChatUpdateToolsDocument,
    "\n  mutation ChatUploadFile($input: UploadFileInput!) {\n    uploadFile(input: $input) { file { openaiId filename status statusDetails } }\n  }\n": typeof types.ChatUploadFileDocument,
    "\n  mutation ChatDeleteFile($input: DeleteFileInput!) {\n    deleteFile(input: $input) { deletedFileId }\n  }\n": typeof types.ChatDeleteFileDocument,
    "\n  mutation ChatAttachToAssistant($input: CreateAssistantFileInput!) {\n    createAssistantFile(input: $input) { assistantFile { openaiId } }\n  }\n": typeof types.ChatAttachToAssistantDocument,
    "\n  query ChatConversations {\n    viewer { threads(first: 20) { nodes { openaiId createdAt } } }\n  }\n": typeof types.ChatConversationsDocument,
    "\n  fragment ChatMessage on Message {\n    openaiId\n    role\n    text\n    content {\n      __typename\n      ... on TextContent {\n        value\n        annotations {\n          __typename\n          ... on FileCitationAnnotation { text startIndex endIndex quote fileId file { filename } }\n          ... on FilePathAnnotation { text startIndex endIndex fileId file { filename downloadUrl } }\n        }\n      }\n      ... on ImageFileContent { fileId downloadUrl }\n    }\n  }\n": typeof types.ChatMessageFragmentDoc,
    "\n  fragment ChatCodeStep on RunStep {\n    openaiId\n    stepDetails {\n      __typename\n      ... on ToolCallsStepDetails {\n        toolCalls { __typename ... on CodeInterpreterToolCall { input outputs { __typename ... on CodeInterpreterLogs { logs } } } }\n      }\n    }\n  }\n": typeof types.ChatCodeStepFragmentDoc,
    "\n  query ChatMessages($thread: ID!, $before: String) {\n    thread(id: $thread) {\n      id\n      activeRun { id status requiredAction { toolCalls { id functionName arguments } } }\n      messages(order: ASC, last: 10, before: $before) {\n        nodes { ...ChatMessage run { id } }\n        pageInfo { hasPreviousPage startCursor }\n      }\n    }\n  }\n": typeof types.ChatMessagesDocument,
    "\n  query ChatCodeSteps($runs: [ID!]!) {\n    nodes(ids: $runs) { ... on Run { id steps(order: ASC) { nodes { ...ChatCodeStep } } } }\n  }\n": typeof types.ChatCodeStepsDocument,
    "\n  fragment ChatRunEvent on RunEvent {\n    __typename\n    event\n    ... on ThreadCreatedEvent { thread { openaiId } }\n    ... on MessageDeltaEvent {\n      messageId\n      content {\n        __typename\n        ... on TextContentDelta { index value annotations { index type text startIndex endIndex quote fileId file { filename downloadUrl } } }\n        ... on ImageFileContentDelta { fileId downloadUrl }\n      }\n    }\n    ... on MessageEvent { message { ...ChatMessage } }\n    ... on RunStepDeltaEvent { stepId toolCalls { index type codeInterpreter { input outputs { index type logs imageFileId imageFile { downloadUrl } } } } }\n    ... on RunStepEvent { step { ...ChatCodeStep } }\n    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }\n    ... on StreamErrorEvent { error { message } }\n  }\n": typeof types.ChatRunEventFragmentDoc,
    "\n  subscription ChatThreadAndRun($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) { ...ChatRunEvent }\n  }\n": typeof types.ChatThreadAndRunDocument,
    "\n  subscription ChatRun($input: CreateRunInput!) {\n    runEvents(input: $input) { ...ChatRunEvent }\n  }\n": typeof types.ChatRunDocument,
    "\n  subscription ChatToolOutputs($input: SubmitToolOutputsInput!) {\n    toolOutputEvents(input: $input) { ...ChatRunEvent }\n  }\n": typeof types.ChatToolOutputsDocument,
};
const documents: Documents = {
    "\n  fragment ChatAssistant on Assistant {\n    id\n    openaiId\n    name\n    model\n    fileIds\n    tools { type ... on FunctionTool { function { name description parameters } } }\n  }\n": types.ChatAssistantFragmentDoc,
    "\n  query ChatAssistants {\n    assistants(first: 20) { nodes { ...ChatAssistant } }\n  }\n": types.ChatAssistantsDocument,
    "\n  mutation ChatUpdateTools($input: UpdateAssistantInput!) {\n    updateAssistant(input: $input) { assistant { ...ChatAssistant } }\n  }\n": types.ChatUpdateToolsDocument,
    "\n  mutation ChatUploadFile($input: UploadFileInput!) {\n    uploadFile(input: $input) { file { openaiId filename status statusDetails } }\n  }\n": types.ChatUploadFileDocument,
    "\n  mutation ChatDeleteFile($input: DeleteFileInput!) {\n    deleteFile(input: $input) { deletedFileId }\n  }\n": types.ChatDeleteFileDocument,
    "\n  mutation ChatAttachToAssistant($input: CreateAssistantFileInput!) {\n    createAssistantFile(input: $input) { assistantFile { openaiId } }\n  }\n": types.ChatAttachToAssistantDocument,
    "\n  query ChatConversations {\n    viewer { threads(first: 20) { nodes { openaiId createdAt } } }\n  }\n": types.ChatConversationsDocument,
    "\n  fragment ChatMessage on Message {\n    openaiId\n    role\n    text\n    content {\n      __typename\n      ... on TextContent {\n        value\n        annotations {\n          __typename\n          ... on FileCitationAnnotation { text startIndex endIndex quote fileId file { filename } }\n          ... on FilePathAnnotation { text startIndex endIndex fileId file { filename downloadUrl } }\n        }\n      }\n      ... on ImageFileContent { fileId downloadUrl }\n    }\n  }\n": types.ChatMessageFragmentDoc,
    "\n  fragment ChatCodeStep on RunStep {\n    openaiId\n    stepDetails {\n      __typename\n      ... on ToolCallsStepDetails {\n        toolCalls { __typename ... on CodeInterpreterToolCall { input outputs { __typename ... on CodeInterpreterLogs { logs } } } }\n      }\n    }\n  }\n": types.ChatCodeStepFragmentDoc,
    "\n  query ChatMessages($thread: ID!, $before: String) {\n    thread(id: $thread) {\n      id\n      activeRun { id status requiredAction { toolCalls { id functionName arguments } } }\n      messages(order: ASC, last: 10, before: $before) {\n        nodes { ...ChatMessage run { id } }\n        pageInfo { hasPreviousPage startCursor }\n      }\n    }\n  }\n": types.ChatMessagesDocument,
    "\n  query ChatCodeSteps($runs: [ID!]!) {\n    nodes(ids: $runs) { ... on Run { id steps(order: ASC) { nodes { ...ChatCodeStep } } } }\n  }\n": types.ChatCodeStepsDocument,
    "\n  fragment ChatRunEvent on RunEvent {\n    __typename\n    event\n    ... on ThreadCreatedEvent { thread { openaiId } }\n    ... on MessageDeltaEvent {\n      messageId\n      content {\n        __typename\n        ... on TextContentDelta { index value annotations { index type text startIndex endIndex quote fileId file { filename downloadUrl } } }\n        ... on ImageFileContentDelta { fileId downloadUrl }\n      }\n    }\n    ... on MessageEvent { message { ...ChatMessage } }\n    ... on RunStepDeltaEvent { stepId toolCalls { index type codeInterpreter { input outputs { index type logs imageFileId imageFile { downloadUrl } } } } }\n    ... on RunStepEvent { step { ...ChatCodeStep } }\n    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }\n    ... on StreamErrorEvent { error { message } }\n  }\n": types.ChatRunEventFragmentDoc,
    "\n  subscription ChatThreadAndRun($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) { ...ChatRunEvent }\n  }\n": types.ChatThreadAndRunDocument,
    "\n  subscription ChatRun($input: CreateRunInput!) {\n    runEvents(input: $input) { ...ChatRunEvent }\n  }\n": types.ChatRunDocument,
    "\n  subscription ChatToolOutputs($input: SubmitToolOutputsInput!) {\n    toolOutputEvents(input: $input) { ...ChatRunEvent }\n  }\n": types.ChatToolOutputsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatAssistant on Assistant {\n    id\n    openaiId\n    name\n    model\n    fileIds\n    tools { type ... on FunctionTool { function { name description parameters } } }\n  }\n"): (typeof documents)["\n  fragment ChatAssistant on Assistant {\n    id\n    openaiId\n    name\n    model\n    fileIds\n    tools { type ... on FunctionTool { function { name description parameters } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatAssistants {\n    assistants(first: 20) { nodes { ...ChatAssistant } }\n  }\n"): (typeof documents)["\n  query ChatAssistants {\n    assistants(first: 20) { nodes { ...ChatAssistant } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatUpdateTools($input: UpdateAssistantInput!) {\n    updateAssistant(input: $input) { assistant { ...ChatAssistant } }\n  }\n"): (typeof documents)["\n  mutation ChatUpdateTools($input: UpdateAssistantInput!) {\n    updateAssistant(input: $input) { assistant { ...ChatAssistant } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatUploadFile($input: UploadFileInput!) {\n    uploadFile(input: $input) { file { openaiId filename status statusDetails } }\n  }\n"): (typeof documents)["\n  mutation ChatUploadFile($input: UploadFileInput!) {\n    uploadFile(input: $input) { file { openaiId filename status statusDetails } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatDeleteFile($input: DeleteFileInput!) {\n    deleteFile(input: $input) { deletedFileId }\n  }\n"): (typeof documents)["\n  mutation ChatDeleteFile($input: DeleteFileInput!) {\n    deleteFile(input: $input) { deletedFileId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatAttachToAssistant($input: CreateAssistantFileInput!) {\n    createAssistantFile(input: $input) { assistantFile { openaiId } }\n  }\n"): (typeof documents)["\n  mutation ChatAttachToAssistant($input: CreateAssistantFileInput!) {\n    createAssistantFile(input: $input) { assistantFile { openaiId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatConversations {\n    viewer { threads(first: 20) { nodes { openaiId createdAt } } }\n  }\n"): (typeof documents)["\n  query ChatConversations {\n    viewer { threads(first: 20) { nodes { openaiId createdAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessage on Message {\n    openaiId\n    role\n    text\n    content {\n      __typename\n      ... on TextContent {\n        value\n        annotations {\n          __typename\n          ... on FileCitationAnnotation { text startIndex endIndex quote fileId file { filename } }\n          ... on FilePathAnnotation { text startIndex endIndex fileId file { filename downloadUrl } }\n        }\n      }\n      ... on ImageFileContent { fileId downloadUrl }\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessage on Message {\n    openaiId\n    role\n    text\n    content {\n      __typename\n      ... on TextContent {\n        value\n        annotations {\n          __typename\n          ... on FileCitationAnnotation { text startIndex endIndex quote fileId file { filename } }\n          ... on FilePathAnnotation { text startIndex endIndex fileId file { filename downloadUrl } }\n        }\n      }\n      ... on ImageFileContent { fileId downloadUrl }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatCodeStep on RunStep {\n    openaiId\n    stepDetails {\n      __typename\n      ... on ToolCallsStepDetails {\n        toolCalls { __typename ... on CodeInterpreterToolCall { input outputs { __typename ... on CodeInterpreterLogs { logs } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChatCodeStep on RunStep {\n    openaiId\n    stepDetails {\n      __typename\n      ... on ToolCallsStepDetails {\n        toolCalls { __typename ... on CodeInterpreterToolCall { input outputs { __typename ... on CodeInterpreterLogs { logs } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatMessages($thread: ID!, $before: String) {\n    thread(id: $thread) {\n      id\n      activeRun { id status requiredAction { toolCalls { id functionName arguments } } }\n      messages(order: ASC, last: 10, before: $before) {\n        nodes { ...ChatMessage run { id } }\n        pageInfo { hasPreviousPage startCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatMessages($thread: ID!, $before: String) {\n    thread(id: $thread) {\n      id\n      activeRun { id status requiredAction { toolCalls { id functionName arguments } } }\n      messages(order: ASC, last: 10, before: $before) {\n        nodes { ...ChatMessage run { id } }\n        pageInfo { hasPreviousPage startCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatCodeSteps($runs: [ID!]!) {\n    nodes(ids: $runs) { ... on Run { id steps(order: ASC) { nodes { ...ChatCodeStep } } } }\n  }\n"): (typeof documents)["\n  query ChatCodeSteps($runs: [ID!]!) {\n    nodes(ids: $runs) { ... on Run { id steps(order: ASC) { nodes { ...ChatCodeStep } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatRunEvent on RunEvent {\n    __typename\n    event\n    ... on ThreadCreatedEvent { thread { openaiId } }\n    ... on MessageDeltaEvent {\n      messageId\n      content {\n        __typename\n        ... on TextContentDelta { index value annotations { index type text startIndex endIndex quote fileId file { filename downloadUrl } } }\n        ... on ImageFileContentDelta { fileId downloadUrl }\n      }\n    }\n    ... on MessageEvent { message { ...ChatMessage } }\n    ... on RunStepDeltaEvent { stepId toolCalls { index type codeInterpreter { input outputs { index type logs imageFileId imageFile { downloadUrl } } } } }\n    ... on RunStepEvent { step { ...ChatCodeStep } }\n    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }\n    ... on StreamErrorEvent { error { message } }\n  }\n"): (typeof documents)["\n  fragment ChatRunEvent on RunEvent {\n    __typename\n    event\n    ... on ThreadCreatedEvent { thread { openaiId } }\n    ... on MessageDeltaEvent {\n      messageId\n      content {\n        __typename\n        ... on TextContentDelta { index value annotations { index type text startIndex endIndex quote fileId file { filename downloadUrl } } }\n        ... on ImageFileContentDelta { fileId downloadUrl }\n      }\n    }\n    ... on MessageEvent { message { ...ChatMessage } }\n    ... on RunStepDeltaEvent { stepId toolCalls { index type codeInterpreter { input outputs { index type logs imageFileId imageFile { downloadUrl } } } } }\n    ... on RunStepEvent { step { ...ChatCodeStep } }\n    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }\n    ... on StreamErrorEvent { error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatThreadAndRun($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) { ...ChatRunEvent }\n  }\n"): (typeof documents)["\n  subscription ChatThreadAndRun($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) { ...ChatRunEvent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatRun($input: CreateRunInput!) {\n    runEvents(input: $input) { ...ChatRunEvent }\n  }\n"): (typeof documents)["\n  subscription ChatRun($input: CreateRunInput!) {\n    runEvents(input: $input) { ...ChatRunEvent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatToolOutputs($input: SubmitToolOutputsInput!) {\n    toolOutputEvents(input: $input) { ...ChatRunEvent }\n  }\n"): (typeof documents)["\n  subscription ChatToolOutputs($input: SubmitToolOutputsInput!) {\n    toolOutputEvents(input: $input) { ...ChatRunEvent }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;