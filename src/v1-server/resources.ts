/**
 * Store operations shared by the routes and the run engine: lookups that answer 404 in upstream's
 * wording, and object construction with every nullable field present. Each takes the tables to
 * work on: the store itself, or a transaction's.
 */
import type { CreateMessageBody, CreateThreadBody } from '../v1/requests.js';
import type { Assistant, AssistantFile, Message, MessageFile, Run, RunStep, Thread } from '../v1/schemas.js';
import { notFound } from './errors.js';
import { checkFileIds } from './files.js';
import { newId } from './ids.js';
import type { StoreTables } from './store/store.js';
import { ROOT } from './store/store.js';

export async function getAssistant(tables: StoreTables, scope: string, assistantId: string): Promise<Assistant> {
  const assistant = await tables.assistants.get(scope, ROOT, assistantId);
  if (!assistant) throw notFound('assistant', assistantId);
  return assistant;
}

/** Deletes an assistant with its files and what v2 keeps beside it. */
export async function deleteAssistant(tables: StoreTables, scope: string, assistantId: string): Promise<void> {
  await tables.assistantFiles.deleteAll(scope, assistantId);
  await tables.v2Settings.delete(scope, 'assistant', assistantId);
  await tables.assistants.delete(scope, ROOT, assistantId);
}

export async function getThread(tables: StoreTables, scope: string, threadId: string): Promise<Thread> {
  const thread = await tables.threads.get(scope, ROOT, threadId);
  if (!thread) throw notFound('thread', threadId);
  return thread;
}

export async function getMessage(tables: StoreTables, scope: string, threadId: string, messageId: string): Promise<Message> {
  await getThread(tables, scope, threadId);
  const message = await tables.messages.get(scope, threadId, messageId);
  if (!message) throw notFound('message', messageId);
  return message;
}

export async function getRun(tables: StoreTables, scope: string, threadId: string, runId: string): Promise<Run> {
  await getThread(tables, scope, threadId);
  const run = await tables.runs.get(scope, threadId, runId);
  if (!run) throw notFound('run', runId);
  return run;
}

export async function getStep(tables: StoreTables, scope: string, threadId: string, runId: string, stepId: string): Promise<RunStep> {
  await getRun(tables, scope, threadId, runId);
  const step = await tables.steps.get(scope, runId, stepId);
  if (!step) throw notFound('step', stepId);
  return step;
}

/**
 * Makes `fileIds` the assistant's attachments: files already attached keep their record, new ones
 * are attached now, the others are detached. Returns the resulting `file_ids`, oldest first.
 */
export async function replaceAssistantFiles(
  tables: StoreTables,
  scope: string,
  assistantId: string,
  fileIds: readonly string[],
  now: number,
): Promise<string[]> {
  const wanted = new Set(fileIds);
  for (const file of await tables.assistantFiles.list(scope, assistantId)) {
    if (!wanted.has(file.id)) await tables.assistantFiles.delete(scope, assistantId, file.id);
  }
  for (const id of wanted) {
    if (await tables.assistantFiles.get(scope, assistantId, id)) continue;
    const file: AssistantFile = { id, object: 'assistant.file', created_at: now, assistant_id: assistantId };
    await tables.assistantFiles.put(scope, assistantId, id, file);
  }
  return (await tables.assistantFiles.list(scope, assistantId)).map((file) => file.id);
}

/** Checks that the files of messages about to be created are the caller's, before anything is written. */
export async function checkMessageFiles(tables: StoreTables, scope: string, messages: readonly CreateMessageBody[]): Promise<void> {
  for (const message of messages) await checkFileIds(tables, scope, message.file_ids);
}

/** A completed message created by a caller (not by a run), with its message files. */
export async function addMessage(
  tables: StoreTables,
  scope: string,
  threadId: string,
  input: CreateMessageBody,
  now: number,
): Promise<Message> {
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
  await tables.messages.put(scope, threadId, message.id, message);
  for (const fileId of fileIds) {
    const file: MessageFile = { id: fileId, object: 'thread.message.file', created_at: now, message_id: message.id };
    await tables.messageFiles.put(scope, message.id, fileId, file);
  }
  return message;
}

/** A thread with its initial messages; their files must have been checked with `checkMessageFiles`. */
export async function createThread(tables: StoreTables, scope: string, input: CreateThreadBody, now: number): Promise<Thread> {
  const thread: Thread = { id: newId('thread'), object: 'thread', created_at: now, metadata: input.metadata ?? {} };
  await tables.threads.put(scope, ROOT, thread.id, thread);
  for (const message of input.messages ?? []) await addMessage(tables, scope, thread.id, message, now);
  return thread;
}

/**
 * Deletes a thread with its messages, message files, runs, steps, what the runs' hosted tools
 * answered, and what v2 keeps beside them.
 */
export async function deleteThread(tables: StoreTables, scope: string, threadId: string): Promise<void> {
  for (const message of await tables.messages.list(scope, threadId)) {
    await tables.messageFiles.deleteAll(scope, message.id);
    await tables.v2Settings.delete(scope, 'message', message.id);
  }
  for (const run of await tables.runs.list(scope, threadId)) {
    await tables.v2Settings.delete(scope, 'run', run.id);
    await tables.steps.deleteAll(scope, run.id);
    await tables.pendingUsage.deleteAll(scope, run.id);
    await tables.hostedCalls.deleteAll(scope, run.id);
  }
  await tables.messages.deleteAll(scope, threadId);
  await tables.runs.deleteAll(scope, threadId);
  await tables.v2Settings.delete(scope, 'thread', threadId);
  await tables.threads.delete(scope, ROOT, threadId);
}
