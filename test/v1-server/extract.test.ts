/**
 * Extraction and chunking of uploads, over real HTTP: every type retrieval reads becomes the text
 * the Retriever gives back, unreadable content ends `error` with its reason, and the chunks are
 * exact, overlapping passages of the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../../src/v1-server/index.js';
import type { FileObject } from '../../src/v1-server/index.js';
import { countTokens } from '../../src/v1-server/model/tokens.js';
import { CHUNK_TOKENS, chunkText, OVERLAP_TOKENS } from '../../src/v1-server/retrieval/chunks.js';
import { joinChunks, Retriever } from '../../src/v1-server/retrieval/retriever.js';
import { docxDocument, pdfDocument, pptxDocument } from './documents.js';
import { startTestV1Server } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

const KEY = 'sk-test-extract';
const SCOPE = scopeOf(KEY);

async function upload(api: Api, name: string, content: BlobPart): Promise<FileObject> {
  const form = new FormData();
  form.append('purpose', 'assistants');
  form.append('file', new Blob([content]), name);
  const response = await api.call<FileObject>('POST', '/files', { form });
  expect(response.status).toBe(200);
  return response.body;
}

/** Sentences of a made-up prose, different each time (a fixed seed): text a tokenizer cannot shortcut. */
function prose(sentences: number, seed = 7): string {
  const words = ['harbour', 'lantern', 'quiet', 'river', 'stone', 'window', 'orchard', 'bridge', 'winter', 'copper',
    'meadow', 'signal', 'garden', 'morning', 'thread', 'candle', 'market', 'valley', 'letter', 'engine'];
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat after a few steps.
    return Math.floor(state / 65536);
  };
  const out: string[] = [];
  for (let sentence = 0; sentence < sentences; sentence += 1) {
    const length = 6 + (next() % 10);
    const text = Array.from({ length }, () => words[next() % words.length]).join(' ');
    out.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    if (next() % 5 === 0) out.push('\n\n');
    else out.push(' ');
  }
  return out.join('').trim();
}

