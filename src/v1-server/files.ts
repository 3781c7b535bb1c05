/**
 * The v1 Files API's rules: which files an upload may be, how one is processed, and the checks of
 * file ids that other objects refer to (assistants, messages, assistant files).
 *
 * An upload is checked and processed while it arrives (`FileIntake`): its type by extension, the
 * encoding of text types, and for the text retrieval reads the tokens in it. Its bytes go to the
 * store in pieces of `PIECE_BYTES`. Once they are all in, a type retrieval reads is indexed: its
 * text extracted, cut into chunks (and embedded, with an embeddings model). The file object, written
 * last with its chunks, answers with `processed`, or `error` with `status_details` when the content
 * is not what its type promises or cannot be indexed.
 */
import { LIMITS } from '../v1/requests.js';
import { ApiError, invalidRequest, notFound } from './errors.js';
import { newFileId } from './ids.js';
import { ModelError } from './model/model.js';
import { countTokens } from './model/tokens.js';
import { chunkText } from './retrieval/chunks.js';
import type { Embeddings } from './retrieval/embeddings.js';
import { encodingOf, extractFileText, UnreadableFileError } from './retrieval/extract.js';
import type { Extraction } from './retrieval/extract.js';
import type { FileObject, FilePurpose, IndexedText, Store, StoreTables } from './store/store.js';
import { ROOT } from './store/store.js';

/** The size of a stored piece of a file's bytes: memory per upload stays about this. */
export const PIECE_BYTES = 1024 * 1024;

/** The purposes a caller may upload; the others are the server's own. */
export const UPLOAD_PURPOSES: readonly FilePurpose[] = ['assistants', 'fine-tune'];

/** What the server does with a type's content: its encoding is checked when `text`; retrieval reads it by its `extraction`. */
interface FileType {
  text: boolean;
  extraction: Extraction | undefined;
}

const retrievedText: FileType = { text: true, extraction: 'text' };
const codeText: FileType = { text: true, extraction: undefined };
const codeBinary: FileType = { text: false, extraction: undefined };

/** `purpose: assistants`: the types retrieval reads, and those only code interpreter reads. */
const ASSISTANTS_TYPES: Readonly<Record<string, FileType>> = {
  c: retrievedText,
  cpp: retrievedText,
  csv: retrievedText,
  docx: { text: false, extraction: 'docx' },
  html: { text: true, extraction: 'html' },
  java: retrievedText,
  json: retrievedText,
  md: retrievedText,
  pdf: { text: false, extraction: 'pdf' },
  php: retrievedText,
  pptx: { text: false, extraction: 'pptx' },
  py: retrievedText,
  rb: retrievedText,
  tex: retrievedText,
  txt: retrievedText,
  css: codeText,
  js: codeText,
  ts: codeText,
  xml: codeText,
  jpeg: codeBinary,
  jpg: codeBinary,
  gif: codeBinary,
  png: codeBinary,
  xlsx: codeBinary,
  tar: codeBinary,
  zip: codeBinary,
};

/** Fine-tuning data is JSON Lines. */
const FINE_TUNE_TYPES: Readonly<Record<string, FileType>> = { jsonl: codeText };


function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

/** How retrieval reads a file of the Assistants API; undefined for a type it does not read. */
export function retrievalExtraction(file: FileObject): Extraction | undefined {
  return file.purpose === 'fine-tune' ? undefined : ASSISTANTS_TYPES[extensionOf(file.filename)]?.extraction;
}

export function checkPurpose(purpose: string): FilePurpose {
  const known = UPLOAD_PURPOSES.find((candidate) => candidate === purpose);
  if (known === undefined) {
    const choices = UPLOAD_PURPOSES.map((choice) => `'${choice}'`).join(', ');
    throw invalidRequest(`'${purpose}' is not one of [${choices}] - 'purpose'`, 'purpose', null);
  }
  return known;
}

/**
 * The type of a file uploaded for `purpose`, or upstream's 400 naming the extension. With the
 * purpose not known yet, a type any purpose accepts.
 */
export function checkFileType(filename: string, purpose: FilePurpose | undefined): FileType {
  const extension = extensionOf(filename);
  const type =
    purpose === undefined
      ? (ASSISTANTS_TYPES[extension] ?? FINE_TUNE_TYPES[extension])
      : (purpose === 'fine-tune' ? FINE_TUNE_TYPES : ASSISTANTS_TYPES)[extension];
  if (type !== undefined) return type;
  if (purpose === 'fine-tune') throw invalidRequest('Invalid file format for Fine-Tuning API. Must be .jsonl', 'file', null);
  const supported = Object.keys(ASSISTANTS_TYPES)
    .map((name) => `"${name}"`)
    .join(', ');
  throw invalidRequest(`Invalid extension ${extension === '' ? '(none)' : extension}. Supported formats: ${supported}`, 'file', null);
}

