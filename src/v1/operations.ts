/**
 * The operations of the Assistants API v1, in one table: each one's method, path template, request
 * schemas and answer schema, written here once. The REST client fills the path and parses the
 * answer (`src/openai/client.ts`), the v1 server's routes take method and path
 * (`src/v1-server/router.ts`), and the GraphQL operations battery expects every v1 row upstream.
 * The v1 Files API is here too (rows of `family: 'files'`), served by the built-in v1 server: it is
 * not part of the Assistants beta, so it is not among the 28 Assistants operations.
 */
import type { z } from 'zod';
import {
  cancelRunBody,
  createAssistantBody,
  createAssistantFileBody,
  createMessageBody,
  createRunBody,
  createThreadAndRunBody,
  createThreadBody,
  listFilesQuery,
  listMessagesQuery,
  listQuery,
  listThreadsQuery,
  metadataBody,
  modifyAssistantBody,
  submitToolOutputsBody,
} from './requests.js';
import {
  assistantFileListSchema,
  assistantFileSchema,
  assistantListSchema,
  assistantSchema,
  deletionSchema,
  fileListSchema,
  fileSchema,
  messageFileListSchema,
  messageFileSchema,
  messageListSchema,
  messageSchema,
  runListSchema,
  runSchema,
  runStepListSchema,
  runStepSchema,
  threadListSchema,
  threadSchema,
} from './schemas.js';

export type Method = 'GET' | 'POST' | 'DELETE';

export interface Operation {
  method: Method;
  /** Relative to `/v1`; `{name}` stands for a path parameter, an id. */
  path: string;
  /** A JSON body's schema, or `'multipart'`: a multipart/form-data upload, which its route reads itself. */
  body?: z.ZodType | 'multipart';
  query?: z.ZodObject;
  /** The JSON answer's schema, or `'bytes'`: the raw bytes of a download. */
  answer: z.ZodType | 'bytes';
  /** The body may ask for `stream: true`: the answer is then the run's events (SSE), not `answer`. */
  stream?: true;
  /** Not in v1: an extension of the built-in v1 server, which other upstreams answer with 404. */
  extension?: true;
  /**
   * `'files'`: the v1 Files API, not the Assistants beta: asked without the `OpenAI-Beta` header, and
   * not one of the 28 Assistants operations. Unset: an operation of the Assistants beta.
   */
  family?: 'files';
}

