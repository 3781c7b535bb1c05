/**
 * Assistants v2 requests in the store's one form: v2 tools as v1's (`file_search` is kept as
 * `retrieval`, with its options in `V2Settings`), `tool_resources` resolved (inline vector stores
 * made), and v2 messages (content parts, attachments) written as v1 messages with their settings.
 */
import type { CreateRunBody } from '../../v1/requests.js';
import type { Message, MessageContent, Tool, ToolChoice } from '../../v1/schemas.js';
import type { CreateMessageBodyV2, CreateRunBodyV2, ToolChoiceV2, ToolParamV2, ToolResourcesParam } from '../../v2/requests.js';
import { V2_LIMITS } from '../../v2/requests.js';
import { invalidRequest } from '../errors.js';
import { checkFileIds, getFile } from '../files.js';
import { IMAGE_TYPES, imageType } from '../runs/images.js';
import { addMessage } from '../resources.js';
import type { FileSearchOptions, StoreTables, V2Kind, V2Settings } from '../store/store.js';
import { addVectorStoreFiles, checkChunking, checkVectorStoreIds, createVectorStore, getVectorStoreRecord, ownerSettings } from './vector-stores.js';

/** How long the vector store a message attachment makes for its thread lives after its last use (as OpenAI did). */
const THREAD_STORE_EXPIRY_DAYS = 7;

/** What v2 tools say beyond their v1 form: a `file_search`'s options, the `strict` of functions (undefined when none says it). */
export interface ToolOptionsV2 {
  fileSearch: FileSearchOptions | undefined;
  strictFunctions: Record<string, boolean> | undefined;
}

/** v2 tools as the store keeps them, and what they say beyond that. */
export function toolsV1(tools: readonly ToolParamV2[]): { tools: Tool[] } & ToolOptionsV2 {
  let fileSearch: FileSearchOptions | undefined;
  let strictFunctions: Record<string, boolean> | undefined;
  const converted = tools.map((tool): Tool => {
    if (tool.type === 'code_interpreter') return tool;
    if (tool.type === 'function') {
      const { name, description, parameters, strict } = tool.function;
      if (strict !== undefined && strict !== null) strictFunctions = { ...strictFunctions, [name]: strict };
      return { type: 'function', function: { name, description, parameters } };
    }
    if (tool.file_search) {
      fileSearch = { maxResults: tool.file_search.max_num_results, scoreThreshold: tool.file_search.ranking_options?.score_threshold };
    }
    return { type: 'retrieval' };
  });
  return { tools: converted, fileSearch, strictFunctions };
}

function toolChoiceV1(choice: ToolChoiceV2 | null | undefined): ToolChoice | null | undefined {
  if (typeof choice === 'object' && choice !== null && choice.type === 'file_search') return { type: 'retrieval' };
  return choice;
}

/** A v2 run body as the engine takes it; `additional_messages` are left out (the v2 route writes them). */
export function runBodyV1(input: CreateRunBodyV2 | Omit<CreateRunBodyV2, 'additional_instructions' | 'additional_messages'>): CreateRunBody {
  const v1: CreateRunBody = {
    assistant_id: input.assistant_id,
    model: input.model,
    instructions: input.instructions,
    metadata: input.metadata,
    temperature: input.temperature,
    stream: input.stream,
    max_prompt_tokens: input.max_prompt_tokens,
    max_completion_tokens: input.max_completion_tokens,
    truncation_strategy: input.truncation_strategy,
    // v2's `required` is not among v1's choices; the engine keeps a choice and gives it to the model as it is.
    tool_choice: toolChoiceV1(input.tool_choice) as CreateRunBody['tool_choice'],
    // v1 knows no `json_schema`: the run keeps its type, its v2 settings the schema.
    response_format: input.response_format as CreateRunBody['response_format'],
  };
  if (input.tools) v1.tools = toolsV1(input.tools).tools;
  if ('additional_instructions' in input) v1.additional_instructions = input.additional_instructions;
  return v1;
}

/**
 * The settings a v2 run keeps beside its v1 form. `assistant`: its assistant's v2 settings, whose
 * functions' `strict` the run keeps when it takes the assistant's tools.
 */
export function runSettingsV2(
  input: Pick<CreateRunBodyV2, 'tools' | 'top_p' | 'parallel_tool_calls' | 'response_format' | 'reasoning_effort'>,
  assistant: V2Settings | undefined,
): V2Settings {
  const options = input.tools ? toolsV1(input.tools) : undefined;
  return {
    vectorStoreIds: [],
    fileSearch: options?.fileSearch,
    strictFunctions: options ? options.strictFunctions : assistant?.strictFunctions,
    topP: input.top_p,
    parallelToolCalls: input.parallel_tool_calls ?? undefined,
    responseFormat: input.response_format,
    reasoningEffort: input.reasoning_effort,
  };
}

export async function putSettings(tables: StoreTables, scope: string, kind: V2Kind, id: string, settings: V2Settings): Promise<void> {
  await tables.v2Settings.put(scope, kind, id, settings);
}

export interface ResolvedResources {
  codeInterpreterFileIds: string[] | undefined;
  vectorStoreIds: string[] | undefined;
}

/**
 * Checks `tool_resources` and makes the vector stores it asks for inline; each side is undefined
 * when not given. At most one vector store, named or made, per assistant or thread.
 */
