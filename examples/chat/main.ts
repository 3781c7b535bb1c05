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
 *
 * Files dropped on the conversation (or picked with "Attach files") are uploaded at once
 * (`uploadFile`, a GraphQL multipart request) and go with the next message, or, with "Attach to the
 * assistant" checked, to the assistant for every conversation. The page gives the assistant the
 * `retrieval` tool first, so its runs read them; their citations are shown as footnotes.
 *
 * A code interpreter call is shown as it runs: its code folded in a `<details>`, then what it
 * printed. The charts it drew are shown in the reply, and the files it wrote are linked there, both
 * as soon as the reply is being written; both are fetched from the facade's download route with the
 * caller's token (which an `<img>` or a plain link cannot send) and shown or saved from memory.
 */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, subscriptionExchange } from '@urql/core';
import type { AnyVariables, CombinedError, OperationResult, OperationResultSource } from '@urql/core';
import { NetworkError, createClient as createSseClient } from 'graphql-sse';
import type { ChatAssistantFragment, ChatCodeStepFragment, ChatMessageFragment, ToolInput } from '../generated/graphql.js';
import {
  AssistantsQuery,
  AttachToAssistantMutation,
  CodeStepsQuery,
  ConversationsQuery,
  DeleteFileMutation,
  MessagesQuery,
  RunSubscription,
  ThreadAndRunSubscription,
  ToolOutputsSubscription,
  UpdateToolsMutation,
  UploadFileMutation,
} from './operations.js';

type RunEvent = ResultOf<typeof RunSubscription>['runEvents'];
type Run = Extract<RunEvent, { __typename: 'RunStatusEvent' }>['run'];
type Assistant = ChatAssistantFragment;
type Message = ChatMessageFragment;
type ContentDelta = Extract<RunEvent, { __typename: 'MessageDeltaEvent' }>['content'][number];
type TextDelta = Extract<ContentDelta, { __typename: 'TextContentDelta' }>;
type AnnotationDelta = TextDelta['annotations'][number];
type CodeStep = ChatCodeStepFragment;
type ToolCallDelta = Extract<RunEvent, { __typename: 'RunStepDeltaEvent' }>['toolCalls'][number];

/** The API's limits on attached files (the schema's descriptions say them), checked before uploading. */
const MAX_MESSAGE_FILES = 10;
const MAX_ASSISTANT_FILES = 20;
/** Multipart bodies need one of the CSRF headers (browsers send them without a preflight); a token is one, this is for none. */
const CSRF_HEADER = { 'x-graphql-yoga-csrf': 'chat' };
/** How long a saved file's bytes stay addressable after its download started. */
const SAVED_FILE_KEPT_MS = 60_000;

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
const chips = element<HTMLUListElement>('attachments');
const filePicker = element<HTMLInputElement>('file-picker');
const attachButton = element<HTMLButtonElement>('attach');
const toAssistant = element<HTMLInputElement>('to-assistant');

/** The assistants of the menu, by global ID. */
const assistants = new Map<string, Assistant>();

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
  showStatus(await errorText(error));
}

