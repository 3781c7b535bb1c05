/**
 * A reference chat page over the facade, in plain DOM TypeScript: urql for queries, and for
 * subscriptions urql's subscriptionExchange handing them to a graphql-sse client, so a run's
 * events (and the reply's words) arrive as the run produces them.
 *
 * It talks to the page's own origin. Without a token it brings no credential, so in `open` mode the
 * server's key is used (development); in `caller-key` or `jwt` mode the facade asks for one: the
 * page sends the token of its Token field (or of `?token=`, which it then takes out of the address)
 * as `Authorization: Bearer …` with every request, queries and subscriptions alike.
 *
 * A facade with trusted documents (`PERSISTED_OPERATIONS_FILE`) runs only listed operations, sent
 * by hash: serving this page, it says so in `<meta name="send-operations" content="by-hash">`, and
 * the page then sends each operation's hash instead of its text.
 */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, subscriptionExchange } from '@urql/core';
import type { AnyVariables, CombinedError, OperationResult, OperationResultSource } from '@urql/core';
import { NetworkError, createClient as createSseClient } from 'graphql-sse';
import {
  AssistantsQuery,
  ConversationsQuery,
  MessagesQuery,
  RunSubscription,
  ThreadAndRunSubscription,
  ToolOutputsSubscription,
} from './operations.js';

type RunEvent = ResultOf<typeof RunSubscription>['runEvents'];
type Run = Extract<RunEvent, { __typename: 'RunStatusEvent' }>['run'];

const endpoint = new URL('/graphql', location.href).href;
/** The caller's token, sent as `Authorization: Bearer …`; empty: none. */
let token = new URLSearchParams(location.search).get('token') ?? '';
const authorization = (): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
/**
 * `fetch`, but a refused answer comes with its body read: graphql-sse aborts the request of a
 * refused stream before anyone reads it, and the body holds the GraphQL errors `showError` shows.
 */
async function fetchKeepingRefusals(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  return response.ok ? response : new Response(await response.blob(), response);
}
// These subscriptions start runs: retrying one after a dropped stream would start another run.
const sse = createSseClient({ url: endpoint, retryAttempts: 0, headers: authorization, fetchFn: fetchKeepingRefusals });

const byHash = document.querySelector<HTMLMetaElement>('meta[name="send-operations"]')?.content === 'by-hash';
/**
 * Names each operation by the hash codegen gave its document (`__meta__.hash`, its key in
 * persisted-documents.json): with `extensions.persistedQuery` set, urql's fetch body and the
 * subscription request it hands to graphql-sse leave the document's text out.
 */
const sendByHash = mapExchange({
  onOperation: (operation) => {
    const hash = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!hash) return operation;
    const extensions = { ...operation.extensions, persistedQuery: { version: 1 as const, sha256Hash: hash } };
    return makeOperation(operation.kind, { ...operation, extensions }, operation.context);
  },
});

