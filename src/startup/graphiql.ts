/**
 * What GraphiQL opens with the first time (it keeps the user's tabs after that): the first query
 * as its own tab, then saved example operations (browse the seeded thread; create a run and follow
 * it; stream a run; a tool round trip), each tab with its variables filled in from the seeded ids
 * and a commented hint in its headers editor. `test/graphiql-examples.test.ts` validates every
 * operation against the schema and runs each tab against the v1 server with seeded data.
 */
import type { SeededData } from './demo.js';
import { FIRST_QUERY } from './first-query.js';

/** A GraphiQL tab: its document, variables and headers as the editors show them (JSON text). */
export interface GraphiQLTab {
  query: string;
  variables?: string;
  headers?: string;
}

/**
 * The headers editor's text in every tab: GraphiQL reads it as JSON with comments, so as it is it
 * sends no header, and the server's key is used.
 */
export const HEADERS_HINT = `{
  // No header needed: without one, the server's own key
  // is used (with the embedded v1 server, that is all).
  // To call the upstream with your own key, uncomment:
  // "Authorization": "Bearer sk-…"
}
`;

const INTRO = `# Assistants v1 over GraphQL: run with ▶ (Ctrl-Enter).
# The other tabs are examples, their variables filled in:
#   BrowseThread  the seeded thread, messages and runs
#   Start         a new thread and run; follow the run
#   StreamReply   a run's events as they come (SSE)
#   AskWeather    a tool round trip: answer get_weather
# Left bar: the explorer builds a query as you tick
# fields; the docs describe every type and field.
# Headers (below): how to send your own key.

`;

const BROWSE_THREAD = `# The seeded thread: its messages (oldest first) and
# its runs with their steps.
query BrowseThread($threadId: ID!) {
  thread(id: $threadId) {
    id
    openaiId
    createdAt
    activeRun { id status }
    messages(first: 20, order: ASC) {
      nodes { role text createdAt }
      pageInfo { hasNextPage endCursor }
    }
    runs(first: 5) {
      nodes {
        id
        status
        assistant { name }
        usage { totalTokens }
        steps { nodes { type status } }
      }
    }
  }
}
`;

const START = `# 1. Run Start: a new thread with your message and a run
#    on it. It answers at once, with the run QUEUED.
# 2. Put its run.id in the variables as runId, and run
#    Follow until the run is COMPLETED, with the reply.
mutation Start($assistantId: ID!) {
  createThreadAndRun(input: {
    assistantId: $assistantId
    messages: [{ content: "Hello there" }]
  }) {
    run { id status thread { id } }
  }
}

query Follow($runId: ID!) {
  node(id: $runId) {
    ... on Run {
      status
      messages { nodes { role text } }
      steps { nodes { type status } }
    }
  }
}
`;

const STREAM_REPLY = `# A subscription: a new message on the seeded thread and
# a run, streamed as the run writes its reply. The result
# pane shows each event as it comes, down to \`done\`.
subscription StreamReply($threadId: ID!, $assistantId: ID!) {
  runEvents(input: {
    threadId: $threadId
    assistantId: $assistantId
    additionalMessages: [{ content: "Stream this reply to me" }]
  }) {
    event
    ... on MessageDeltaEvent {
      content { ... on TextContentDelta { value } }
    }
    ... on RunStatusEvent { run { status } }
  }
}
`;

const ASK_WEATHER = `# A tool round trip. Echo has a get_weather function
# tool; the built-in model calls it when a message says
# call get_weather({...}).
# 1. Run AskWeather; put its run.id in the variables
#    as runId.
# 2. Run RunNow: the run is REQUIRES_ACTION. Put the tool
#    call's id in the variables as toolCallId.
# 3. Run Answer, then RunNow again: the run is COMPLETED
#    and its reply uses your output.
mutation AskWeather($assistantId: ID!) {
  createThreadAndRun(input: {
    assistantId: $assistantId
    messages: [{
      content: "Weather? call get_weather({\\"city\\":\\"Paris\\"})"
    }]
  }) {
    run { id status }
  }
}

query RunNow($runId: ID!) {
  node(id: $runId) {
    ... on Run {
      status
      requiredAction {
        toolCalls { id functionName parsedArguments }
      }
      messages(order: ASC) { nodes { role text } }
    }
  }
}

mutation Answer($runId: ID!, $toolCallId: String!) {
  submitToolOutputs(input: {
    runId: $runId
    toolOutputs: [{
      toolCallId: $toolCallId
      output: "{\\"celsius\\": 21}"
    }]
  }) {
    run { id status }
  }
}
`;

/** Placeholders where an id comes from an earlier answer, or where nothing was seeded. */
const PLACEHOLDER = {
  assistantId: 'asst_… (an id from FirstLook)',
  threadId: 'thread_… (the seeded thread, in the start log)',
  runId: 'the run.id of the answer above',
  toolCallId: 'call_… (requiredAction.toolCalls[0].id from RunNow)',
};

const json = (value: Record<string, string>): string => `${JSON.stringify(value, null, 2)}\n`;

/** The tabs GraphiQL opens with: the first query, then the examples on the demo assistant and thread. */
export function graphiqlTabs(demo?: SeededData): GraphiQLTab[] {
  const assistantId = demo?.assistantId ?? PLACEHOLDER.assistantId;
  const threadId = demo?.threadId ?? PLACEHOLDER.threadId;
  return [
    { query: `${INTRO}${FIRST_QUERY}` },
    { query: BROWSE_THREAD, variables: json({ threadId }) },
    { query: START, variables: json({ assistantId, runId: PLACEHOLDER.runId }) },
    { query: STREAM_REPLY, variables: json({ threadId, assistantId }) },
    { query: ASK_WEATHER, variables: json({ assistantId, runId: PLACEHOLDER.runId, toolCallId: PLACEHOLDER.toolCallId }) },
  ].map((tab) => ({ ...tab, headers: HEADERS_HINT }));
}
