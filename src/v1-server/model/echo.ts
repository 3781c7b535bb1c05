/**
 * The deterministic built-in model, the default when no model server is configured and the model
 * of the tests. Its rules, looked up in the last `user` message it is shown (the thread within the
 * run's window, see `runs/prompt.ts`):
 * - `#fail` in it: the run fails with `last_error {code: "server_error", message: "The v1 server
 *   failed this run as asked (#fail)."}`; `#rate_limit`: the same with code `rate_limit_exceeded`.
 * - `#slow` in it: the answer starts 20 step delays late (instead of one), so a test can cancel the
 *   run while it is in progress.
 * - Retrieval: a message starting `search <query>` calls the `retrieval` function (or v2's
 *   `file_search`) with that query when it is offered (the run has the tool and files). After the passages come back, the reply
 *   quotes the first sentence of the first passage and cites it: `From <filename>: "<sentence>"【1†source】`
 *   (`I found nothing about that in the files.` when no passage came back).
 * - Code interpreter: a fenced ```python block in it is run through the `code_interpreter` function
 *   (with that block's code) when it is offered (the run has the tool and a sandbox serves). After
 *   the output comes back, the reply quotes the logs in a fenced block (`The code ran without
 *   output.` when there were none), then links each file the code wrote: `Files: sandbox:/mnt/data/<name>`.
 * - After tool outputs were submitted, the reply is `Tool results: <name1>=<output1>; <name2>=<output2>`.
 * - Otherwise, function calling: each `call <name>(<json>)` directive in it (e.g.
 *   `call get_weather({"city":"Paris"})`) whose name is a function among the run's tools becomes a
 *   tool call with exactly that JSON text as `arguments` (`call name()` gives `{}`); the run then
 *   requires action. A `tool_choice` naming a function forces a call of it (arguments `{}` when the
 *   message gives none); `tool_choice: "none"` never calls tools.
 * - Otherwise the reply is `You said: <text of that message>`, or `Hello! How can I help?` when the
 *   thread has no user message.
 * - The reply streams word by word, a tenth of a step delay apart.
 * - Usage: prompt_tokens = the word count of the messages it is shown plus the instructions;
 *   completion_tokens = the word count of the reply (of the call arguments for tool calls).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { FUNCTION_NAME_SOURCE } from '../../v1/requests.js';
import type { Tool } from '../../v1/schemas.js';
import { CODE_INTERPRETER, readCodeOutput } from '../runs/code-interpreter.js';
import { FILE_SEARCH, marker, readSources, RETRIEVAL } from '../runs/hosted-tools.js';
import type { AssistantModel, ModelEvent, ModelInput } from './model.js';
import { ModelError } from './model.js';

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** The reply cut into word-sized deltas whose concatenation is exactly the reply. */
export function splitIntoChunks(text: string): string[] {
  const chunks: string[] = [...(text.match(/\s*\S+/g) ?? [])];
  const rest = text.slice(chunks.join('').length);
  if (rest !== '') {
    if (chunks.length > 0) chunks[chunks.length - 1] += rest;
    else chunks.push(rest);
  }
  return chunks;
}

const DIRECTIVE = new RegExp(String.raw`\bcall (${FUNCTION_NAME_SOURCE})\(`, 'g');

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

function lastUserText(input: ModelInput): string | undefined {
  for (let i = input.turns.length - 1; i >= 0; i -= 1) {
    const turn = input.turns[i];
    if (turn?.type === 'message' && turn.role === 'user') return turn.text;
  }
  return undefined;
}

/** What the rules answer, before any pacing. */
export type EchoReply =
  | { type: 'message'; text: string }
  | { type: 'tool_calls'; calls: Array<{ name: string; arguments: string }> }
  | { type: 'error'; error: ModelError };

