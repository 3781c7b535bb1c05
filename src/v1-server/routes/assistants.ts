/** Assistants (operations 1–5) and assistant files (23–26). */
import { LIMITS, createAssistantBody, createAssistantFileBody, modifyAssistantBody } from '../../v1/requests.js';
import type { Assistant, AssistantFile } from '../../v1/schemas.js';
import { invalidRequest, notFound } from '../errors.js';
import { checkFileId, checkFileIds } from '../files.js';
import { newId } from '../ids.js';
import { listPage } from '../pagination.js';
import { deleteAssistant, getAssistant, replaceAssistantFiles } from '../resources.js';
import type { Route } from '../router.js';
import { pathParam } from '../router.js';
import { ROOT } from '../store/store.js';
import { parseBody, parsePageQuery } from '../validation.js';

export const assistantRoutes: Route[] = [
  {
    operation: 'listAssistants',
    handler: async (ctx) => ({ body: await listPage(ctx.store.assistants.page(ctx.scope, ROOT, parsePageQuery(ctx.query))) }),
  },
  {
    operation: 'createAssistant',
    handler: async (ctx) => {
      const input = parseBody(createAssistantBody, ctx.body ?? {});
      const assistant = await ctx.store.transaction(async (tx) => {
        await checkFileIds(tx, ctx.scope, input.file_ids);
        const now = ctx.now();
        const id = newId('asst');
        const created: Assistant = {
          id,
          object: 'assistant',
          created_at: now,
          name: input.name ?? null,
          description: input.description ?? null,
          model: input.model,
          instructions: input.instructions ?? null,
          tools: input.tools ?? [],
          file_ids: await replaceAssistantFiles(tx, ctx.scope, id, input.file_ids ?? [], now),
          metadata: input.metadata ?? {},
        };
        await tx.assistants.put(ctx.scope, ROOT, id, created);
        return created;
      });
      return { body: assistant };
    },
  },
  {
    operation: 'getAssistant',
    handler: async (ctx) => ({ body: await getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id')) }),
  },
  {
    operation: 'modifyAssistant',
    handler: async (ctx) => {
      const input = parseBody(modifyAssistantBody, ctx.body ?? {});
      const assistant = await ctx.store.transaction(async (tx) => {
        const current = await getAssistant(tx, ctx.scope, pathParam(ctx, 'assistant_id'));
        await checkFileIds(tx, ctx.scope, input.file_ids);
        if (input.model !== undefined) current.model = input.model;
        if (input.name !== undefined) current.name = input.name;
        if (input.description !== undefined) current.description = input.description;
        if (input.instructions !== undefined) current.instructions = input.instructions;
        if (input.tools !== undefined) current.tools = input.tools;
        if (input.metadata !== undefined) current.metadata = input.metadata ?? {};
        if (input.file_ids !== undefined) {
          current.file_ids = await replaceAssistantFiles(tx, ctx.scope, current.id, input.file_ids, ctx.now());
        }
        await tx.assistants.put(ctx.scope, ROOT, current.id, current);
        return current;
      });
      return { body: assistant };
    },
  },
  {
    operation: 'deleteAssistant',
    handler: async (ctx) => {
      const id = await ctx.store.transaction(async (tx) => {
        const assistant = await getAssistant(tx, ctx.scope, pathParam(ctx, 'assistant_id'));
        await deleteAssistant(tx, ctx.scope, assistant.id);
        return assistant.id;
      });
      return { body: { id, object: 'assistant.deleted', deleted: true } };
    },
  },
  {
    operation: 'listAssistantFiles',
    handler: async (ctx) => {
      const query = parsePageQuery(ctx.query);
      const assistant = await getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      return { body: await listPage(ctx.store.assistantFiles.page(ctx.scope, assistant.id, query)) };
    },
  },
  {
    operation: 'createAssistantFile',
    handler: async (ctx) => {
      const input = parseBody(createAssistantFileBody, ctx.body ?? {});
      const file = await ctx.store.transaction(async (tx) => {
        const assistant = await getAssistant(tx, ctx.scope, pathParam(ctx, 'assistant_id'));
        await checkFileId(tx, ctx.scope, input.file_id);
        const existing = await tx.assistantFiles.get(ctx.scope, assistant.id, input.file_id);
        if (existing) return existing;
        if (assistant.file_ids.length >= LIMITS.assistantFiles) {
          throw invalidRequest(
            `Assistant ${assistant.id} already has the maximum of ${LIMITS.assistantFiles} files attached. Detach a file before attaching '${input.file_id}'.`,
            'file_id',
            'array_above_max_length',
          );
        }
        const attached: AssistantFile = { id: input.file_id, object: 'assistant.file', created_at: ctx.now(), assistant_id: assistant.id };
        await tx.assistantFiles.put(ctx.scope, assistant.id, attached.id, attached);
        assistant.file_ids = [...assistant.file_ids, attached.id];
        await tx.assistants.put(ctx.scope, ROOT, assistant.id, assistant);
        return attached;
      });
      return { body: file };
    },
  },
  {
    operation: 'getAssistantFile',
    handler: async (ctx) => {
      const assistant = await getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      const fileId = pathParam(ctx, 'file_id');
      const file = await ctx.store.assistantFiles.get(ctx.scope, assistant.id, fileId);
      if (!file) throw notFound('file', fileId);
      return { body: file };
    },
  },
  {
    operation: 'deleteAssistantFile',
    handler: async (ctx) => {
      const fileId = pathParam(ctx, 'file_id');
      await ctx.store.transaction(async (tx) => {
        const assistant = await getAssistant(tx, ctx.scope, pathParam(ctx, 'assistant_id'));
        if (!(await tx.assistantFiles.delete(ctx.scope, assistant.id, fileId))) throw notFound('file', fileId);
        assistant.file_ids = assistant.file_ids.filter((id) => id !== fileId);
        await tx.assistants.put(ctx.scope, ROOT, assistant.id, assistant);
      });
      return { body: { id: fileId, object: 'assistant.file.deleted', deleted: true } };
    },
  },
];
