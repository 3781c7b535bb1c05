/**
 * The events of a streamed run (`AssistantStreamEvent` in the spec), parsed from SSE frames.
 * Events this module does not know are kept as `unknown` events, never dropped.
 */
import { z } from 'zod';
import { messageSchema, runSchema, runStepSchema, threadSchema } from './schemas.js';
import type { Message, Run, RunStep, Thread } from './schemas.js';

const deltaAnnotationSchema = z.object({
  index: z.number().int(),
  type: z.string(),
  text: z.string().nullish(),
  file_citation: z.object({ file_id: z.string().nullish(), quote: z.string().nullish() }).nullish(),
  file_path: z.object({ file_id: z.string().nullish() }).nullish(),
  start_index: z.number().int().nullish(),
  end_index: z.number().int().nullish(),
});

const deltaContentSchema = z.object({
  index: z.number().int(),
  type: z.string(),
  text: z.object({ value: z.string().nullish(), annotations: z.array(deltaAnnotationSchema).nullish() }).nullish(),
  image_file: z.object({ file_id: z.string().nullish() }).nullish(),
});

export const messageDeltaSchema = z.object({
  id: z.string(),
  object: z.literal('thread.message.delta'),
  delta: z.object({
    role: z.string().nullish(),
    content: z.array(deltaContentSchema).nullish(),
    file_ids: z.array(z.string()).nullish(),
  }),
});

const deltaToolCallSchema = z.object({
  index: z.number().int(),
  id: z.string().nullish(),
  type: z.string(),
  function: z
    .object({ name: z.string().nullish(), arguments: z.string().nullish(), output: z.string().nullish() })
    .nullish(),
  code_interpreter: z
    .object({
      input: z.string().nullish(),
      outputs: z
        .array(
          z.object({
            index: z.number().int(),
            type: z.string(),
            logs: z.string().nullish(),
            image: z.object({ file_id: z.string().nullish() }).nullish(),
          }),
        )
        .nullish(),
    })
    .nullish(),
  retrieval: z.record(z.string(), z.unknown()).nullish(),
});

export const runStepDeltaSchema = z.object({
  id: z.string(),
  object: z.literal('thread.run.step.delta'),
  delta: z.object({
    step_details: z
      .object({
        type: z.string(),
        tool_calls: z.array(deltaToolCallSchema).nullish(),
        message_creation: z.object({ message_id: z.string().nullish() }).nullish(),
      })
      .nullish(),
  }),
});

export const streamErrorSchema = z.object({
  code: z.string().nullish(),
  message: z.string(),
  param: z.string().nullish(),
  type: z.string().nullish(),
});

export type MessageDelta = z.infer<typeof messageDeltaSchema>;
export type RunStepDelta = z.infer<typeof runStepDeltaSchema>;
export type StreamErrorData = z.infer<typeof streamErrorSchema>;

export type AssistantStreamEvent =
  | { kind: 'thread'; event: string; data: Thread }
  | { kind: 'run'; event: string; data: Run }
  | { kind: 'step'; event: string; data: RunStep }
  | { kind: 'step_delta'; event: string; data: RunStepDelta }
  | { kind: 'message'; event: string; data: Message }
  | { kind: 'message_delta'; event: string; data: MessageDelta }
  | { kind: 'error'; event: string; data: StreamErrorData }
  | { kind: 'done'; event: string; data: null }
  /** An event name this version does not know; `data` is the raw text of the frame. */
  | { kind: 'unknown'; event: string; data: string };

/** Which family an event name belongs to; `unknown` for names this version does not know. */
export function streamEventKind(event: string): AssistantStreamEvent['kind'] {
  if (event === 'thread.created') return 'thread';
  if (event === 'thread.run.step.delta') return 'step_delta';
  if (event.startsWith('thread.run.step.')) return 'step';
  if (event.startsWith('thread.run.')) return 'run';
  if (event === 'thread.message.delta') return 'message_delta';
  if (event.startsWith('thread.message.')) return 'message';
  if (event === 'error') return 'error';
  if (event === 'done') return 'done';
  return 'unknown';
}

export const streamDataSchemas = {
  thread: threadSchema,
  run: runSchema,
  step: runStepSchema,
  step_delta: runStepDeltaSchema,
  message: messageSchema,
  message_delta: messageDeltaSchema,
  error: streamErrorSchema,
} as const;

/**
 * One SSE frame as a typed event. `[DONE]` and `event: done` end the stream; a frame whose name is
 * unknown, or whose data is not JSON of the expected shape, is kept as `unknown` with its raw text.
 */
export function toStreamEvent(name: string | undefined, data: string): AssistantStreamEvent {
  const event = name ?? 'message';
  const kind = data.trim() === '[DONE]' ? 'done' : streamEventKind(event);
  if (kind === 'done') return { kind, event, data: null };
  if (kind === 'unknown') return { kind, event, data };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { kind: 'unknown', event, data };
  }
  return typedEvent(kind, event, json) ?? { kind: 'unknown', event, data };
}

function typedEvent(kind: keyof typeof streamDataSchemas, event: string, json: unknown): AssistantStreamEvent | null {
  // One case per kind so each event's `data` keeps its own type.
  switch (kind) {
    case 'thread': {
      const r = streamDataSchemas.thread.safeParse(json);
      return r.success ? { kind, event, data: r.data } : null;
    }
    case 'run': {
      const r = streamDataSchemas.run.safeParse(json);
      return r.success ? { kind, event, data: r.data } : null;
    }
    case 'step': {
      const r = streamDataSchemas.step.safeParse(json);
      return r.success ? { kind, event, data: r.data } : null;
    }
    case 'step_delta': {
      const r = streamDataSchemas.step_delta.safeParse(json);
      return r.success ? { kind, event, data: r.data } : null;
    }
    case 'message': {
      const r = streamDataSchemas.message.safeParse(json);
      return r.success ? { kind, event, data: r.data } : null;
    }
    case 'message_delta': {
      const r = streamDataSchemas.message_delta.safeParse(json);
      return r.success ? { kind, event, data: r.data } : null;
    }
    case 'error': {
      // Some servers wrap the error as `{error: {...}}`, like their JSON error bodies.
      const direct = streamDataSchemas.error.safeParse(json);
      const r = direct.success || typeof json !== 'object' || json === null
        ? direct
        : streamDataSchemas.error.safeParse(Reflect.get(json, 'error'));
      return r.success ? { kind, event, data: r.data } : null;
    }
  }
}
