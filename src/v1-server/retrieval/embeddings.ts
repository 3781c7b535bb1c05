/**
 * Embeddings from an OpenAI-compatible server (`EMBEDDING_MODEL` at `MODEL_BASE_URL`): `POST
 * {baseUrl}/embeddings` with `{model, input: string[]}`, a batch of texts at a time. A 429, a 5xx
 * or a failure to connect is retried with backoff; giving up is a `ModelError`, its message
 * quoting the server without the API key.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { errorCode, errorMessageOf, excerpt } from '../../http/answers.js';
import { backoffMs } from '../../http/retry.js';
import { ModelError } from '../model/model.js';
import { AttemptFailure, refused, unanswered } from '../model/attempts.js';

export interface EmbeddingsOptions {
  /** The API root, e.g. `http://127.0.0.1:11434/v1`, with or without a trailing `/`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>` when set. */
  apiKey?: string | undefined;
  model: string;
  /** Texts per request. Default 64: 64 chunks of 400 tokens stay well within what servers accept in one request. */
  batchSize?: number;
  /** Retries after a 429, a 5xx or a failure to connect. Default 2. */
  maxRetries?: number;
  /** The first backoff delay, doubled on each retry. Default 500. */
  retryBaseDelayMs?: number;
  /** The longest wait between attempts; a server asking for longer fails the call at once. Default 20 000. */
  maxRetryDelayMs?: number;
  /** How long to wait for an answer, headers and body each. Default 60 000. */
  timeoutMs?: number;
}

const answerSchema = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()).min(1) })),
});

export class Embeddings {
  readonly model: string;
  readonly #pool: Pool;
  readonly #path: string;
  readonly #headers: Record<string, string>;
  readonly #apiKey: string;
  readonly #batchSize: number;
  readonly #maxRetries: number;
  readonly #retryBaseDelayMs: number;
  readonly #maxRetryDelayMs: number;
  readonly #timeoutMs: number;

  constructor(options: EmbeddingsOptions) {
    const url = new URL(options.baseUrl);
    this.model = options.model;
    this.#pool = new Pool(url.origin);
    this.#path = `${url.pathname.replace(/\/+$/, '')}/embeddings${url.search}`;
    this.#apiKey = options.apiKey ?? '';
    this.#headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.#apiKey !== '') this.#headers.authorization = `Bearer ${this.#apiKey}`;
    this.#batchSize = options.batchSize ?? 64;
    this.#maxRetries = options.maxRetries ?? 2;
    this.#retryBaseDelayMs = options.retryBaseDelayMs ?? 500;
    this.#maxRetryDelayMs = options.maxRetryDelayMs ?? 20_000;
    this.#timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** One vector per text, in order; all of one size. Throws `ModelError`, or `signal.reason` once it aborts. */
  async embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let first = 0; first < texts.length; first += this.#batchSize) {
      const batch = texts.slice(first, first + this.#batchSize);
      vectors.push(...(await this.#batch(batch, signal)));
      const size = vectors[0]?.length;
      if (vectors.some((vector) => vector.length !== size)) {
        throw new ModelError('server_error', `The embeddings server answered vectors of different sizes for model ${this.model}.`);
      }
    }
    return vectors;
  }

  /** Waits for calls in flight, then closes the connections. */
  close(): Promise<void> {
    return this.#pool.close();
  }

  async #batch(input: readonly string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    const body = JSON.stringify({ model: this.model, input });
    let delayMs = 0;
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (attempt > 1) await sleep(delayMs, undefined, { signal });
        return await this.#attempt(body, input.length, signal);
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        if (!(err instanceof AttemptFailure)) throw err;
        delayMs = err.retryAfterMs ?? backoffMs(attempt - 1, this.#retryBaseDelayMs, this.#maxRetryDelayMs);
        if (!err.retryable || attempt > this.#maxRetries || delayMs > this.#maxRetryDelayMs) {
          throw err.toModelError(attempt);
        }
      }
    }
  }

  async #attempt(body: string, count: number, signal: AbortSignal | undefined): Promise<Float32Array[]> {
    let response: Dispatcher.ResponseData;
    try {
      response = await this.#pool.request({
        method: 'POST',
        path: this.#path,
        headers: this.#headers,
        body,
        signal,
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
      });
    } catch (err) {
      throw unanswered('The embeddings server', err, this.#timeoutMs);
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (err) {
      throw new AttemptFailure('server_error', `The embeddings server's answer broke off (${errorCode(err) ?? 'the connection closed'}).`, true);
    }
    if (response.statusCode < 200 || response.statusCode >= 300) throw this.#httpFailure(response, text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AttemptFailure('server_error', `The embeddings server answered with something that is not JSON: ${this.#excerpt(text)}`, false);
    }
    const answer = answerSchema.safeParse(json);
    if (!answer.success) throw new AttemptFailure('server_error', `The embeddings server sent an unexpected answer: ${this.#excerpt(text)}`, false);
    const vectors: Array<Float32Array | undefined> = new Array<Float32Array | undefined>(count);
    for (const { index, embedding } of answer.data.data) {
      if (index < count) vectors[index] = Float32Array.from(embedding);
    }
    const missing = vectors.findIndex((vector) => vector === undefined);
    if (missing >= 0 || vectors.length !== count) {
      throw new AttemptFailure('server_error', `The embeddings server answered no vector for input ${missing} of ${count}.`, false);
    }
    return vectors.filter((vector) => vector !== undefined);
  }

  #httpFailure({ statusCode, headers }: Dispatcher.ResponseData, text: string): AttemptFailure {
    return refused(statusCode, headers, `The embeddings server answered ${statusCode}: ${this.#excerpt(errorMessageOf(statusCode, text))}`);
  }

  #excerpt(text: string): string {
    return excerpt(text, [this.#apiKey]);
  }
}