export function echoReply(input: ModelInput): EchoReply {
  const last = lastUserText(input) ?? '';
  if (last.includes('#fail')) {
    return { type: 'error', error: new ModelError('server_error', 'The v1 server failed this run as asked (#fail).') };
  }
  if (last.includes('#rate_limit')) {
    return { type: 'error', error: new ModelError('rate_limit_exceeded', 'The v1 server rate-limited this run as asked (#rate_limit).') };
  }
  const results = input.turns.flatMap((turn) => (turn.type === 'tool_calls' ? turn.calls : []));
  const lastResult = results.at(-1);
  if (lastResult?.name === RETRIEVAL || lastResult?.name === FILE_SEARCH) return { type: 'message', text: citingReply(lastResult.output) };
  if (lastResult?.name === CODE_INTERPRETER) return { type: 'message', text: codeReply(lastResult.output) };
  if (results.length > 0) {
    return { type: 'message', text: `Tool results: ${results.map((result) => `${result.name}=${result.output}`).join('; ')}` };
  }
  const calls = toolCalls(input, last);
  if (calls.length > 0) return { type: 'tool_calls', calls };
  return { type: 'message', text: lastUserText(input) === undefined ? 'Hello! How can I help?' : `You said: ${last}` };
}

/** Quotes the first passage's first sentence, exactly, and cites it. */
function citingReply(output: string): string {
  const [first] = readSources(output);
  if (!first) return 'I found nothing about that in the files.';
  const sentence = /[^\n.!?]+[.!?]*/.exec(first.text.trim())?.[0].trim() ?? first.text.trim();
  return `From ${first.filename}: "${sentence}"${marker(first.number)}`;
}

/** Quotes the code's logs and links the files it wrote. */
function codeReply(output: string): string {
  const { logs, links } = readCodeOutput(output);
  const quoted = logs === '' ? 'The code ran without output.' : `The code printed:\n\`\`\`\n${logs}\n\`\`\``;
  return links.length === 0 ? quoted : `${quoted}\nFiles: ${links.join(' ')}`;
}

const PYTHON_BLOCK = /```python\n([\s\S]*?)```/;

function toolCalls(input: ModelInput, text: string): Array<{ name: string; arguments: string }> {
  const choice = input.toolChoice;
  if (choice === 'none') return [];
  const available = functionNames(input.tools);
  const search = /^search\s+(\S[\s\S]*)$/i.exec(text.trim());
  const searchTool = [RETRIEVAL, FILE_SEARCH].find((name) => available.has(name));
  if (search?.[1] !== undefined && searchTool !== undefined) return [{ name: searchTool, arguments: JSON.stringify({ query: search[1] }) }];
  const code = PYTHON_BLOCK.exec(text)?.[1];
  if (code !== undefined && available.has(CODE_INTERPRETER)) return [{ name: CODE_INTERPRETER, arguments: JSON.stringify({ code }) }];
  const directives = parseCallDirectives(text).filter((call) => available.has(call.name));
  if (typeof choice === 'object' && choice.type === 'function' && choice.function) {
    const forced = choice.function.name;
    const matching = directives.filter((call) => call.name === forced);
    return matching.length > 0 ? matching : [{ name: forced, arguments: '{}' }];
  }
  return directives;
}

export class EchoModel implements AssistantModel {
  /** `stepDelayMs`: the wait before the answer starts; words follow a tenth of it apart. */
  constructor(private readonly stepDelayMs = 150) {}

  async *stream(input: ModelInput, signal: AbortSignal): AsyncGenerator<ModelEvent> {
    const reply = echoReply(input);
    const pace = (lastUserText(input) ?? '').includes('#slow') ? 20 : 1;
    await sleep(this.stepDelayMs * pace, undefined, { signal });
    if (reply.type === 'error') throw reply.error;
    const prompt = input.turns.reduce(
      (sum, turn) => sum + (turn.type === 'message' ? wordCount(turn.text) : 0),
      wordCount(input.instructions),
    );
    if (reply.type === 'tool_calls') {
      for (const [index, call] of reply.calls.entries()) yield { type: 'tool_call', index, name: call.name, arguments: call.arguments };
      const completion = wordCount(reply.calls.map((call) => call.arguments).join(' '));
      yield { type: 'usage', promptTokens: prompt, completionTokens: completion };
      yield { type: 'finish', reason: 'tool_calls' };
      return;
    }
    const chunks = splitIntoChunks(reply.text);
    for (const [index, chunk] of chunks.entries()) {
      if (index > 0) await sleep(Math.ceil(this.stepDelayMs / 10), undefined, { signal });
      yield { type: 'text', delta: chunk };
    }
    yield { type: 'usage', promptTokens: prompt, completionTokens: wordCount(reply.text) };
    yield { type: 'finish', reason: 'stop' };
  }
}