export const NOT_UTF = 'The file is not valid utf-8, utf-16 or ascii text.';
export const TOO_MANY_TOKENS = `File contains too many tokens. Max allowed tokens per file is ${LIMITS.fileTokens}.`;

/**
 * Checks a text file's encoding and counts the tokens retrieval would read, a piece at a time:
 * utf-16 when it starts with a byte order mark, else utf-8 (of which ascii is a part). Counting
 * stops once the limit is passed; a token that spans two pieces counts as two, a negligible excess.
 */
class TextCheck {
  private decoder: TextDecoder | undefined;
  private tokens = 0;
  problem: string | undefined;

  constructor(private readonly countsTokens: boolean) {}

  add(bytes: Uint8Array): void {
    if (this.problem !== undefined) return;
    this.decoder ??= new TextDecoder(encodingOf(bytes), { fatal: true });
    this.take(() => this.decoder?.decode(bytes, { stream: true }) ?? '');
  }

  end(): void {
    if (this.problem === undefined && this.decoder !== undefined) this.take(() => this.decoder?.decode() ?? '');
  }

  private take(decode: () => string): void {
    let text: string;
    try {
      text = decode();
    } catch {
      this.problem = NOT_UTF;
      return;
    }
    if (!this.countsTokens) return;
    this.tokens += countTokens(text);
    if (this.tokens > LIMITS.fileTokens) this.problem = TOO_MANY_TOKENS;
  }
}

/**
 * The text retrieval reads from a file's content, chunked (and embedded when `embeddings` is
 * given), or why the file cannot be indexed: its `status_details`.
 */
