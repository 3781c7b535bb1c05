/**
 * The tools the server runs itself inside a run (v1's `retrieval`, v2's `file_search`;
 * `code_interpreter` plugs in here next). Both search tools are kept as `retrieval` in the run's
 * tools; the model is offered `file_search` when the assistant or thread was made through v2,
 * ranked and cut as that tool's options say. Each is offered to the model as a function; a call to
 * it is executed at once and the model is asked again, so it never makes the run require action.
 * What a call returned is kept (`StoreTables.hostedCalls`, by step) so that later model calls of
 * the run see it again and the run's citations can name its sources.
 */
import type { FunctionDefinition, Message, Run, StepToolCall, Tool, ToolChoice } from '../../v1/schemas.js';
import type { Passage, ScoredPassage } from '../retrieval/retriever.js';
import { DEFAULT_PASSAGES } from '../retrieval/retriever.js';
import type { FileSearchOptions, HostedCall, Source, StoreTables } from '../store/store.js';
import { ROOT } from '../store/store.js';
import { searchableFiles } from '../v2/vector-stores.js';
import { DEFAULT_SCORE_THRESHOLD } from '../../v2/schemas.js';

/** What runs retrieve from: the best passages of `fileIds` for `query`, with their scores for `search`. */
export interface PassageSource {
  retrieve(scope: string, fileIds: readonly string[], query: string, signal?: AbortSignal): Promise<Passage[]>;
  search(scope: string, fileIds: readonly string[], query: string, signal?: AbortSignal, limit?: number): Promise<ScoredPassage[]>;
}

export const RETRIEVAL = 'retrieval';
export const FILE_SEARCH = 'file_search';

const RETRIEVAL_FUNCTION: FunctionDefinition = {
  name: RETRIEVAL,
  description:
    'Searches the files of this assistant and conversation. Returns numbered passages; cite a passage you use ' +
    'by writing its marker, such as 【1†source】, right after the sentence it supports.',
  parameters: {
    type: 'object',
    properties: { query: { type: 'string', description: 'What to look for: words likely to appear in the passage.' } },
    required: ['query'],
  },
};

const FILE_SEARCH_FUNCTION: FunctionDefinition = { ...RETRIEVAL_FUNCTION, name: FILE_SEARCH };

/**
 * After this many rounds of hosted calls in one model turn the tools are no longer offered, so the
 * model answers with what it has instead of searching forever.
 */
export const MAX_HOSTED_ROUNDS = 5;

/** The run's hosted tools for one model call: what is offered, and the sources its citations may name. */
export class HostedTools {
  private constructor(
    private readonly passages: PassageSource,
    private readonly scope: string,
    /** `retrieval` or `file_search`: the function the search tool is offered as. */
    private readonly searchName: string,
    /** How `file_search` ranks and cuts its results. */
    private readonly fileSearch: FileSearchOptions,
    /** The files the search may read; empty when it is not offered. */
    private readonly retrievalFiles: readonly string[],
    /** Every source the run's earlier calls numbered. */
    readonly sources: ReadonlyMap<number, Source>,
    /** Every hosted call the run made so far, by call id. */
    readonly calls: ReadonlyMap<string, HostedCall>,
  ) {}

  /**
   * What the run may use on its next model call. Retrieval is offered when the run has the tool and
   * can see files: its assistant's (those still attached) and those of the thread's messages, and
   * the files of the assistant's and the thread's vector stores; an assistant made through v2 has
   * only the vector stores' (see `V2Settings.searchesFileIds`).
   */
  static async forRun(
    tables: StoreTables,
    passages: PassageSource,
    scope: string,
    run: Run,
    messages: readonly Message[],
    round: number,
    now: number,
  ): Promise<HostedTools> {
    const stored = await tables.hostedCalls.list(scope, run.id);
    const calls = new Map(stored.flatMap((step) => step.calls.map((call): [string, HostedCall] => [call.id, call])));
    const sources = new Map([...calls.values()].flatMap((call) => call.sources.map((source): [number, Source] => [source.number, source])));
    const assistantV2 = await tables.v2Settings.get(scope, 'assistant', run.assistant_id);
    const threadV2 = await tables.v2Settings.get(scope, 'thread', run.thread_id);
    const runV2 = await tables.v2Settings.get(scope, 'run', run.id);
    let files: string[] = [];
    if (round < MAX_HOSTED_ROUNDS && run.tools.some((tool) => tool.type === 'retrieval')) {
      const stores = [...(assistantV2?.vectorStoreIds ?? []), ...(threadV2?.vectorStoreIds ?? [])];
      const storeFiles = await searchableFiles(tables, scope, stores, now);
      if (assistantV2 && !assistantV2.searchesFileIds) files = storeFiles;
      else {
        const assistant = await tables.assistants.get(scope, ROOT, run.assistant_id);
        const attached = new Set(assistant?.file_ids ?? run.file_ids);
        files = [
          ...new Set([...run.file_ids.filter((id) => attached.has(id)), ...messages.flatMap((message) => message.file_ids), ...storeFiles]),
        ];
      }
    }
    const searchName = assistantV2 || threadV2 ? FILE_SEARCH : RETRIEVAL;
    const fileSearch = runV2?.fileSearch ?? assistantV2?.fileSearch ?? {};
    return new HostedTools(passages, scope, searchName, fileSearch, files, sources, calls);
  }

