/**
 * An `AssistantModel` backed by an OpenAI-compatible Chat Completions server (OpenAI, Ollama, vLLM,
 * llama.cpp…): one streamed `POST {baseUrl}/chat/completions` per model call, its chunks passed on
 * as `ModelEvent`s as they arrive. Failures before the first event are retried; after it they are
 * not, since a repeated answer would duplicate text the run already shows.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { errorCode, errorFields, errorMessageOf, excerpt } from '../../http/answers.js';
import { backoffMs } from '../../http/retry.js';
import { SseMessages } from '../../http/sse.js';
import { AttemptFailure, refused, unanswered } from './attempts.js';
import type { AssistantModel, FinishReason, ModelEvent, ModelInput } from './model.js';
import { buildChatRequest } from './chat-request.js';
import { countTokens, promptTokens } from './tokens.js';
import { REQUEST_ID_HEADER } from '../../v1/requests.js';

export interface ChatCompletionsOptions {
  /** The API root, e.g. `http://127.0.0.1:11434/v1`, with or without a trailing `/`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>` when set. */
  apiKey?: string;
  /** Sent instead of the run's `model` when set. */
  modelName?: string;
  /** Retries after a 429, a 5xx, or a failure before the first event. Default 2. */
  maxRetries?: number;
  /** The first backoff delay, doubled on each retry. Default 500. */
  retryBaseDelayMs?: number;
  /** The longest wait between attempts; a server asking for longer fails the call at once. Default 20 000. */
  maxRetryDelayMs?: number;
  /** How long to wait for the response headers. Default 60 000. (undici checks both timeouts about every 0.5 s.) */
  headersTimeoutMs?: number;
  /** How long the stream may stay silent before it counts as broken off. Default 60 000. */
  idleTimeoutMs?: number;
}

const chunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z
          .object({
            content: z.string().nullish(),
            tool_calls: z
              .array(
                z.object({
                  index: z.number().int().nullish(),
                  id: z.string().nullish(),
                  function: z.object({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
                }),
              )
              .nullish(),
          })
          .nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
  error: z.unknown().optional(),
});

export class ChatCompletionsModel implements AssistantModel {
  readonly #pool: Pool;
  readonly #path: string;
  readonly #headers: Record<string, string>;
  readonly #apiKey: string;
  readonly #modelName: string | undefined;
  readonly #maxRetries: number;
  readonly #retryBaseDelayMs: number;
  readonly #maxRetryDelayMs: number;
  readonly #headersTimeoutMs: number;
  readonly #idleTimeoutMs: number;