const client = new Client({
  url: endpoint,
  fetchOptions: () => ({ headers: authorization() }),
  // Queries as JSON POSTs, which pass the server's CSRF check as they are (a GET needs a header).
  preferGetMethod: false,
  exchanges: [
    ...(byHash ? [sendByHash] : []),
    cacheExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: sse.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
    fetchExchange,
  ],
});

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}.`);
  return found as T;
}
const tokenInput = element<HTMLInputElement>('token');
const assistantSelect = element<HTMLSelectElement>('assistant');
const conversationSelect = element<HTMLSelectElement>('conversations');
const threadLabel = element('thread');
const newThreadButton = element<HTMLButtonElement>('new-thread');
const log = element('log');
const olderButton = element<HTMLButtonElement>('older');
const list = element<HTMLOListElement>('messages');
const toolForm = element<HTMLFormElement>('tool-form');
const composer = element<HTMLFormElement>('composer');
const composerFields = element<HTMLFieldSetElement>('composer-fields');
const messageInput = element<HTMLTextAreaElement>('message');
const statusLine = element('status');

/** The open thread (`thread_…`, also in the URL as `?thread=`), or null for a new one. */
let threadId: string | null = null;
/** Where "Load older" goes on from: the cursor of the oldest message shown. */
let olderCursor: string | null = null;
let streaming = false;

function showStatus(text: string): void {
  statusLine.textContent = text;
}

/** What the page reads of a GraphQL error. */
interface ShownError {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * Shows what went wrong, each message after its code (`UNAUTHENTICATED: …`) when it has one. A
 * refused event stream (401, 400) is a network error to graphql-sse; its GraphQL errors are in the
 * answer's body.
 */
async function showError(error: CombinedError): Promise<void> {
  let errors: readonly ShownError[] = error.graphQLErrors;
  const response = error.networkError instanceof NetworkError ? error.networkError.response : undefined;
  if (response instanceof Response) {
    const body = (await response.json().catch(() => ({}))) as { errors?: ShownError[] };
    errors = body.errors ?? [];
  }
  const lines = errors.map(({ message, extensions }) => {
    const code = extensions?.['code'];
    return typeof code === 'string' ? `${code}: ${message}` : message;
  });
  showStatus(lines.length > 0 ? lines.join(' ') : error.message);
}

function updateComposer(): void {
  // A run holds its thread while it streams and while it waits for tool outputs.
  composerFields.disabled = streaming || !toolForm.hidden;
}

function setThread(id: string | null): void {
  threadId = id;
  threadLabel.textContent = id ?? 'new';
  const url = new URL(location.href);
  if (id) url.searchParams.set('thread', id);
  else url.searchParams.delete('thread');
  // A token in the address would stay in the history: it lives in the Token field instead.
  url.searchParams.delete('token');
  history.replaceState(null, '', url);
}

/** A message's list item, created at the end of the list unless one with this id is there. */
function messageItem(id: string | null, role: string, text = ''): HTMLLIElement {
  const existing = id ? list.querySelector<HTMLLIElement>(`li[data-id="${CSS.escape(id)}"]`) : null;
  if (existing) return existing;
  const item = document.createElement('li');
  item.className = `message ${role.toLowerCase()}`;
  if (id) item.dataset.id = id;
  const body = document.createElement('p');
  body.textContent = text;
  item.append(body);
  list.append(item);
  log.scrollTop = log.scrollHeight;
  return item;
}

async function loadAssistants(): Promise<void> {
  assistantSelect.replaceChildren();
  const { data, error } = await client.query(AssistantsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (error) return showError(error);
  for (const assistant of data?.assistants.nodes ?? []) {
    assistantSelect.add(new Option(`${assistant.name ?? assistant.openaiId} (${assistant.model})`, assistant.id));
  }
  if (assistantSelect.options.length === 0) showStatus('No assistants yet: create one first.');
}

/** The caller's conversations in their menu; left empty where the upstream cannot list threads. */
async function loadConversations(): Promise<void> {
  conversationSelect.replaceChildren(new Option('(new)', ''));
  const { data } = await client.query(ConversationsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  for (const thread of data?.viewer.threads.nodes ?? []) {
    conversationSelect.add(new Option(`${thread.openaiId} (${new Date(thread.createdAt).toLocaleString()})`, thread.openaiId));
  }
  conversationSelect.value = threadId ?? '';
}

/** Opens a thread (null: a new one), showing its newest messages. */
function openThread(id: string | null): void {
  setThread(id);
  olderCursor = null;
  list.replaceChildren();
  olderButton.hidden = true;
  toolForm.hidden = true;
  updateComposer();
  void loadOlder();
}

/** Puts the thread's previous ten messages (the newest ten at first) above those shown. */
async function loadOlder(): Promise<void> {
  if (!threadId) return;
  olderButton.disabled = true;
  const variables = { thread: threadId, before: olderCursor };
  const { data, error } = await client.query(MessagesQuery, variables, { requestPolicy: 'network-only' }).toPromise();
  olderButton.disabled = false;
  const thread = data?.thread;
  if (!thread) return error ? showError(error) : showStatus(`There is no thread ${threadId}.`);
  const connection = thread.messages;
  const fromBottom = log.scrollHeight - log.scrollTop;
  const firstShown = list.firstChild;
  for (const message of connection.nodes) {
    list.insertBefore(messageItem(message.openaiId, message.role, message.text), firstShown);
  }
  log.scrollTop = log.scrollHeight - fromBottom; // keep what was on screen in place
  olderCursor = connection.pageInfo.startCursor ?? null;
  olderButton.hidden = !connection.pageInfo.hasPreviousPage;
  // Opened while its run waits for tool outputs (a reload, say): ask for them again.
  if (!variables.before && thread.activeRun?.status === 'REQUIRES_ACTION') askForToolOutputs(thread.activeRun);
}

/** Shows one event of a run as it arrives. */
function render(event: RunEvent): void {
  switch (event.__typename) {
    case 'ThreadCreatedEvent':
      setThread(event.thread.openaiId);
      void loadConversations();
      break;
    case 'MessageDeltaEvent': {
      const body = messageItem(event.messageId, 'assistant').querySelector('p');
      for (const part of event.content) if (part.__typename === 'TextContentDelta') body?.append(part.value ?? '');
      log.scrollTop = log.scrollHeight;
      break;
    }
    case 'MessageEvent':
      // The completed message replaces the text the deltas built up.
      if (event.message.role === 'ASSISTANT' && event.event === 'thread.message.completed') {
        const body = messageItem(event.message.openaiId, 'assistant').querySelector('p');
        if (body) body.textContent = event.message.text;
      }
      break;
    case 'RunStatusEvent':
      showStatus(`Run ${event.run.status.toLowerCase().replace('_', ' ')}`);
      if (event.run.status === 'REQUIRES_ACTION') askForToolOutputs(event.run);
      break;
    case 'StreamErrorEvent':
      showStatus(`The run's stream failed: ${event.error.message}`);
      break;
  }
}

