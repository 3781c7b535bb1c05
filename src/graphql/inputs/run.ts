/**
 * The inputs that start or continue a run, shared by the run mutations and the run-event
 * subscriptions, with their checks and their mapping to upstream bodies.
 */
import type {
  AssistantsApi,
  CreateRunBody,
  CreateThreadAndRunBody,
  RunOptionsBody,
  SubmitToolOutputsBody,
} from '../../openai/api.js';
import type { Run } from '../../openai/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { badUserInput, conflict, isNotFound, runNotFound } from '../errors.js';
import type { Caller } from '../../auth/caller.js';
import { LIMITS, checkMaxLength, checkMetadata, checkMinimum, checkRange, checkThreadMetadata, checkTools } from '../validation.js';
import { ASSISTANT, RUN, THREAD } from '../nodes/identity.js';
import { ToolInput, toolsFromInput } from '../objects/common.js';
import { ResponseFormat, ToolChoiceType, TruncationType } from '../objects/run-details.js';
import { MessageInput, checkMessageInput, messageBodyFromInput } from './message.js';

const ToolChoiceInput = builder.inputType('ToolChoiceInput', {
  description: 'How the run chooses tools. `functionName` is required with FUNCTION, and only allowed there.',
  fields: (t) => ({
    type: t.field({ type: ToolChoiceType, required: true, description: 'The choice.' }),
    functionName: t.string({ description: 'The function to call, for FUNCTION.' }),
  }),
});

const TruncationStrategyInput = builder.inputType('TruncationStrategyInput', {
  description: 'How to cut the thread down before the run.',
  fields: (t) => ({
    type: t.field({ type: TruncationType, required: true, description: 'The strategy.' }),
    lastMessages: t.int({ description: 'How many recent messages to keep (at least 1), for LAST_MESSAGES.' }),
  }),
});

/** The fields of every run-starting input, by name. */
const runOptionFields = (t: PothosSchemaTypes.InputFieldBuilder<SchemaTypesOf, 'InputObject'>) => ({
  assistantId: t.id({ required: true, description: 'The assistant to run, by global ID or raw `asst_…` id.' }),
  model: t.string({ description: 'Overrides the assistant’s model.' }),
  instructions: t.string({ description: 'Overrides the assistant’s instructions (at most 256,000 characters).' }),
  tools: t.field({ type: [ToolInput], description: 'Overrides the assistant’s tools (at most 20).' }),
  metadata: t.field({ type: 'Metadata', description: 'At most 16 key-value pairs.' }),
  temperature: t.float({ description: 'Sampling temperature, 0 to 2 (default 1).' }),
  maxPromptTokens: t.int({ description: 'The most prompt tokens the run may use (at least 256).' }),
  maxCompletionTokens: t.int({ description: 'The most completion tokens the run may use (at least 256).' }),
  truncationStrategy: t.field({ type: TruncationStrategyInput, description: 'How to cut the thread down.' }),
  toolChoice: t.field({ type: ToolChoiceInput, description: 'How to choose tools (default AUTO).' }),
  responseFormat: t.field({ type: ResponseFormat, description: 'The answer format (default AUTO).' }),
});

export const CreateRunInput = builder.inputType('CreateRunInput', {
  description: 'A run to start on an existing thread.',
  fields: (t) => ({
    threadId: t.id({ required: true, description: 'The thread, by global ID or raw `thread_…` id.' }),
    ...runOptionFields(t),
    additionalInstructions: t.string({ description: 'Appended to the instructions for this run only.' }),
    additionalMessages: t.field({ type: [MessageInput], description: 'Messages added to the thread before the run.' }),
  }),
});

export const CreateThreadAndRunInput = builder.inputType('CreateThreadAndRunInput', {
  description: 'A new thread and a run on it, in one step.',
  fields: (t) => ({
    ...runOptionFields(t),
    messages: t.field({ type: [MessageInput], description: 'The new thread’s messages, oldest first.' }),
    threadMetadata: t.field({ type: 'Metadata', description: 'The new thread’s metadata.' }),
  }),
});

