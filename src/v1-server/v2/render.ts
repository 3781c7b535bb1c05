/**
 * The store keeps every object in its v1 form (with `V2Settings` beside it for what only v2 says);
 * these answer them in v2's shapes, whichever version made them. The mapping:
 * - tools: v1 `retrieval` is v2 `file_search` (with the options v2 gave, if any);
 * - an assistant's v1 `file_ids` are v2 `tool_resources.code_interpreter.file_ids`;
 * - a message's v1 `file_ids` are v2 `attachments` (for the tools v2 named; `file_search` for v1's);
 * - a `file_citation` loses v1's `quote`;
 * - a step's `retrieval` call is a `file_search` call, with the results the run's search found.
 */
import type { Assistant, Message, MessageContent, Run, RunStep, StepToolCall, Thread, Tool, ToolChoice } from '../../v1/schemas.js';
import { DEFAULT_RANKER, DEFAULT_SCORE_THRESHOLD } from '../../v2/schemas.js';
import type {
  AssistantV2,
  FileSearchResult,
  MessageContentV2,
  MessageV2,
  RunStepV2,
  RunV2,
  StepToolCallV2,
  ThreadV2,
  ToolResources,
  ToolV2,
} from '../../v2/schemas.js';
import type { FileSearchOptions, HostedStep, V2Settings } from '../store/store.js';

function toolsV2(tools: readonly Tool[], settings: V2Settings | undefined): ToolV2[] {
  const fileSearch = settings?.fileSearch;
  return tools.map((tool): ToolV2 => {
    const strict = tool.type === 'function' ? settings?.strictFunctions?.[tool.function.name] : undefined;
    if (tool.type === 'function' && strict !== undefined) return { type: 'function', function: { ...tool.function, strict } };
    if (tool.type !== 'retrieval') return tool;
    if (fileSearch === undefined || (fileSearch.maxResults === undefined && fileSearch.scoreThreshold === undefined)) {
      return { type: 'file_search' };
    }
    return {
      type: 'file_search',
      file_search: {
        ...(fileSearch.maxResults === undefined ? {} : { max_num_results: fileSearch.maxResults }),
        ...(fileSearch.scoreThreshold === undefined
          ? {}
          : { ranking_options: { ranker: DEFAULT_RANKER, score_threshold: fileSearch.scoreThreshold } }),
      },
    };
  });
}

function toolChoiceV2(choice: ToolChoice | null | undefined): ToolChoice | null {
  if (choice === undefined || choice === null) return null;
  if (typeof choice === 'object' && choice.type === 'retrieval') return { type: 'file_search' };
  return choice;
}

function resourcesV2(codeInterpreterFiles: readonly string[], settings: V2Settings | undefined): ToolResources {
  return {
    code_interpreter: { file_ids: [...codeInterpreterFiles] },
    file_search: { vector_store_ids: settings?.vectorStoreIds ?? [] },
  };
}

export function assistantV2(assistant: Assistant, settings: V2Settings | undefined): AssistantV2 {
  return {
    id: assistant.id,
    object: 'assistant',
    created_at: assistant.created_at,
    name: assistant.name ?? null,
    description: assistant.description ?? null,
    model: assistant.model,
    instructions: assistant.instructions ?? null,
    tools: toolsV2(assistant.tools, settings),
    tool_resources: resourcesV2(assistant.file_ids, settings),
    metadata: assistant.metadata ?? {},
    temperature: settings?.temperature ?? 1,
    top_p: settings?.topP ?? 1,
    response_format: settings?.responseFormat ?? 'auto',
  };
}

export function threadV2(thread: Thread, settings: V2Settings | undefined): ThreadV2 {
  return {
    id: thread.id,
    object: 'thread',
    created_at: thread.created_at,
    tool_resources: resourcesV2(settings?.codeInterpreterFileIds ?? [], settings),
    metadata: thread.metadata ?? {},
  };
}

function contentV2(part: MessageContent): MessageContentV2 {
  if (part.type !== 'text') return part;
  return {
    type: 'text',
    text: {
      value: part.text.value,
      annotations: part.text.annotations.map((annotation) =>
        annotation.type === 'file_citation'
          ? { ...annotation, file_citation: { file_id: annotation.file_citation.file_id } }
          : annotation,
      ),
    },
  };
}

/** The content with the message's `image_url` parts put back in their places. */
function withImageUrls(content: MessageContentV2[], settings: V2Settings | undefined): MessageContentV2[] {
  const parts = [...content];
  for (const { position, url, detail } of settings?.imageUrls ?? []) {
    parts.splice(position, 0, { type: 'image_url', image_url: detail === undefined ? { url } : { url, detail } });
  }
  return parts;
}

export function messageV2(message: Message, settings: V2Settings | undefined): MessageV2 {
  const attachments =
    settings?.attachments?.map(({ fileId, tools }) => ({ file_id: fileId, tools: tools.map((type) => ({ type })) })) ??
    message.file_ids.map((fileId) => ({ file_id: fileId, tools: [{ type: 'file_search' as const }] }));
  return {
    id: message.id,
    object: 'thread.message',
    created_at: message.created_at,
    thread_id: message.thread_id,
    status: message.status ?? 'completed',
    incomplete_details: message.incomplete_details ?? null,
    completed_at: message.completed_at ?? null,
    incomplete_at: message.incomplete_at ?? null,
    role: message.role,
    content: withImageUrls(message.content.map(contentV2), settings),
    assistant_id: message.assistant_id ?? null,
    run_id: message.run_id ?? null,
    attachments,
    metadata: message.metadata ?? {},
  };
}

