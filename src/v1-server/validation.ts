/**
 * Request validation: the request schemas of `src/v1/requests.ts` applied to what arrives, with
 * zod's issues translated into OpenAI's 400 envelope (`param` as a dotted/bracket path such as
 * `tools[0].function.name`, OpenAI's codes and message wording). Only the wording lives here.
 */
import type { z } from 'zod';
import { listQuery, listThreadsQuery } from '../v1/requests.js';
import type { PageQuery } from './store/store.js';
import type { ApiError } from './errors.js';
import { invalidRequest } from './errors.js';

type Path = ReadonlyArray<PropertyKey>;
type Issue = z.core.$ZodIssue;

function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  record: 'an object',
};

function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((value) => `'${String(value)}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1] ?? ''}`;
}

/** Parameters typed `number` upstream (the rest are integers): their range errors say "decimal". */
const DECIMAL_PARAMS = new Set(['temperature']);

function rangeError(param: string, value: unknown, bound: number | bigint, above: boolean): ApiError {
  const kind = DECIMAL_PARAMS.has(param) ? 'decimal' : 'integer';
  const side = above ? 'above maximum' : 'below minimum';
  const op = above ? '<=' : '>=';
  return invalidRequest(
    `Invalid '${param}': ${kind} ${side} value. Expected a value ${op} ${String(bound)}, but got ${String(value)} instead.`,
    param,
    `${kind}_${above ? 'above_max' : 'below_min'}_value`,
  );
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

/** Of a union's failed branches, the one that got furthest: the deepest first issue, then not a type mismatch. */
function bestBranch(branches: readonly Issue[][]): Issue | undefined {
  let best: Issue | undefined;
  for (const issues of branches) {
    const first = issues[0];
    if (!first) continue;
    if (
      !best ||
      first.path.length > best.path.length ||
      (first.path.length === best.path.length && best.code === 'invalid_type' && first.code !== 'invalid_type')
    ) {
      best = first;
    }
  }
  return best;
}

function toApiError(issue: Issue, root: unknown, prefix: Path = []): ApiError {
  const path = [...prefix, ...issue.path];
  const param = formatPath(path);
  const value = valueAt(root, path);
  if (value === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom' && issue.code !== 'invalid_key') {
    return invalidRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const name = formatPath([...path, issue.keys[0] ?? '']);
      return invalidRequest(`Unrecognized request argument supplied: ${name}`, name, 'unknown_parameter');
    }
    case 'invalid_type':
      return invalidRequest(
        `Invalid type for '${param}': expected ${EXPECTED[issue.expected] ?? issue.expected}, but got ${describe(value)} instead.`,
        param,
        'invalid_type',
      );
    case 'too_big':
      if (issue.origin === 'string') {
        return invalidRequest(
          `Invalid '${param}': string too long. Expected a string with maximum length ${String(issue.maximum)}, but got a string with length ${lengthOf(value)} instead.`,
          param,
          'string_above_max_length',
        );
      }
      if (issue.origin === 'object') {
        const count = typeof value === 'object' && value !== null ? Object.keys(value).length : 0;
        return invalidRequest(
          `Invalid '${param}': too many properties. Expected an object with at most ${String(issue.maximum)} properties, but got an object with ${count} properties instead.`,
          param,
          'object_above_max_properties',
        );
      }
      if (issue.origin === 'array') {
        return invalidRequest(
          `Invalid '${param}': array too long. Expected an array with maximum length ${String(issue.maximum)}, but got an array with length ${lengthOf(value)} instead.`,
          param,
          'array_above_max_length',
        );
      }
      return rangeError(param, value, issue.maximum, true);
    case 'too_small':
      if (issue.origin === 'string') {
        const got = lengthOf(value) === 0 ? 'an empty string' : `a string with length ${lengthOf(value)}`;
        return invalidRequest(
          `Invalid '${param}': string too short. Expected a string with minimum length ${String(issue.minimum)}, but got ${got} instead.`,
          param,
          'string_below_min_length',
        );
      }
      if (issue.origin === 'array') {
        return invalidRequest(
          `Invalid '${param}': empty array. Expected an array with minimum length ${String(issue.minimum)}, but got an empty array instead.`,
          param,
          'empty_array',
        );
      }
      return rangeError(param, value, issue.minimum, false);
    case 'invalid_value':
      return invalidRequest(
        `Invalid value: '${String(value)}'. Supported values are: ${quoteList(issue.values)}.`,
        param,
        'invalid_value',
      );
    case 'invalid_format':
      return invalidRequest(
        `Invalid '${param}': string does not match pattern. Expected a string that matches the pattern '${issue.pattern ?? issue.format}'.`,
        param,
        'invalid_value',
      );
    case 'invalid_union': {
      if (issue.discriminator !== undefined && issue.inclusive !== false) {
        return invalidRequest(
          `Invalid value: '${String(value)}'. Supported values are: ${quoteList(issue.options ?? [])}.`,
          param,
          'invalid_value',
        );
      }
      const branch = bestBranch(issue.errors);
      if (branch) return toApiError(branch, root, path);
      return invalidRequest(`Invalid value for '${param}'.`, param, 'invalid_value');
    }
    case 'invalid_key': {
      // A record key that broke its rule: OpenAI names the object, not the key.
      const key = String(path[path.length - 1] ?? '');
      const object = formatPath(path.slice(0, -1));
      const rule = issue.issues[0];
      if (rule?.code === 'too_big') {
        return invalidRequest(
          `Invalid '${object}': key too long. Expected a key with maximum length ${String(rule.maximum)}, but got a key with length ${key.length} instead.`,
          object,
          'string_above_max_length',
        );
      }
      return invalidRequest(`Invalid key '${key}' in '${object}'.`, object, 'invalid_value');
    }
    default:
      return invalidRequest(`Invalid value for '${param}'.`, param, 'invalid_value');
  }
}

