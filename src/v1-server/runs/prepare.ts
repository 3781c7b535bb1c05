/** A run's settings resolved against its assistant and checked, before anything is written. */
import type { CreateRunBody, CreateThreadAndRunBody } from '../../v1/requests.js';
import { brokenRunRule } from '../../v1/run-rules.js';
import type { Assistant, Run, Tool } from '../../v1/schemas.js';
import { invalidRequest } from '../errors.js';
import { newId } from '../ids.js';

export type RunSettings = Pick<
  Run,
  | 'assistant_id'
  | 'model'
  | 'instructions'
  | 'tools'
  | 'file_ids'
  | 'metadata'
  | 'temperature'
  | 'max_prompt_tokens'
  | 'max_completion_tokens'
  | 'truncation_strategy'
  | 'tool_choice'
  | 'response_format'
>;

/** A broken rule between the settings, as the 400 upstream would send. */
function checkRunRules(settings: Pick<CreateRunBody, 'tool_choice' | 'response_format'>, tools: readonly Tool[]): void {
  const broken = brokenRunRule(settings, tools);
  switch (broken?.rule) {
    case undefined:
      return;
    case 'function_choice_without_name':
      throw invalidRequest(`Missing required parameter: 'tool_choice.function'.`, 'tool_choice.function', 'missing_required_parameter');
    case 'function_choice_not_among_tools':
      throw invalidRequest(
        `Invalid 'tool_choice': the function '${broken.name}' is not among the run's tools.`,
        'tool_choice',
        'invalid_value',
      );
    case 'choice_not_among_tools':
      throw invalidRequest(`Invalid 'tool_choice': the run has no '${broken.type}' tool.`, 'tool_choice', 'invalid_value');
    case 'json_object_without_function_tools':
      throw invalidRequest(
        `Invalid 'response_format': 'json_object' is only compatible with 'function' tools.`,
        'response_format',
        'invalid_value',
      );
  }
}

/** Resolves a run's settings against its assistant; throws the 400 upstream would send. */
export function runSettings(assistant: Assistant, body: CreateRunBody | CreateThreadAndRunBody): RunSettings {
  const tools = body.tools ?? assistant.tools;
  checkRunRules(body, tools);
  const toolChoice = body.tool_choice ?? 'auto';
  const rawFormat = body.response_format ?? 'auto';
  const responseFormat = typeof rawFormat === 'string' ? rawFormat : { type: rawFormat.type ?? 'text' };
  const base = body.instructions ?? assistant.instructions ?? '';
  const extra = ('additional_instructions' in body ? body.additional_instructions : null) ?? '';
  return {
    assistant_id: assistant.id,
    model: body.model ?? assistant.model,
    instructions: base !== '' && extra !== '' ? `${base}\n${extra}` : base + extra,
    tools,
    file_ids: assistant.file_ids,
    metadata: body.metadata ?? {},
    temperature: body.temperature ?? 1,
    max_prompt_tokens: body.max_prompt_tokens ?? null,
    max_completion_tokens: body.max_completion_tokens ?? null,
    truncation_strategy: body.truncation_strategy
      ? { type: body.truncation_strategy.type, last_messages: body.truncation_strategy.last_messages ?? null }
      : { type: 'auto', last_messages: null },
    tool_choice: toolChoice,
    response_format: responseFormat,
  };
}

/** A new queued run on `threadId`. */
export function newRun(threadId: string, settings: RunSettings, now: number, ttlSeconds: number): Run {
  return {
    id: newId('run'),
    object: 'thread.run',
    created_at: now,
    thread_id: threadId,
    status: 'queued',
    required_action: null,
    last_error: null,
    expires_at: now + ttlSeconds,
    started_at: null,
    cancelled_at: null,
    failed_at: null,
    completed_at: null,
    incomplete_details: null,
    usage: null,
    ...settings,
  };
}
