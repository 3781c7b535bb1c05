/**
 * The page's GraphQL operations, each written once as `graphql(…)`: GraphQL Code Generator types
 * them from the schema into ../generated (`npm run schema`).
 */
import { graphql } from '../generated/gql.js';

export const AssistantsQuery = graphql(`
  query ChatAssistants {
    assistants(first: 20) { nodes { id openaiId name model } }
  }
`);

/** The caller's conversations, newest first (needs an upstream that lists threads, as the built-in server does). */
export const ConversationsQuery = graphql(`
  query ChatConversations {
    viewer { threads(first: 20) { nodes { openaiId createdAt } } }
  }
`);

/** The thread's messages oldest first: the newest ten, or the ten before `before`; and its active run. */
export const MessagesQuery = graphql(`
  query ChatMessages($thread: ID!, $before: String) {
    thread(id: $thread) {
      id
      activeRun { id status requiredAction { toolCalls { id functionName arguments } } }
      messages(order: ASC, last: 10, before: $before) {
        nodes { openaiId role text }
        pageInfo { hasPreviousPage startCursor }
      }
    }
  }
`);

/** What the page shows of a run's events, the same for the three subscriptions below. */
export const RunEventFragment = graphql(`
  fragment ChatRunEvent on RunEvent {
    __typename
    event
    ... on ThreadCreatedEvent { thread { openaiId } }
    ... on MessageDeltaEvent { messageId content { __typename ... on TextContentDelta { value } } }
    ... on MessageEvent { message { openaiId role text } }
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