export function runV2(run: Run, settings: V2Settings | undefined): RunV2 {
  return {
    id: run.id,
    object: 'thread.run',
    created_at: run.created_at,
    thread_id: run.thread_id,
    assistant_id: run.assistant_id,
    status: run.status,
    required_action: run.required_action ?? null,
    last_error: run.last_error ?? null,
    expires_at: run.expires_at ?? null,
    started_at: run.started_at ?? null,
    cancelled_at: run.cancelled_at ?? null,
    failed_at: run.failed_at ?? null,
    completed_at: run.completed_at ?? null,
    incomplete_details: run.incomplete_details ?? null,
    model: run.model ?? '',
    instructions: run.instructions ?? '',
    tools: toolsV2(run.tools, settings),
    metadata: run.metadata ?? {},
    usage: run.usage ?? null,
    temperature: run.temperature ?? 1,
    top_p: settings?.topP ?? 1,
    max_prompt_tokens: run.max_prompt_tokens ?? null,
    max_completion_tokens: run.max_completion_tokens ?? null,
    truncation_strategy: run.truncation_strategy ?? { type: 'auto', last_messages: null },
    tool_choice: toolChoiceV2(run.tool_choice) ?? 'auto',
    parallel_tool_calls: settings?.parallelToolCalls ?? true,
    response_format: settings?.responseFormat ?? run.response_format ?? 'auto',
  };
}

function stepCallV2(call: StepToolCall, hosted: HostedStep | undefined, fileSearch: FileSearchOptions | undefined, withContent: boolean): StepToolCallV2 {
  if (call.type === 'code_interpreter') return { ...call, code_interpreter: { input: call.code_interpreter.input, outputs: call.code_interpreter.outputs } };
  if (call.type === 'function') return call;
  const sources = hosted?.calls.find((made) => made.id === call.id)?.sources;
  const results = sources?.map(
    (source): FileSearchResult => ({
      file_id: source.fileId,
      file_name: source.filename,
      score: source.score ?? 0,
      ...(withContent ? { content: [{ type: 'text' as const, text: source.text }] } : {}),
    }),
  );
  const ranking = { ranker: DEFAULT_RANKER, score_threshold: fileSearch?.scoreThreshold ?? DEFAULT_SCORE_THRESHOLD };
  // Before the search ran (and in a stream) there are no results to show, not zero results.
  return { id: call.id, type: 'file_search', file_search: results ? { ranking_options: ranking, results } : { ranking_options: ranking } };
}

/** The one value of `include[]`: the passages a file search found, beside their files and scores. */
export const RESULT_CONTENT = 'step_details.tool_calls[*].file_search.results[*].content';

/**
 * `hosted`: what the step's hosted calls found (undefined in a stream, where results are not
 * shown); `withContent`: the results carry their passages (`include[]` asked for `RESULT_CONTENT`).
 */
export function stepV2(step: RunStep, hosted: HostedStep | undefined, fileSearch: FileSearchOptions | undefined, withContent = false): RunStepV2 {
  const details = step.step_details;
  return {
    id: step.id,
    object: 'thread.run.step',
    created_at: step.created_at,
    assistant_id: step.assistant_id,
    thread_id: step.thread_id,
    run_id: step.run_id,
    type: step.type,
    status: step.status,
    step_details:
      details.type === 'message_creation'
        ? details
        : { type: 'tool_calls', tool_calls: details.tool_calls.map((call) => stepCallV2(call, hosted, fileSearch, withContent)) },
    last_error: step.last_error ?? null,
    expired_at: step.expired_at ?? null,
    cancelled_at: step.cancelled_at ?? null,
    failed_at: step.failed_at ?? null,
    completed_at: step.completed_at ?? null,
    metadata: step.metadata ?? {},
    usage: step.usage ?? null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A delta's content parts with v2's citations (no `quote`), and its tool calls with `file_search` for `retrieval`. */
function deltaV2(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data.delta)) return data;
  const delta = { ...data.delta };
  if (Array.isArray(delta.content)) {
    delta.content = delta.content.map((part: unknown) => {
      if (!isRecord(part) || !isRecord(part.text) || !Array.isArray(part.text.annotations)) return part;
      const annotations = part.text.annotations.map((annotation: unknown) =>
        isRecord(annotation) && isRecord(annotation.file_citation)
          ? { ...annotation, file_citation: { file_id: annotation.file_citation.file_id } }
          : annotation,
      );
      return { ...part, text: { ...part.text, annotations } };
    });
  }
  if (isRecord(delta.step_details) && Array.isArray(delta.step_details.tool_calls)) {
    const calls = delta.step_details.tool_calls.map((call: unknown) =>
      isRecord(call) && call.type === 'retrieval' ? { index: call.index, id: call.id, type: 'file_search', file_search: {} } : call,
    );
    delta.step_details = { ...delta.step_details, tool_calls: calls };
  }
  return { ...data, delta };
}

/** What a v2 stream renders a run's events with: the settings of the run and of the thread it made. */
export interface StreamSettings {
  run: V2Settings | undefined;
  thread: V2Settings | undefined;
}

/** One run event as a v2 stream sends it. */
export function eventV2(event: string, data: unknown, settings: StreamSettings): unknown {
  if (event === 'thread.created') return threadV2(data as Thread, settings.thread);
  if (event.endsWith('.delta')) return deltaV2(data);
  if (event.startsWith('thread.run.step.')) return stepV2(data as RunStep, undefined, settings.run?.fileSearch);
  if (event.startsWith('thread.run.')) return runV2(data as Run, settings.run);
  if (event.startsWith('thread.message.')) return messageV2(data as Message, undefined);
  return data;
}
