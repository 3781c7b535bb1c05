/**
 * Subscriptions: the three streamed run operations (`runEvents`, `threadAndRunEvents`,
 * `toolOutputEvents`) with their typed events, and `run(id:)`, which follows any run by polling.
 * Their event streams are in streams.ts, the pollers of `run(id:)` in run-followers.ts.
 */
import { MESSAGE_ROLES } from '../../v1/schemas.js';
import type { AssistantStreamEvent, MessageDelta, RunStepDelta, StreamErrorData } from '../../v1/stream.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { isNotFound, runNotFound } from '../errors.js';
import { RUN } from '../identity.js';
import { knownValue } from '../objects/common.js';
import type { InStep } from '../objects/step-details.js';
import { MessageRole } from '../inputs/message.js';
import { graphQLErrorOf, relay, started } from './streams.js';
import type { RelayedEvent } from './streams.js';
import {
  CreateRunInput,
  CreateThreadAndRunInput,
  SubmitToolOutputsInput,
  createRunRequest,
  createThreadAndRunRequest,
} from '../inputs/run.js';
import { downloadableUrlOf, linkedFile } from '../nodes/file.js';
import { submitToolOutputsRequest } from '../nodes/run-state.js';
import { FileRef, MessageRef, RunRef, RunStepRef, ThreadRef } from '../nodes/refs.js';

type StreamEvent<K extends AssistantStreamEvent['kind']> = Extract<RelayedEvent, { kind: K }>;
/** A fragment with the step it belongs to, when the stream named its run: the reference through which its files are read. */
type InStepDelta = Partial<InStep>;
/** A fragment with the message it belongs to, likewise. */
interface InMessageDelta {
  via?: { threadId: string; messageId: string };
}
type StepDetailsDelta = NonNullable<RunStepDelta['delta']['step_details']>;
type ToolCallDelta = NonNullable<StepDetailsDelta['tool_calls']>[number] & InStepDelta;
type FunctionDelta = NonNullable<ToolCallDelta['function']>;
type CodeInterpreterDelta = NonNullable<ToolCallDelta['code_interpreter']> & InStepDelta;
type CodeInterpreterOutputDelta = NonNullable<CodeInterpreterDelta['outputs']>[number] & InStepDelta;
type ContentDelta = NonNullable<MessageDelta['delta']['content']>[number] & InMessageDelta;
type AnnotationDelta = NonNullable<NonNullable<ContentDelta['text']>['annotations']>[number] & InMessageDelta;

const EVENT_TYPES: Record<AssistantStreamEvent['kind'], string> = {
  thread: 'ThreadCreatedEvent',
  run: 'RunStatusEvent',
  step: 'RunStepEvent',
  step_delta: 'RunStepDeltaEvent',
  message: 'MessageEvent',
  message_delta: 'MessageDeltaEvent',
  error: 'StreamErrorEvent',
  done: 'DoneEvent',
  unknown: 'UnknownRunEvent',
};

const RunEventInterface = builder.interfaceRef<RelayedEvent>('RunEvent').implement({
  description:
    'One event of a streamed run, in the order the upstream sent it. Select the fields of each kind with fragments; events this facade does not know arrive as UnknownRunEvent.',
  resolveType: (event) => EVENT_TYPES[event.kind],
  fields: (t) => ({
    event: t.exposeString('event', {
      description: 'The upstream event name, e.g. `thread.run.created`, `thread.message.delta` or `done`.',
    }),
  }),
});

builder.objectRef<StreamEvent<'thread'>>('ThreadCreatedEvent').implement({
  description: '`thread.created`: the new thread of `threadAndRunEvents`, before its run starts.',
  interfaces: [RunEventInterface],
  fields: (t) => ({
    thread: t.field({ type: ThreadRef, description: 'The thread as it was created.', resolve: (event) => event.data }),
  }),
});

