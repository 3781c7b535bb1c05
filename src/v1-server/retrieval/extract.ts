/**
 * The text retrieval reads from a stored file: text and code types as they are (CSV rows stay
 * lines, JSON its text), HTML as its visible text, PDF through `unpdf`, DOCX through `mammoth`,
 * PPTX as its slides' text runs. Content that is not what its type promises is an
 * `UnreadableFileError`, whose message becomes the file's `status_details`.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';

/** How a retrieval type's content becomes text. */
export type Extraction = 'text' | 'html' | 'pdf' | 'docx' | 'pptx';

export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

/** Text is utf-16 when it starts with a byte order mark, else utf-8 (of which ascii is a part). */
export function encodingOf(start: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** A zip's entries may unpack to at most this many bytes together (a zip bomb is refused before it unpacks). */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

/** The text of `bytes` read as `extraction`; an `UnreadableFileError` when they cannot be. */
export async function extractFileText(extraction: Extraction, bytes: Uint8Array): Promise<string> {
  switch (extraction) {
    case 'text':
      return decodeText(bytes);
    case 'html':
      return htmlText(decodeText(bytes));
    case 'pdf':
      return readAs('PDF', () => pdfText(bytes));
    case 'docx':
      return readAs('DOCX', () => docxText(bytes));
    case 'pptx':
      return readAs('PPTX', () => Promise.resolve(pptxText(bytes)));
  }
}

/** The byte order mark, when there is one, is not text. (The encoding was checked while the file arrived.) */
function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}

async function readAs(typeName: string, read: () => Promise<string>): Promise<string> {
  try {
    return await read();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError(`The file could not be read as ${typeName}: ${why.trim().replace(/\s+/g, ' ') || 'unknown error'}`);
  }
}

/** Elements whose text is never shown. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head']);
/** Elements that stand apart from what surrounds them, as paragraphs do. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'title', 'ul',
]);
/** Elements that end a line: a list item, a table row (its cells apart by tabs). */
const LINE_ELEMENTS = new Set(['dd', 'dt', 'li', 'tr']);
const CELL_ELEMENTS = new Set(['td', 'th']);

/**
 * The visible text of an HTML page: hidden elements dropped (the `title` kept), whitespace
 * collapsed as a browser does (but in `pre`), blocks apart by an empty line, a table row a line.
 */
export function htmlText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  let preformatted = 0;
  let titleDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') titleDepth += 1;
        else if (HIDDEN_ELEMENTS.has(name)) hidden += 1;
        if (name === 'pre') preformatted += 1;
        if (BLOCK_ELEMENTS.has(name)) parts.push('\n\n');
        else if (name === 'br') parts.push('\n');
      },
      ontext(text) {
        if (hidden > 0 && titleDepth === 0) return;
        parts.push(preformatted > 0 ? text : text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (name === 'title') titleDepth -= 1;
        else if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(0, hidden - 1);
        if (name === 'pre') preformatted = Math.max(0, preformatted - 1);
        if (BLOCK_ELEMENTS.has(name)) parts.push('\n\n');
        else if (LINE_ELEMENTS.has(name)) parts.push('\n');
        else if (CELL_ELEMENTS.has(name)) parts.push('\t');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return tidyLines(parts.join(''));
}

/** Lines without spaces or tabs at either end, at most one empty line in a row, none at the start or end. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Pages apart by an empty line. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js takes ownership of the array it is given: a copy leaves the caller's bytes alone.
  const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { text } = await extractText(document, { mergePages: false });
    return text.map((page) => page.trim()).join('\n\n');
  } finally {
    await document.loadingTask.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  zipEntries(bytes);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return value.trim();
}

/** The names of a zip's entries, checked to unpack within `MAX_UNPACKED_BYTES`; nothing is unpacked. */
function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let unpacked = 0;
  unzipSync(bytes, {
    filter: (entry) => {
      names.push(entry.name);
      unpacked += entry.originalSize;
      return false;
    },
  });
  if (unpacked > MAX_UNPACKED_BYTES) throw new Error(`its parts unpack to more than ${MAX_UNPACKED_BYTES} bytes`);
  return names;
}

const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;

/** The slides in the order of their numbers (slide2 before slide10), apart by an empty line; one paragraph a line. */
function pptxText(bytes: Uint8Array): string {
  const names = zipEntries(bytes);
  if (!names.includes('ppt/presentation.xml')) throw new Error('it has no ppt/presentation.xml');
  const slides = unzipSync(bytes, { filter: (entry) => SLIDE.test(entry.name) });
  const number = (name: string): number => Number(SLIDE.exec(name)?.[1]);
  return Object.keys(slides)
    .sort((a, b) => number(a) - number(b))
    .map((name) => slideText(new TextDecoder().decode(slides[name])))
    .filter((text) => text !== '')
    .join('\n\n');
}

/** The `<a:t>` runs of a slide's paragraphs (`<a:p>`); `<a:br>` breaks a line. */
function slideText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let inRun = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'a:t') inRun = true;
        else if (name === 'a:br') line += '\n';
      },
      ontext(text) {
        if (inRun) line += text;
      },
      onclosetag(name) {
        if (name === 'a:t') inRun = false;
        else if (name === 'a:p') {
          if (line.trim() !== '') lines.push(line.trim());
          line = '';
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return lines.join('\n');
}
