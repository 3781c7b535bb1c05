/**
 * Token estimates for when the model server reports no usage, and for fitting `max_prompt_tokens`.
 * A prompt is counted as Chat Completions frames it: one message per turn (a tool turn is the
 * calls as one assistant message, then one message per output), with the instructions as a system
 * message.
 *
 * Only cl100k_base is loaded, and only on the first estimate: an encoding is a large table (tens of
 * MB in memory), which a process that never estimates (the facade over a remote upstream, the
 * built-in model without `max_prompt_tokens`) should not carry. An estimate does not need the
 * serving model's exact tokenizer.
 */
import { createRequire } from 'node:module';
import type { ImageSize, ModelImage, ModelTurn } from './model.js';

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

/**
 * BPE takes time quadratic in the length of one pre-token (a megabyte without a space would hold
 * the process for minutes): runs longer than this, of spaces or of anything else, are counted a
 * slice at a time. No word of real text is this long; the estimate moves by a token per slice.
 */
const LONGEST_RUN = 256;
const LONG_RUN = new RegExp(String.raw`\S{${LONGEST_RUN + 1},}|\s{${LONGEST_RUN + 1},}`, 'gu');

export function countTokens(text: string): number {
  if (text === '') return 0;
  const count = encoder();
  let total = 0;
  let counted = 0;
  for (const run of text.matchAll(LONG_RUN)) {
    total += count(text.slice(counted, run.index), PLAIN_TEXT);
    for (let start = 0; start < run[0].length; start += LONGEST_RUN) total += count(run[0].slice(start, start + LONGEST_RUN), PLAIN_TEXT);
    counted = run.index + run[0].length;
  }
  return total + (counted < text.length ? count(text.slice(counted), PLAIN_TEXT) : 0);
}

/** OpenAI's image pricing of the time (GPT-4o, GPT-4 Turbo): a `low` image costs the base alone. */
const IMAGE_BASE_TOKENS = 85;
/** A `high` image adds this per 512-pixel tile. */
const IMAGE_TILE_TOKENS = 170;
const IMAGE_TILE = 512;
/** A `high` image is first fitted into this square, then its shorter side brought down to 768 pixels. */
const IMAGE_FIT = 2048;
const IMAGE_SHORT_SIDE = 768;
/** An image of unknown size (a URL is not fetched) counts as the largest: 2048 × 768 after fitting. */
const LARGEST_IMAGE: ImageSize = { width: IMAGE_FIT, height: IMAGE_SHORT_SIDE };

/** The tokens an image costs in the prompt; `auto` is counted as `high`, which it may choose. */
export function imageTokens({ detail, size = LARGEST_IMAGE }: ModelImage): number {
  if (detail === 'low') return IMAGE_BASE_TOKENS;
  const fit = Math.min(1, IMAGE_FIT / Math.max(size.width, size.height));
  const short = Math.min(1, IMAGE_SHORT_SIDE / (Math.min(size.width, size.height) * fit));
  const tiles = (side: number): number => Math.max(1, Math.ceil((side * fit * short) / IMAGE_TILE));
  return IMAGE_BASE_TOKENS + IMAGE_TILE_TOKENS * tiles(size.width) * tiles(size.height);
}

export function turnTokens(turn: ModelTurn): number {
  if (turn.type === 'message') return PER_MESSAGE + countTokens(turn.text) + (turn.images ?? []).reduce((sum, image) => sum + imageTokens(image), 0);
  return turn.calls.reduce(
    (sum, call) => sum + countTokens(call.name) + countTokens(call.arguments) + PER_MESSAGE + countTokens(call.output),
    PER_MESSAGE,
  );
}

export function promptTokens(instructions: string, turns: readonly ModelTurn[]): number {
  const system = instructions === '' ? 0 : PER_MESSAGE + countTokens(instructions);
  return turns.reduce((sum, turn) => sum + turnTokens(turn), REPLY_PRIMING + system);
}
