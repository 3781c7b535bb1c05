/** Source markers become file citations with exact indices, however the text is cut into deltas. */
import { describe, expect, it } from 'vitest';
import { CitationWriter, quoteFor } from '../../src/v1-server/runs/citations.js';
import type { Source } from '../../src/v1-server/store/store.js';
import { formatSources, readSources } from '../../src/v1-server/runs/hosted-tools.js';

const policy: Source = {
  number: 1,
  fileId: 'file-policy',
  filename: 'policy.txt',
  text: 'Shipping takes a week. Refunds are accepted within 30 days of purchase. Gift cards are final.',
};
const manual: Source = { number: 2, fileId: 'file-manual', filename: 'manual.md', text: 'Press the red button twice to reset.' };
const sources = new Map([
  [1, policy],
  [2, manual],
]);

/** Writes `deltas` in order and returns the whole text and every annotation, as a client would gather them. */
function write(deltas: readonly string[]): { text: string; annotations: ReturnType<CitationWriter['push']>['annotations'] } {
  const writer = new CitationWriter(sources);
  let text = '';
  const annotations: ReturnType<CitationWriter['push']>['annotations'] = [];
  for (const delta of [...deltas.map((piece) => writer.push(piece)), writer.flush()]) {
    text += delta.text;
    annotations.push(...delta.annotations);
  }
  return { text, annotations };
}

describe('citation markers', () => {
  const reply = 'Déjà vu 🎉: refunds come within 30 days【1†source】, and resets need two presses【2†manual.md】.';

  it('annotates each marker with UTF-16 indices into the whole text, and the cited sentence as quote', () => {
    const { text, annotations } = write([reply]);
    expect(text).toBe(reply);
    expect(annotations).toHaveLength(2);
    for (const annotation of annotations) expect(text.slice(annotation.start_index, annotation.end_index)).toBe(annotation.text);
    expect(annotations[0]).toEqual({
      type: 'file_citation',
      text: '【1†source】',
      start_index: reply.indexOf('【1'),
      end_index: reply.indexOf('【1') + '【1†source】'.length,
      file_citation: { file_id: 'file-policy', quote: 'Refunds are accepted within 30 days of purchase.' },
    });
    const second = annotations[1];
    expect(second?.type === 'file_citation' && second.file_citation).toEqual({ file_id: 'file-manual', quote: 'Press the red button twice to reset.' });
  });

  it('gives the same annotations whatever the cut, a marker split over deltas included', () => {
    const whole = write([reply]);
    for (let size = 1; size <= 12; size += 1) {
      const pieces: string[] = [];
      for (let start = 0; start < reply.length; start += size) pieces.push(reply.slice(start, start + size));
      expect(write(pieces)).toEqual(whole);
    }
  });

  it('holds back an open marker only until it closes', () => {
    const writer = new CitationWriter(sources);
    expect(writer.push('Within 30 days【1†so')).toEqual({ text: 'Within 30 days', annotations: [] });
    const closed = writer.push('urce】 indeed.');
    expect(closed.text).toBe('【1†source】 indeed.');
    expect(closed.annotations[0]?.start_index).toBe('Within 30 days'.length);
  });

  it('leaves a marker that names no source, and a bracket that never closes, as plain text', () => {
    const text = 'Nothing here【7†source】 and 【not a marker at all, just a long aside that goes on and on and on and on and on';
    expect(write([text])).toEqual({ text, annotations: [] });
    expect(write([...text])).toEqual({ text, annotations: [] });
  });

  it('quotes the passage sentence that shares most words with the claim, exactly as the passage has it', () => {
    expect(quoteFor(policy.text, 'gift cards cannot be returned')).toBe('Gift cards are final.');
    expect(quoteFor(policy.text, 'unrelated words')).toBe('Shipping takes a week.');
    expect(policy.text).toContain(quoteFor(policy.text, 'refunds 30 days'));
  });
});

describe('the retrieval output the model reads', () => {
  it('reads back exactly the passages it lists', () => {
    const output = formatSources([policy, { ...manual, text: 'Line one.\n\nLine two after a blank line.' }]);
    expect(readSources(output)).toEqual([
      { number: 1, filename: 'policy.txt', text: policy.text },
      { number: 2, filename: 'manual.md', text: 'Line one.\n\nLine two after a blank line.' },
    ]);
    expect(readSources(formatSources([]))).toEqual([]);
  });
});
