/**
 * What a run shows its model on each call: the thread's messages oldest first, then what the run
 * did so far, cut to the run's window (`truncation_strategy`, then `max_prompt_tokens`). Built here,
 * in the run, so that every model gets the same window, the built-in one included.
 */
import type { Message, Run, RunStep, TruncationStrategy } from '../../v1/schemas.js';
import { ModelError } from '../model/model.js';
import type { ModelImage, ModelInput, ModelTurn } from '../model/model.js';
import { promptTokens, turnTokens } from '../model/tokens.js';
import type { V2Settings } from '../store/store.js';
import type { HostedTools } from './hosted-tools.js';
import { messageText } from './transitions.js';

export interface PromptSources {
  run: Run;
  /** What v2 keeps beside the run (`top_p`, `parallel_tool_calls`, …); undefined for a run made through v1. */
  v2?: V2Settings | undefined;
  /** The images of the thread's user messages, by message id (see `messageImages`). */
  images?: ReadonlyMap<string, ModelImage[]> | undefined;
  /** The thread's messages, oldest first. */
  messages: readonly Message[];
  /** The run's steps so far, oldest first. */
  steps: readonly RunStep[];
  /** The tools the server runs itself: what is offered, and what earlier calls returned. */
  hosted: HostedTools;
  /** What is left of the run's `max_completion_tokens` budget; null when unlimited. */
  completionBudget: number | null;
  requestId: string | undefined;
}

/** The model input of the run's next call; throws `ModelError` `max_prompt_tokens` when even the minimum does not fit. */
export function buildModelInput({ run, v2, images, messages, steps, hosted, completionBudget, requestId }: PromptSources): ModelInput {
  const instructions = run.instructions ?? '';
  const truncationStrategy = run.truncation_strategy ?? { type: 'auto', last_messages: null };
  return {
    model: run.model ?? '',
    instructions,
    tools: hosted.offeredTools(run.tools),
    turns: fitToWindow(instructions, runTurns(run, messages, steps, hosted, images), truncationStrategy, run.max_prompt_tokens ?? null),
    toolChoice: hosted.offeredChoice(run.tool_choice ?? 'auto'),
    temperature: run.temperature ?? null,
    topP: v2?.topP ?? null,
    parallelToolCalls: v2?.parallelToolCalls,
    strictFunctions: v2?.strictFunctions,
    reasoningEffort: v2?.reasoningEffort ?? undefined,
    responseFormat: run.response_format ?? 'auto',
    jsonSchema: typeof v2?.responseFormat === 'object' && v2.responseFormat?.type === 'json_schema' ? v2.responseFormat.json_schema : undefined,
    maxCompletionTokens: completionBudget,
    requestId,
  };
}

/** The thread's messages oldest first, then this run's own messages and completed tool calls, in order. */
function runTurns(
  run: Run,
  messages: readonly Message[],
  steps: readonly RunStep[],
  hosted: HostedTools,
  images: ReadonlyMap<string, ModelImage[]> | undefined,
): ModelTurn[] {
  const turns: ModelTurn[] = [];
  const own = new Map<string, ModelTurn>();
  for (const message of messages) {
    const turn: ModelTurn = { type: 'message', role: message.role === 'assistant' ? 'assistant' : 'user', text: messageText(message) };
    const shown = images?.get(message.id);
    if (shown) turn.images = shown;
    if (message.run_id === run.id) own.set(message.id, turn);
    else turns.push(turn);
  }
  for (const step of steps) {
    const details = step.step_details;
    if (details.type === 'message_creation') {
      const turn = own.get(details.message_creation.message_id);
      if (turn) turns.push(turn);
    } else if (step.status === 'completed') {
      const calls = details.tool_calls.flatMap((call) => {
        if (call.type === 'function') {
          return [{ id: call.id, name: call.function.name, arguments: call.function.arguments, output: call.function.output ?? '' }];
        }
        const answered = hosted.calls.get(call.id);
        return answered ? [answered] : [];
      });
      if (calls.length > 0) turns.push({ type: 'tool_calls', calls });
    }
  }
  return turns;
}

/**
 * The turns that fit: `last_messages` keeps the newest message turns, then `max_prompt_tokens`
 * drops more. Tool turns are the current run's own work: only message turns are ever dropped.
 */
export function fitToWindow(
  instructions: string,
  turns: readonly ModelTurn[],
  { type, last_messages: lastMessages }: TruncationStrategy,
  maxPromptTokens: number | null,
): ModelTurn[] {
  const messageIndexes = turns.flatMap((turn, index) => (turn.type === 'message' ? [index] : []));
  const cut = type === 'last_messages' && lastMessages != null ? Math.max(0, messageIndexes.length - lastMessages) : 0;
  const dropped = new Set(messageIndexes.slice(0, cut));
  const kept = messageIndexes.slice(cut);
  const remaining = (): ModelTurn[] => turns.filter((_, index) => !dropped.has(index));
  if (maxPromptTokens !== null) {
    let tokens = promptTokens(instructions, remaining());
    // Keep the first message (it often sets the task) and the newest; drop the oldest of the middle first.
    const order = kept.length < 2 ? [] : [...kept.slice(1, -1), ...kept.slice(0, 1)];
    for (const index of order) {
      if (tokens <= maxPromptTokens) break;
      const turn = turns[index];
      if (turn) tokens -= turnTokens(turn);
      dropped.add(index);
    }
    if (tokens > maxPromptTokens) {
      throw new ModelError(
        'max_prompt_tokens',
        `The prompt needs about ${tokens} tokens even with only the newest message, more than max_prompt_tokens (${maxPromptTokens}).`,
      );
    }
  }
  return remaining();
}
