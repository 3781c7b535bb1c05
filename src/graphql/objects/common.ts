/** Types shared by several families: sort order, tools, and enum mapping that tolerates new values. */
import type { SortOrder as UpstreamSortOrder } from '../../openai/api.js';
import type { FunctionDefinition, Tool } from '../../v1/schemas.js';
import { DEFAULT_SORT_ORDER } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { LIMITS, formatLimit } from '../validation.js';

export const SortOrder = builder.enumType('SortOrder', {
  description: 'Order of a connection by creation time. Objects created in the same second keep the upstream order.',
  values: {
    ASC: { value: 'asc', description: 'Oldest first.' },
    DESC: { value: 'desc', description: 'Newest first (the upstream default).' },
  } as const,
});

export const orderArgDescription = 'Sort by creation time; defaults to DESC (newest first), as the upstream does.';

/**
 * An upstream enum value as a GraphQL enum value. Servers newer than the v1 spec send values it
 * does not list (e.g. run status `incomplete`); those become `UNKNOWN` instead of failing the page.
 */
export function knownValue<T extends string>(value: string | null | undefined, known: readonly T[]): T | 'unknown' {
  return known.find((candidate) => candidate === value) ?? 'unknown';
}

export const ToolType = builder.enumType('ToolType', {
  description: 'The kind of a tool an assistant or run may use.',
  values: {
    CODE_INTERPRETER: { value: 'code_interpreter', description: 'Runs Python code in a sandbox.' },
    RETRIEVAL: { value: 'retrieval', description: 'Searches the attached files.' },
    FUNCTION: { value: 'function', description: 'A function your application runs; the run waits for its output.' },
  } as const,
});

export const FunctionDefinitionRef = builder.objectRef<FunctionDefinition>('FunctionDefinition').implement({
  description: 'A function the model may ask your application to call.',
  fields: (t) => ({
    name: t.exposeString('name', { description: `The function name (a-z, A-Z, 0-9, _ and -, at most ${formatLimit(LIMITS.functionName)} characters).` }),
    description: t.string({
      nullable: true,
      description: 'What the function does, for the model.',
      resolve: (fn) => fn.description ?? null,
    }),
    parameters: t.field({
      type: 'JSONObject',
      nullable: true,
      description: 'The parameters the function accepts, as a JSON Schema object.',
      resolve: (fn) => fn.parameters ?? null,
    }),
  }),
});

export const ToolInterface = builder.interfaceRef<Tool>('Tool').implement({
  description: 'A tool enabled on an assistant or a run.',
  resolveType: (tool) => {
    if (tool.type === 'function') return 'FunctionTool';
    if (tool.type === 'retrieval') return 'RetrievalTool';
    return 'CodeInterpreterTool';
  },
  fields: (t) => ({
    type: t.field({ type: ToolType, description: 'The kind of tool.', resolve: (tool) => tool.type }),
  }),
});

builder.objectRef<Extract<Tool, { type: 'code_interpreter' }>>('CodeInterpreterTool').implement({
  description: 'The code interpreter tool.',
  interfaces: [ToolInterface],
  isTypeOf: (tool) => (tool as Tool).type === 'code_interpreter',
});

builder.objectRef<Extract<Tool, { type: 'retrieval' }>>('RetrievalTool').implement({
  description: 'The retrieval tool: searches the files attached to the assistant or message.',
  interfaces: [ToolInterface],
  isTypeOf: (tool) => (tool as Tool).type === 'retrieval',
});

builder.objectRef<Extract<Tool, { type: 'function' }>>('FunctionTool').implement({
  description: 'A function tool.',
  interfaces: [ToolInterface],
  isTypeOf: (tool) => (tool as Tool).type === 'function',
  fields: (t) => ({
    function: t.field({ type: FunctionDefinitionRef, description: 'The function.', resolve: (tool) => tool.function }),
  }),
});

const FunctionDefinitionInput = builder.inputType('FunctionDefinitionInput', {
  description: 'A function the model may call.',
  fields: (t) => ({
    name: t.string({ required: true, description: `a-z, A-Z, 0-9, _ and -, at most ${formatLimit(LIMITS.functionName)} characters.` }),
    description: t.string({ description: 'What the function does, for the model.' }),
    parameters: t.field({ type: 'JSONObject', description: 'The parameters, as a JSON Schema object.' }),
  }),
});

export const ToolInput = builder.inputType('ToolInput', {
  description: 'A tool to enable. `function` is required when `type` is FUNCTION, and not allowed otherwise.',
  fields: (t) => ({
    type: t.field({ type: ToolType, required: true, description: 'The kind of tool.' }),
    function: t.field({ type: FunctionDefinitionInput, description: 'The function, for FUNCTION tools.' }),
  }),
});

/** GraphQL tool inputs in wire form, checking that `function` comes exactly with FUNCTION tools. */
export function toolsFromInput(tools: ReadonlyArray<typeof ToolInput.$inferInput> | null | undefined, field: string): Tool[] | undefined {
  if (!tools) return undefined;
  return tools.map((tool, index) => {
    if (tool.type === 'function') {
      if (!tool.function) {
        throw badUserInput(`\`${field}[${index}].function\` is required for a FUNCTION tool.`, `${field}[${index}].function`);
      }
      return {
        type: 'function',
        function: {
          name: tool.function.name,
          ...(tool.function.description != null ? { description: tool.function.description } : {}),
          ...(tool.function.parameters != null ? { parameters: tool.function.parameters } : {}),
        },
      };
    }
    if (tool.function) {
      throw badUserInput(`\`${field}[${index}].function\` is only allowed for FUNCTION tools.`, `${field}[${index}].function`);
    }
    return { type: tool.type };
  });
}

export function orderOf(order: UpstreamSortOrder | null | undefined): UpstreamSortOrder {
  return order ?? DEFAULT_SORT_ORDER;
}
