/**
 * The inputs that start or continue a run, shared by the run mutations and the run-event
 * subscriptions, with their mapping to upstream bodies, checked against the request schemas.
 */
import type { CreateRunBody, CreateThreadAndRunBody, RunOptionsBody } from '../../openai/api.js';
import { createRunBody, createThreadAndRunBody } from '../../v1/requests.js';
import { brokenRunRule } from '../../v1/run-rules.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { badUserInput } from '../errors.js';
import { ASSISTANT, THREAD } from '../identity.js';
import { ToolInput, toolsFromInput } from '../objects/common.js';
import { ResponseFormat, ToolChoiceType, TruncationType } from '../objects/run-details.js';
import { LIMITS, checkBody, checkThreadMetadata, formatLimit, metadataDescription } from '../validation.js';
import type { Caller } from '../../auth/caller.js';
import { MessageInput, messageBody } from './message.js';

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
    lastMessages: t.int({ description: `How many recent messages to keep (at least ${formatLimit(LIMITS.minLastMessages)}), for LAST_MESSAGES.` }),
  }),
});

/** The fields of every run-starting input, by name. */
const runOptionFields = (t: PothosSchemaTypes.InputFieldBuilder<SchemaTypesOf, 'InputObject'>) => ({
  assistantId: t.id({ required: true, description: 'The assistant to run, by global ID or raw `asst_…` id.' }),
  model: t.string({ description: 'Overrides the assistant’s model.' }),
  instructions: t.string({ description: `Overrides the assistant’s instructions (at most ${formatLimit(LIMITS.instructions)} characters).` }),
  tools: t.field({ type: [ToolInput], description: `Overrides the assistant’s tools (at most ${formatLimit(LIMITS.runTools)}).` }),
  metadata: t.field({ type: 'Metadata', description: metadataDescription }),
  temperature: t.float({ description: `Sampling temperature, ${LIMITS.minTemperature} to ${LIMITS.maxTemperature} (default 1).` }),
  maxPromptTokens: t.int({ description: `The most prompt tokens the run may use (at least ${formatLimit(LIMITS.minTokens)}).` }),
  maxCompletionTokens: t.int({ description: `The most completion tokens the run may use (at least ${formatLimit(LIMITS.minTokens)}).` }),
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

/** The run options in wire form, after the rules of the GraphQL input shape (the body's schema checks the rest). */
function runOptionsBody(input: RunOptionsInput): RunOptionsBody {
  const truncation = input.truncationStrategy;
  if (truncation && (truncation.type === 'last_messages') !== (truncation.lastMessages != null)) {
    throw badUserInput(
      '`input.truncationStrategy.lastMessages` is required with LAST_MESSAGES, and only allowed there.',
      'input.truncationStrategy.lastMessages',
    );
  }
  const choice = input.toolChoice;
  if (choice?.functionName != null && choice.type !== 'function') {
    throw badUserInput('`input.toolChoice.functionName` is required with FUNCTION, and only allowed there.', 'input.toolChoice.functionName');
  }
  return {
    assistant_id: ASSISTANT.decode(input.assistantId, 'input.assistantId', { raw: true }).id,
    model: input.model ?? undefined,
    instructions: input.instructions ?? undefined,
    tools: toolsFromInput(input.tools, 'input.tools'),
    metadata: input.metadata ?? undefined,
    temperature: input.temperature ?? undefined,
    max_prompt_tokens: input.maxPromptTokens ?? undefined,
    max_completion_tokens: input.maxCompletionTokens ?? undefined,
    truncation_strategy: truncation ? { type: truncation.type, last_messages: truncation.lastMessages ?? null } : undefined,
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

/** The rules between the options, when the caller gives the tools (else the assistant's apply, upstream). */
function checkRunRules(body: RunOptionsBody): void {
  const broken = brokenRunRule(body, body.tools ?? undefined);
  switch (broken?.rule) {
    case undefined:
      return;
    case 'function_choice_without_name':
      throw badUserInput('`input.toolChoice.functionName` is required with FUNCTION, and only allowed there.', 'input.toolChoice.functionName');
    case 'function_choice_not_among_tools':
      throw badUserInput(
        `\`input.toolChoice.functionName\` names ${JSON.stringify(broken.name)}, which is not among \`input.tools\`.`,
        'input.toolChoice.functionName',
      );
    case 'choice_not_among_tools':
      throw badUserInput(`\`input.toolChoice\` asks for a ${broken.type.toUpperCase()} tool, which is not among \`input.tools\`.`, 'input.toolChoice.type');
    case 'json_object_without_function_tools':
      throw badUserInput('`input.responseFormat` JSON_OBJECT only works with FUNCTION tools.', 'input.responseFormat');
  }
}

export function createRunRequest(input: typeof CreateRunInput.$inferInput): { threadId: string; body: CreateRunBody } {
  const threadId = THREAD.decode(input.threadId, 'input.threadId', { raw: true }).id;
  const body: CreateRunBody = {
    ...runOptionsBody(input),
    additional_instructions: input.additionalInstructions ?? undefined,
    additional_messages: input.additionalMessages?.map((message, index) => messageBody(message, `input.additionalMessages[${index}]`)),
  };
  checkBody(createRunBody, body);
  checkRunRules(body);
  return { threadId, body };
}

export function createThreadAndRunRequest(input: typeof CreateThreadAndRunInput.$inferInput, caller: Caller): CreateThreadAndRunBody {
  checkThreadMetadata(input.threadMetadata, 'input.threadMetadata', caller);
  const body: CreateThreadAndRunBody = {
    ...runOptionsBody(input),
    thread: {
      ...(input.messages ? { messages: input.messages.map((message, index) => messageBody(message, `input.messages[${index}]`)) } : {}),
      ...(input.threadMetadata ? { metadata: input.threadMetadata } : {}),
    },
  };
  checkBody(createThreadAndRunBody, body, { 'thread.messages': 'messages', 'thread.metadata': 'threadMetadata' });
  checkRunRules(body);
  return body;
}