/** Parses `input` or throws the 400 upstream would send for its first problem (unknown parameters first). */
export function parseBody<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = [...result.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  const first = issues[0];
  if (!first) throw invalidRequest('Invalid request body.', null, 'invalid_value');
  throw toApiError(first, input);
}

function integerParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^-?\d+$/.test(raw.trim())) {
    throw invalidRequest(`Invalid type for '${name}': expected an integer, but got a string instead.`, name, 'invalid_type');
  }
  return Number(raw);
}

/** The list query parameters (`listQuery`): `limit` must be an integer, `after`/`before` empty mean absent. */
export function parsePageQuery(query: URLSearchParams): PageQuery {
  const { limit, order } = parseBody(listQuery, { limit: integerParam(query, 'limit'), order: query.get('order') ?? undefined });
  return withCursors({ limit, order }, query);
}

/** listThreads' query: a page query plus `metadata[KEY]=VALUE` pairs, each key at most once. */
export function parseThreadsQuery(query: URLSearchParams): PageQuery & { metadata: Record<string, string> } {
  const pairs = new Map<string, string>();
  for (const [name, value] of query) {
    const key = /^metadata\[(.*)\]$/.exec(name)?.[1];
    if (key === undefined) continue;
    if (pairs.has(key)) throw invalidRequest(`Invalid '${name}': given more than once.`, name, 'invalid_value');
    pairs.set(key, value);
  }
  const { limit, order, metadata } = parseBody(listThreadsQuery, {
    limit: integerParam(query, 'limit'),
    order: query.get('order') ?? undefined,
    metadata: Object.fromEntries(pairs),
  });
  return { ...withCursors({ limit, order }, query), metadata: metadata ?? {} };
}

function withCursors(page: PageQuery, query: URLSearchParams): PageQuery {
  const parsed: PageQuery = { ...page };
  const after = query.get('after');
  const before = query.get('before');
  if (after !== null && after !== '') parsed.after = after;
  if (before !== null && before !== '') parsed.before = before;
  return parsed;
}