  constructor(options: ChatCompletionsOptions) {
    const url = new URL(options.baseUrl);
    // Its own keep-alive pool, so model calls neither queue behind nor share sockets with other traffic.
    this.#pool = new Pool(url.origin);
    this.#path = `${url.pathname.replace(/\/+$/, '')}/chat/completions${url.search}`;
    this.#apiKey = options.apiKey ?? '';
    this.#headers = { 'content-type': 'application/json', accept: 'text/event-stream' };
    if (this.#apiKey !== '') this.#headers.authorization = `Bearer ${this.#apiKey}`;
    this.#modelName = options.modelName;
    this.#maxRetries = options.maxRetries ?? 2;
    this.#retryBaseDelayMs = options.retryBaseDelayMs ?? 500;
    this.#maxRetryDelayMs = options.maxRetryDelayMs ?? 20_000;
    this.#headersTimeoutMs = options.headersTimeoutMs ?? 60_000;
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  }

  /**
   * Sends the request on the first `next()`. When `signal` aborts, the request is aborted and the
   * iterator throws `signal.reason` (as `fetch` does) at once, also from a pending `next()` or a
   * wait between retries. `return()` aborts the request too, even while a `next()` is pending.
   */
  stream(input: ModelInput, signal: AbortSignal): AsyncIterable<ModelEvent> {
    return {
      [Symbol.asyncIterator]: () => {
        const stop = new AbortController();
        const events = this.#events(input, signal, AbortSignal.any([signal, stop.signal]));
        return {
          next: () => events.next(),
          // A generator's own return() waits behind a pending next(); aborting first ends that read now.
          return: () => {
            stop.abort();
            return events.return(undefined);
          },
        };
      },
    };
  }

  /** Waits for calls in flight (abort them first to close at once), then closes the connections. */
  close(): Promise<void> {
    return this.#pool.close();
  }

  async *#events(input: ModelInput, callerSignal: AbortSignal, signal: AbortSignal): AsyncGenerator<ModelEvent, void, undefined> {
    const body = JSON.stringify(buildChatRequest(input, this.#modelName ?? input.model));
    // Reported as usage when the server reports none.
    const estimatedPromptTokens = promptTokens(input.instructions, input.turns);
    // The same id as the request that started the run, so the two servers' logs can be matched.
    const headers = input.requestId === undefined ? this.#headers : { ...this.#headers, [REQUEST_ID_HEADER]: input.requestId };
    let delayMs = 0;
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (attempt > 1) await sleep(delayMs, undefined, { signal });
        yield* this.#attempt(body, headers, estimatedPromptTokens, signal);
        return;
      } catch (err) {
        if (signal.aborted) {
          if (callerSignal.aborted) throw callerSignal.reason;
          return; // the consumer stopped iterating
        }
        if (!(err instanceof AttemptFailure)) throw err;
        delayMs = err.retryAfterMs ?? backoffMs(attempt - 1, this.#retryBaseDelayMs, this.#maxRetryDelayMs);
        if (!err.retryable || attempt > this.#maxRetries || delayMs > this.#maxRetryDelayMs) throw err.toModelError(attempt);
      }
    }
  }

  async *#attempt(
    body: string,
    headers: Record<string, string>,
    estimatedPromptTokens: number,
    signal: AbortSignal,
  ): AsyncGenerator<ModelEvent, void, undefined> {
    let response: Dispatcher.ResponseData;
    try {
      response = await this.#pool.request({
        method: 'POST',
        path: this.#path,
        headers,
        body,
        signal,
        headersTimeout: this.#headersTimeoutMs,
        bodyTimeout: this.#idleTimeoutMs,
      });
    } catch (err) {
      throw unanswered('The model server', err, this.#headersTimeoutMs);
    }
    if (response.statusCode < 200 || response.statusCode >= 300) throw await this.#httpFailure(response);

    const answer = new Answer();
    let done = false;
    let yielded = false;
    const messages = new SseMessages(response.body, signal);
    try {
      for await (const { data } of messages) {
        if (data === '[DONE]') {
          done = true;
          messages.drain();
        } else {
          for (const event of answer.read(this.#parseChunk(data))) {
            yielded = true;
            yield event;
          }
        }
      }
    } catch (err) {
      if (err instanceof AttemptFailure) throw err;
      const code = errorCode(err);
      const why = code === 'UND_ERR_BODY_TIMEOUT' ? `nothing arrived for ${this.#idleTimeoutMs} ms` : (code ?? 'the connection closed');
      throw new AttemptFailure('server_error', `The model server's stream broke off (${why}).`, !yielded);
    }
    // A body that ends cleanly after a finish_reason is complete even without `[DONE]`.
    if (!done && answer.finish === null) {
      throw new AttemptFailure('server_error', "The model server's stream broke off (it ended before [DONE]).", !yielded);
    }
    yield answer.usage ?? { type: 'usage', promptTokens: estimatedPromptTokens, completionTokens: answer.completionTokens() };
    yield { type: 'finish', reason: answer.finish ?? 'stop' };
  }

  #parseChunk(data: string): z.infer<typeof chunkSchema> {
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      throw new AttemptFailure('server_error', `The model server sent a chunk that is not JSON: ${this.#excerpt(data)}`, false);
    }
    const chunk = chunkSchema.safeParse(json);
    if (!chunk.success) throw new AttemptFailure('server_error', `The model server sent an unexpected chunk: ${this.#excerpt(data)}`, false);
    if (chunk.data.error != null) {
      const message = errorFields(json)?.message ?? data;
      throw new AttemptFailure('server_error', `The model server reported an error in the stream: ${this.#excerpt(message)}`, false);
    }
    return chunk.data;
  }

  async #httpFailure({ statusCode, headers, body }: Dispatcher.ResponseData): Promise<AttemptFailure> {
    const text = await body.text().catch(() => '');
    return refused(statusCode, headers, `The model server answered ${statusCode}: ${this.#excerpt(errorMessageOf(statusCode, text))}`);
  }

  #excerpt(text: string): string {
    return excerpt(text, [this.#apiKey]);
  }
}

/** Turns chunks into events, and keeps what the end of the stream reports. */
class Answer {
  finish: FinishReason | null = null;
  usage: ModelEvent | null = null;
  /** What was received, for the token estimate when the server reports no usage. */
  #text = '';
  readonly #arguments = new Map<number, string>();

  read(chunk: z.infer<typeof chunkSchema>): ModelEvent[] {
    const events: ModelEvent[] = [];
    // A usage chunk may come with `choices` empty, null or missing.
    if (chunk.usage) {
      this.usage = { type: 'usage', promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    }
    const choice = chunk.choices?.[0];
    if (!choice) return events;
    const content = choice.delta?.content;
    if (content) {
      this.#text += content;
      events.push({ type: 'text', delta: content });
    }
    (choice.delta?.tool_calls ?? []).forEach((call, position) => {
      const index = call.index ?? position;
      const args = call.function?.arguments ?? undefined;
      if (args) this.#arguments.set(index, (this.#arguments.get(index) ?? '') + args);
      // Passed through as sent: an empty-string id stays '' (the engine treats it as missing).
      events.push({ type: 'tool_call', index, id: call.id ?? undefined, name: call.function?.name ?? undefined, arguments: args });
    });
    // Only reported, never acted on: servers send `stop` with tool calls; the engine decides from the calls.
    if (choice.finish_reason) this.finish = finishReason(choice.finish_reason);
    return events;
  }

  completionTokens(): number {
    let tokens = countTokens(this.#text);
    for (const args of this.#arguments.values()) tokens += countTokens(args);
    return tokens;
  }
}

function finishReason(reason: string): FinishReason {
  switch (reason) {
    case 'stop':
    case 'length':
    case 'tool_calls':
    case 'content_filter':
      return reason;
    default:
      return 'other';
  }
}
