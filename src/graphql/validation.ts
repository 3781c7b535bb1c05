/**
 * Input checks with the upstream's limits, run before any upstream call so a bad mutation fails
 * fast, costs nothing upstream and names the field and the limit. Which field has which limit is
 * the request schemas' to say (`src/v1/requests.ts`): a resolver parses the wire body it built
 * with the schema the server parses it with, and this module words the first issue for GraphQL.
 */
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { OWNER_METADATA_KEY } from '../auth/owned-api.js';
import { FILE_ID, FUNCTION_NAME, LIMITS } from '../v1/requests.js';
import type { Metadata } from '../v1/schemas.js';
import { badUserInput } from './errors.js';

/** The upstream's limits, written once in `src/v1/requests.ts`. */
export { LIMITS };

/** A limit as the schema's descriptions and messages show it, e.g. `256,000`. */
export function formatLimit(limit: number): string {
  return limit.toLocaleString('en-US');
}

/** A Metadata input's description. */
export const metadataDescription = `At most ${formatLimit(LIMITS.metadataPairs)} key-value pairs.`;

/** A user's threads (`jwt` mode) carry the owner tag, which takes one of the upstream's pairs. */
const USER_THREAD_METADATA_PAIRS = LIMITS.metadataPairs - 1;

/** A thread's Metadata input's description. */
export const threadMetadataDescription = `At most ${formatLimit(LIMITS.metadataPairs)} key-value pairs (${formatLimit(USER_THREAD_METADATA_PAIRS)} in \`jwt\` mode); the key \`${OWNER_METADATA_KEY}\` is reserved.`;

/**
 * The rules a thread's metadata has beyond the request schema's: the owner tag's key is the
 * facade's (auth/owned-api.ts) in every mode, and a user's tag takes one pair.
 */
export function checkThreadMetadata(metadata: Metadata | null | undefined, field: string, caller: Caller): void {
  if (!metadata) return;
  if (OWNER_METADATA_KEY in metadata) {
    throw badUserInput(`\`${field}\` must not use the key ${OWNER_METADATA_KEY}: it is reserved for the thread's owner.`, field);
  }
  const pairs = Object.keys(metadata).length;
  if (caller.kind === 'user' && pairs > USER_THREAD_METADATA_PAIRS) {
    throw badUserInput(`\`${field}\` has ${pairs} keys; the limit is ${formatLimit(USER_THREAD_METADATA_PAIRS)}.`, field);
  }
}

/** What the patterns of the request schemas ask for, in words. */
const PATTERN_WORDS = new Map<string, string>([
  [String(FUNCTION_NAME), `1 to ${formatLimit(LIMITS.functionName)} characters of a-z, A-Z, 0-9, _ and -`],
  [String(FILE_ID), 'a file id like `file-abc123`'],
]);

type WirePath = ReadonlyArray<PropertyKey>;

/**
 * The GraphQL field of a wire path under `input`: `additional_messages[0].file_ids` is
 * `input.additionalMessages[0].fileIds`. Metadata keys are the caller's own and stay as given.
 * `renames` maps wire names whose GraphQL field is not their camel case (`thread.metadata` is
 * `threadMetadata`), by the wire path's start.
 */
function graphqlField(path: WirePath, renames: Readonly<Record<string, string>>): string {
  let field = 'input';
  let rest = path;
  for (const [wire, graphql] of Object.entries(renames)) {
    const parts = wire.split('.');
    if (parts.every((part, index) => path[index] === part)) {
      field = `input.${graphql}`;
      rest = path.slice(parts.length);
      break;
    }
  }
  let previous: PropertyKey | undefined;
  for (const part of rest) {
    if (typeof part === 'number') field += `[${part}]`;
    else if (previous === 'metadata') field += `.${String(part)}`;
    else field += `.${String(part).replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase())}`;
    previous = part;
  }
  return field;
}

function valueAt(root: unknown, path: WirePath): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function sizeOf(value: unknown): number {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return value !== null && typeof value === 'object' ? Object.keys(value).length : 0;
}

/** One issue of a request schema as a caller of the GraphQL API reads it. */
function issueMessage(issue: z.core.$ZodIssue, field: string, value: unknown): string {
  const tag = `\`${field}\``;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `${tag} is ${sizeOf(value)} characters long; the limit is ${formatLimit(Number(issue.maximum))}.`;
      if (issue.origin === 'array') return `${tag} has ${sizeOf(value)} items; the limit is ${formatLimit(Number(issue.maximum))}.`;
      if (issue.origin === 'object') return `${tag} has ${sizeOf(value)} keys; the limit is ${formatLimit(Number(issue.maximum))}.`;
      return `${tag} must be at most ${String(issue.maximum)}, got ${String(value)}.`;
    case 'too_small':
      if (issue.origin === 'string') return `${tag} must not be empty.`;
      if (issue.origin === 'array') return `${tag} must hold at least ${String(issue.minimum)} item when given.`;
      return `${tag} must be at least ${String(issue.minimum)}, got ${String(value)}.`;
    case 'invalid_format': {
      const words = issue.pattern === undefined ? undefined : PATTERN_WORDS.get(issue.pattern);
      return `${tag} must be ${words ?? `in the format ${issue.format}`}, got ${JSON.stringify(value)}.`;
    }
    case 'invalid_key': {
      const key = String(issue.path.at(-1) ?? '');
      const rule = issue.issues[0];
      const limit = rule?.code === 'too_big' ? `; the limit is ${formatLimit(Number(rule.maximum))}` : '';
      return `${tag} key ${JSON.stringify(key.slice(0, 20))}… is ${key.length} characters long${limit}.`;
    }
    default:
      return `${tag} is invalid: ${issue.message}.`;
  }
}

/**
 * Parses a wire body with its request schema; the first issue becomes a BAD_USER_INPUT naming the
 * GraphQL field (in the message and in `extensions.field`) and the limit.
 */
export function checkBody<Schema extends z.ZodType>(
  schema: Schema,
  body: z.input<Schema>,
  renames: Readonly<Record<string, string>> = {},
): void {
  const result = schema.safeParse(body);
  const issue = result.error?.issues[0];
  if (!issue) return;
  // A record key's issue names the record: the key is the caller's data, not a field.
  const path = issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path;
  const field = graphqlField(path, renames);
  throw badUserInput(issueMessage(issue, field, valueAt(body, issue.path)), field);
}
