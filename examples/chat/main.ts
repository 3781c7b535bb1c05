/**
 * A reference chat page over the facade, in plain DOM TypeScript: urql for queries, and for
 * subscriptions urql's subscriptionExchange handing them to a graphql-sse client, so a run's
 * events (and the reply's words) arrive as the run produces them.
 *
 * It talks to the page's own origin and brings no key, so the server's key is used (development).
 * To bring a user's key, add `fetchOptions: { headers: { authorization: 'Bearer …' } }` to the
 * urql client and `headers` with the same to the graphql-sse client.
 */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import type { AnyVariables, OperationResult, OperationResultSource } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';
import {
  AssistantsQuery,
  MessagesQuery,
  RunSubscription,
  ThreadAndRunSubscription,
  ToolOutputsSubscription,
} from './operations.js';

type RunEvent = ResultOf<typeof RunSubscription>['runEvents'];
type Run = Extract<RunEvent, { __typename: 'RunStatusEvent' }>['run'];

const endpoint = new URL('/graphql', location.href).href;
// These subscriptions start runs: retrying one after a dropped stream would start another run.
const sse = createSseClient({ url: endpoint, retryAttempts: 0 });
const client = new Client({
  url: endpoint,
  // Queries as JSON POSTs, which pass the server's CSRF check as they are (a GET needs a header).
  preferGetMethod: false,
  exchanges: [
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
const assistantSelect = element<HTMLSelectElement>('assistant');
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
  const { data, error } = await client.query(AssistantsQuery, {}).toPromise();
  if (error) return showStatus(error.message);
  for (const assistant of data?.assistants.nodes ?? []) {
    assistantSelect.add(new Option(`${assistant.name ?? assistant.openaiId} (${assistant.model})`, assistant.id));
  }
  if (assistantSelect.options.length === 0) showStatus('No assistants yet: create one first.');
}

/** Puts the thread's previous ten messages (the newest ten at first) above those shown. */
async function loadOlder(): Promise<void> {
  if (!threadId) return;
  olderButton.disabled = true;
  const variables = { thread: threadId, before: olderCursor };
  const { data, error } = await client.query(MessagesQuery, variables, { requestPolicy: 'network-only' }).toPromise();
  olderButton.disabled = false;
  const thread = data?.thread;
  if (!thread) return showStatus(error?.message ?? `There is no thread ${threadId}.`);
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
    if (error) showStatus(error.message);
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
  setThread(null);
  olderCursor = null;
  list.replaceChildren();
  olderButton.hidden = true;
  toolForm.hidden = true;
  updateComposer();
  messageInput.focus();
});

olderButton.addEventListener('click', () => void loadOlder());

setThread(new URLSearchParams(location.search).get('thread'));
void loadAssistants();
void loadOlder();