const ToolOutputInput = builder.inputType('ToolOutputInput', {
  description: 'The output of one tool call.',
  fields: (t) => ({
    toolCallId: t.string({ required: true, description: 'The `id` of the call in `Run.requiredAction.toolCalls`.' }),
    output: t.string({ required: true, description: 'What the tool returned, as text (often JSON).' }),
  }),
});

export const SubmitToolOutputsInput = builder.inputType('SubmitToolOutputsInput', {
  description: 'The outputs of all the tool calls a run waits for.',
  fields: (t) => ({
    runId: t.id({ required: true, description: 'The run, by its global ID.' }),
    toolOutputs: t.field({
      type: [ToolOutputInput],
      required: true,
      description: 'One output for every call in `requiredAction.toolCalls`, each exactly once.',
    }),
  }),
});

/** The fields every run-starting input shares. */
type RunOptionsInput = Omit<typeof CreateRunInput.$inferInput, 'threadId' | 'additionalInstructions' | 'additionalMessages'>;

function runOptionsBody(input: RunOptionsInput): RunOptionsBody {
  const assistantId = ASSISTANT.decode(input.assistantId, 'input.assistantId', { raw: true }).id;
  checkMaxLength(input.instructions, LIMITS.instructions, 'input.instructions');
  const tools = toolsFromInput(input.tools, 'input.tools');
  checkTools(tools, LIMITS.runTools, 'input.tools');
  checkMetadata(input.metadata, 'input.metadata');
  checkRange(input.temperature, LIMITS.minTemperature, LIMITS.maxTemperature, 'input.temperature');
  checkMinimum(input.maxPromptTokens, LIMITS.minTokens, 'input.maxPromptTokens');
  checkMinimum(input.maxCompletionTokens, LIMITS.minTokens, 'input.maxCompletionTokens');

  const truncation = input.truncationStrategy;
  if (truncation) {
    if (truncation.type === 'last_messages' && (truncation.lastMessages ?? 0) < LIMITS.minLastMessages) {
      throw badUserInput(`\`input.truncationStrategy.lastMessages\` must be at least ${LIMITS.minLastMessages} for LAST_MESSAGES.`, 'input.truncationStrategy.lastMessages');
    }
    if (truncation.type === 'auto' && truncation.lastMessages != null) {
      throw badUserInput('`input.truncationStrategy.lastMessages` is only allowed with LAST_MESSAGES.', 'input.truncationStrategy.lastMessages');
    }
  }

  const choice = input.toolChoice;
  if (choice && (choice.type === 'function') !== Boolean(choice.functionName)) {
    throw badUserInput('`input.toolChoice.functionName` is required with FUNCTION, and only allowed there.', 'input.toolChoice.functionName');
  }
  if (choice?.functionName && tools && !tools.some((tool) => tool.type === 'function' && tool.function.name === choice.functionName)) {
    throw badUserInput(
      `\`input.toolChoice.functionName\` names ${JSON.stringify(choice.functionName)}, which is not among \`input.tools\`.`,
      'input.toolChoice.functionName',
    );
  }
  if (input.responseFormat === 'json_object' && tools?.some((tool) => tool.type !== 'function')) {
    throw badUserInput('`input.responseFormat` JSON_OBJECT only works with FUNCTION tools.', 'input.responseFormat');
  }

  return {
    assistant_id: assistantId,
    model: input.model ?? undefined,
    instructions: input.instructions ?? undefined,
    tools,
    metadata: input.metadata ?? undefined,
    temperature: input.temperature ?? undefined,
    max_prompt_tokens: input.maxPromptTokens ?? undefined,
    max_completion_tokens: input.maxCompletionTokens ?? undefined,
    truncation_strategy: truncation
      ? { type: truncation.type, last_messages: truncation.lastMessages ?? null }
      : undefined,
    tool_choice: choice
      ? choice.type === 'none' || choice.type === 'auto'
        ? choice.type
        : { type: choice.type, ...(choice.functionName ? { function: { name: choice.functionName } } : {}) }
      : undefined,
    response_format: input.responseFormat
      ? input.responseFormat === 'auto' || input.responseFormat === 'none'
        ? input.responseFormat
        : { type: input.responseFormat }
      : undefined,
  };
}