/** What went wrong, each message after its code: see `showError`. */
async function errorText(error: CombinedError): Promise<string> {
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
  return lines.length > 0 ? lines.join(' ') : error.message;
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

/** A `file_citation` of a text part: where its marker is in the part's text, the quote, and the cited file's name (or id). */
interface Citation {
  startIndex: number;
  endIndex: number;
  quote: string;
  source: string;
}

/** A `file_path` of a text part: where its `sandbox:/mnt/data/…` link is in the part's text, and the file the code wrote there. */
interface FileLink {
  startIndex: number;
  endIndex: number;
  filename: string;
  downloadUrl: string;
}

interface TextPart {
  value: string;
  citations: Citation[];
  links: FileLink[];
}

/** An image part of a message: a chart the code drew. */
interface ImagePart {
  fileId: string;
  downloadUrl: string | null;
}

/** A file's bytes from the facade's download route, with the caller's token. */
async function fetchFile(downloadUrl: string): Promise<Blob> {
  const response = await fetch(new URL(downloadUrl, endpoint), { headers: authorization() });
  if (!response.ok) throw new Error(`The file could not be downloaded (HTTP ${response.status}).`);
  return response.blob();
}

/** Downloads a file the code wrote and hands it to the browser to save under its own name. */
async function saveFile(link: FileLink): Promise<void> {
  try {
    const saved = document.createElement('a');
    saved.href = URL.createObjectURL(await fetchFile(link.downloadUrl));
    saved.download = link.filename.slice(link.filename.lastIndexOf('/') + 1);
    saved.click();
    setTimeout(() => URL.revokeObjectURL(saved.href), SAVED_FILE_KEPT_MS);
  } catch (error) {
    showStatus(error instanceof Error ? error.message : String(error));
  }
}

/** A link in the text to a file the code wrote, named by its path; clicking it saves the file. */
function fileLinkOf(link: FileLink): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.className = 'file-link';
  anchor.href = link.downloadUrl;
  anchor.textContent = link.filename;
  anchor.addEventListener('click', (clicked) => {
    clicked.preventDefault();
    void saveFile(link);
  });
  return anchor;
}

/**
 * Shows a message's text in its item: each citation's marker (e.g. `【1†source】`) replaced by a
 * footnote number, under the text the footnotes, each with its quote and file, and each link to a
 * file the code wrote made a link that saves it. Built as DOM nodes, so nothing in the text is read
 * as HTML.
 */
function showText(item: HTMLLIElement, parts: readonly TextPart[]): void {
  const body = item.querySelector('p');
  if (!body) return;
  body.replaceChildren();
  const footnotes = document.createElement('ol');
  footnotes.className = 'footnotes';
  for (const part of parts) {
    let shownTo = 0;
    for (const mark of [...part.citations, ...part.links].sort((one, other) => one.startIndex - other.startIndex)) {
      // A mark that overlaps the previous one, or points past the text, stays text.
      if (mark.startIndex < shownTo || mark.endIndex > part.value.length) continue;
      body.append(part.value.slice(shownTo, mark.startIndex));
      shownTo = mark.endIndex;
      if ('downloadUrl' in mark) {
        body.append(fileLinkOf(mark));
        continue;
      }
      const number = document.createElement('sup');
      number.textContent = String(footnotes.children.length + 1);
      const footnote = document.createElement('li');
      const quote = document.createElement('q');
      quote.textContent = mark.quote;
      const source = document.createElement('cite');
      source.textContent = mark.source;
      footnote.append(quote, ' ', source);
      body.append(number);
      footnotes.append(footnote);
    }
    body.append(part.value.slice(shownTo));
  }
  item.querySelector('.footnotes')?.remove();
  if (footnotes.children.length > 0) item.append(footnotes);
}

/** An image fetched with the caller's token and shown from memory. */
function chartOf(image: ImagePart): HTMLImageElement {
  const chart = document.createElement('img');
  chart.className = 'chart';
  chart.dataset.file = image.fileId;
  chart.alt = image.downloadUrl ? 'A chart the code drew' : `An image that cannot be downloaded (${image.fileId})`;
  if (image.downloadUrl) {
    fetchFile(image.downloadUrl).then(
      (bytes) => {
        chart.src = URL.createObjectURL(bytes);
        chart.addEventListener('load', () => URL.revokeObjectURL(chart.src), { once: true });
      },
      (error: unknown) => {
        chart.alt = error instanceof Error ? error.message : String(error);
      },
    );
  }
  return chart;
}

/** Shows a message's images after its text, keeping those already shown. */
function showImages(item: HTMLLIElement, images: readonly ImagePart[]): void {
  const shown = new Map([...item.querySelectorAll<HTMLImageElement>('img.chart')].map((chart) => [chart.dataset.file, chart]));
  const charts = images.map((image) => shown.get(image.fileId) ?? chartOf(image));
  item.querySelector('.charts')?.remove();
  if (charts.length === 0) return;
  const box = document.createElement('div');
  box.className = 'charts';
  box.append(...charts);
  item.append(box);
}

