/** What every store's retrieval index does alike: cutting free text into words, and comparing vectors. */

/** More words than a question has: the rest of a pasted text adds cost, not precision. */
const MAX_QUERY_WORDS = 64;

/**
 * The distinct words of a free-text query, at most `MAX_QUERY_WORDS`: runs of letters and digits,
 * as the indexes' tokenizers cut them, so none of them is query syntax.
 */
export function queryWords(query: string): string[] {
  return [...new Set(query.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])].slice(0, MAX_QUERY_WORDS);
}

/** A vector as stored: float32, little-endian. */
export function vectorBytes(vector: Float32Array): Uint8Array {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  vector.forEach((value, position) => view.setFloat32(position * 4, value, true));
  return bytes;
}

/** The Euclidean norm of a query vector, computed once per search. */
export function norm(vector: Float32Array): number {
  let sum = 0;
  for (const value of vector) sum += value * value;
  return Math.sqrt(sum);
}

/** The cosine similarity of `vector` (whose norm is `vectorNorm`) and a stored one; -Infinity when their sizes differ. */
export function cosine(vector: Float32Array, vectorNorm: number, stored: Uint8Array): number {
  if (stored.byteLength !== vector.length * 4) return Number.NEGATIVE_INFINITY;
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  let dot = 0;
  let storedNorm = 0;
  for (let position = 0; position < vector.length; position += 1) {
    const value = view.getFloat32(position * 4, true);
    dot += value * (vector[position] ?? 0);
    storedNorm += value * value;
  }
  return vectorNorm === 0 || storedNorm === 0 ? 0 : dot / (vectorNorm * Math.sqrt(storedNorm));
}

/** The best `limit` hits of a scan, best first: memory stays that of `limit` hits. */
export class BestHits<T extends { score: number }> {
  readonly hits: T[] = [];

  constructor(private readonly limit: number) {}

  offer(hit: T): void {
    if (hit.score === Number.NEGATIVE_INFINITY) return;
    if (this.hits.length === this.limit && hit.score <= (this.hits[this.limit - 1]?.score ?? Number.NEGATIVE_INFINITY)) return;
    const at = this.hits.findIndex((kept) => kept.score < hit.score);
    this.hits.splice(at < 0 ? this.hits.length : at, 0, hit);
    this.hits.length = Math.min(this.hits.length, this.limit);
  }
}
