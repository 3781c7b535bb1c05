/**
 * Validates the v1 server's answers against the response schemas of the v1 OpenAPI description, and
 * its v2 answers against the v2 one. The repository ships both (`spec/openai-assistants-v1.openapi.yaml`
 * and `spec/openai-assistants-v2.openapi.yaml`, copies of the MIT-licensed subsets of
 * openai/openai-openapi kept in `../shared/`), so the suite validates on any clone.
 *
 * OpenAPI 3.0 is not JSON Schema, so the components are converted first: `nullable: true` becomes
 * a `null` type (or `anyOf [..., {type: 'null'}]` beside a `$ref`/`anyOf`/`oneOf`), refs point into
 * one `definitions` document, `x-*` and `example` keys go, and the spec's known defects
 * (semantics §1) are fixed so that they are not reproduced.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The description the suite validates against, inside the repository. */
export const specPath = path.resolve(repoRoot, 'test/v1-server/spec/openai-assistants-v1.openapi.yaml');
/** Where the shared copy lives when the repository sits next to it (not on a fresh clone). */
export const sharedSpecPath = path.resolve(repoRoot, '../shared/openai-assistants-v1.openapi.yaml');
/** The v2 description, shipped and shared the same way. */
export const specPathV2 = path.resolve(repoRoot, 'test/v1-server/spec/openai-assistants-v2.openapi.yaml');
export const sharedSpecPathV2 = path.resolve(repoRoot, '../shared/openai-assistants-v2.openapi.yaml');

export interface SpecValidator {
  /** Error texts; empty when `body` is valid against `components.schemas[schemaName]`. */
  validate(schemaName: string, body: unknown): string[];
  /** The schema name of an operation's 200 response, e.g. `createAssistant` → `AssistantObject`. */
  responseSchema(operationId: string): string;
  /** Every schema name, each of which compiled. */
  schemaNames: string[];
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const COMPONENT_REF = '#/components/schemas/';

/** OpenAPI 3.0 schema node → JSON Schema (draft-07) node. */
function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (!isNode(value)) return value;
  const out: Node = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('x-') || key === 'example' || key === 'nullable') continue;
    if (key === '$ref' && typeof child === 'string' && child.startsWith(COMPONENT_REF)) {
      out[key] = `#/definitions/${child.slice(COMPONENT_REF.length)}`;
    } else if (key === 'properties' && isNode(child)) {
      out[key] = Object.fromEntries(Object.entries(child).map(([name, schema]) => [name, convert(schema)]));
    } else {
      out[key] = convert(child);
    }
  }
  if (value.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function schemaAt(schemas: Node, name: string): Node {
  const schema = schemas[name];
  if (!isNode(schema)) throw new Error(`spec has no schema ${name}`);
  return schema;
}

function propertiesOf(schema: Node): Node {
  if (!isNode(schema.properties)) throw new Error('schema has no properties');
  return schema.properties;
}

/** The defects listed in semantics §1, fixed in the OpenAPI components before conversion. */
function fixDefects(schemas: Node): void {
  for (const name of ['CreateRunRequest', 'CreateThreadAndRunRequest']) {
    const schema = schemaAt(schemas, name);
    schema.required = ['assistant_id'];
  }
  schemaAt(schemas, 'TruncationObject').required = ['type'];
  for (const name of Object.keys(schemas).filter((key) => /^List\w+Response$/.test(key))) {
    const schema = schemaAt(schemas, name);
    schema.required = (schema.required as string[]).filter((field) => field !== 'items');
    const props = propertiesOf(schema);
    for (const field of ['first_id', 'last_id']) {
      const prop = props[field];
      if (isNode(prop)) prop.nullable = true;
    }
  }
  const run = propertiesOf(schemaAt(schemas, 'RunObject'));
  const status = run.status;
  // v2's description has it already.
  if (isNode(status) && Array.isArray(status.enum) && !status.enum.includes('incomplete')) status.enum = [...(status.enum as unknown[]), 'incomplete'];
  const instructions = run.instructions;
  if (isNode(instructions)) instructions.nullable = true;
  // v2's file (deprecated there) types `status_details` as a string, but OpenAI answered null when unset, as v1 documents.
  const file = isNode(schemas.OpenAIFile) ? propertiesOf(schemas.OpenAIFile) : undefined;
  if (file && isNode(file.status_details)) file.status_details.nullable = true;
  const step = propertiesOf(schemaAt(schemas, 'RunStepObject'));
  step.expires_at = { type: 'integer', nullable: true };
  schemas.ErrorResponse = {
    type: 'object',
    properties: { error: { $ref: `${COMPONENT_REF}Error` } },
    required: ['error'],
  };
}

/** The 200 response schema names of every operation, keyed by operationId. */
function operationSchemas(spec: Node): Map<string, string> {
  const result = new Map<string, string>();
  if (!isNode(spec.paths)) return result;
  for (const item of Object.values(spec.paths)) {
    if (!isNode(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isNode(operation) || typeof operation.operationId !== 'string') continue;
      const ok = isNode(operation.responses) ? operation.responses['200'] : undefined;
      const content = isNode(ok) && isNode(ok.content) ? ok.content['application/json'] : undefined;
      const schema = isNode(content) && isNode(content.schema) ? content.schema.$ref : undefined;
      if (typeof schema === 'string') result.set(operation.operationId, schema.slice(COMPONENT_REF.length));
    }
  }
  return result;
}

/** The validator of `file` (default: v1's); throws, naming the missing file, when the shipped description is absent. */
export function loadSpecValidator(file = specPath): SpecValidator {
  if (!existsSync(file)) {
    throw new Error(`The OpenAPI description ${file} is missing: the spec suite cannot validate without it (restore it from git).`);
  }
  const spec = parse(readFileSync(file, 'utf8')) as Node;
  const components = isNode(spec.components) && isNode(spec.components.schemas) ? spec.components.schemas : {};
  const schemas = structuredClone(components);
  fixDefects(schemas);
  const definitions = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, convert(schema)]));
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema({ $id: 'spec', definitions });
  const validators = new Map<string, ValidateFunction>();
  for (const name of Object.keys(definitions)) {
    const validator = ajv.getSchema(`spec#/definitions/${name}`);
    if (!validator) throw new Error(`schema ${name} did not compile`);
    validators.set(name, validator);
  }
  const operations = operationSchemas(spec);
  return {
    schemaNames: [...validators.keys()],
    responseSchema(operationId) {
      const name = operations.get(operationId);
      if (!name) throw new Error(`no 200 response schema for ${operationId}`);
      return name;
    },
    validate(schemaName, body) {
      const validator = validators.get(schemaName);
      if (!validator) return [`unknown schema ${schemaName}`];
      if (validator(body)) return [];
      return (validator.errors ?? []).map((error) => `${schemaName}${error.instancePath} ${error.message ?? 'is invalid'}`);
    },
  };
}