/** A message's text parts with their citations, each naming its file (by id when the file is gone), and their links to downloadable files. */
function textParts(message: Message): TextPart[] {
  return message.content.flatMap((part) =>
    part.__typename === 'TextContent'
      ? [
          {
            value: part.value,
            citations: part.annotations.flatMap((annotation) =>
              annotation.__typename === 'FileCitationAnnotation'
                ? [{ startIndex: annotation.startIndex, endIndex: annotation.endIndex, quote: annotation.quote ?? '', source: annotation.file?.filename ?? annotation.fileId }]
                : [],
            ),
            links: part.annotations.flatMap((annotation) =>
              annotation.__typename === 'FilePathAnnotation' && annotation.file?.downloadUrl
                ? [{ startIndex: annotation.startIndex, endIndex: annotation.endIndex, filename: annotation.file.filename, downloadUrl: annotation.file.downloadUrl }]
                : [],
            ),
          },
        ]
      : [],
  );
}

function imageParts(message: Message): ImagePart[] {
  return message.content.flatMap((part) => (part.__typename === 'ImageFileContent' ? [{ fileId: part.fileId, downloadUrl: part.downloadUrl ?? null }] : []));
}

/** Shows a whole message: its text, citations and file links, then its images. */
function showMessage(item: HTMLLIElement, message: Message): void {
  showText(item, textParts(message));
  showImages(item, imageParts(message));
}

/** A code interpreter call as it is shown: its code and what it printed. */
interface CodeCall {
  input: string;
  logs: string;
}

/**
 * A code interpreter call's list item (the `index`th call of its step), created at the end of the
 * list unless it is there: the code folded in a `<details>`, then what it printed.
 */
function callItem(stepId: string, index: number): HTMLLIElement {
  const selector = `li.code-call[data-step="${CSS.escape(stepId)}"][data-index="${index}"]`;
  const existing = list.querySelector<HTMLLIElement>(selector);
  if (existing) return existing;
  const item = document.createElement('li');
  item.className = 'code-call';
  item.dataset.step = stepId;
  item.dataset.index = String(index);
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Code interpreter';
  const code = document.createElement('pre');
  code.className = 'code';
  details.append(summary, code);
  const logs = document.createElement('pre');
  logs.className = 'logs';
  logs.hidden = true;
  item.append(details, logs);
  list.append(item);
  log.scrollTop = log.scrollHeight;
  return item;
}

function showCall(item: HTMLLIElement, call: CodeCall): void {
  const code = item.querySelector('pre.code');
  const logs = item.querySelector<HTMLPreElement>('pre.logs');
  if (code) code.textContent = call.input;
  if (logs) {
    logs.textContent = call.logs;
    logs.hidden = call.logs === '';
  }
}

/** A step's code interpreter calls, by their index in the step. */
function codeCalls(step: CodeStep): Map<number, CodeCall> {
  const calls = new Map<number, CodeCall>();
  if (step.stepDetails.__typename !== 'ToolCallsStepDetails') return calls;
  for (const [index, call] of step.stepDetails.toolCalls.entries()) {
    if (call.__typename !== 'CodeInterpreterToolCall') continue;
    const logs = call.outputs.map((output) => (output.__typename === 'CodeInterpreterLogs' ? output.logs : '')).join('');
    calls.set(index, { input: call.input, logs });
  }
  return calls;
}

/** Code interpreter calls being written, by step id and call index, as their fragments merged so far. */
const running = new Map<string, Map<number, CodeCall>>();

/**
 * The charts the run's code showed that no reply shows yet: the server adds them to the reply it
 * writes next as image parts (when that reply completes), so the page shows them in it from its first words.
 */
let unplacedImages: ImagePart[] = [];