builder.objectRef<StreamEvent<'run'>>('RunStatusEvent').implement({
  description:
    'A `thread.run.*` event: the run changed status (created, queued, in progress, requires action, cancelling, or ended).',
  interfaces: [RunEventInterface],
  fields: (t) => ({
    run: t.field({ type: RunRef, description: 'The run as of this event.', resolve: (event) => event.data }),
  }),
});

builder.objectRef<StreamEvent<'step'>>('RunStepEvent').implement({
  description: 'A `thread.run.step.*` event other than a delta: a step was created, started or ended.',
  interfaces: [RunEventInterface],
  fields: (t) => ({
    step: t.field({ type: RunStepRef, description: 'The step as of this event.', resolve: (event) => event.data }),
  }),
});

const FunctionToolCallDeltaRef = builder.objectRef<FunctionDelta>('FunctionToolCallDelta').implement({
  description: 'Fragments of a function call; concatenate each field over the deltas of the same call.',
  fields: (t) => ({
    name: t.string({ nullable: true, description: 'The function name, or a fragment of it.', resolve: (fn) => fn.name ?? null }),
    arguments: t.string({
      nullable: true,
      description: 'A fragment of the arguments’ JSON text.',
      resolve: (fn) => fn.arguments ?? null,
    }),
    output: t.string({
      nullable: true,
      description: 'A fragment of the submitted output, once there is one.',
      resolve: (fn) => fn.output ?? null,
    }),
  }),
});

const CodeInterpreterOutputDeltaRef = builder
  .objectRef<CodeInterpreterOutputDelta>('CodeInterpreterOutputDelta')
  .implement({
    description: 'A fragment of one code interpreter output, merged with others of the same `index`.',
    fields: (t) => ({
      index: t.exposeInt('index', { description: 'Which output of the call this belongs to.' }),
      type: t.exposeString('type', { description: '`logs` or `image`.' }),
      logs: t.string({ nullable: true, description: 'A fragment of printed text, for `logs`.', resolve: (out) => out.logs ?? null }),
      imageFileId: t.string({
        nullable: true,
        description: 'The image’s file id, for `image`.',
        resolve: (out) => out.image?.file_id ?? null,
      }),
      imageFile: t.field({
        type: FileRef,
        nullable: true,
        description: 'The image’s file itself, for `image` (its `downloadUrl` serves the PNG).',
        resolve: (out, _args, ctx) => (out.image?.file_id ? linkedFile(ctx, out.image.file_id, out.via) : null),
      }),
    }),
  });

const CodeInterpreterToolCallDeltaRef = builder
  .objectRef<CodeInterpreterDelta>('CodeInterpreterToolCallDelta')
  .implement({
    description: 'Fragments of a code interpreter call.',
    fields: (t) => ({
      input: t.string({ nullable: true, description: 'A fragment of the code.', resolve: (call) => call.input ?? null }),
      outputs: t.field({
        type: [CodeInterpreterOutputDeltaRef],
        description: 'Fragments of its outputs; empty when this delta has none.',
        resolve: (call) => (call.outputs ?? []).map((output) => ({ ...output, ...(call.via ? { via: call.via } : {}) })),
      }),
    }),
  });

const StepToolCallDeltaRef = builder.objectRef<ToolCallDelta>('StepToolCallDelta').implement({
  description: 'A fragment of one tool call of a step; fragments with the same `index` belong to the same call.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Which call of the step this belongs to.' }),
    id: t.string({
      nullable: true,
      description: 'The tool call id (`call_…`); usually only in the call’s first fragment.',
      resolve: (call) => call.id ?? null,
    }),
    type: t.exposeString('type', { description: '`function`, `code_interpreter` or `retrieval`.' }),
    function: t.field({
      type: FunctionToolCallDeltaRef,
      nullable: true,
      description: 'The function call fragments, for `function`.',
      resolve: (call) => call.function ?? null,
    }),
    codeInterpreter: t.field({
      type: CodeInterpreterToolCallDeltaRef,
      nullable: true,
      description: 'The code interpreter fragments, for `code_interpreter`.',
      resolve: (call) => (call.code_interpreter ? { ...call.code_interpreter, ...(call.via ? { via: call.via } : {}) } : null),
    }),
  }),
});