export const OPERATIONS = {
  listAssistants: { method: 'GET', path: '/assistants', query: listQuery, answer: assistantListSchema },
  createAssistant: { method: 'POST', path: '/assistants', body: createAssistantBody, answer: assistantSchema },
  getAssistant: { method: 'GET', path: '/assistants/{assistant_id}', answer: assistantSchema },
  modifyAssistant: { method: 'POST', path: '/assistants/{assistant_id}', body: modifyAssistantBody, answer: assistantSchema },
  deleteAssistant: { method: 'DELETE', path: '/assistants/{assistant_id}', answer: deletionSchema },

  listThreads: { method: 'GET', path: '/threads', query: listThreadsQuery, answer: threadListSchema, extension: true },
  createThread: { method: 'POST', path: '/threads', body: createThreadBody, answer: threadSchema },
  getThread: { method: 'GET', path: '/threads/{thread_id}', answer: threadSchema },
  modifyThread: { method: 'POST', path: '/threads/{thread_id}', body: metadataBody, answer: threadSchema },
  deleteThread: { method: 'DELETE', path: '/threads/{thread_id}', answer: deletionSchema },

  listMessages: { method: 'GET', path: '/threads/{thread_id}/messages', query: listMessagesQuery, answer: messageListSchema },
  createMessage: { method: 'POST', path: '/threads/{thread_id}/messages', body: createMessageBody, answer: messageSchema },
  getMessage: { method: 'GET', path: '/threads/{thread_id}/messages/{message_id}', answer: messageSchema },
  modifyMessage: { method: 'POST', path: '/threads/{thread_id}/messages/{message_id}', body: metadataBody, answer: messageSchema },

  createThreadAndRun: { method: 'POST', path: '/threads/runs', body: createThreadAndRunBody, answer: runSchema, stream: true },
  listRuns: { method: 'GET', path: '/threads/{thread_id}/runs', query: listQuery, answer: runListSchema },
  createRun: { method: 'POST', path: '/threads/{thread_id}/runs', body: createRunBody, answer: runSchema, stream: true },
  getRun: { method: 'GET', path: '/threads/{thread_id}/runs/{run_id}', answer: runSchema },
  modifyRun: { method: 'POST', path: '/threads/{thread_id}/runs/{run_id}', body: metadataBody, answer: runSchema },
  submitToolOutputs: {
    method: 'POST',
    path: '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs',
    body: submitToolOutputsBody,
    answer: runSchema,
    stream: true,
  },
  cancelRun: { method: 'POST', path: '/threads/{thread_id}/runs/{run_id}/cancel', body: cancelRunBody, answer: runSchema },

  listRunSteps: { method: 'GET', path: '/threads/{thread_id}/runs/{run_id}/steps', query: listQuery, answer: runStepListSchema },
  getRunStep: { method: 'GET', path: '/threads/{thread_id}/runs/{run_id}/steps/{step_id}', answer: runStepSchema },

  listAssistantFiles: { method: 'GET', path: '/assistants/{assistant_id}/files', query: listQuery, answer: assistantFileListSchema },
  createAssistantFile: {
    method: 'POST',
    path: '/assistants/{assistant_id}/files',
    body: createAssistantFileBody,
    answer: assistantFileSchema,
  },
  getAssistantFile: { method: 'GET', path: '/assistants/{assistant_id}/files/{file_id}', answer: assistantFileSchema },
  deleteAssistantFile: { method: 'DELETE', path: '/assistants/{assistant_id}/files/{file_id}', answer: deletionSchema },

  listMessageFiles: {
    method: 'GET',
    path: '/threads/{thread_id}/messages/{message_id}/files',
    query: listQuery,
    answer: messageFileListSchema,
  },
  getMessageFile: { method: 'GET', path: '/threads/{thread_id}/messages/{message_id}/files/{file_id}', answer: messageFileSchema },

  uploadFile: { method: 'POST', path: '/files', body: 'multipart', answer: fileSchema, family: 'files' },
  listFiles: { method: 'GET', path: '/files', query: listFilesQuery, answer: fileListSchema, family: 'files' },
  getFile: { method: 'GET', path: '/files/{file_id}', answer: fileSchema, family: 'files' },
  deleteFile: { method: 'DELETE', path: '/files/{file_id}', answer: deletionSchema, family: 'files' },
  getFileContent: { method: 'GET', path: '/files/{file_id}/content', answer: 'bytes', family: 'files' },
} as const satisfies Record<string, Operation>;

type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;

/** An operation the REST client calls as JSON: a JSON body (if any) and a JSON answer. */
export interface JsonOperation extends Operation {
  body?: z.ZodType;
  answer: z.ZodType;
}

/** The operations with a JSON answer and no multipart body: those the REST client can call as JSON. */
export type JsonOperationName = {
  [Name in OperationName]: Operations[Name] extends { answer: z.ZodType } & ({ body: z.ZodType } | { body?: undefined })
    ? Name
    : never;
}[OperationName];

/** What an operation answers, parsed. */
export type OperationAnswer<Name extends JsonOperationName> = z.output<Operations[Name]['answer']>;

/** What an operation's body and query take, as a caller gives them; `never` for an operation without one. */
export type OperationBody<Name extends OperationName> = Operations[Name] extends { body: z.ZodType }
  ? z.input<Operations[Name]['body']>
  : never;
export type OperationQuery<Name extends OperationName> = Operations[Name] extends { query: z.ZodType }
  ? z.input<Operations[Name]['query']>
  : never;

/** The operations whose body may ask for `stream: true`. */
export type StreamingOperationName = {
  [Name in OperationName]: Operations[Name] extends { stream: true } ? Name : never;
}[OperationName];

/** The parameters a path template names: `/threads/{thread_id}/runs/{run_id}` → `thread_id | run_id`. */
type PathParamName<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamName<Rest>
  : never;

/** An operation's path parameters, each a raw (unencoded) id. */
export type PathParams<Name extends OperationName> = Record<PathParamName<Operations[Name]['path']>, string>;

/** Every operation with its name, in table order. */
export function operationList(): (Operation & { name: OperationName })[] {
  return (Object.keys(OPERATIONS) as OperationName[]).map((name) => ({ name, ...OPERATIONS[name] }));
}

/** Whether an operation is one of the 28 of the Assistants API v1 (not an extension, not the Files API). */
export function isAssistantsV1(operation: Operation): boolean {
  return operation.extension !== true && operation.family === undefined;
}
