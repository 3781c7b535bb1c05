/**
 * What the `retrieval` tool gives the model: the files whole when they are small together, else the
 * passages (chunks) that best match the query. Chunks are ranked by BM25 over the FTS5 index and,
 * with an embeddings model, also by the cosine similarity of their embeddings to the query's; the
 * two rankings are fused by reciprocal rank fusion. When nothing matches (no word of the query is
 * in the files, and no embeddings), the files' first chunks are given: what a reader sees first
 * says what a document is about, and the model still gets something to answer from.
 */
import { fileContent, indexContent, retrievalExtraction } from '../files.js';
import type { Extraction } from './extract.js';
import type { Embeddings } from './embeddings.js';
import type { ChunkHit, FileChunk, FileObject, Store } from '../store/store.js';
import { ROOT } from '../store/store.js';

export interface Passage {
  fileId: string;
  filename: string;
  text: string;
}

/**
 * A passage with how well it matches, from 0 to 1: 1 for a whole file, a ranked chunk's fused rank
 * score over the best one a chunk can get, 0 for a first chunk given because nothing matched.
 */
export interface ScoredPassage extends Passage {
  score: number;
}

export interface RetrieverOptions {
  store: Store;
  /** Files that fit this many tokens together are given whole. */
  inlineTokens: number;
  /** Ranks by embeddings too, beside BM25. */
  embeddings?: Embeddings | undefined;
}

/** The passages a search gives when the caller does not say. */
export const DEFAULT_PASSAGES = 8;
/** Reciprocal rank fusion's constant: a chunk's score is the sum over rankings of 1 / (k + its rank). */
const RRF_K = 60;
/** Each ranking brings this many candidates per passage to the fusion. */
const CANDIDATES_PER_PASSAGE = 4;

interface ReadableFile {
  file: FileObject;
  tokens: number;
}

export class Retriever {
  constructor(private readonly options: RetrieverOptions) {}

  /**
   * Whole files when all of them fit `inlineTokens` together (the one with the best-matching chunk
   * first), else the best chunks (at most `limit`, default 8), best first. Only files that exist in `scope`, are `processed` and of a
   * retrieval type; unknown ids are skipped. Throws `signal.reason` once it aborts, and the
   * embeddings server's `ModelError` when the query cannot be embedded.
   */
  async retrieve(scope: string, fileIds: readonly string[], query: string, signal?: AbortSignal, limit = DEFAULT_PASSAGES): Promise<Passage[]> {
    return (await this.search(scope, fileIds, query, signal, limit)).map(({ fileId, filename, text }) => ({ fileId, filename, text }));
  }

  /** What `retrieve` gives, with each passage's score. */
  async search(scope: string, fileIds: readonly string[], query: string, signal?: AbortSignal, limit = DEFAULT_PASSAGES): Promise<ScoredPassage[]> {
    const files = await this.readableFiles(scope, fileIds, signal);
    if (files.length === 0) return [];
    const total = files.reduce((sum, { tokens }) => sum + tokens, 0);
    const ids = files.map(({ file }) => file.id);
    if (total <= this.options.inlineTokens) {
      // The file with the best-matching chunk first: a model reads the first passages most closely.
      const hits = await this.options.store.fileChunks.search(scope, ids, query, files.length * CANDIDATES_PER_PASSAGE);
      const order = [...new Set([...hits.map((hit) => hit.fileId), ...ids])];
      const whole: ScoredPassage[] = [];
      for (const fileId of order) {
        const file = files.find((candidate) => candidate.file.id === fileId)?.file;
        if (file) whole.push({ fileId, filename: file.filename, text: joinChunks(await this.options.store.fileChunks.list(scope, fileId)), score: 1 });
      }
      return whole;
    }
    const rankings = await this.rankings(scope, ids, query, limit * CANDIDATES_PER_PASSAGE, signal);
    // The best fused score: first in every ranking.
    const best = rankings.length / (RRF_K + 1);
    let hits = fuse(rankings).slice(0, limit);
    if (hits.length === 0) hits = await this.firstChunks(scope, ids, limit);
    const filenames = new Map(files.map(({ file }) => [file.id, file.filename]));
    return hits.map((hit) => ({ fileId: hit.fileId, filename: filenames.get(hit.fileId) ?? '', text: hit.text, score: hit.score / best }));
  }

