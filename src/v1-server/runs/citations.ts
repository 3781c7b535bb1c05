/**
 * Turns the source markers a model writes (`【3†source】`) into v1 `file_citation` annotations, and
 * its links to files the run's code wrote (`sandbox:/mnt/data/chart.csv`) into `file_path` ones, as
 * the text streams. A marker or link may arrive split over several deltas, so text from an open `【`
 * (or a link that may go on) is held back until it closes or can no longer be one. Indices count
 * UTF-16 code units of the message's text (what a JavaScript client slices with); a marker naming no
 * source of the run, or a link to no file of it, stays plain text.
 */
import type { Annotation } from '../../v1/schemas.js';
import type { Source } from '../store/store.js';

type FileCitation = Extract<Annotation, { type: 'file_citation' }>;
type FilePath = Extract<Annotation, { type: 'file_path' }>;

const LINK_START = 'sandbox:';
/** A sandbox link runs to the first space, quote or bracket; punctuation ending a sentence is not part of it. */
const LINK = /sandbox:(\/mnt\/data\/[^\s()[\]<>"'`]+?)(?=[.,;:!?]*(?:$|[\s()[\]<>"'`]))/g;
const LINK_END = /[\s()[\]<>"'`]/;

/** `【n†source】`, also `【n:m†…】` and any short label after the dagger, as models write them. */
const MARKER = /【(\d+)(?::\d+)?†[^】\n]{0,64}】/g;
/** Longer than any marker: text held back this long is released as it is. */
const LONGEST_MARKER = 80;
/** Longer than any sandbox link the server makes: text held back this long is released as it is. */
const LONGEST_LINK = 300;
/** A quote longer than this is cut at a word boundary (it stays a prefix of the passage's sentence). */
const LONGEST_QUOTE = 400;

export interface CitedText {
  text: string;
  annotations: Array<FileCitation | FilePath>;
}

export class CitationWriter {
  /** The message's text written so far, held-back text excluded. */
  private written = '';
  private held = '';

  constructor(
    private readonly sources: ReadonlyMap<number, Source>,
    /** The files the run's code wrote: file id by sandbox path. */
    private readonly links: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The part of `delta` that is ready to append, with the citations in it (indices into the whole text). */
  push(delta: string): CitedText {
    const pending = this.held + delta;
    const open = pending.lastIndexOf('【');
    const markerFrom = open >= 0 && !pending.includes('】', open) && pending.length - open < LONGEST_MARKER ? open : pending.length;
    const holdFrom = Math.min(markerFrom, this.links.size === 0 ? pending.length : linkFrom(pending));
    this.held = pending.slice(holdFrom);
    return this.release(pending.slice(0, holdFrom));
  }

  /** A writer at the same point of the same text, going on independently. */
  copy(): CitationWriter {
    const copied = new CitationWriter(this.sources, this.links);
    copied.written = this.written;
    copied.held = this.held;
    return copied;
  }

  /** Whatever is still held back: the text ended. */
  flush(): CitedText {
    const rest = this.held;
    this.held = '';
    return this.release(rest);
  }

  private release(text: string): CitedText {
    const start = this.written.length;
    this.written += text;
    const annotations: Array<FileCitation | FilePath> = [];
    for (const match of text.matchAll(MARKER)) {
      const source = this.sources.get(Number(match[1]));
      if (!source) continue;
      const startIndex = start + match.index;
      annotations.push({
        type: 'file_citation',
        text: match[0],
        start_index: startIndex,
        end_index: startIndex + match[0].length,
        file_citation: { file_id: source.fileId, quote: quoteFor(source.text, claimBefore(this.written, startIndex)) },
      });
    }
    for (const match of this.links.size === 0 ? [] : text.matchAll(LINK)) {
      const fileId = this.links.get(match[1] ?? '');
      if (fileId === undefined) continue;
      const startIndex = start + match.index;
      annotations.push({ type: 'file_path', text: match[0], start_index: startIndex, end_index: startIndex + match[0].length, file_path: { file_id: fileId } });
    }
    annotations.sort((a, b) => a.start_index - b.start_index);
    return { text, annotations };
  }
}

/** Where a sandbox link that may still go on starts in `pending` (its length when none does): a link running to the end, or the start of `sandbox:`. */
function linkFrom(pending: string): number {
  const start = pending.lastIndexOf(LINK_START);
  if (start >= 0 && !LINK_END.test(pending.slice(start)) && pending.length - start < LONGEST_LINK) return start;
  for (let length = Math.min(LINK_START.length - 1, pending.length); length > 0; length -= 1) {
    if (LINK_START.startsWith(pending.slice(-length))) return pending.length - length;
  }
  return pending.length;
}

/** The sentence a marker at `end` backs: the text since the previous sentence's end, markers removed. */
function claimBefore(text: string, end: number): string {
  const before = text.slice(0, end).replace(MARKER, ' ');
  const trimmed = before.replace(/[\s.!?]+$/, '');
  const boundary = Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('! '), trimmed.lastIndexOf('? '), trimmed.lastIndexOf('\n'));
  return trimmed.slice(boundary + 1);
}

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).map((word) => word));
}

/**
 * The passage's sentence that shares the most words with the claim (the first one when none does),
 * exactly as the passage has it: a quote is always a real excerpt of the file.
 */
export function quoteFor(passage: string, claim: string): string {
  const wanted = words(claim);
  let best = '';
  let bestScore = -1;
  for (const match of passage.matchAll(/[^\n.!?]+[.!?]*/g)) {
    const sentence = match[0].trim();
    if (sentence === '') continue;
    let score = 0;
    for (const word of words(sentence)) if (wanted.has(word)) score += 1;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  if (best.length <= LONGEST_QUOTE) return best;
  const cut = best.lastIndexOf(' ', LONGEST_QUOTE);
  return best.slice(0, cut > 0 ? cut : LONGEST_QUOTE);
}
