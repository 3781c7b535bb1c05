/**
 * The shared test kit: how a test makes the objects it needs and waits for runs.
 *
 * Waiting on a run of an in-process v1 server is driven by events, not by polling: `StoreEvents`
 * wraps the v1 server's store and reports every run and message write once it is committed, so a
 * waiter wakes on the write that reaches the state it waits for (a passing state is never missed
 * between two polls). `until` is the one waiter for processes the test cannot observe that way (a
 * child process, a counter of another server): it polls, and like every waiter here it is bounded
 * and fails with what it waited for and what it saw last.
 */
import type { Assistant, Run } from '../../src/v1/schemas.js';
import { scopeOf } from '../../src/v1-server/index.js';
import type { FileObject } from '../../src/v1-server/index.js';
import { ROOT } from '../../src/v1-server/store/store.js';
import { graphql } from '../graphql/generated/gql.js';
import type { CreateAssistantInput, RunStatus } from '../graphql/generated/graphql.js';
import { StoreEvents, WAIT_TIMEOUT_MS, until } from './store-events.js';
import type { WaitOptions } from './store-events.js';
import { TEST_KEY, dataOf } from './gql-client.js';
import type { GqlClient } from './gql-client.js';

export { StoreEvents, WAIT_TIMEOUT_MS, until };
export type { WaitOptions };

/** REST statuses in which a run waits for nobody but the caller: terminal, or requires_action. */
export const TERMINAL = new Set(['completed', 'failed', 'cancelled', 'expired', 'incomplete']);

export function settled(run: Run): boolean {
  return TERMINAL.has(run.status) || run.status === 'requires_action';
}

/** A run status as REST spells it: `REQUIRES_ACTION` → `requires_action`. */
const restStatus = (status: RunStatus): string => status.toLowerCase();

/**
 * Waits (on store events) until the run has one of `statuses` (GraphQL spelling), and returns it
 * as the v1 server stored it. The caller then reads it through GraphQL as it needs.
 */
export function runReaches(
  h: { events: StoreEvents },
  openaiId: string,
  statuses: readonly RunStatus[],
  options: WaitOptions = {},
): Promise<Run> {
  const wanted = statuses.map(restStatus);
  return h.events.run(openaiId, (current) => wanted.includes(current.status), { ...options, what: statuses.join(' or ') });
}

/**
 * Waits (on store events) until the run has one of `statuses`, then reads its status through
 * GraphQL, which is what the caller checks.
 */
export async function waitForRunStatus(
  h: { gql: GqlClient; events: StoreEvents },
  run: { id: string; openaiId: string },
  statuses: readonly RunStatus[],
  options: WaitOptions & { apiKey?: string } = {},
): Promise<RunStatus | undefined> {
  await runReaches(h, run.openaiId, statuses, options);
  const data = dataOf(await h.gql(KitRunStatusQuery, { id: run.id }, { apiKey: options.apiKey }));
  return data.node?.status;
}

/** `value`, failing the test with `what` when it is null or undefined. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, got ${String(value)}`);
  return value;
}

const KitRunStatusQuery = graphql(`
  query KitRunStatus($id: ID!) {
    node(id: $id) {
      ... on Run {
        status
      }
    }
  }
`);

const KitCreateAssistantMutation = graphql(`
  mutation KitCreateAssistant($input: CreateAssistantInput!) {
    createAssistant(input: $input) {
      assistant {
        id
        openaiId
        name
        model
      }
    }
  }
`);

/** Creates an assistant through GraphQL (model `gpt-4-turbo` unless `input` says otherwise). */
export async function createAssistant(
  h: { gql: GqlClient },
  input: Partial<CreateAssistantInput> = {},
): Promise<{ id: string; openaiId: string; name: string | null; model: string }> {
  return dataOf(await h.gql(KitCreateAssistantMutation, { input: { model: 'gpt-4-turbo', ...input } })).createAssistant.assistant;
}

/** Creates an assistant through the REST API of the v1 server (model `m` unless `body` says otherwise). */
export async function createRestAssistant(
  api: { post<T>(path: string, body?: unknown): Promise<{ status: number; body: T }> },
  body: Record<string, unknown> = {},
): Promise<Assistant> {
  const response = await api.post<Assistant>('/assistants', { model: 'm', ...body });
  if (response.status !== 200) throw new Error(`POST /assistants answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * The fields of `node(id:)` selected by a type's fragment: fails (with what it got) when the node
 * is null or of another type (`{}`), and narrows the typed result to the fragment's fields.
 */
export function nodeOf<N>(node: N, what = 'node'): Exclude<N, Record<PropertyKey, never> | null | undefined> {
  if (node === null || node === undefined || Object.keys(node).length === 0) {
    throw new Error(`Expected the ${what} with its fields, got ${JSON.stringify(node)}`);
  }
  return node as Exclude<N, Record<PropertyKey, never> | null | undefined>;
}

/** A result selected with `__typename`, narrowed to `type`: fails (with what it got) when it is another type or null. */
export function ofType<N extends { __typename: string }, T extends N['__typename']>(value: N | null | undefined, type: T): Extract<N, { __typename: T }> {
  if (value?.__typename !== type) throw new Error(`Expected a ${type}, got ${JSON.stringify(value)}`);
  return value as Extract<N, { __typename: T }>;
}

/** Uploads `text` as a file named `name` to the v1 server at `baseUrl` (`…/v1`) for `key`; returns the file. */
export async function uploadFile(baseUrl: string, name: string, text = 'Some text.', key = TEST_KEY): Promise<FileObject> {
  const form = new FormData();
  form.append('purpose', 'assistants');
  form.append('file', new Blob([text]), name);
  const response = await fetch(`${baseUrl}/files`, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
  if (response.status !== 200) throw new Error(`POST /files answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as FileObject;
}

/**
 * Stores processed files with fixed ids for `key`, as uploads would have: for typed GraphQL
 * documents that name their file ids literally (uploads choose random ids).
 */
export async function seedFiles(h: { events: StoreEvents }, ids: readonly string[], key = TEST_KEY): Promise<void> {
  const scope = scopeOf(key);
  for (const id of ids) {
    const file: FileObject = { id, object: 'file', bytes: 1, created_at: 0, filename: `${id}.txt`, purpose: 'assistants', status: 'processed', status_details: null };
    await h.events.store.files.put(scope, ROOT, id, file);
  }
}