  private async rankings(scope: string, fileIds: readonly string[], query: string, candidates: number, signal: AbortSignal | undefined): Promise<ChunkHit[][]> {
    const { store, embeddings } = this.options;
    const rankings = [await store.fileChunks.search(scope, fileIds, query, candidates)];
    if (embeddings !== undefined && query.trim() !== '') {
      const [vector] = await embeddings.embed([query], signal);
      signal?.throwIfAborted();
      if (vector !== undefined) rankings.push(await store.fileChunks.nearest(scope, fileIds, embeddings.model, vector, candidates));
    }
    return rankings;
  }

  /** The files' first chunks, a file's first before any file's second. */
  private async firstChunks(scope: string, fileIds: readonly string[], limit: number): Promise<ChunkHit[]> {
    const perFile = await Promise.all(fileIds.map((fileId) => this.options.store.fileChunks.list(scope, fileId, limit)));
    const hits: ChunkHit[] = [];
    for (let index = 0; hits.length < limit && perFile.some((chunks) => index < chunks.length); index += 1) {
      perFile.forEach((chunks, position) => {
        const chunk = chunks[index];
        if (chunk !== undefined && hits.length < limit) hits.push({ fileId: fileIds[position] ?? '', index, text: chunk.text, score: 0 });
      });
    }
    return hits;
  }

  /** The files retrieval reads among `fileIds`, each once, in the order given. */
  private async readableFiles(scope: string, fileIds: readonly string[], signal: AbortSignal | undefined): Promise<ReadableFile[]> {
    const files: ReadableFile[] = [];
    for (const fileId of new Set(fileIds)) {
      signal?.throwIfAborted();
      const file = await this.options.store.files.get(scope, ROOT, fileId);
      const extraction = file === undefined ? undefined : retrievalExtraction(file);
      if (file === undefined || extraction === undefined || file.status !== 'processed') continue;
      const tokens = (await this.options.store.fileChunks.tokens(scope, fileId)) ?? (await this.indexNow(scope, file, extraction));
      if (tokens !== undefined) files.push({ file, tokens });
    }
    return files;
  }

  /**
   * A processed file the index does not have (uploaded before there was one, or made by the server):
   * indexed now, once. Undefined when its content cannot be indexed (it is then left out).
   */
  private async indexNow(scope: string, file: FileObject, extraction: Extraction): Promise<number | undefined> {
    const { store, embeddings } = this.options;
    const indexed = await indexContent(extraction, await fileContent(store, scope, file.id, file.bytes), embeddings);
    if ('problem' in indexed) return undefined;
    return store.transaction(async (tx) => {
      if ((await tx.files.get(scope, ROOT, file.id)) === undefined) return undefined;
      // Another search may have indexed it meanwhile.
      const existing = await tx.fileChunks.tokens(scope, file.id);
      if (existing !== undefined) return existing;
      await tx.fileChunks.add(scope, file.id, indexed);
      return indexed.tokens;
    });
  }
}

/** A file's text from its chunks: each begins where `start` says, overlapping the text before it. */
export function joinChunks(chunks: readonly FileChunk[]): string {
  let text = '';
  for (const chunk of chunks) text += chunk.text.slice(Math.max(0, text.length - chunk.start));
  return text;
}

/** Reciprocal rank fusion: best first, by the sum over rankings of 1 / (RRF_K + rank); ties in the order met. */
function fuse(rankings: readonly (readonly ChunkHit[])[]): ChunkHit[] {
  const fused = new Map<string, ChunkHit>();
  for (const ranking of rankings) {
    ranking.forEach((hit, position) => {
      const key = `${hit.fileId}/${hit.index}`;
      const entry = fused.get(key) ?? { ...hit, score: 0 };
      entry.score += 1 / (RRF_K + position + 1);
      fused.set(key, entry);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
