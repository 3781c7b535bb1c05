/** Assistants through v2: `tool_resources` and the v2 options, kept beside the v1 assistant. */
import type { Assistant } from '../../../v1/schemas.js';
import { createAssistantBodyV2, modifyAssistantBodyV2 } from '../../../v2/requests.js';
import type { OperationNameV2 } from '../../../v2/operations.js';
import { newId } from '../../ids.js';
import { listPage, mappedPage } from '../../pagination.js';
import { deleteAssistant, getAssistant, replaceAssistantFiles } from '../../resources.js';
import type { Route } from '../../router.js';
import { pathParam } from '../../router.js';
import { ROOT } from '../../store/store.js';
import type { StoreTables, V2Settings } from '../../store/store.js';
import { assistantV2 } from '../../v2/render.js';
import { putSettings, resolveToolResources, toolsV1 } from '../../v2/resources.js';
import { ownerSettings } from '../../v2/vector-stores.js';
import { parseBody, parsePageQuery } from '../../validation.js';

async function settingsOf(tables: StoreTables, scope: string, id: string): Promise<V2Settings | undefined> {
  return ownerSettings(tables, scope, 'assistant', id);
}

export const assistantRoutesV2: Route<OperationNameV2>[] = [
  {
    operation: 'listAssistants',
    handler: async (ctx) => {
      const page = ctx.store.assistants.page(ctx.scope, ROOT, parsePageQuery(ctx.query));
      return { body: await listPage(mappedPage(page, async (assistant) => assistantV2(assistant, await settingsOf(ctx.store, ctx.scope, assistant.id)))) };
    },
  },
  {
    operation: 'createAssistant',
    handler: async (ctx) => {
      const input = parseBody(createAssistantBodyV2, ctx.body ?? {});
      const body = await ctx.store.transaction(async (tx) => {
        const now = ctx.now();
        const resources = await resolveToolResources(tx, ctx.scope, input.tool_resources, now);
        const { tools, fileSearch, strictFunctions } = toolsV1(input.tools ?? []);
        const id = newId('asst');
        const assistant: Assistant = {
          id,
          object: 'assistant',
          created_at: now,
          name: input.name ?? null,
          description: input.description ?? null,
          model: input.model,
          instructions: input.instructions ?? null,
          tools,
          file_ids: await replaceAssistantFiles(tx, ctx.scope, id, resources.codeInterpreterFileIds ?? [], now),
          metadata: input.metadata ?? {},
        };
        await tx.assistants.put(ctx.scope, ROOT, id, assistant);
        const settings: V2Settings = {
          vectorStoreIds: resources.vectorStoreIds ?? [],
          fileSearch,
          strictFunctions,
          temperature: input.temperature,
          topP: input.top_p,
          responseFormat: input.response_format,
          reasoningEffort: input.reasoning_effort,
        };
        await putSettings(tx, ctx.scope, 'assistant', id, settings);
        return assistantV2(assistant, settings);
      });
      return { body };
    },
  },
  {
    operation: 'getAssistant',
    handler: async (ctx) => {
      const assistant = await getAssistant(ctx.store, ctx.scope, pathParam(ctx, 'assistant_id'));
      return { body: assistantV2(assistant, await settingsOf(ctx.store, ctx.scope, assistant.id)) };
    },
  },
  {
    operation: 'modifyAssistant',
    handler: async (ctx) => {
      const input = parseBody(modifyAssistantBodyV2, ctx.body ?? {});
      const body = await ctx.store.transaction(async (tx) => {
        const current = await getAssistant(tx, ctx.scope, pathParam(ctx, 'assistant_id'));
        const settings: V2Settings = (await settingsOf(tx, ctx.scope, current.id)) ?? { vectorStoreIds: [], searchesFileIds: true };
        const now = ctx.now();
        const resources = await resolveToolResources(tx, ctx.scope, input.tool_resources, now);
        if (input.model !== undefined) current.model = input.model;
        if (input.name !== undefined) current.name = input.name;
        if (input.description !== undefined) current.description = input.description;
        if (input.instructions !== undefined) current.instructions = input.instructions;
        if (input.metadata !== undefined) current.metadata = input.metadata ?? {};
        if (input.tools !== undefined) {
          const { tools, fileSearch, strictFunctions } = toolsV1(input.tools);
          current.tools = tools;
          settings.fileSearch = fileSearch;
          settings.strictFunctions = strictFunctions;
        }
        if (resources.codeInterpreterFileIds !== undefined) {
          current.file_ids = await replaceAssistantFiles(tx, ctx.scope, current.id, resources.codeInterpreterFileIds, now);
        }
        if (resources.vectorStoreIds !== undefined) settings.vectorStoreIds = resources.vectorStoreIds;
        if (input.temperature !== undefined) settings.temperature = input.temperature;
        if (input.top_p !== undefined) settings.topP = input.top_p;
        if (input.response_format !== undefined) settings.responseFormat = input.response_format;
        if (input.reasoning_effort !== undefined) settings.reasoningEffort = input.reasoning_effort;
        await tx.assistants.put(ctx.scope, ROOT, current.id, current);
        await putSettings(tx, ctx.scope, 'assistant', current.id, settings);
        return assistantV2(current, settings);
      });
      return { body };
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
];
