/**
 * Store operations shared by the routes and the run engine: lookups that answer 404 in upstream's
 * wording, and object construction with every nullable field present.
 */
import type { Assistant, AssistantFile, Message, MessageFile, Run, RunStep, Thread } from '../openai/schemas.js';
import { notFound } from './errors.js';
import { checkFileIds } from './files.js';
import { newId } from './ids.js';
import type { EmulatorStore } from './store.js';
import { ROOT } from './store.js';
import type { CreateMessageInput, CreateThreadInput } from './validation.js';

export function getAssistant(store: EmulatorStore, scope: string, assistantId: string): Assistant {
  const assistant = store.assistants.get(scope, ROOT, assistantId);
  if (!assistant) throw notFound('assistant', assistantId);
  return assistant;
}

export function getThread(store: EmulatorStore, scope: string, threadId: string): Thread {
  const thread = store.threads.get(scope, ROOT, threadId);
  if (!thread) throw notFound('thread', threadId);
  return thread;
}

export function getMessage(store: EmulatorStore, scope: string, threadId: string, messageId: string): Message {
  getThread(store, scope, threadId);
  const message = store.messages.get(scope, threadId, messageId);
  if (!message) throw notFound('message', messageId);
  return message;
}

export function getRun(store: EmulatorStore, scope: string, threadId: string, runId: string): Run {
  getThread(store, scope, threadId);
  const run = store.runs.get(scope, threadId, runId);
  if (!run) throw notFound('run', runId);
  return run;
}

export function getStep(store: EmulatorStore, scope: string, threadId: string, runId: string, stepId: string): RunStep {
  getRun(store, scope, threadId, runId);
  const step = store.steps.get(scope, runId, stepId);
  if (!step) throw notFound('step', stepId);
  return step;
}

/**
 * Makes `fileIds` the assistant's attachments: files already attached keep their record, new ones
 * are attached now, the others are detached. Returns the resulting `file_ids`, oldest first.
 */
export function replaceAssistantFiles(
  store: EmulatorStore,
  scope: string,
  assistantId: string,
  fileIds: readonly string[],
  now: number,
): string[] {
  const wanted = new Set(fileIds);
  for (const file of store.assistantFiles.list(scope, assistantId)) {
    if (!wanted.has(file.id)) store.assistantFiles.delete(scope, assistantId, file.id);
  }
  for (const id of wanted) {
    if (store.assistantFiles.get(scope, assistantId, id)) continue;
    const file: AssistantFile = { id, object: 'assistant.file', created_at: now, assistant_id: assistantId };
    store.assistantFiles.put(scope, assistantId, id, file);
  }
  return store.assistantFiles.list(scope, assistantId).map((file) => file.id);
}

export interface MessageOrigin {
  assistant_id: string | null;
  run_id: string | null;
}

/** Checks the file ids of messages about to be created, before anything is written. */
export function checkMessageFiles(messages: readonly CreateMessageInput[], param: string): void {
  messages.forEach((message, index) => checkFileIds(message.file_ids, `${param}[${index}].file_ids`));
}

/** A completed message created by a caller (not by a run), with its message files. */
export function addMessage(
  store: EmulatorStore,
  scope: string,
  threadId: string,
  input: CreateMessageInput,
  now: number,
): Message {
  const fileIds = [...new Set(input.file_ids ?? [])];
  const message: Message = {
    id: newId('msg'),
    object: 'thread.message',
    created_at: now,
    thread_id: threadId,
    status: 'completed',
    incomplete_details: null,
    completed_at: now,
    incomplete_at: null,
    role: input.role,
    content: [{ type: 'text', text: { value: input.content, annotations: [] } }],
    assistant_id: null,
    run_id: null,
    file_ids: fileIds,
    metadata: input.metadata ?? {},
  };
  store.messages.put(scope, threadId, message.id, message);
  for (const fileId of fileIds) {
    const file: MessageFile = { id: fileId, object: 'thread.message.file', created_at: now, message_id: message.id };
    store.messageFiles.put(scope, message.id, fileId, file);
  }
  return message;
}

/** A thread with its initial messages; file ids must have been checked with `checkMessageFiles`. */
export function createThread(store: EmulatorStore, scope: string, input: CreateThreadInput, now: number): Thread {
  const thread: Thread = { id: newId('thread'), object: 'thread', created_at: now, metadata: input.metadata ?? {} };
  store.threads.put(scope, ROOT, thread.id, thread);
  for (const message of input.messages ?? []) addMessage(store, scope, thread.id, message, now);
  return thread;
}

/** Deletes a thread with its messages, message files, runs and steps. */
export function deleteThread(store: EmulatorStore, scope: string, threadId: string): void {
  for (const message of store.messages.list(scope, threadId)) store.messageFiles.deleteAll(scope, message.id);
  for (const run of store.runs.list(scope, threadId)) store.steps.deleteAll(scope, run.id);
  store.messages.deleteAll(scope, threadId);
  store.runs.deleteAll(scope, threadId);
  store.threads.delete(scope, ROOT, threadId);
}

/** The text of a message, its text parts joined. */
export function messageText(message: Message): string {
  return message.content.map((part) => (part.type === 'text' ? part.text.value : '')).join('\n');
}