builder.objectRef<StreamEvent<'step_delta'>>('RunStepDeltaEvent').implement({
  description: '`thread.run.step.delta`: fragments of a step’s tool calls as the model writes them.',
  interfaces: [RunEventInterface],
  fields: (t) => ({
    stepId: t.string({ description: 'The raw upstream id of the step (`step_…`).', resolve: (event) => event.data.id }),
    stepType: t.string({
      nullable: true,
      description: '`tool_calls` or `message_creation`; null when the delta carries no step details.',
      resolve: (event) => event.data.delta.step_details?.type ?? null,
    }),
    toolCalls: t.field({
      type: [StepToolCallDeltaRef],
      description: 'The tool call fragments in this delta; empty when it has none.',
      resolve: (event) => {
        const via = event.run ? { ...event.run, stepId: event.data.id } : undefined;
        return (event.data.delta.step_details?.tool_calls ?? []).map((call) => ({ ...call, ...(via ? { via } : {}) }));
      },
    }),
    createdMessageId: t.string({
      nullable: true,
      description: 'For a message-creation step, the raw id of the message it writes (`msg_…`).',
      resolve: (event) => event.data.delta.step_details?.message_creation?.message_id ?? null,
    }),
  }),
});

builder.objectRef<StreamEvent<'message'>>('MessageEvent').implement({
  description: 'A `thread.message.*` event other than a delta: a message was created, started, completed or left incomplete.',
  interfaces: [RunEventInterface],
  fields: (t) => ({
    message: t.field({ type: MessageRef, description: 'The message as of this event.', resolve: (event) => event.data }),
  }),
});

const TextAnnotationDeltaRef = builder.objectRef<AnnotationDelta>('TextAnnotationDelta').implement({
  description: 'A fragment of an annotation of a text part, merged with others of the same `index`.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Which annotation of the text part this belongs to.' }),
    type: t.exposeString('type', { description: '`file_citation` or `file_path`.' }),
    text: t.string({ nullable: true, description: 'The placeholder in the text to replace.', resolve: (a) => a.text ?? null }),
    fileId: t.string({
      nullable: true,
      description: 'The cited file (`file_citation`) or the produced file (`file_path`).',
      resolve: (a) => a.file_citation?.file_id ?? a.file_path?.file_id ?? null,
    }),
    file: t.field({
      type: FileRef,
      nullable: true,
      description: 'The cited or produced file itself.',
      resolve: (a, _args, ctx) => {
        const fileId = a.file_citation?.file_id ?? a.file_path?.file_id;
        return fileId ? linkedFile(ctx, fileId, a.via) : null;
      },
    }),
    quote: t.string({
      nullable: true,
      description: 'The quoted text, for `file_citation`.',
      resolve: (a) => a.file_citation?.quote ?? null,
    }),
    startIndex: t.int({ nullable: true, description: 'Where the placeholder starts in the text.', resolve: (a) => a.start_index ?? null }),
    endIndex: t.int({ nullable: true, description: 'Where the placeholder ends in the text.', resolve: (a) => a.end_index ?? null }),
  }),
});

const MessageContentDeltaInterface = builder.interfaceRef<ContentDelta>('MessageContentDelta').implement({
  description: 'A fragment of one part of a message; fragments with the same `index` belong to the same part.',
  resolveType: (content) => {
    if (content.type === 'text') return 'TextContentDelta';
    if (content.type === 'image_file') return 'ImageFileContentDelta';
    return 'UnknownContentDelta';
  },
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Which part of the message this belongs to.' }),
    type: t.exposeString('type', { description: 'The part’s type: `text` or `image_file` (others from newer servers).' }),
  }),
});

builder.objectRef<ContentDelta>('TextContentDelta').implement({
  description: 'A fragment of a text part: append `value` to the text so far.',
  interfaces: [MessageContentDeltaInterface],
  fields: (t) => ({
    value: t.string({ nullable: true, description: 'The text to append.', resolve: (content) => content.text?.value ?? null }),
    annotations: t.field({
      type: [TextAnnotationDeltaRef],
      description: 'Annotation fragments; empty when this delta has none.',
      resolve: (content) => (content.text?.annotations ?? []).map((annotation) => ({ ...annotation, ...(content.via ? { via: content.via } : {}) })),
    }),
  }),
});

