/**
 * A file's extracted text cut into overlapping chunks of about `CHUNK_TOKENS` tokens, each an exact
 * substring of the text (a quote from it is a real passage), cut where the text breaks best.
 *
 * 400 tokens with 100 of overlap: a chunk is a passage precise enough to quote and to cite, and
 * eight of them (what a search returns) fit a prompt beside the thread; a sentence cut at a chunk's
 * end is whole at the next one's start. (v2's later 800/400 traded that precision for recall.)
 */
import { countTokens } from '../model/tokens.js';
import type { FileChunk } from '../store/store.js';

export const CHUNK_TOKENS = 400;
export const OVERLAP_TOKENS = 100;
/** A chunk ends at the best break among those past this many tokens, so none is cut short for long. */
const MIN_CHUNK_TOKENS = CHUNK_TOKENS / 2;

/** How good a place to cut the end of a piece is: after a paragraph, a line, a sentence, a word. */
const BREAK = { word: 0, sentence: 1, line: 2, paragraph: 3 } as const;
type Break = (typeof BREAK)[keyof typeof BREAK];

/**
 * A run of the text that is never cut: a word (or 64 code points of a longer one) with the space
 * before it, as the tokenizer sees words, so that the pieces' token counts add up to the text's.
 */
interface Piece {
  start: number;
  end: number;
  tokens: number;
  /** How good a place to cut the space after it is. */
  after: Break;
}

/**
 * Up to 64 code points of whitespace and up to 64 of non-space after them, or whitespace alone (the
 * rest of a long run, the text's end): a piece is never more than a few hundred tokens.
 */
const PIECE = /\s{0,64}[^\s]{1,64}|\s{1,64}/gu;
const SENTENCE_END = /[.!?…。！？]["'”’)\]]*$/u;
/** Pieces between two turns of the event loop: a long text is not cut in one go. */
const PIECES_PER_TURN = 20_000;

function breakBetween(piece: string, next: string | undefined): Break {
  const space = next === undefined ? '\n\n' : (/^\s*/.exec(next)?.[0] ?? '');
  const newlines = space.split('\n').length - 1;
  if (newlines >= 2) return BREAK.paragraph;
  if (newlines === 1) return BREAK.line;
  return space !== '' && SENTENCE_END.test(piece) ? BREAK.sentence : BREAK.word;
}

function* piecesOf(text: string): Generator<Piece> {
  let previous: RegExpExecArray | undefined;
  const piece = (match: RegExpExecArray, next: string | undefined): Piece => ({
    start: match.index,
    end: match.index + match[0].length,
    tokens: countTokens(match[0]),
    after: breakBetween(match[0], next),
  });
  for (const match of text.matchAll(PIECE)) {
    if (previous !== undefined) yield piece(previous, match[0]);
    previous = match;
  }
  if (previous !== undefined) yield piece(previous, undefined);
}

/**
 * The chunks of `text`, in order; none for an empty text. A piece's tokens are counted alone, so a
 * chunk's count (`tokens`, counted whole) may differ from the target by a token or two per piece.
 */
export async function chunkText(text: string): Promise<FileChunk[]> {
  const chunks: FileChunk[] = [];
  const emit = (from: Piece, to: Piece): void => {
    const chunkText = text.slice(from.start, to.end);
    chunks.push({ index: chunks.length, start: from.start, text: chunkText, tokens: countTokens(chunkText) });
  };
  /** The pieces of the chunk being built: those before `fresh` are the overlap already in the previous chunk. */
  let window: Piece[] = [];
  let fresh = 0;
  let windowTokens = 0;
  let count = 0;
  for (const piece of piecesOf(text)) {
    count += 1;
    if (count % PIECES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    while (window.length > fresh && windowTokens + piece.tokens > CHUNK_TOKENS) {
      const cut = bestCut(window, fresh);
      emit(window[0] as Piece, window[cut - 1] as Piece);
      const overlap = overlapStart(window, cut);
      for (const dropped of window.slice(0, overlap)) windowTokens -= dropped.tokens;
      window = window.slice(overlap);
      fresh = cut - overlap;
    }
    window.push(piece);
    windowTokens += piece.tokens;
  }
  if (window.length > fresh) emit(window[0] as Piece, window[window.length - 1] as Piece);
  return chunks;
}

/**
 * Where the chunk made of `window` ends (its length in pieces): after the strongest break once past
 * `MIN_CHUNK_TOKENS`, the latest of equals; after the whole window when no break is past it.
 */
function bestCut(window: readonly Piece[], fresh: number): number {
  let best = window.length;
  let bestBreak = -1;
  let tokens = 0;
  window.forEach((piece, position) => {
    tokens += piece.tokens;
    if (position + 1 > fresh && tokens >= MIN_CHUNK_TOKENS && piece.after >= bestBreak) {
      best = position + 1;
      bestBreak = piece.after;
    }
  });
  return best;
}

/**
 * Where the next chunk starts, in `window`: up to `OVERLAP_TOKENS` back from `cut`, after the
 * strongest break in that reach (the longest overlap of equals); always after the window's start.
 */
function overlapStart(window: readonly Piece[], cut: number): number {
  let best = cut;
  let bestBreak = -1;
  let tokens = 0;
  for (let start = cut - 1; start >= 1; start -= 1) {
    tokens += (window[start] as Piece).tokens;
    if (tokens > OVERLAP_TOKENS) break;
    const before = (window[start - 1] as Piece).after;
    if (before >= bestBreak) {
      best = start;
      bestBreak = before;
    }
  }
  return best;
}
