/** Assistants (operations 1–5) and assistant files (23–26). */
import type { Assistant, AssistantFile } from '../../openai/schemas.js';
import { invalidRequest, notFound } from '../errors.js';
import { checkFileId, checkFileIds } from '../files.js';
import { newId } from '../ids.js';
import { paginate } from '../pagination.js';
import { getAssistant, replaceAssistantFiles } from '../resources.js';
import type { Route } from '../router.js';
import { pathParam } from '../router.js';
import { ROOT } from '../store.js';
import {
  createAssistantBody,
  createAssistantFileBody,
  modifyAssistantBody,
  parseBody,
  parseListQuery,
} from '../validation.js';

const MAX_ASSISTANT_FILES = 20;

export const assistantRoutes: Route[] = [
  {
    method: 'GET',
    path: '/assistants',
    handler: (ctx) => ({ body: paginate(ctx.store.assistants.list(ctx.scope, ROOT), parseListQuery(ctx.query)) }),
  },
  {
    method: 'POST',
    path: '/assistants',
    handler: (ctx) => {
      const input = parseBody(createAssistantBody, ctx.body ?? {});
      checkFileIds(input.file_ids, 'file_ids');
      const now = ctx.now();
      const id = newId('asst');
      const assistant: Assistant = {
        id,
        object: 'assistant',
        created_at: now,
        name: input.name ?? null,
        description: input.description ?? null,
        model: input.model,
        instructions: input.instructions ?? null,
        tools: input.tools ?? [],
        file_ids: replaceAssistantFiles(ctx.store, ctx.scope, id, input.file_ids ?? [], now),
        metadata: input.metadata ?? {},
      };
      ctx.store.assistants.put(ctx.scope, ROOT, id, assistant);
      return { body: assistant };
    },
  },
  {
    method: 'GET',
    path: '/assistants/{assistant_id}',
    handler: (ctx) => ({ body: getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id')) }),
  },
  {
    method: 'POST',
    path: '/assistants/{assistant_id}',
    handler: (ctx) => {
      const input = parseBody(modifyAssistantBody, ctx.body ?? {});
      const assistant = getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      checkFileIds(input.file_ids, 'file_ids');
      if (input.model !== undefined) assistant.model = input.model;
      if (input.name !== undefined) assistant.name = input.name;
      if (input.description !== undefined) assistant.description = input.description;
      if (input.instructions !== undefined) assistant.instructions = input.instructions;
      if (input.tools !== undefined) assistant.tools = input.tools;
      if (input.metadata !== undefined) assistant.metadata = input.metadata ?? {};
      if (input.file_ids !== undefined) {
        assistant.file_ids = replaceAssistantFiles(ctx.store, ctx.scope, assistant.id, input.file_ids, ctx.now());
      }
      ctx.store.assistants.put(ctx.scope, ROOT, assistant.id, assistant);
      return { body: assistant };
    },
  },
  {
    method: 'DELETE',
    path: '/assistants/{assistant_id}',
    handler: (ctx) => {
      const assistant = getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      ctx.store.assistantFiles.deleteAll(ctx.scope, assistant.id);
      ctx.store.assistants.delete(ctx.scope, ROOT, assistant.id);
      return { body: { id: assistant.id, object: 'assistant.deleted', deleted: true } };
    },
  },
  {
    method: 'GET',
    path: '/assistants/{assistant_id}/files',
    handler: (ctx) => {
      const query = parseListQuery(ctx.query);
      const assistant = getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      return { body: paginate(ctx.store.assistantFiles.list(ctx.scope, assistant.id), query) };
    },
  },
  {
    method: 'POST',
    path: '/assistants/{assistant_id}/files',
    handler: (ctx) => {
      const input = parseBody(createAssistantFileBody, ctx.body ?? {});
      const assistant = getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      checkFileId(input.file_id, 'file_id');
      const existing = ctx.store.assistantFiles.get(ctx.scope, assistant.id, input.file_id);
      if (existing) return { body: existing };
      if (assistant.file_ids.length >= MAX_ASSISTANT_FILES) {
        throw invalidRequest(
          `Assistant ${assistant.id} already has the maximum of ${MAX_ASSISTANT_FILES} files attached. Detach a file before attaching '${input.file_id}'.`,
          'file_id',
          'array_above_max_length',
        );
      }
      const file: AssistantFile = { id: input.file_id, object: 'assistant.file', created_at: ctx.now(), assistant_id: assistant.id };
      ctx.store.assistantFiles.put(ctx.scope, assistant.id, file.id, file);
      assistant.file_ids = [...assistant.file_ids, file.id];
      ctx.store.assistants.put(ctx.scope, ROOT, assistant.id, assistant);
      return { body: file };
    },
  },
  {
    method: 'GET',
    path: '/assistants/{assistant_id}/files/{file_id}',
    handler: (ctx) => {
      const assistant = getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      const fileId = pathParam(ctx, 'file_id');
      const file = ctx.store.assistantFiles.get(ctx.scope, assistant.id, fileId);
      if (!file) throw notFound('file', fileId);
      return { body: file };
    },
  },
  {
    method: 'DELETE',
    path: '/assistants/{assistant_id}/files/{file_id}',
    handler: (ctx) => {
      const assistant = getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      const fileId = pathParam(ctx, 'file_id');
      if (!ctx.store.assistantFiles.delete(ctx.scope, assistant.id, fileId)) throw notFound('file', fileId);
      assistant.file_ids = assistant.file_ids.filter((id) => id !== fileId);
      ctx.store.assistants.put(ctx.scope, ROOT, assistant.id, assistant);
      return { body: { id: fileId, object: 'assistant.file.deleted', deleted: true } };
    },
  },
];