builder.objectRef<ContentDelta>('ImageFileContentDelta').implement({
  description: 'An image file part.',
  interfaces: [MessageContentDeltaInterface],
  fields: (t) => ({
    fileId: t.string({ nullable: true, description: 'The image’s file id.', resolve: (content) => content.image_file?.file_id ?? null }),
    file: t.field({
      type: FileRef,
      nullable: true,
      description: 'The image’s file itself.',
      resolve: (content, _args, ctx) => (content.image_file?.file_id ? linkedFile(ctx, content.image_file.file_id, content.via) : null),
    }),
    downloadUrl: t.string({
      nullable: true,
      description: 'Where to download the image (its file’s `downloadUrl`); null when the file is gone or cannot be downloaded.',
      resolve: async (content, _args, ctx) => {
        const file = content.image_file?.file_id ? await linkedFile(ctx, content.image_file.file_id, content.via) : null;
        return file ? downloadableUrlOf(file) : null;
      },
    }),
  }),
});

builder.objectRef<ContentDelta>('UnknownContentDelta').implement({
  description: 'A part of a type this facade does not know (from a newer server); only its `index` and `type` are given.',
  interfaces: [MessageContentDeltaInterface],
});

builder.objectRef<StreamEvent<'message_delta'>>('MessageDeltaEvent').implement({
  description: '`thread.message.delta`: new text of a message being written. Concatenate `value` by part `index` to get the text.',
  interfaces: [RunEventInterface],
  fields: (t) => ({
    messageId: t.string({ description: 'The raw upstream id of the message (`msg_…`).', resolve: (event) => event.data.id }),
    role: t.field({
      type: MessageRole,
      nullable: true,
      description: 'Who writes the message; usually only in its first delta.',
      resolve: (event) => (event.data.delta.role ? knownValue(event.data.delta.role, MESSAGE_ROLES) : null),
    }),
    content: t.field({
      type: [MessageContentDeltaInterface],
      description: 'The part fragments in this delta.',
      resolve: (event) => {
        const via = event.run ? { threadId: event.run.threadId, messageId: event.data.id } : undefined;
        return (event.data.delta.content ?? []).map((content) => ({ ...content, ...(via ? { via } : {}) }));
      },
    }),
    fileIds: t.stringList({
      nullable: true,
      description: 'File ids added to the message, when this delta adds any.',
      resolve: (event) => event.data.delta.file_ids ?? null,
    }),
  }),
});

const StreamErrorRef = builder.objectRef<StreamErrorData>('StreamError').implement({
  description: 'What the upstream said when it failed a stream.',
  fields: (t) => ({
    code: t.string({ nullable: true, description: 'The upstream error code, when it gave one.', resolve: (error) => error.code ?? null }),
    message: t.exposeString('message', { description: 'What went wrong, as the upstream said.' }),
    type: t.string({ nullable: true, description: 'The upstream error type, e.g. `server_error`.', resolve: (error) => error.type ?? null }),
    param: t.string({ nullable: true, description: 'The parameter at fault, when one was.', resolve: (error) => error.param ?? null }),
  }),
});

// The error sits in its own object, like the payloads of the other events, so that `message` here
// does not clash with `MessageEvent.message` when a client selects both.
builder.objectRef<StreamEvent<'error'>>('StreamErrorEvent').implement({
  description:
    '`error`: the upstream failed the stream. It is the last event; the subscription then ends with an UPSTREAM_ERROR error.',
  interfaces: [RunEventInterface],
  fields: (t) => ({
    error: t.field({ type: StreamErrorRef, description: 'The upstream’s error.', resolve: (event) => event.data }),
  }),
});

builder.objectRef<StreamEvent<'done'>>('DoneEvent').implement({
  description:
    '`done`: the upstream stream ended normally (the run ended, or it requires action). It is the last event.',
  interfaces: [RunEventInterface],
});

