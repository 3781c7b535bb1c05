/**
 * The Chat Completions request for one model call: the run's instructions and turns as messages,
 * the function tools, and the sampling options.
 */
import type { FunctionDefinition, ResponseFormat, ToolChoice } from '../../v1/schemas.js';
import type { JsonSchemaFormat, ReasoningEffort } from '../../v2/requests.js';
import type { ModelInput, ModelTurn } from './model.js';

export interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** A user message's content with images: its text, then each image. */
export type ChatContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string; detail?: 'auto' | 'low' | 'high' } };

export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: ChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

/** A message as sent: a user message that shows images has content parts. */
export type ChatRequestMessage = ChatMessage | { role: 'user'; content: ChatContentPart[] };

export interface ChatTool {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean };
}

export type ChatToolChoice = 'auto' | 'none' | 'required' | { type: 'function'; function: { name: string } };

export interface ChatRequest {
  model: string;
  messages: ChatRequestMessage[];
  stream: true;
  stream_options: { include_usage: true };
  tools?: ChatTool[];
  tool_choice?: ChatToolChoice;
  temperature?: number;
  top_p?: number;
  parallel_tool_calls?: boolean;
  reasoning_effort?: ReasoningEffort;
  response_format?: { type: 'json_object' } | { type: 'json_schema'; json_schema: JsonSchemaFormat };
  max_tokens?: number;
}

export function buildChatRequest(input: ModelInput, model: string): ChatRequest {
  const system: ChatRequestMessage[] = input.instructions === '' ? [] : [{ role: 'system', content: input.instructions }];
  const messages = [...system, ...input.turns.flatMap(turnMessages)];
  const request: ChatRequest = { model, messages, stream: true, stream_options: { include_usage: true } };
  // Hosted tools arrive as functions (the run offers `retrieval` and `code_interpreter` so).
  const tools = input.tools.flatMap((tool) =>
    tool.type === 'function' ? [chatTool(tool.function, input.strictFunctions?.[tool.function.name])] : [],
  );
  if (tools.length > 0) {
    request.tools = tools;
    request.tool_choice = chatToolChoice(input.toolChoice);
    if (input.parallelToolCalls !== undefined) request.parallel_tool_calls = input.parallelToolCalls;
  }
  if (input.temperature !== null) request.temperature = input.temperature;
  if (input.topP !== undefined && input.topP !== null) request.top_p = input.topP;
  if (input.reasoningEffort !== undefined) request.reasoning_effort = input.reasoningEffort;
  if (isJsonObject(input.responseFormat)) request.response_format = { type: 'json_object' };
  if (input.jsonSchema) request.response_format = { type: 'json_schema', json_schema: input.jsonSchema };
  if (input.maxCompletionTokens !== null) request.max_tokens = input.maxCompletionTokens;
  return request;
}

function chatTool({ name, description, parameters }: FunctionDefinition, strict: boolean | undefined): ChatTool {
  const definition: ChatTool['function'] = { name };
  if (description != null) definition.description = description;
  if (parameters != null) definition.parameters = parameters;
  if (strict !== undefined) definition.strict = strict;
  return { type: 'function', function: definition };
}

function chatToolChoice(choice: ToolChoice): ChatToolChoice {
  if (choice === 'none' || choice === 'required') return choice;
  if (typeof choice === 'object' && choice.type === 'function' && choice.function) {
    return { type: 'function', function: { name: choice.function.name } };
  }
  // 'auto', or a named `retrieval`/`code_interpreter`, which the model is not offered.
  return 'auto';
}

function isJsonObject(format: ResponseFormat): boolean {
  return typeof format === 'object' && format.type === 'json_object';
}

function turnMessages(turn: ModelTurn): ChatRequestMessage[] {
  if (turn.type === 'message') {
    if (turn.role === 'assistant') return [{ role: 'assistant', content: turn.text }];
    if (!turn.images?.length) return [{ role: 'user', content: turn.text }];
    const images = turn.images.map(({ url, detail }): ChatContentPart => ({ type: 'image_url', image_url: detail === undefined ? { url } : { url, detail } }));
    return [{ role: 'user', content: [...(turn.text === '' ? [] : [{ type: 'text' as const, text: turn.text }]), ...images] }];
  }
  // Replayed as the model's own calls and the answers to them, so it reads outputs as tool results.
  const calls = turn.calls.map(
    (call): ChatToolCall => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } }),
  );
  return [
    { role: 'assistant', content: null, tool_calls: calls },
    ...turn.calls.map((call): ChatMessage => ({ role: 'tool', tool_call_id: call.id, content: call.output })),
  ];
}
