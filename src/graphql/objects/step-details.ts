/** What a run step did: its type, status, and the message it created or the tools it called. */
import type { CodeInterpreterOutput, StepDetails, StepToolCall } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import { MESSAGE } from '../identity.js';
import { linkedFile } from '../nodes/file.js';
import { FileRef, MessageRef } from '../nodes/refs.js';

export const RunStepType = builder.enumType('RunStepType', {
  description: 'What a step does.',
  values: {
    MESSAGE_CREATION: { value: 'message_creation', description: 'Writes a message.' },
    TOOL_CALLS: { value: 'tool_calls', description: 'Calls tools.' },
    UNKNOWN: { value: 'unknown', description: 'A type this facade does not know (from a newer server).' },
  } as const,
});

export { RUN_STEP_STATUSES } from '../../v1/schemas.js';

export const RunStepStatus = builder.enumType('RunStepStatus', {
  description: 'Where a step is in its life.',
  values: {
    IN_PROGRESS: { value: 'in_progress', description: 'Under way.' },
    CANCELLED: { value: 'cancelled', description: 'Its run was cancelled.' },
    FAILED: { value: 'failed', description: 'Failed; see `lastError`.' },
    COMPLETED: { value: 'completed', description: 'Done.' },
    EXPIRED: { value: 'expired', description: 'Its run expired.' },
    UNKNOWN: { value: 'unknown', description: 'A status this facade does not know (from a newer server).' },
  } as const,
});

type MessageCreation = Extract<StepDetails, { type: 'message_creation' }>;
type ToolCalls = Extract<StepDetails, { type: 'tool_calls' }>;
/** The step a call or output belongs to: the reference through which its files are read. */
export interface InStep {
  via: { threadId: string; runId: string; stepId: string };
}
/** Step details carry their step so the created message and the output files can be linked. */
type WithStep<T> = T & InStep;
type ImageOutput = Extract<CodeInterpreterOutput, { type: 'image' }> & InStep;
type CodeInterpreterCall = Extract<StepToolCall, { type: 'code_interpreter' }> & InStep;

const StepToolCallInterface = builder.interfaceRef<StepToolCall>('StepToolCall').implement({
  description: 'A tool call made in a step.',
  resolveType: (call) => {
    if (call.type === 'function') return 'FunctionToolCall';
    if (call.type === 'retrieval') return 'RetrievalToolCall';
    return 'CodeInterpreterToolCall';
  },
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The tool call id (`call_…`).' }),
  }),
});

const CodeInterpreterLogsRef = builder
  .objectRef<Extract<CodeInterpreterOutput, { type: 'logs' }>>('CodeInterpreterLogs')
  .implement({
    description: 'Text the code printed.',
    isTypeOf: (value) => (value as CodeInterpreterOutput).type === 'logs',
    fields: (t) => ({ logs: t.exposeString('logs', { description: 'The output text.' }) }),
  });

const CodeInterpreterImageRef = builder.objectRef<ImageOutput>('CodeInterpreterImage').implement({
  description: 'An image the code produced.',
  isTypeOf: (value) => (value as CodeInterpreterOutput).type === 'image',
  fields: (t) => ({
    fileId: t.string({ description: 'The image’s file id.', resolve: (output) => output.image.file_id }),
    file: t.field({
      type: FileRef,
      nullable: true,
      description: 'The image’s file itself (an `ASSISTANTS_OUTPUT` file; its `downloadUrl` serves the PNG).',
      resolve: (output, _args, ctx) => linkedFile(ctx, output.image.file_id, output.via),
    }),
  }),
});

const CodeInterpreterOutputUnion = builder.unionType('CodeInterpreterOutput', {
  description: 'An output of a code interpreter call.',
  types: [CodeInterpreterLogsRef, CodeInterpreterImageRef],
});

builder.objectRef<CodeInterpreterCall>('CodeInterpreterToolCall').implement({
  description: 'A code interpreter call: the code and what it produced.',
  interfaces: [StepToolCallInterface],
  isTypeOf: (value) => (value as StepToolCall).type === 'code_interpreter',
  fields: (t) => ({
    input: t.string({ description: 'The code that ran.', resolve: (call) => call.code_interpreter.input }),
    outputs: t.field({
      type: [CodeInterpreterOutputUnion],
      description: 'What it printed and produced.',
      resolve: (call) => call.code_interpreter.outputs.map((output) => ({ ...output, via: call.via })),
    }),
  }),
});

builder.objectRef<Extract<StepToolCall, { type: 'retrieval' }>>('RetrievalToolCall').implement({
  description: 'A retrieval call (v1 reports no detail of it).',
  interfaces: [StepToolCallInterface],
  isTypeOf: (value) => (value as StepToolCall).type === 'retrieval',
});

builder.objectRef<Extract<StepToolCall, { type: 'function' }>>('FunctionToolCall').implement({
  description: 'A function call: what the model asked for and the output you submitted.',
  interfaces: [StepToolCallInterface],
  isTypeOf: (value) => (value as StepToolCall).type === 'function',
  fields: (t) => ({
    name: t.string({ description: 'The function.', resolve: (call) => call.function.name }),
    arguments: t.string({ description: 'The arguments, as the JSON text the model produced.', resolve: (call) => call.function.arguments }),
    output: t.string({
      nullable: true,
      description: 'The output you submitted; null until then.',
      resolve: (call) => call.function.output ?? null,
    }),
  }),
});

const MessageCreationDetailsRef = builder
  .objectRef<WithStep<MessageCreation>>('MessageCreationStepDetails')
  .implement({
    description: 'A step that wrote a message.',
    isTypeOf: (value) => (value as StepDetails).type === 'message_creation',
    fields: (t) => ({
      messageId: t.string({
        description: 'The raw upstream id of the message (`msg_…`).',
        resolve: (details) => details.message_creation.message_id,
      }),
      message: t.field({
        type: MessageRef,
        nullable: true,
        description: 'The message it wrote.',
        resolve: (details, _args, ctx) =>
          ctx.loaders.load(MESSAGE, { threadId: details.via.threadId, id: details.message_creation.message_id }),
      }),
    }),
  });

const ToolCallsDetailsRef = builder.objectRef<WithStep<ToolCalls>>('ToolCallsStepDetails').implement({
  description: 'A step that called tools.',
  isTypeOf: (value) => (value as StepDetails).type === 'tool_calls',
  fields: (t) => ({
    toolCalls: t.field({
      type: [StepToolCallInterface],
      description: 'The calls, in order.',
      resolve: (details) => details.tool_calls.map((call) => ({ ...call, via: details.via })),
    }),
  }),
});

export const StepDetailsUnion = builder.unionType('StepDetails', {
  description: 'What a step did.',
  types: [MessageCreationDetailsRef, ToolCallsDetailsRef],
});
