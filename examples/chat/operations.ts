/**
 * The page's GraphQL operations, each written once as `graphql(…)`: GraphQL Code Generator types
 * them from the schema into ../generated (`npm run schema`).
 */
import { graphql } from '../generated/gql.js';

/** An assistant as the page keeps it: its tools (to add `retrieval` to them) and its files (to keep to their limit). */
export const AssistantFragment = graphql(`
  fragment ChatAssistant on Assistant {
    id
    openaiId
    name
    model
    fileIds
    tools { type ... on FunctionTool { function { name description parameters } } }
  }
`);

export const AssistantsQuery = graphql(`
  query ChatAssistants {
    assistants(first: 20) { nodes { ...ChatAssistant } }
  }
`);

/** Replaces the assistant's tools: the page adds `retrieval` to them before it sends files. */
export const UpdateToolsMutation = graphql(`
  mutation ChatUpdateTools($input: UpdateAssistantInput!) {
    updateAssistant(input: $input) { assistant { ...ChatAssistant } }
  }
`);

/** One file, as a multipart request (the GraphQL multipart request spec). */
export const UploadFileMutation = graphql(`
  mutation ChatUploadFile($input: UploadFileInput!) {
    uploadFile(input: $input) { file { openaiId filename status statusDetails } }
  }
`);

/** A file taken off before it was sent, or taken off the assistant. */
export const DeleteFileMutation = graphql(`
  mutation ChatDeleteFile($input: DeleteFileInput!) {
    deleteFile(input: $input) { deletedFileId }
  }
`);

/** An uploaded file attached to the assistant, for retrieval in every conversation. */
export const AttachToAssistantMutation = graphql(`
  mutation ChatAttachToAssistant($input: CreateAssistantFileInput!) {
    createAssistantFile(input: $input) { assistantFile { openaiId } }
  }
`);

/** The caller's conversations, newest first (needs an upstream that lists threads, as the built-in server does). */
export const ConversationsQuery = graphql(`
  query ChatConversations {
    viewer { threads(first: 20) { nodes { openaiId createdAt } } }
  }
`);

/**
 * A message with its text parts' citations (the marker to replace, the quote and the cited file's
 * name) and links to the files its code wrote, and its images (charts the code drew).
 */
export const MessageFragment = graphql(`
  fragment ChatMessage on Message {
    openaiId
    role
    text
    content {
      __typename
      ... on TextContent {
        value
        annotations {
          __typename
          ... on FileCitationAnnotation { text startIndex endIndex quote fileId file { filename } }
          ... on FilePathAnnotation { text startIndex endIndex fileId file { filename downloadUrl } }
        }
      }
      ... on ImageFileContent { fileId downloadUrl }
    }
  }
`);

/** A step's code interpreter calls: the code and what it printed (its charts come in the reply's images). */
export const CodeStepFragment = graphql(`
  fragment ChatCodeStep on RunStep {
    openaiId
    stepDetails {
      __typename
      ... on ToolCallsStepDetails {
        toolCalls { __typename ... on CodeInterpreterToolCall { input outputs { __typename ... on CodeInterpreterLogs { logs } } } }
      }
    }
  }
`);

/** The thread's messages oldest first: the newest ten, or the ten before `before`; and its active run. */
export const MessagesQuery = graphql(`
  query ChatMessages($thread: ID!, $before: String) {
    thread(id: $thread) {
      id
      activeRun { id status requiredAction { toolCalls { id functionName arguments } } }
      messages(order: ASC, last: 10, before: $before) {
        nodes { ...ChatMessage run { id } }
        pageInfo { hasPreviousPage startCursor }
      }
    }
  }
`);

/** The code interpreter calls of the runs that wrote a page of messages (apart: with the messages, the query is over the depth and cost limits). */
export const CodeStepsQuery = graphql(`
  query ChatCodeSteps($runs: [ID!]!) {
    nodes(ids: $runs) { ... on Run { id steps(order: ASC) { nodes { ...ChatCodeStep } } } }
  }
`);

/** What the page shows of a run's events, the same for the three subscriptions below. */
export const RunEventFragment = graphql(`
  fragment ChatRunEvent on RunEvent {
    __typename
    event
    ... on ThreadCreatedEvent { thread { openaiId } }
    ... on MessageDeltaEvent {
      messageId
      content {
        __typename
        ... on TextContentDelta { index value annotations { index type text startIndex endIndex quote fileId file { filename downloadUrl } } }
        ... on ImageFileContentDelta { fileId downloadUrl }
      }
    }
    ... on MessageEvent { message { ...ChatMessage } }
    ... on RunStepDeltaEvent { stepId toolCalls { index type codeInterpreter { input outputs { index type logs imageFileId imageFile { downloadUrl } } } } }
    ... on RunStepEvent { step { ...ChatCodeStep } }
    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }
    ... on StreamErrorEvent { error { message } }
  }
`);

/** A new thread with the first message, and a run on it. */
export const ThreadAndRunSubscription = graphql(`
  subscription ChatThreadAndRun($input: CreateThreadAndRunInput!) {
    threadAndRunEvents(input: $input) { ...ChatRunEvent }
  }
`);

/** A message added to an existing thread, and a run on it. */
export const RunSubscription = graphql(`
  subscription ChatRun($input: CreateRunInput!) {
    runEvents(input: $input) { ...ChatRunEvent }
  }
`);

/** The outputs of the tool calls a run waits for; the run goes on. */
export const ToolOutputsSubscription = graphql(`
  subscription ChatToolOutputs($input: SubmitToolOutputsInput!) {
    toolOutputEvents(input: $input) { ...ChatRunEvent }
  }
`);
