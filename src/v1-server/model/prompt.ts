/**
 * The Chat Completions request for one model call: the run's turns as messages (cut to fit
 * `max_prompt_tokens`), the function tools, and the sampling options.
 */
import type { FunctionDefinition, ResponseFormat, ToolChoice } from '../../v1/schemas.js';
import { ModelError } from './model.js';
import type { ModelInput, ModelTurn } from './model.js';
import { messageTokens, promptTokens } from './tokens.js';

export interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: ChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

export interface ChatTool {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown> };
}

export type ChatToolChoice = 'auto' | 'none' | { type: 'function'; function: { name: string } };

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream: true;
  stream_options: { include_usage: true };
  tools?: ChatTool[];
  tool_choice?: ChatToolChoice;
  temperature?: number;
  response_format?: { type: 'json_object' };
  max_tokens?: number;
}

/** The request, and the estimated prompt tokens (reported as usage when the server reports none). */
export function buildChatRequest(input: ModelInput, model: string): { request: ChatRequest; promptTokens: number } {
  const messages = buildMessages(input);
  const request: ChatRequest = { model, messages, stream: true, stream_options: { include_usage: true } };
  // `retrieval` and `code_interpreter` are not the model's to call.
  const tools = input.tools.flatMap((tool) => (tool.type === 'function' ? [chatTool(tool.function)] : []));
  if (tools.length > 0) {
    request.tools = tools;
    request.tool_choice = chatToolChoice(input.toolChoice);
  }
  if (input.temperature !== null) request.temperature = input.temperature;
  if (isJsonObject(input.responseFormat)) request.response_format = { type: 'json_object' };
  if (input.maxCompletionTokens !== null) request.max_tokens = input.maxCompletionTokens;
  return { request, promptTokens: promptTokens(messages) };
}

function chatTool({ name, description, parameters }: FunctionDefinition): ChatTool {
  const definition: ChatTool['function'] = { name };
  if (description != null) definition.description = description;
  if (parameters != null) definition.parameters = parameters;
  return { type: 'function', function: definition };
}

function chatToolChoice(choice: ToolChoice): ChatToolChoice {
  if (choice === 'none') return 'none';
  if (typeof choice === 'object' && choice.type === 'function' && choice.function) {
    return { type: 'function', function: { name: choice.function.name } };
  }
  // 'auto', or a named `retrieval`/`code_interpreter`, which the model is not offered.
  return 'auto';
}

function isJsonObject(format: ResponseFormat): boolean {
  return typeof format === 'object' && format.type === 'json_object';
}

function turnMessages(turn: ModelTurn): ChatMessage[] {
  if (turn.type === 'message') return [{ role: turn.role, content: turn.text }];
  // Replayed as the model's own calls and the answers to them, so it reads outputs as tool results.
  const calls = turn.calls.map(
    (call): ChatToolCall => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } }),
  );
  return [
    { role: 'assistant', content: null, tool_calls: calls },
    ...turn.calls.map((call): ChatMessage => ({ role: 'tool', tool_call_id: call.id, content: call.output })),
  ];
}

function buildMessages(input: ModelInput): ChatMessage[] {
  const system: ChatMessage[] = input.instructions === '' ? [] : [{ role: 'system', content: input.instructions }];
  const turns = input.turns.map(turnMessages);
  const messageIndexes = input.turns.flatMap((turn, index) => (turn.type === 'message' ? [index] : []));
  const { type, last_messages: lastMessages } = input.truncationStrategy;
  // Tool turns are the current run's own work: only message turns are ever dropped.
  const cut = type === 'last_messages' && lastMessages != null ? Math.max(0, messageIndexes.length - lastMessages) : 0;
  const dropped = new Set(messageIndexes.slice(0, cut));
  const kept = messageIndexes.slice(cut);
  if (input.maxPromptTokens !== null) {
    const keptTurns = turns.filter((_, index) => !dropped.has(index));
    let tokens = promptTokens([...system, ...keptTurns.flat()]);
    // Keep the first message (it often sets the task) and the newest; drop the oldest of the middle first.
    const order = kept.length < 2 ? [] : [...kept.slice(1, -1), ...kept.slice(0, 1)];
    for (const index of order) {
      if (tokens <= input.maxPromptTokens) break;
      tokens -= (turns[index] ?? []).reduce((sum, message) => sum + messageTokens(message), 0);
      dropped.add(index);
    }
    if (tokens > input.maxPromptTokens) {
      throw new ModelError(
        'max_prompt_tokens',
        `The prompt needs about ${tokens} tokens even with only the newest message, more than max_prompt_tokens (${input.maxPromptTokens}).`,
      );
    }
  }
  return [...system, ...turns.filter((_, index) => !dropped.has(index)).flat()];
}
