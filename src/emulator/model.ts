/**
 * What answers inside a run. `AssistantModel` is the seam where a chat-completions-backed model
 * can replace the deterministic built-in one.
 *
 * Rules of the built-in model (`EchoModel`), looked up in the last `user` message of the thread:
 * - `#fail` in it: the run fails with `last_error {code: "server_error", message: "The emulator
 *   failed this run as asked (#fail)."}`; `#rate_limit`: the same with code `rate_limit_exceeded`.
 * - `#slow` in it: the run stays `in_progress` for 20 step delays before answering, so a test can
 *   cancel it while it is in progress.
 * - After tool outputs were submitted, the reply is `Tool results: <name1>=<output1>; <name2>=<output2>`.
 * - Otherwise, function calling: each `call <name>(<json>)` directive in it (e.g.
 *   `call get_weather({"city":"Paris"})`) whose name is a function among the run's tools becomes a
 *   tool call with exactly that JSON text as `arguments` (`call name()` gives `{}`); the run then
 *   requires action. A `tool_choice` naming a function forces a call of it (arguments `{}` when the
 *   message gives none); `tool_choice: "none"` never calls tools.
 * - Otherwise the reply is `You said: <text of that message>`, or `Hello! How can I help?` when the
 *   thread has no user message.
 * - Usage: prompt_tokens = the word count of all thread messages plus the instructions;
 *   completion_tokens = the word count of the reply (of the call arguments for tool calls).
 */
import type { Tool, ToolChoice } from '../openai/schemas.js';

export interface ModelMessage {
  role: string;
  text: string;
}

export interface ModelToolResult {
  name: string;
  arguments: string;
  output: string;
}

export interface ModelInput {
  instructions: string;
  tools: Tool[];
  messages: ModelMessage[];
  /** Outputs of the tool calls this run made so far, in call order; empty before any. */
  toolResults: ModelToolResult[];
  toolChoice: ToolChoice;
}

export interface ModelUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

export type ModelOutput =
  | { type: 'message'; text: string; usage: ModelUsage }
  | { type: 'tool_calls'; calls: Array<{ name: string; arguments: string }>; usage: ModelUsage }
  | { type: 'error'; code: 'server_error' | 'rate_limit_exceeded'; message: string; usage: ModelUsage };

export interface AssistantModel {
  respond(input: ModelInput): ModelOutput | Promise<ModelOutput>;
  /** How many step delays the run spends `in_progress` before the answer is applied (1 when absent). */
  pace?(input: ModelInput): number;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function lastUserText(messages: readonly ModelMessage[]): string | undefined {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (message?.role === 'user') return message.text;
  }
  return undefined;
}

const DIRECTIVE = /\bcall ([a-zA-Z0-9_-]{1,64})\(/g;

/** The `call name(json)` directives of a text; the JSON ends at the first `)` that closes valid JSON. */
export function parseCallDirectives(text: string): Array<{ name: string; arguments: string }> {
  const calls: Array<{ name: string; arguments: string }> = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length;
    for (let end = text.indexOf(')', start); end >= 0; end = text.indexOf(')', end + 1)) {
      const json = text.slice(start, end);
      if (json.trim() === '') {
        calls.push({ name, arguments: '{}' });
        break;
      }
      try {
        JSON.parse(json);
        calls.push({ name, arguments: json });
        break;
      } catch {
        continue;
      }
    }
  }
  return calls;
}

function functionNames(tools: readonly Tool[]): Set<string> {
  return new Set(tools.flatMap((tool) => (tool.type === 'function' ? [tool.function.name] : [])));
}

export class EchoModel implements AssistantModel {
  respond(input: ModelInput): ModelOutput {
    const prompt = input.messages.reduce((sum, message) => sum + wordCount(message.text), wordCount(input.instructions));
    const last = lastUserText(input.messages) ?? '';
    const usage = (completion: string): ModelUsage => ({ prompt_tokens: prompt, completion_tokens: wordCount(completion) });
    if (last.includes('#fail')) {
      return { type: 'error', code: 'server_error', message: 'The emulator failed this run as asked (#fail).', usage: usage('') };
    }
    if (last.includes('#rate_limit')) {
      return {
        type: 'error',
        code: 'rate_limit_exceeded',
        message: 'The emulator rate-limited this run as asked (#rate_limit).',
        usage: usage(''),
      };
    }
    if (input.toolResults.length > 0) {
      const text = `Tool results: ${input.toolResults.map((result) => `${result.name}=${result.output}`).join('; ')}`;
      return { type: 'message', text, usage: usage(text) };
    }
    const calls = this.toolCalls(input, last);
    if (calls.length > 0) {
      return { type: 'tool_calls', calls, usage: usage(calls.map((call) => call.arguments).join(' ')) };
    }
    const text = lastUserText(input.messages) === undefined ? 'Hello! How can I help?' : `You said: ${last}`;
    return { type: 'message', text, usage: usage(text) };
  }

  pace(input: ModelInput): number {
    return (lastUserText(input.messages) ?? '').includes('#slow') ? 20 : 1;
  }

  private toolCalls(input: ModelInput, text: string): Array<{ name: string; arguments: string }> {
    const choice = input.toolChoice;
    if (choice === 'none') return [];
    const available = functionNames(input.tools);
    const directives = parseCallDirectives(text).filter((call) => available.has(call.name));
    if (typeof choice === 'object' && choice.type === 'function' && choice.function) {
      const forced = choice.function.name;
      const matching = directives.filter((call) => call.name === forced);
      return matching.length > 0 ? matching : [{ name: forced, arguments: '{}' }];
    }
    return directives;
  }
}