/** Adds a step delta's code and log fragments to their calls, and shows the calls as run so far. */
function addStepDelta(stepId: string, deltas: readonly ToolCallDelta[]): void {
  const calls = running.get(stepId) ?? new Map<number, CodeCall>();
  running.set(stepId, calls);
  for (const delta of deltas) {
    if (delta.type !== 'code_interpreter' || !delta.codeInterpreter) continue;
    const call = calls.get(delta.index) ?? { input: '', logs: '' };
    calls.set(delta.index, call);
    call.input += delta.codeInterpreter.input ?? '';
    call.logs += delta.codeInterpreter.outputs.map((output) => output.logs ?? '').join('');
    for (const output of delta.codeInterpreter.outputs) {
      if (output.type === 'image' && output.imageFileId) unplacedImages.push({ fileId: output.imageFileId, downloadUrl: output.imageFile?.downloadUrl ?? null });
    }
    showCall(callItem(stepId, delta.index), call);
  }
}

/** A message being written: its text parts by index, and their annotations as merged so far. */
const written = new Map<string, Map<number, { value: string; annotations: Map<number, AnnotationDelta> }>>();
/** A message being written: its images so far (the run's charts, and its image parts). */
const writtenImages = new Map<string, ImagePart[]>();

/** Adds a delta's text, annotation and image fragments to its message, and shows the message as written so far. */
function addDelta(messageId: string, content: readonly ContentDelta[]): void {
  const parts = written.get(messageId) ?? new Map<number, { value: string; annotations: Map<number, AnnotationDelta> }>();
  written.set(messageId, parts);
  const images = [...(writtenImages.get(messageId) ?? []), ...unplacedImages];
  unplacedImages = [];
  for (const part of content) {
    if (part.__typename === 'ImageFileContentDelta' && part.fileId) images.push({ fileId: part.fileId, downloadUrl: part.downloadUrl ?? null });
  }
  writtenImages.set(messageId, [...new Map(images.map((image) => [image.fileId, image])).values()]);
  const deltas = content.flatMap((part) => (part.__typename === 'TextContentDelta' ? [part] : []));
  for (const delta of deltas) {
    const part = parts.get(delta.index) ?? { value: '', annotations: new Map<number, AnnotationDelta>() };
    parts.set(delta.index, part);
    part.value += delta.value ?? '';
    for (const annotation of delta.annotations) {
      // Fragments of one annotation share its index; each field comes in one of them.
      const before = part.annotations.get(annotation.index);
      part.annotations.set(annotation.index, {
        ...annotation,
        text: annotation.text ?? before?.text ?? null,
        startIndex: annotation.startIndex ?? before?.startIndex ?? null,
        endIndex: annotation.endIndex ?? before?.endIndex ?? null,
        quote: annotation.quote ?? before?.quote ?? null,
        fileId: annotation.fileId ?? before?.fileId ?? null,
        file: annotation.file ?? before?.file ?? null,
      });
    }
  }
  const shown = [...parts.entries()]
    .sort(([one], [other]) => one - other)
    .map(([, part]) => ({
      value: part.value,
      citations: [...part.annotations.values()].flatMap(({ type, startIndex, endIndex, quote, fileId, file }) =>
        type === 'file_citation' && startIndex != null && endIndex != null ? [{ startIndex, endIndex, quote: quote ?? '', source: file?.filename ?? fileId ?? '' }] : [],
      ),
      links: [...part.annotations.values()].flatMap(({ type, startIndex, endIndex, file }) =>
        type === 'file_path' && startIndex != null && endIndex != null && file?.downloadUrl ? [{ startIndex, endIndex, filename: file.filename, downloadUrl: file.downloadUrl }] : [],
      ),
    }));
  const item = messageItem(messageId, 'assistant');
  showText(item, shown);
  showImages(item, writtenImages.get(messageId) ?? []);
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
  assistants.clear();
  const { data, error } = await client.query(AssistantsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (error) return showError(error);
  for (const assistant of data?.assistants.nodes ?? []) {
    assistants.set(assistant.id, assistant);
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
  const steps = await codeStepsOf(connection.nodes);
  const fromBottom = log.scrollHeight - log.scrollTop;
  const firstShown = list.firstChild;
  for (const message of connection.nodes) {
    // The code its run ran comes before it, once for a run that wrote several messages.
    for (const step of (message.run && steps.get(message.run.id)) ?? []) {
      if (list.querySelector(`li.code-call[data-step="${CSS.escape(step.openaiId)}"]`)) continue;
      for (const [index, call] of codeCalls(step)) {
        const item = callItem(step.openaiId, index);
        showCall(item, call);
        list.insertBefore(item, firstShown);
      }
    }
    const item = messageItem(message.openaiId, message.role);
    showMessage(item, message);
    list.insertBefore(item, firstShown);
  }
  log.scrollTop = log.scrollHeight - fromBottom; // keep what was on screen in place
  olderCursor = connection.pageInfo.startCursor ?? null;
  olderButton.hidden = !connection.pageInfo.hasPreviousPage;
  // Opened while its run waits for tool outputs (a reload, say): ask for them again.
  if (!variables.before && thread.activeRun?.status === 'REQUIRES_ACTION') askForToolOutputs(thread.activeRun);
}

/** The steps of the runs that wrote the messages, by run ID; none where they cannot be read (the messages show without them). */
async function codeStepsOf(messages: readonly { role: string; run?: { id: string } | null }[]): Promise<Map<string, CodeStep[]>> {
  const runs = [...new Set(messages.flatMap((message) => (message.role === 'ASSISTANT' && message.run ? [message.run.id] : [])))];
  const steps = new Map<string, CodeStep[]>();
  if (runs.length === 0) return steps;
  const { data, error } = await client.query(CodeStepsQuery, { runs }, { requestPolicy: 'network-only' }).toPromise();
  if (error) void showError(error);
  for (const run of data?.nodes ?? []) if (run && 'steps' in run) steps.set(run.id, run.steps.nodes);
  return steps;
}

/** Shows one event of a run as it arrives. */
function render(event: RunEvent): void {
  switch (event.__typename) {
    case 'ThreadCreatedEvent':
      setThread(event.thread.openaiId);
      void loadConversations();
      break;
    case 'MessageDeltaEvent':
      addDelta(event.messageId, event.content);
      log.scrollTop = log.scrollHeight;
      break;
    case 'MessageEvent':
      // The completed message replaces the text the deltas built up, its citations naming their files.
      if (event.message.role === 'ASSISTANT' && event.event === 'thread.message.completed') {
        written.delete(event.message.openaiId);
        writtenImages.delete(event.message.openaiId);
        showMessage(messageItem(event.message.openaiId, 'assistant'), event.message);
      }
      break;
    case 'RunStepDeltaEvent':
      addStepDelta(event.stepId, event.toolCalls);
      break;
    case 'RunStepEvent':
      // The finished step replaces the fragments its deltas built up.
      if (event.event === 'thread.run.step.completed') {
        running.delete(event.step.openaiId);
        for (const [index, call] of codeCalls(event.step)) showCall(callItem(event.step.openaiId, index), call);
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
  unplacedImages = [];
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

/** A file being attached, shown as a chip under the composer. */
interface Attachment {
  /** Where it goes: with the next message, or to the assistant (for every conversation). */
  target: 'message' | 'assistant';
  state: 'uploading' | 'ready' | 'error';
  /** The uploaded file (`file-…`), once the upstream has it. */
  fileId: string | null;
  /** Taken off by the person: an upload that ends after this deletes its file. */
  removed: boolean;
  chip: HTMLLIElement;
}

const attachments: Attachment[] = [];

function messageAttachments(): Attachment[] {
  return attachments.filter((attachment) => attachment.target === 'message');
}

function showAttachment(attachment: Attachment, state: Attachment['state'], text: string): void {
  attachment.state = state;
  attachment.chip.className = `chip ${state}`;
  const label = attachment.chip.querySelector('.state');
  if (label) label.textContent = text;
}

/** A chip with the file's name, its state and a button that takes it off. */
function addChip(name: string, target: Attachment['target']): Attachment {
  const chip = document.createElement('li');
  const filename = document.createElement('span');
  filename.className = 'name';
  filename.textContent = target === 'assistant' ? `${name} (assistant)` : name;
  const state = document.createElement('span');
  state.className = 'state';
  const remove = document.createElement('button');
  Object.assign(remove, { type: 'button', textContent: '×', title: `Remove ${name}` });
  remove.setAttribute('aria-label', `Remove ${name}`);
  chip.append(filename, ' ', state, ' ', remove);
  chips.append(chip);
  const attachment: Attachment = { target, state: 'uploading', fileId: null, removed: false, chip };
  remove.addEventListener('click', () => removeAttachment(attachment));
  attachments.push(attachment);
  showAttachment(attachment, 'uploading', 'uploading…');
  return attachment;
}

/** Takes a chip off; its uploaded file is deleted (which also takes it off the assistant). */
function removeAttachment(attachment: Attachment): void {
  attachment.removed = true;
  attachment.chip.remove();
  attachments.splice(attachments.indexOf(attachment), 1);
  if (attachment.fileId) void deleteFile(attachment.fileId);
}

async function deleteFile(fileId: string): Promise<void> {
  const { error } = await client.mutation(DeleteFileMutation, { input: { id: fileId } }).toPromise();
  if (error) return showError(error);
  for (const [id, assistant] of assistants) assistants.set(id, { ...assistant, fileIds: assistant.fileIds.filter((kept) => kept !== fileId) });
}

/** Gives the assistant the `retrieval` tool, keeping its other tools, unless it has it. Returns why it could not, or null. */
async function ensureRetrieval(assistant: Assistant): Promise<string | null> {
  if (assistant.tools.some((tool) => tool.type === 'RETRIEVAL')) return null;
  // Field by field: urql's cache adds `__typename` to what it reads, which an input does not take.
  const kept = assistant.tools.map((tool): ToolInput => {
    if (!('function' in tool)) return { type: tool.type };
    const { name, description, parameters } = tool.function;
    return { type: tool.type, function: { name, description, parameters } };
  });
  const tools: ToolInput[] = [...kept, { type: 'RETRIEVAL' }];
  const { data, error } = await client.mutation(UpdateToolsMutation, { input: { id: assistant.id, tools } }).toPromise();
  const updated = data?.updateAssistant.assistant;
  if (!updated) return error ? errorText(error) : 'The assistant could not be given the retrieval tool.';
  assistants.set(updated.id, updated);
  return null;
}

/** Uploads a file for a chip; for the assistant, attaches it there too. */
async function upload(file: File, attachment: Attachment, assistant: Assistant | undefined): Promise<void> {
  const fetchOptions = (): RequestInit => ({ headers: { ...CSRF_HEADER, ...authorization() } });
  const { data, error } = await client.mutation(UploadFileMutation, { input: { file, purpose: 'ASSISTANTS' } }, { fetchOptions }).toPromise();
  const uploaded = data?.uploadFile.file;
  if (uploaded) attachment.fileId = uploaded.openaiId;
  if (attachment.removed) {
    if (attachment.fileId) void deleteFile(attachment.fileId);
    return;
  }
  if (!uploaded) return showAttachment(attachment, 'error', error ? await errorText(error) : 'The upload failed.');
  if (uploaded.status === 'ERROR') return showAttachment(attachment, 'error', uploaded.statusDetails ?? 'The file could not be processed.');
  if (!assistant) return showAttachment(attachment, 'ready', 'ready');
  showAttachment(attachment, 'uploading', 'attaching…');
  const refused = await ensureRetrieval(assistant);
  if (refused) return showAttachment(attachment, 'error', refused);
  const attached = await client.mutation(AttachToAssistantMutation, { input: { assistantId: assistant.id, fileId: uploaded.openaiId } }).toPromise();
  if (attached.error) return showAttachment(attachment, 'error', await errorText(attached.error));
  const current = assistants.get(assistant.id) ?? assistant;
  assistants.set(assistant.id, { ...current, fileIds: [...current.fileIds, uploaded.openaiId] });
  showAttachment(attachment, 'ready', `attached to ${assistant.name ?? assistant.openaiId}`);
}

/** Attaches files to the next message, or with "Attach to the assistant" checked to the assistant, within their limits. */
function attachFiles(files: Iterable<File>): void {
  const target = toAssistant.checked ? 'assistant' : 'message';
  const assistant = assistants.get(assistantSelect.value);
  if (target === 'assistant' && !assistant) return showStatus('Pick an assistant to attach files to.');
  const room =
    target === 'message'
      ? MAX_MESSAGE_FILES - messageAttachments().filter((attachment) => attachment.state !== 'error').length
      : MAX_ASSISTANT_FILES - (assistant?.fileIds.length ?? 0) - attachments.filter((attachment) => attachment.target === 'assistant' && attachment.state === 'uploading').length;
  const chosen = [...files];
  for (const file of chosen.slice(0, Math.max(room, 0))) void upload(file, addChip(file.name, target), target === 'assistant' ? assistant : undefined);
  const left = chosen.slice(Math.max(room, 0)).map((file) => file.name);
  if (left.length === 0) showStatus('');
  else if (target === 'message') showStatus(`A message may have at most ${MAX_MESSAGE_FILES} files: ${left.join(', ')} not attached.`);
  else showStatus(`An assistant may have at most ${MAX_ASSISTANT_FILES} files: ${left.join(', ')} not attached.`);
}

composer.addEventListener('submit', (submitted) => {
  submitted.preventDefault();
  void sendMessage();
});

/** Sends the composer's message with the files attached to it, and follows the run that answers. */
async function sendMessage(): Promise<void> {
  const content = messageInput.value.trim();
  const assistant = assistants.get(assistantSelect.value);
  if (!content || !assistant) return;
  const attached = messageAttachments();
  if (attached.some((attachment) => attachment.state === 'uploading')) return showStatus('Wait until the files are uploaded.');
  const fileIds = attached.flatMap((attachment) => (attachment.state === 'ready' && attachment.fileId ? [attachment.fileId] : []));
  const refused = fileIds.length > 0 ? await ensureRetrieval(assistant) : null;
  if (refused) return showStatus(refused);
  for (const attachment of attached) {
    attachment.chip.remove();
    attachments.splice(attachments.indexOf(attachment), 1);
  }
  messageInput.value = '';
  messageItem(null, 'user', content);
  const assistantId = assistant.id;
  const messages = [{ content, ...(fileIds.length > 0 ? { fileIds } : {}) }];
  if (threadId) {
    const input = { assistantId, threadId, additionalMessages: messages };
    follow(client.subscription(RunSubscription, { input }), (data) => data.runEvents);
  } else {
    follow(client.subscription(ThreadAndRunSubscription, { input: { assistantId, messages } }), (data) => data.threadAndRunEvents);
  }
}

log.addEventListener('dragover', (dragged) => {
  if (!dragged.dataTransfer?.types.includes('Files')) return;
  dragged.preventDefault();
  log.classList.add('dropping');
});
log.addEventListener('dragleave', () => log.classList.remove('dropping'));
log.addEventListener('drop', (dropped) => {
  dropped.preventDefault();
  log.classList.remove('dropping');
  attachFiles(dropped.dataTransfer?.files ?? []);
});
// A file dropped beside the conversation is not opened in place of the page.
window.addEventListener('dragover', (dragged) => dragged.preventDefault());
window.addEventListener('drop', (dropped) => dropped.preventDefault());

attachButton.addEventListener('click', () => filePicker.click());
filePicker.addEventListener('change', () => {
  attachFiles(filePicker.files ?? []);
  filePicker.value = '';
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