  /** The number the next source gets: numbers are unique within the run, so every marker names one passage. */
  nextSourceNumber(): number {
    return Math.max(0, ...this.sources.keys()) + 1;
  }

  /** Whether a call of `name` is the server's to execute. */
  runs(name: string): boolean {
    return name === this.searchName && this.retrievalFiles.length > 0;
  }

  /** The run's tools as the model is offered them: hosted ones as functions, or left out when unusable. */
  offeredTools(tools: readonly Tool[]): Tool[] {
    return tools.flatMap((tool): Tool[] => {
      if (tool.type !== 'retrieval') return [tool];
      if (!this.runs(this.searchName)) return [];
      return [{ type: 'function', function: this.searchName === FILE_SEARCH ? FILE_SEARCH_FUNCTION : RETRIEVAL_FUNCTION }];
    });
  }

  /** A `tool_choice` naming a hosted tool names its function; one that is not offered leaves the choice to the model. */
  offeredChoice(choice: ToolChoice): ToolChoice {
    if (typeof choice !== 'object' || choice.type !== 'retrieval') return choice;
    return this.runs(this.searchName) ? { type: 'function', function: { name: this.searchName } } : 'auto';
  }

  /** Executes one call; sources are numbered on from `firstNumber`. Never throws for the model's mistakes. */
  async execute(call: { id: string; name: string; arguments: string }, firstNumber: number, signal: AbortSignal): Promise<HostedCall> {
    const query = queryOf(call.arguments);
    if (query === undefined) {
      return { ...call, output: `The ${this.searchName} call needs arguments {"query": "<what to look for>"}.`, sources: [] };
    }
    const found =
      this.searchName === FILE_SEARCH
        ? await this.searchFiles(query, signal)
        : await this.passages.retrieve(this.scope, this.retrievalFiles, query, signal);
    const sources = found.map((passage, index): Source => ({ number: firstNumber + index, ...passage }));
    return { ...call, output: formatSources(sources), sources };
  }

  /** `file_search`: at most `maxResults` passages, those scoring under the threshold left out. */
  private async searchFiles(query: string, signal: AbortSignal): Promise<ScoredPassage[]> {
    const { maxResults = DEFAULT_PASSAGES, scoreThreshold = DEFAULT_SCORE_THRESHOLD } = this.fileSearch;
    const found = await this.passages.search(this.scope, this.retrievalFiles, query, signal, maxResults);
    return found.filter((passage) => passage.score >= scoreThreshold);
  }
}

/** A hosted call as its tool-calls step lists it: v1 never showed a retrieval call's query or passages. */
export function hostedStepCall(call: { id: string }): StepToolCall {
  return { id: call.id, type: 'retrieval', retrieval: {} };
}

function queryOf(args: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(args);
    if (typeof parsed === 'object' && parsed !== null && 'query' in parsed && typeof parsed.query === 'string' && parsed.query.trim() !== '') {
      return parsed.query;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * The retrieval output the model reads: each passage under its marker and file name. The built-in
 * model reads it back with `readSources`.
 */
export function formatSources(sources: readonly Source[]): string {
  if (sources.length === 0) return 'No passage of the files matches the query.';
  const intro = `${sources.length} passage${sources.length === 1 ? '' : 's'} from the files. Cite a passage you use by writing its marker right after the sentence it supports.`;
  return [intro, ...sources.map((source) => `${marker(source.number)} ${source.filename}\n${source.text}`)].join('\n\n');
}

export function marker(number: number): string {
  return `【${number}†source】`;
}

/** The passages of a retrieval output, as `formatSources` wrote them. */
export function readSources(output: string): Array<{ number: number; filename: string; text: string }> {
  const heads = [...output.matchAll(/^【(\d+)†source】 (.*)$/gm)];
  return heads.map((head, index) => {
    const next = heads[index + 1];
    const body = output.slice(head.index + head[0].length + 1, next === undefined ? output.length : next.index - 2);
    return { number: Number(head[1]), filename: head[2] ?? '', text: body };
  });
}
