/**
 * The seam between a run and whatever answers it. A model streams events as they arrive; the run
 * engine turns them into v1 objects and stream events live (the step and message are created on the
 * first delta), so a streamed run's first token leaves when the model produces it.
 */
import type { MessageRole, ResponseFormat, Tool, ToolChoice } from '../../v1/schemas.js';
import type { JsonSchemaFormat, ReasoningEffort } from '../../v2/requests.js';

/** An image a user message shows the model: an `https:` or `data:` URL. */
export interface ModelImage {
  url: string;
  detail?: 'auto' | 'low' | 'high' | undefined;
  /** Its size in pixels when known (image files; a URL is not fetched), for counting its tokens. */
  size?: ImageSize | undefined;
}

export interface ImageSize {
  width: number;
  height: number;
}

/** One turn of the conversation the model sees, oldest first. */
export type ModelTurn =
  /** `images`: those of a user message (v2's image parts), after its text. */
  | { type: 'message'; role: MessageRole; text: string; images?: ModelImage[] | undefined }
  /** A tool turn of the current run: the calls the model made and the outputs submitted for them. */
  | { type: 'tool_calls'; calls: Array<{ id: string; name: string; arguments: string; output: string }> };

export interface ModelInput {
  /** The run's `model` (a server may replace it with its own configured name). */
  model: string;
  /** The run's instructions (else the assistant's), with `additional_instructions` appended. */
  instructions: string;
  tools: Tool[];
  /**
   * The thread's messages oldest first, then the current run's tool turns in the order they
   * happened, already cut to the run's window (`truncation_strategy`, `max_prompt_tokens`).
   */
  turns: ModelTurn[];
  toolChoice: ToolChoice;
  temperature: number | null;
  /** v2's nucleus sampling; null or absent: the model's default. */
  topP?: number | null | undefined;
  /** v2's `parallel_tool_calls`; absent: the model's default (calls may be parallel). */
  parallelToolCalls?: boolean | undefined;
  /** v2's `strict` of function tools, by function name; a function not named: not said. */
  strictFunctions?: Readonly<Record<string, boolean>> | undefined;
  /** v2's `reasoning_effort`; absent: the model's default. */
  reasoningEffort?: ReasoningEffort | undefined;
  responseFormat: ResponseFormat;
  /** v2's Structured Outputs: the schema the answer must follow (`responseFormat` is then `{type: 'json_schema'}`). */
  jsonSchema?: JsonSchemaFormat | undefined;
  /** What is left of the run's `max_completion_tokens` budget; null when unlimited. */
  maxCompletionTokens: number | null;
  /** The request that started or resumed the run, for the model server's logs; unknown after a restart. */
  requestId?: string | undefined;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'other';

export type ModelEvent =
  | { type: 'text'; delta: string }
  /** A fragment of tool call `index`: the first fragment of a call usually brings its id and name. */
  | { type: 'tool_call'; index: number; id?: string | undefined; name?: string | undefined; arguments?: string | undefined }
  | { type: 'usage'; promptTokens: number; completionTokens: number }
  | { type: 'finish'; reason: FinishReason };

/**
 * Why a model call gave up. `max_prompt_tokens`: the prompt cannot be cut to fit the run's
 * `max_prompt_tokens` (the run ends `incomplete`; see `runs/prompt.ts`); the others fail the run
 * with that code.
 */
export type ModelErrorCode = 'server_error' | 'rate_limit_exceeded' | 'max_prompt_tokens';

export class ModelError extends Error {
  constructor(
    readonly code: ModelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ModelError';
  }
}

export interface AssistantModel {
  /**
   * Streams the answer to `input`. Ends after a `finish` event (or without one when the server
   * sends none); throws `ModelError` when it gives up. Must stop promptly once `signal` aborts
   * (the run was cancelled, expired or the server is closing).
   */
  stream(input: ModelInput, signal: AbortSignal): AsyncIterable<ModelEvent>;
  /** Releases connections; the server calls it when it closes. */
  close?(): Promise<void>;
}