export async function indexContent(
  extraction: Extraction,
  bytes: Uint8Array,
  embeddings: Embeddings | undefined,
): Promise<IndexedText | { problem: string }> {
  let text: string;
  try {
    text = await extractFileText(extraction, bytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { problem: error.message };
    throw error;
  }
  const tokens = countTokens(text);
  if (tokens > LIMITS.fileTokens) return { problem: TOO_MANY_TOKENS };
  const chunks = await chunkText(text);
  if (embeddings === undefined || chunks.length === 0) return { tokens, chunks };
  try {
    const vectors = await embeddings.embed(chunks.map((chunk) => chunk.text));
    return { tokens, chunks, embeddings: { model: embeddings.model, vectors } };
  } catch (error) {
    if (error instanceof ModelError) return { problem: `The file could not be indexed: ${error.message}` };
    throw error;
  }
}

/**
 * One file's bytes on their way into the store: gathered into one reused piece of `PIECE_BYTES`,
 * written as soon as it is full. Nothing is a file until `commit`; `discard` deletes what was written.
 */
export class FileIntake {
  readonly id = newFileId();
  private readonly piece = Buffer.allocUnsafe(PIECE_BYTES);
  private filled = 0;
  private pieces = 0;
  private bytes = 0;
  private readonly text: TextCheck | undefined;
  private readonly extraction: Extraction | undefined;

  constructor(
    private readonly store: Store,
    private readonly scope: string,
    readonly filename: string,
    type: FileType,
    private readonly embeddings: Embeddings | undefined,
  ) {
    this.text = type.text ? new TextCheck(type.extraction !== undefined) : undefined;
    this.extraction = type.extraction;
  }

  async write(chunk: Uint8Array): Promise<void> {
    this.bytes += chunk.length;
    for (let offset = 0; offset < chunk.length; ) {
      const taken = Math.min(chunk.length - offset, PIECE_BYTES - this.filled);
      this.piece.set(chunk.subarray(offset, offset + taken), this.filled);
      this.filled += taken;
      offset += taken;
      if (this.filled === PIECE_BYTES) await this.flush();
    }
  }

  /**
   * Writes the rest, indexes a type retrieval reads, and writes the file object, in the state its
   * content gives it, in one transaction with its chunks: a processed file always has them.
   */
  async commit(purpose: FilePurpose, now: number): Promise<FileObject> {
    if (this.filled > 0) await this.flush();
    this.text?.end();
    let problem = this.text?.problem;
    let indexed: IndexedText | undefined;
    if (problem === undefined && this.extraction !== undefined) {
      const result = await indexContent(this.extraction, await fileContent(this.store, this.scope, this.id, this.bytes), this.embeddings);
      if ('problem' in result) problem = result.problem;
      else indexed = result;
    }
    const file: FileObject = {
      id: this.id,
      object: 'file',
      bytes: this.bytes,
      created_at: now,
      filename: this.filename,
      purpose,
      status: problem === undefined ? 'processed' : 'error',
      status_details: problem ?? null,
    };
    await this.store.transaction(async (tx) => {
      if (indexed !== undefined) await tx.fileChunks.add(this.scope, file.id, indexed);
      await tx.files.put(this.scope, ROOT, file.id, file);
    });
    return file;
  }

  async discard(): Promise<void> {
    await this.store.fileContents.deleteAll(this.scope, this.id);
  }


  /** The piece is reused once written: the store copies it, and no write comes in while this is awaited. */
  private async flush(): Promise<void> {
    const bytes = this.piece.subarray(0, this.filled);
    this.text?.add(bytes);
    await this.store.fileContents.append(this.scope, this.id, this.pieces, bytes);
    this.pieces += 1;
    this.filled = 0;
  }
}

/**
 * Stores a file the server itself makes (e.g. a tool's output, `assistants_output`), processed.
 * Its bytes are given whole: such files are the server's own and small.
 */
export async function addServerFile(
  store: Store,
  scope: string,
  file: { filename: string; purpose: FilePurpose; bytes: Uint8Array; now: number },
): Promise<FileObject> {
  const created: FileObject = {
    id: newFileId(),
    object: 'file',
    bytes: file.bytes.length,
    created_at: file.now,
    filename: file.filename,
    purpose: file.purpose,
    status: 'processed',
    status_details: null,
  };
  await store.transaction(async (tx) => {
    for (let piece = 0; piece * PIECE_BYTES < file.bytes.length; piece += 1) {
      await tx.fileContents.append(scope, created.id, piece, file.bytes.subarray(piece * PIECE_BYTES, (piece + 1) * PIECE_BYTES));
    }
    await tx.files.put(scope, ROOT, created.id, created);
  });
  return created;
}

/** The file, or upstream's 404 for a file the Files API does not know. */
export async function getFile(tables: StoreTables, scope: string, fileId: string): Promise<FileObject> {
  const file = await tables.files.get(scope, ROOT, fileId);
  if (!file) throw new ApiError(404, `No such File object: ${fileId}`, { param: 'id' });
  return file;
}

/** A file's bytes, a piece at a time, each read when the previous one has been sent. */
export async function* fileBytes(store: Store, scope: string, fileId: string): AsyncGenerator<Uint8Array> {
  for (let piece = 0; ; piece += 1) {
    const bytes = await store.fileContents.piece(scope, fileId, piece);
    if (bytes === undefined) return;
    yield bytes;
  }
}

/**
 * A file's `bytes` whole, for extraction: the formats retrieval reads are read at random (a zip's
 * directory, a PDF's cross-references), so a file is in memory while it is indexed.
 */
export async function fileContent(store: Store, scope: string, fileId: string, bytes: number): Promise<Uint8Array> {
  const content = Buffer.allocUnsafe(bytes);
  let filled = 0;
  for await (const piece of fileBytes(store, scope, fileId)) {
    content.set(piece, filled);
    filled += piece.length;
  }
  return content.subarray(0, filled);
}

/**
 * Deletes a file, its bytes and its chunks, and detaches it from the scope's assistants (their assistant files
 * and `file_ids`), as upstream did. Messages keep it in their `file_ids`: they are history.
 */
export async function deleteFile(tables: StoreTables, scope: string, fileId: string): Promise<void> {
  await getFile(tables, scope, fileId);
  for (const attached of await tables.assistantFiles.ofFile(scope, fileId)) {
    await tables.assistantFiles.delete(scope, attached.assistant_id, fileId);
    const assistant = await tables.assistants.get(scope, ROOT, attached.assistant_id);
    if (assistant) {
      assistant.file_ids = assistant.file_ids.filter((id) => id !== fileId);
      await tables.assistants.put(scope, ROOT, assistant.id, assistant);
    }
  }
  // Its places in vector stores go with it, as OpenAI removed them.
  for (const placed of await tables.vectorStoreFiles.ofFile(scope, fileId)) {
    await tables.vectorStoreFiles.delete(scope, placed.vector_store_id, fileId);
  }
  await tables.fileContents.deleteAll(scope, fileId);
  await tables.fileChunks.deleteAll(scope, fileId);
  await tables.files.delete(scope, ROOT, fileId);
}

/** Refers to a file of the caller's: another key's file is as missing as one that never was. */
export async function checkFileId(tables: StoreTables, scope: string, id: string): Promise<void> {
  if (!(await tables.files.get(scope, ROOT, id))) throw notFound('file', id);
}

export async function checkFileIds(tables: StoreTables, scope: string, ids: readonly string[] | undefined): Promise<void> {
  if (ids === undefined || ids.length === 0) return;
  const found = await tables.files.getMany(scope, ROOT, ids);
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound('file', missing);
}