/** Shows a subscription's events until it ends (`done`, a stream error or a GraphQL error). */
function follow<Data>(source: OperationResultSource<OperationResult<Data, AnyVariables>>, eventOf: (data: Data) => RunEvent): void {
  streaming = true;
  updateComposer();
  const subscription = source.subscribe(({ data, error }) => {
    const event = data ? eventOf(data) : undefined;
    if (event) render(event);
    if (error) void showError(error);
    if (error || event?.event === 'done' || event?.__typename === 'StreamErrorEvent') {
      streaming = false;
      updateComposer();
      setTimeout(() => subscription.unsubscribe());
    }
  });
}

/** A form with one output field per tool call the run waits for; submitting it resumes the run. */
function askForToolOutputs(run: Run): void {
  const calls = run.requiredAction?.toolCalls ?? [];
  toolForm.replaceChildren();
  const heading = document.createElement('p');
  heading.textContent = 'The assistant calls tools; answer with their outputs:';
  toolForm.append(heading);
  for (const call of calls) {
    const label = document.createElement('label');
    const signature = document.createElement('code');
    signature.textContent = `${call.functionName}(${call.arguments})`;
    const output = document.createElement('input');
    Object.assign(output, { name: call.id, required: true, placeholder: 'output, e.g. {"temperature":21}' });
    label.append(signature, ' → ', output);
    toolForm.append(label);
  }
  const submit = document.createElement('button');
  submit.textContent = 'Submit tool outputs';
  toolForm.append(submit);
  toolForm.hidden = false;
  updateComposer();
  toolForm.onsubmit = (submitted) => {
    submitted.preventDefault();
    const fields = new FormData(toolForm);
    const toolOutputs = calls.map((call) => ({ toolCallId: call.id, output: String(fields.get(call.id) ?? '') }));
    toolForm.hidden = true;
    follow(client.subscription(ToolOutputsSubscription, { input: { runId: run.id, toolOutputs } }), (data) => data.toolOutputEvents);
  };
  toolForm.querySelector('input')?.focus();
}

composer.addEventListener('submit', (submitted) => {
  submitted.preventDefault();
  const content = messageInput.value.trim();
  const assistantId = assistantSelect.value;
  if (!content || !assistantId) return;
  messageInput.value = '';
  messageItem(null, 'user', content);
  const messages = [{ content }];
  if (threadId) {
    const input = { assistantId, threadId, additionalMessages: messages };
    follow(client.subscription(RunSubscription, { input }), (data) => data.runEvents);
  } else {
    follow(client.subscription(ThreadAndRunSubscription, { input: { assistantId, messages } }), (data) => data.threadAndRunEvents);
  }
});

messageInput.addEventListener('keydown', (pressed) => {
  // Enter sends, Shift+Enter starts a new line.
  if (pressed.key === 'Enter' && !pressed.shiftKey) {
    pressed.preventDefault();
    composer.requestSubmit();
  }
});

newThreadButton.addEventListener('click', () => {
  openThread(null);
  conversationSelect.value = '';
  messageInput.focus();
});

conversationSelect.addEventListener('change', () => openThread(conversationSelect.value || null));

tokenInput.value = token;
tokenInput.addEventListener('change', () => {
  token = tokenInput.value.trim();
  showStatus('');
  void loadAssistants();
  void loadConversations();
  // The open thread again, as the new caller sees it (in jwt mode, another user's is not there).
  if (threadId) openThread(threadId);
});

olderButton.addEventListener('click', () => void loadOlder());

setThread(new URLSearchParams(location.search).get('thread'));
void loadAssistants();
void loadConversations();
void loadOlder();