describe('extraction of every type retrieval reads', () => {
  let t: TestV1Server;
  let api: Api;
  /** Everything fits whole: the passage is the file's whole extracted text. */
  let wholeText: (file: FileObject) => Promise<string | undefined>;

  beforeAll(async () => {
    t = await startTestV1Server();
    api = t.api(KEY);
    const retriever = new Retriever({ store: t.events.store, inlineTokens: 10_000_000 });
    wholeText = async (file) => (await retriever.retrieve(SCOPE, [file.id], 'anything'))[0]?.text;
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('reads text and code types as they are: utf-8, utf-16 with either byte order mark, CSV rows as lines, JSON', async () => {
    const text = 'Refunds are accepted within 30 days. Café ☕ naïve.';
    expect(await wholeText(await upload(api, 'policy.txt', text))).toBe(text);
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await wholeText(await upload(api, 'little.txt', little))).toBe(text);
    const big = Buffer.from(Buffer.from(text, 'utf16le')).swap16();
    expect(await wholeText(await upload(api, 'big.md', Buffer.concat([Buffer.from([0xfe, 0xff]), big])))).toBe(text);
    const csv = 'order,item,total\n1001,lamp,24.50\n1002,"chair, oak",120.00\n';
    expect(await wholeText(await upload(api, 'orders.csv', csv))).toBe(csv);
    const json = '{"policy": {"refund_days": 30, "note": "keep the receipt"}}';
    expect(await wholeText(await upload(api, 'policy.json', json))).toBe(json);
    const sources: Array<[string, string]> = [['paper.tex', '\\section{Results} The yield rose.'], ['tool.py', 'def refund(days):\n    return days <= 30\n']];
    for (const [name, source] of sources) {
      expect(await wholeText(await upload(api, name, source)), name).toBe(source);
    }
  });

  it('reads HTML as its visible text: scripts and styles dropped, blocks on their own lines, entities decoded', async () => {
    const html =
      '<!doctype html><html><head><title>Returns</title><style>p { color: red }</style>' +
      '<script>var secret = "<p>not text</p>";</script></head><body>' +
      '<h1>Our   policy</h1><p>Refunds within <b>30</b> days &amp; free returns.<br>Keep the receipt.</p>' +
      '<ul><li>Lamps</li><li>Chairs</li></ul><table><tr><td>Store</td><td>Hours</td></tr><tr><td>Oslo</td><td>9-17</td></tr></table>' +
      '<noscript>Enable scripts</noscript></body></html>';
    expect(await wholeText(await upload(api, 'returns.html', html))).toBe(
      'Returns\n\nOur policy\n\nRefunds within 30 days & free returns.\nKeep the receipt.\n\nLamps\nChairs\n\nStore\tHours\nOslo\t9-17',
    );
  });

  it('reads PDF (unpdf), DOCX (mammoth) and PPTX (its slides in the order of their numbers)', async () => {
    const pdf = pdfDocument([['Quarterly report (draft)', 'Revenue grew by 12 percent.'], ['Appendix: methods']]);
    expect(await wholeText(await upload(api, 'report.pdf', pdf))).toBe(
      'Quarterly report (draft)\nRevenue grew by 12 percent.\n\nAppendix: methods',
    );
    const docx = docxDocument(['Employee handbook', 'Holidays & leave: 25 days a year.']);
    expect(await wholeText(await upload(api, 'handbook.docx', docx))).toBe('Employee handbook\n\nHolidays & leave: 25 days a year.');
    // Eleven slides: slide10 and slide11 come after slide9, not after slide1.
    const slides = Array.from({ length: 11 }, (_, index) => [`Slide ${index + 1} title`, `Point <${index + 1}>`]);
    const expected = slides.map((lines) => lines.join('\n')).join('\n\n');
    expect(await wholeText(await upload(api, 'deck.pptx', pptxDocument(slides)))).toBe(expected);
  });

  it('ends a file whose content is not its type as error with the reason, and indexes nothing of it', async () => {
    const cases: Array<[string, BlobPart, string]> = [
      ['broken.pdf', '%PDF-1.4\nthis is not a real PDF', 'The file could not be read as PDF: Invalid PDF structure.'],
      ['broken.docx', 'plain text, not a zip', 'The file could not be read as DOCX: invalid zip data'],
      ['slides.docx', Buffer.from(pptxDocument([['a slide']])), 'The file could not be read as DOCX: Could not find main document part. Are you sure this is a valid .docx file?'],
      ['broken.pptx', 'PK but not a zip', 'The file could not be read as PPTX: invalid zip data'],
      ['words.pptx', Buffer.from(docxDocument(['a paragraph'])), 'The file could not be read as PPTX: it has no ppt/presentation.xml'],
    ];
    for (const [name, content, details] of cases) {
      const file = await upload(api, name, content);
      expect(file, name).toMatchObject({ status: 'error', status_details: details });
      expect(await t.events.store.fileChunks.tokens(SCOPE, file.id)).toBeUndefined();
      expect((await api.get<FileObject>(`/files/${file.id}`)).body.status_details).toBe(details);
    }
  });

  it('applies the 2,000,000-token limit to the text extracted from binary types', async () => {
    // "a" and then " a" are a token each: 2,000,001 tokens in a small zip.
    const over = await upload(api, 'long.docx', docxDocument(['a' + ' a'.repeat(2_000_000)]));
    expect(over).toMatchObject({ status: 'error', status_details: 'File contains too many tokens. Max allowed tokens per file is 2000000.' });
    expect(await t.events.store.fileChunks.tokens(SCOPE, over.id)).toBeUndefined();
  });

  it('gives no chunks to types retrieval does not read, nor to fine-tuning data', async () => {
    for (const [name, purpose] of [['app.js', 'assistants'], ['chart.png', 'assistants'], ['train.jsonl', 'fine-tune']]) {
      const form = new FormData();
      form.append('purpose', purpose ?? '');
      form.append('file', new Blob(['{"text": "Refunds within 30 days"}\n']), name);
      const file = (await api.call<FileObject>('POST', '/files', { form })).body;
      expect(file.status, name).toBe('processed');
      expect(await t.events.store.fileChunks.tokens(SCOPE, file.id), name).toBeUndefined();
      expect(await new Retriever({ store: t.events.store, inlineTokens: 1000 }).retrieve(SCOPE, [file.id], 'refunds')).toEqual([]);
    }
  });

  it('cuts a long upload into exact, overlapping chunks that together are its text', async () => {
    const text = prose(600);
    const file = await upload(api, 'long.md', text);
    const chunks = await t.events.store.fileChunks.list(SCOPE, file.id);
    expect(chunks.length).toBeGreaterThan(5);
    expect(joinChunks(chunks)).toBe(text);
    expect(await t.events.store.fileChunks.tokens(SCOPE, file.id)).toBe(countTokens(text));
    chunks.forEach((chunk, position) => {
      expect(chunk.index).toBe(position);
      expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
      expect(chunk.tokens).toBe(countTokens(chunk.text));
    });
  });
});

describe('chunks', () => {
  it('are exact substrings of about CHUNK_TOKENS, overlapping by at most OVERLAP_TOKENS, cut after paragraphs or sentences', async () => {
    const text = prose(2000, 11);
    const chunks = await chunkText(text);
    expect(chunks[0]?.start).toBe(0);
    const last = chunks[chunks.length - 1];
    expect((last?.start ?? 0) + (last?.text.length ?? 0)).toBe(text.length);
    for (const [position, chunk] of chunks.entries()) {
      expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
      // A piece's tokens are counted alone: a few tokens over the target at most.
      expect(chunk.tokens).toBeLessThanOrEqual(CHUNK_TOKENS + 8);
      const next = chunks[position + 1];
      if (next === undefined) continue;
      expect(chunk.tokens).toBeGreaterThanOrEqual(CHUNK_TOKENS / 2);
      // Every chunk but the last ends at the end of a sentence, and the next starts inside it.
      expect(chunk.text).toMatch(/\.$/);
      const end = chunk.start + chunk.text.length;
      expect(next.start).toBeGreaterThan(chunk.start);
      expect(next.start).toBeLessThan(end);
      const overlap = countTokens(text.slice(next.start, end));
      expect(overlap).toBeGreaterThan(0);
      expect(overlap).toBeLessThanOrEqual(OVERLAP_TOKENS + 4);
      // The overlap starts at a sentence: right after the one before it (the space between is the overlap's).
      expect(text.slice(next.start - 1, next.start + 1)).toMatch(/^\.\s/);
    }
  });

  it('prefers to cut after a paragraph', async () => {
    const paragraph = (n: number): string => `${prose(12, n)}`;
    const text = Array.from({ length: 12 }, (_, n) => paragraph(n + 100).replace(/\n+/g, ' ')).join('\n\n');
    const chunks = await chunkText(text);
    for (const chunk of chunks.slice(0, -1)) expect(text.slice(chunk.start + chunk.text.length).startsWith('\n\n')).toBe(true);
  });

  it('cuts text without spaces, and long runs of spaces, into chunks within the target', async () => {
    const text = `${'漢字かな'.repeat(3000)}${' '.repeat(50_000)}${'😀x'.repeat(2000)}`;
    const chunks = await chunkText(text);
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
      expect(chunk.tokens).toBeLessThanOrEqual(CHUNK_TOKENS + 64);
      // Never half of a surrogate pair.
      expect(chunk.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(await chunkText('')).toEqual([]);
  });
});