builder.objectRef<StreamEvent<'unknown'>>('UnknownRunEvent').implement({
  description: 'An event this facade does not know (from a newer server), passed on as it came.',
  interfaces: [RunEventInterface],
  fields: (t) => ({
    data: t.string({ description: 'The raw `data` of the event, usually JSON text.', resolve: (event) => event.data }),
  }),
});

/**
 * The event, with the object it carries (a streamed event's data, or the followed run) primed into
 * the event's own loaders (each event has a context of its own: see `eventContext`).
 */
function primed<T>(payload: T, ctx: GraphQLContext): T {
  ctx.loaders.prime(typeof payload === 'object' && payload !== null && 'kind' in payload ? (payload as { data?: unknown }).data : payload);
  return payload;
}

builder.subscriptionType({
  description: 'Live updates, over GraphQL over SSE (either mode) or graphql-ws over WebSocket: streamed runs, and runs followed until they end.',
});

builder.subscriptionFields((t) => ({
  runEvents: t.field({
    type: RunEventInterface,
    description:
      'Starts a run on a thread with upstream streaming and yields every event until `done`. Bad input fails before anything starts, with the usual codes (e.g. BAD_USER_INPUT, NOT_FOUND, CONFLICT THREAD_BUSY); a stream that breaks off ends with UPSTREAM_ERROR.',
    args: { input: t.arg({ type: CreateRunInput, required: true, description: 'The run.' }) },
    subscribe: (_root, { input }, ctx) => {
      const { threadId, body } = createRunRequest(input);
      return relay(ctx.streamingApi.createRunStream(threadId, body));
    },
    resolve: (event, _args, ctx) => primed(event, ctx),
  }),
  threadAndRunEvents: t.field({
    type: RunEventInterface,
    description:
      'Creates a thread and starts a run on it with upstream streaming, yielding every event (starting with `thread.created`) until `done`.',
    args: { input: t.arg({ type: CreateThreadAndRunInput, required: true, description: 'The thread and the run.' }) },
    subscribe: (_root, { input }, ctx) => relay(ctx.streamingApi.createThreadAndRunStream(createThreadAndRunRequest(input, ctx.caller))),
    resolve: (event, _args, ctx) => primed(event, ctx),
  }),
  toolOutputEvents: t.field({
    type: RunEventInterface,
    description:
      'Submits the outputs of every tool call a run waits for, with upstream streaming, and yields the run’s events until `done`. Fails before streaming like `submitToolOutputs` (CONFLICT, BAD_USER_INPUT).',
    args: { input: t.arg({ type: SubmitToolOutputsInput, required: true, description: 'The run and its outputs.' }) },
    subscribe: async (_root, { input }, ctx) => {
      // The check is one GET at the start, so the deadline-bound view fits it.
      const { threadId, runId, body } = await submitToolOutputsRequest(ctx.api, input);
      return relay(ctx.streamingApi.submitToolOutputsStream(threadId, runId, body));
    },
    resolve: (event, _args, ctx) => primed(event, ctx),
  }),
  run: t.field({
    type: RunRef,
    description:
      'Follows a run created anywhere: yields it at once, then again on every status change, and completes after it ends (COMPLETED, FAILED, CANCELLED, EXPIRED or INCOMPLETE). Fails with NOT_FOUND when the run does not exist.',
    args: { id: t.arg.id({ required: true, description: 'The run’s global ID.' }) },
    subscribe: async (_root, args, ctx) => {
      const { threadId, id: runId } = RUN.decode(args.id, 'id');
      const follower = ctx.followers.follow({ callerKey: ctx.caller.id, threadId, runId, api: ctx.streamingApi, signal: ctx.signal });
      try {
        return await started(follower);
      } catch (error) {
        throw isNotFound(error) ? runNotFound(threadId, runId) : graphQLErrorOf(error);
      }
    },
    resolve: (run, _args, ctx) => primed(run, ctx),
  }),
}));