export async function resolveToolResources(
  tables: StoreTables,
  scope: string,
  resources: ToolResourcesParam,
  now: number,
): Promise<ResolvedResources> {
  const codeInterpreterFileIds = resources?.code_interpreter?.file_ids;
  await checkFileIds(tables, scope, codeInterpreterFileIds);
  const search = resources?.file_search;
  if (search === undefined) return { codeInterpreterFileIds, vectorStoreIds: undefined };
  const named = search.vector_store_ids ?? [];
  const inline = search.vector_stores ?? [];
  if (named.length + inline.length > V2_LIMITS.vectorStoresPerOwner) {
    throw invalidRequest(
      `Invalid 'tool_resources.file_search': at most ${V2_LIMITS.vectorStoresPerOwner} vector store can be attached (vector_store_ids and vector_stores together).`,
      'tool_resources.file_search',
      'array_above_max_length',
    );
  }
  await checkVectorStoreIds(tables, scope, named, 'tool_resources.file_search.vector_store_ids');
  const made: string[] = [];
  for (const [index, wanted] of inline.entries()) {
    const param = `tool_resources.file_search.vector_stores[${index}]`;
    checkChunking(wanted.chunking_strategy, `${param}.chunking_strategy`);
    const store = await createVectorStore(tables, scope, { name: null, metadata: wanted.metadata ?? {}, expires_after: null }, now);
    await addVectorStoreFiles(tables, scope, store, wanted.file_ids ?? [], `${param}.file_ids`, now);
    made.push(store.id);
  }
  return { codeInterpreterFileIds, vectorStoreIds: [...named, ...made] };
}

/** Checks the files a v2 message names (its attachments and image files) before anything is written. */
export async function checkMessageV2(tables: StoreTables, scope: string, message: CreateMessageBodyV2, param: string): Promise<void> {
  await checkFileIds(tables, scope, message.attachments?.map((attachment) => attachment.file_id));
  if (typeof message.content === 'string') return;
  for (const [index, part] of message.content.entries()) {
    if (part.type !== 'image_file') continue;
    const file = await getFile(tables, scope, part.image_file.file_id);
    if (imageType(file.filename) === undefined) {
      throw invalidRequest(
        `Invalid '${param}.content[${index}].image_file.file_id': '${file.filename}' is not an image; send a ${Object.keys(IMAGE_TYPES).join(', ')} file.`,
        `${param}.content[${index}].image_file.file_id`,
        'invalid_value',
      );
    }
  }
}

/**
 * Writes a v2 message (checked with `checkMessageV2`): a v1 message whose `file_ids` are its
 * attachments, with its content parts, and its attachments' tools in its settings. A `file_search`
 * attachment puts the file in the thread's vector store, made for it when the thread has none.
 */
export async function addMessageV2(
  tables: StoreTables,
  scope: string,
  threadId: string,
  input: CreateMessageBodyV2,
  now: number,
): Promise<{ message: Message; settings: V2Settings | undefined }> {
  const parts = typeof input.content === 'string' ? [{ type: 'text' as const, text: input.content }] : input.content;
  const content = parts.flatMap((part): MessageContent[] => {
    if (part.type === 'text') return [{ type: 'text', text: { value: part.text, annotations: [] } }];
    if (part.type === 'image_file') return [{ type: 'image_file', image_file: { file_id: part.image_file.file_id } }];
    return [];
  });
  // v1 has no image URLs: they are kept beside, with their places among the parts.
  const imageUrls = parts.flatMap((part, position) =>
    part.type === 'image_url' ? [{ position, url: part.image_url.url, detail: part.image_url.detail }] : [],
  );
  const attachments = input.attachments ?? [];
  const message = await addMessage(
    tables,
    scope,
    threadId,
    { role: input.role, content: '', file_ids: attachments.map((attachment) => attachment.file_id), metadata: input.metadata },
    now,
  );
  message.content = content;
  await tables.messages.put(scope, threadId, message.id, message);
  const searched = attachments.filter((attachment) => attachment.tools.some((tool) => tool.type === 'file_search'));
  if (searched.length > 0) await addToThreadStore(tables, scope, threadId, searched.map((attachment) => attachment.file_id), now);
  const given = input.attachments !== undefined && input.attachments !== null;
  if (!given && imageUrls.length === 0) return { message, settings: undefined };
  const settings: V2Settings = {
    vectorStoreIds: [],
    attachments: given
      ? attachments.map((attachment) => ({ fileId: attachment.file_id, tools: attachment.tools.map((tool) => tool.type) }))
      : undefined,
    imageUrls: imageUrls.length > 0 ? imageUrls : undefined,
  };
  await putSettings(tables, scope, 'message', message.id, settings);
  return { message, settings };
}

async function addToThreadStore(tables: StoreTables, scope: string, threadId: string, fileIds: string[], now: number): Promise<void> {
  const settings = (await ownerSettings(tables, scope, 'thread', threadId)) ?? { vectorStoreIds: [] };
  const [existing] = settings.vectorStoreIds;
  const store =
    existing === undefined
      ? await createVectorStore(
          tables,
          scope,
          { name: null, metadata: {}, expires_after: { anchor: 'last_active_at', days: THREAD_STORE_EXPIRY_DAYS } },
          now,
        )
      : await getVectorStoreRecord(tables, scope, existing);
  await addVectorStoreFiles(tables, scope, store, fileIds, 'attachments', now);
  if (existing === undefined) await putSettings(tables, scope, 'thread', threadId, { ...settings, vectorStoreIds: [store.id] });
}