export function createRunRequest(input: typeof CreateRunInput.$inferInput): { threadId: string; body: CreateRunBody } {
  const threadId = THREAD.decode(input.threadId, 'input.threadId', { raw: true }).id;
  const options = runOptionsBody(input);
  checkMaxLength(input.additionalInstructions, LIMITS.instructions, 'input.additionalInstructions');
  input.additionalMessages?.forEach((message, index) => checkMessageInput(message, `input.additionalMessages[${index}]`));
  return {
    threadId,
    body: {
      ...options,
      additional_instructions: input.additionalInstructions ?? undefined,
      additional_messages: input.additionalMessages?.map(messageBodyFromInput),
    },
  };
}

export function createThreadAndRunBody(input: typeof CreateThreadAndRunInput.$inferInput, caller: Caller): CreateThreadAndRunBody {
  const options = runOptionsBody(input);
  input.messages?.forEach((message, index) => checkMessageInput(message, `input.messages[${index}]`));
  checkThreadMetadata(input.threadMetadata, 'input.threadMetadata', caller);
  return {
    ...options,
    thread: {
      ...(input.messages ? { messages: input.messages.map(messageBodyFromInput) } : {}),
      ...(input.threadMetadata ? { metadata: input.threadMetadata } : {}),
    },
  };
}

/**
 * Checks the outputs against the run's current state before submitting, so a wrong-state or
 * mismatched submission fails with a clear CONFLICT or BAD_USER_INPUT and nothing reaches the run.
 */
export async function submitToolOutputsRequest(
  api: AssistantsApi,
  input: typeof SubmitToolOutputsInput.$inferInput,
  now: () => number = Date.now,
): Promise<{ threadId: string; runId: string; body: SubmitToolOutputsBody }> {
  const { threadId, id: runId } = RUN.decode(input.runId, 'input.runId');
  const run = await getRunOrNotFound(api, threadId, runId);
  checkAwaitingOutputs(run, now);
  const expected = run.required_action?.submit_tool_outputs.tool_calls.map((call) => call.id) ?? [];
  const seen = new Set<string>();
  input.toolOutputs.forEach((output, index) => {
    const field = `input.toolOutputs[${index}].toolCallId`;
    if (!expected.includes(output.toolCallId)) {
      throw badUserInput(
        `${field} ${JSON.stringify(output.toolCallId)} is not a tool call this run waits for (it waits for ${expected.join(', ')}).`,
        field,
      );
    }
    if (seen.has(output.toolCallId)) throw badUserInput(`${field} ${JSON.stringify(output.toolCallId)} is given twice.`, field);
    seen.add(output.toolCallId);
  });
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw badUserInput(`input.toolOutputs lacks outputs for ${missing.join(', ')}; all must come in one submission.`, 'input.toolOutputs');
  }
  return {
    threadId,
    runId,
    body: { tool_outputs: input.toolOutputs.map((output) => ({ tool_call_id: output.toolCallId, output: output.output })) },
  };
}

function checkAwaitingOutputs(run: Run, now: () => number): void {
  const expired = run.status === 'expired' || (run.expires_at != null && run.expires_at * 1000 <= now());
  if (expired) {
    throw conflict(`Run ${run.id} has expired; it no longer accepts tool outputs. Start a new run.`, 'RUN_EXPIRED', {
      runId: run.id,
      status: run.status,
    });
  }
  if (run.status !== 'requires_action') {
    throw conflict(`Run ${run.id} is ${run.status}; it only accepts tool outputs while it requires action.`, 'RUN_NOT_AWAITING_OUTPUTS', {
      runId: run.id,
      status: run.status,
    });
  }
}

/** The run as it is now, for checks before acting on it; NOT_FOUND when it does not exist. */
export function getRunOrNotFound(api: AssistantsApi, threadId: string, runId: string): Promise<Run> {
  return api.getRun(threadId, runId).catch((error: unknown) => {
    throw isNotFound(error) ? runNotFound(threadId, runId) : error;
  });
}
