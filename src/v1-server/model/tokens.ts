/**
 * Token estimates for when the model server reports no usage, and for fitting `max_prompt_tokens`.
 *
 * Only cl100k_base is loaded, and only on the first estimate: an encoding is a large table (tens of
 * MB in memory), which a process that never estimates (the facade over a remote upstream, the
 * built-in model) should not carry. An estimate does not need the serving model's exact tokenizer.
 */
import { createRequire } from 'node:module';

type CountEncoded = (text: string, options: { disallowedSpecial: Set<string> }) => number;

let countEncoded: CountEncoded | undefined;

function encoder(): CountEncoded {
  countEncoded ??= (createRequire(import.meta.url)('gpt-tokenizer/encoding/cl100k_base') as { countTokens: CountEncoded }).countTokens;
  return countEncoded;
}

/** Special-token text (e.g. `<|endoftext|>`) in user text is counted as plain text, not rejected. */
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
/** `<|im_start|>`, the role, a separator and `<|im_end|>` around each message (OpenAI cookbook). */
const PER_MESSAGE = 4;
/** The assistant header that primes the reply. */
const REPLY_PRIMING = 3;

export function countTokens(text: string): number {
  return text === '' ? 0 : encoder()(text, PLAIN_TEXT);
}

/** What counting needs of a Chat Completions message (prompt.ts's `ChatMessage` is one). */
interface CountedMessage {
  role: string;
  content?: string | null;
  tool_calls?: readonly { function: { name: string; arguments: string } }[];
}

export function messageTokens(message: CountedMessage): number {
  let tokens = PER_MESSAGE + countTokens(message.content ?? '');
  if (message.role === 'assistant') {
    for (const call of message.tool_calls ?? []) tokens += countTokens(call.function.name) + countTokens(call.function.arguments);
  }
  return tokens;
}

export function promptTokens(messages: readonly CountedMessage[]): number {
  return messages.reduce((sum, message) => sum + messageTokens(message), REPLY_PRIMING);
}
