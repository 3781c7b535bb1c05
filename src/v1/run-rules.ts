/**
 * The rules between a run's settings that no one field's schema states: which tool choice and
 * response format its tools allow. The built-in server checks them on the resolved settings
 * (`src/v1-server/runs/prepare.ts`), the GraphQL facade on the settings a caller gives; each words a
 * broken rule its own way.
 */
import type { CreateRunBody } from './requests.js';
import type { Tool } from './schemas.js';

export type BrokenRunRule =
  | { rule: 'function_choice_without_name' }
  | { rule: 'function_choice_not_among_tools'; name: string }
  | { rule: 'choice_not_among_tools'; type: string }
  | { rule: 'json_object_without_function_tools' };

/**
 * The first rule the settings break, or null. `tools` is undefined when they are not known (a
 * caller that keeps the assistant's): the rules that need them are then left to the server.
 */
export function brokenRunRule(
  settings: Pick<CreateRunBody, 'tool_choice' | 'response_format'>,
  tools: readonly Tool[] | undefined,
): BrokenRunRule | null {
  const choice = settings.tool_choice;
  if (choice && typeof choice === 'object') {
    const name = choice.function?.name;
    if (choice.type === 'function' && name === undefined) return { rule: 'function_choice_without_name' };
    if (tools && choice.type === 'function' && !tools.some((tool) => tool.type === 'function' && tool.function.name === name)) {
      return { rule: 'function_choice_not_among_tools', name: name ?? '' };
    }
    if (tools && choice.type !== 'function' && !tools.some((tool) => tool.type === choice.type)) {
      return { rule: 'choice_not_among_tools', type: choice.type };
    }
  }
  const format = settings.response_format;
  if (tools && typeof format === 'object' && format?.type === 'json_object' && tools.some((tool) => tool.type !== 'function')) {
    return { rule: 'json_object_without_function_tools' };
  }
  return null;
}
