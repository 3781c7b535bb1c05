/**
 * The operations of the Assistants API v2 (`OpenAI-Beta: assistants=v2`), in one table like v1's
 * (`src/v1/operations.ts`): the v1 server's v2 routes take method and path from it. The Files API
 * is not versioned: its rows stay v1's. Names are the v2 description's operation ids, except
 * `submitToolOutputs` (the description misspells it) and `listThreads` (the server's extension).
 */
import { z } from 'zod';
import type { Operation } from '../v1/operations.js';
import { cancelRunBody, listMessagesQuery, listQuery, listThreadsQuery, metadataBody, submitToolOutputsBody } from '../v1/requests.js';
import { deletionSchema } from '../v1/schemas.js';
import {
  createAssistantBodyV2,
  createMessageBodyV2,
  createRunBodyV2,
  createThreadAndRunBodyV2,
  createThreadBodyV2,
  createVectorStoreBody,
  createVectorStoreFileBatchBody,
  createVectorStoreFileBody,
  listVectorStoreFilesQuery,
  modifyAssistantBodyV2,
  modifyThreadBodyV2,
  modifyVectorStoreBody,
} from './requests.js';
import {
  assistantV2Schema,
  messageV2Schema,
  runStepV2Schema,
  runV2Schema,
  threadV2Schema,
  vectorStoreFileBatchSchema,
  vectorStoreFileSchema,
  vectorStoreSchema,
} from './schemas.js';

function listSchema<T extends z.ZodType>(item: T) {
  return z.object({
    object: z.literal('list'),
    data: z.array(item),
    first_id: z.string().nullish(),
    last_id: z.string().nullish(),
    has_more: z.boolean(),
  });
}

const vectorStoreFileList = listSchema(vectorStoreFileSchema);

export const OPERATIONS_V2 = {
  listAssistants: { method: 'GET', path: '/assistants', query: listQuery, answer: listSchema(assistantV2Schema) },
  createAssistant: { method: 'POST', path: '/assistants', body: createAssistantBodyV2, answer: assistantV2Schema },
  getAssistant: { method: 'GET', path: '/assistants/{assistant_id}', answer: assistantV2Schema },
  modifyAssistant: { method: 'POST', path: '/assistants/{assistant_id}', body: modifyAssistantBodyV2, answer: assistantV2Schema },
  deleteAssistant: { method: 'DELETE', path: '/assistants/{assistant_id}', answer: deletionSchema },

  listThreads: { method: 'GET', path: '/threads', query: listThreadsQuery, answer: listSchema(threadV2Schema), extension: true },
  createThread: { method: 'POST', path: '/threads', body: createThreadBodyV2, answer: threadV2Schema },
  getThread: { method: 'GET', path: '/threads/{thread_id}', answer: threadV2Schema },
  modifyThread: { method: 'POST', path: '/threads/{thread_id}', body: modifyThreadBodyV2, answer: threadV2Schema },
  deleteThread: { method: 'DELETE', path: '/threads/{thread_id}', answer: deletionSchema },

  listMessages: { method: 'GET', path: '/threads/{thread_id}/messages', query: listMessagesQuery, answer: listSchema(messageV2Schema) },
  createMessage: { method: 'POST', path: '/threads/{thread_id}/messages', body: createMessageBodyV2, answer: messageV2Schema },
  getMessage: { method: 'GET', path: '/threads/{thread_id}/messages/{message_id}', answer: messageV2Schema },
  modifyMessage: { method: 'POST', path: '/threads/{thread_id}/messages/{message_id}', body: metadataBody, answer: messageV2Schema },
  deleteMessage: { method: 'DELETE', path: '/threads/{thread_id}/messages/{message_id}', answer: deletionSchema },

  createThreadAndRun: { method: 'POST', path: '/threads/runs', body: createThreadAndRunBodyV2, answer: runV2Schema, stream: true },
  listRuns: { method: 'GET', path: '/threads/{thread_id}/runs', query: listQuery, answer: listSchema(runV2Schema) },
  createRun: { method: 'POST', path: '/threads/{thread_id}/runs', body: createRunBodyV2, answer: runV2Schema, stream: true },
  getRun: { method: 'GET', path: '/threads/{thread_id}/runs/{run_id}', answer: runV2Schema },
  modifyRun: { method: 'POST', path: '/threads/{thread_id}/runs/{run_id}', body: metadataBody, answer: runV2Schema },
  submitToolOutputs: {
    method: 'POST',
    path: '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs',
    body: submitToolOutputsBody,
    answer: runV2Schema,
    stream: true,
  },
  cancelRun: { method: 'POST', path: '/threads/{thread_id}/runs/{run_id}/cancel', body: cancelRunBody, answer: runV2Schema },
  listRunSteps: { method: 'GET', path: '/threads/{thread_id}/runs/{run_id}/steps', query: listQuery, answer: listSchema(runStepV2Schema) },
  getRunStep: { method: 'GET', path: '/threads/{thread_id}/runs/{run_id}/steps/{step_id}', answer: runStepV2Schema },

  listVectorStores: { method: 'GET', path: '/vector_stores', query: listQuery, answer: listSchema(vectorStoreSchema) },
  createVectorStore: { method: 'POST', path: '/vector_stores', body: createVectorStoreBody, answer: vectorStoreSchema },
  getVectorStore: { method: 'GET', path: '/vector_stores/{vector_store_id}', answer: vectorStoreSchema },
  modifyVectorStore: { method: 'POST', path: '/vector_stores/{vector_store_id}', body: modifyVectorStoreBody, answer: vectorStoreSchema },
  deleteVectorStore: { method: 'DELETE', path: '/vector_stores/{vector_store_id}', answer: deletionSchema },

  listVectorStoreFiles: {
    method: 'GET',
    path: '/vector_stores/{vector_store_id}/files',
    query: listVectorStoreFilesQuery,
    answer: vectorStoreFileList,
  },
  createVectorStoreFile: {
    method: 'POST',
    path: '/vector_stores/{vector_store_id}/files',
    body: createVectorStoreFileBody,
    answer: vectorStoreFileSchema,
  },
  getVectorStoreFile: { method: 'GET', path: '/vector_stores/{vector_store_id}/files/{file_id}', answer: vectorStoreFileSchema },
  deleteVectorStoreFile: { method: 'DELETE', path: '/vector_stores/{vector_store_id}/files/{file_id}', answer: deletionSchema },

  createVectorStoreFileBatch: {
    method: 'POST',
    path: '/vector_stores/{vector_store_id}/file_batches',
    body: createVectorStoreFileBatchBody,
    answer: vectorStoreFileBatchSchema,
  },
  getVectorStoreFileBatch: {
    method: 'GET',
    path: '/vector_stores/{vector_store_id}/file_batches/{batch_id}',
    answer: vectorStoreFileBatchSchema,
  },
  cancelVectorStoreFileBatch: {
    method: 'POST',
    path: '/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel',
    body: cancelRunBody,
    answer: vectorStoreFileBatchSchema,
  },
  listFilesInVectorStoreBatch: {
    method: 'GET',
    path: '/vector_stores/{vector_store_id}/file_batches/{batch_id}/files',
    query: listVectorStoreFilesQuery,
    answer: vectorStoreFileList,
  },
} as const satisfies Record<string, Operation>;

export type OperationNameV2 = keyof typeof OPERATIONS_V2;
