/**
 * The DataLoaders of one GraphQL request, one per node type, made on first use from the type's
 * identity. They deduplicate and cache upstream GETs within the request only: a new set is made
 * for every request (and every subscription event), so one caller never sees another's data. A 404
 * resolves to `null` (Relay lookups answer null for ids that do not exist).
 *
 * Batching by parent: the Assistants API has no batch GET, so when one execution wave needs two or
 * more objects of the same parent (runs or messages of a thread, steps of a run, assistants), they
 * are answered from one list call of the parent's newest 100, and only the ids not in it are
 * fetched one by one. A single key stays a plain GET. The answers equal the individual GETs': the
 * same objects and null for an id that does not exist; when the parent's list fails in any way, every
 * key is fetched by its own GET, so a failed list costs one call more than the GETs alone.
 *
 * Priming: the loaders open the upstream view they load through themselves, with an observer of its
 * answers (`UpstreamClient.forRequest`'s `onAnswer`), so every node object a list or mutation
 * returns is put into its type's loader: links to it then cost no GET.
 */
import DataLoader from 'dataloader';
import type { AnswerObserver, AssistantsApi } from '../openai/api.js';
import { isNotFound } from './errors.js';
import type { AnyNodeIdentity, NodeIdentity } from './identity.js';
import { NODE_TYPES } from './identity.js';

/**
 * `load` for every key at once, each failure kept as that key's error. How many run at a time is
 * the upstream view's to bound (its per-request concurrency limit).
 */
function loadEach<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<(V | Error)[]> {
  return Promise.all(keys.map((key) => load(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
}

function nullIfNotFound<V>(load: () => Promise<V>): Promise<V | null> {
  return load().catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
}

type Loader = DataLoader<Record<string, string>, object | null, string>;
type Key = Record<string, string>;

/** One GET per key. */
function fetchEach(node: AnyNodeIdentity, api: AssistantsApi, keys: readonly Key[]): Promise<(object | null | Error)[]> {
  return loadEach(keys, (key) => nullIfNotFound(() => node.fetch(api, key)));
}

/** The keys of one parent from its newest page, the misses by GET; all by GET when the list fails. */
async function fetchSiblings(node: AnyNodeIdentity, api: AssistantsApi, keys: readonly Key[]): Promise<(object | null | Error)[]> {
  const siblings = node.siblings;
  const first = keys[0];
  if (!siblings || !first || keys.length < 2) return fetchEach(node, api, keys);
  let newest: object[];
  try {
    newest = await siblings.newest(api, first);
  } catch {
    // The list's failure says nothing certain about any key (an upstream may lack the list route, or
    // fail it alone): each key gets its own GET's answer.
    return fetchEach(node, api, keys);
  }
  const found = new Map(newest.map((value) => [node.innerId(node.keyOf(value)), value]));
  const misses = keys.filter((key) => !found.has(node.innerId(key)));
  const fetched = await fetchEach(node, api, misses);
  const byMiss = new Map(misses.map((key, index) => [node.innerId(key), fetched[index] ?? null]));
  return keys.map((key) => found.get(node.innerId(key)) ?? byMiss.get(node.innerId(key)) ?? null);
}

/** A batch of keys, grouped by parent where the type allows it. */
async function loadBatch(node: AnyNodeIdentity, api: AssistantsApi, keys: readonly Key[]): Promise<(object | null | Error)[]> {
  const siblings = node.siblings;
  if (!siblings || keys.length < 2) return fetchEach(node, api, keys);
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const parent = siblings.parentOf(key);
    groups.set(parent, [...(groups.get(parent) ?? []), index]);
  });
  const results = new Array<object | null | Error>(keys.length);
  const answers = await loadEach([...groups.values()], (indexes) =>
    fetchSiblings(
      node,
      api,
      indexes.map((index) => keys[index] as Key),
    ),
  );
  [...groups.values()].forEach((indexes, group) => {
    const answer = answers[group];
    indexes.forEach((keyIndex, position) => {
      results[keyIndex] = answer instanceof Error ? answer : (answer?.[position] ?? null);
    });
  });
  return results;
}

const BY_OBJECT = new Map<string, AnyNodeIdentity>(NODE_TYPES.map((node) => [node.object, node]));

export class Loaders {
  /** The view the loaders load through; each of its answers primes them. */
  readonly api: AssistantsApi;
  private readonly loaders = new Map<string, Loader>();

  /** `openView` opens the upstream view with the observer it must tell of every answer. */
  constructor(openView: (onAnswer: AnswerObserver) => AssistantsApi) {
    this.api = openView((answer) => this.primeAnswer(answer));
  }

  private loaderOf(node: AnyNodeIdentity): Loader {
    let loader = this.loaders.get(node.typename);
    if (!loader) {
      loader = new DataLoader<Key, object | null, string>((keys) => loadBatch(node, this.api, keys), {
        cacheKeyFn: (key) => node.innerId(key),
        // A batch waits for the whole execution wave: the resolvers of one level can run over several
        // microtask turns, and DataLoader's default (the next tick) would split them into batches.
        batchScheduleFn: (dispatch) => setImmediate(dispatch),
      });
      this.loaders.set(node.typename, loader);
    }
    return loader;
  }

  /** The object, or null when it does not exist. */
  load<T extends object, K extends Record<string, string>>(node: NodeIdentity<T, K>, key: K): Promise<T | null> {
    return this.loaderOf(node as unknown as AnyNodeIdentity).load(key) as Promise<T | null>;
  }

  /** Forgets a cached object that a mutation changed without returning it. */
  clear<T extends object, K extends Record<string, string>>(node: NodeIdentity<T, K>, key: K): void {
    this.loaderOf(node as unknown as AnyNodeIdentity).clear(key);
  }

  /** Puts a node object (found by its `object` field) into its type's loader, replacing what was cached. */
  prime(value: unknown): void {
    // A deletion may share its object's `object` (a file's is `file`), but it is not the object.
    if (typeof value !== 'object' || value === null || 'deleted' in value) return;
    const node = BY_OBJECT.get(String((value as { object?: unknown }).object));
    if (!node) return;
    const key = node.keyOf(value);
    if (!node.fromInnerId(node.innerId(key))) return;
    this.loaderOf(node).clear(key).prime(key, value);
  }

  /** Primes every node object of an answer: the object itself, or a list's data. */
  private primeAnswer(answer: unknown): void {
    if (typeof answer !== 'object' || answer === null) return;
    const data = (answer as { data?: unknown }).data;
    if ((answer as { object?: unknown }).object === 'list' && Array.isArray(data)) data.forEach((item) => this.prime(item));
    else this.prime(answer);
  }
}
