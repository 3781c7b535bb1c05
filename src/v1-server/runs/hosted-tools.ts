/**
 * The tools the server runs itself inside a run (v1's `retrieval`, v2's `file_search`, and
 * `code_interpreter` where a sandbox serves). Both search tools are kept as `retrieval` in the run's
 * tools; the model is offered `file_search` when the assistant or thread was made through v2,
 * ranked and cut as that tool's options say. Each is offered to the model as a function; a call to
 * it is executed at once and the model is asked again, so it never makes the run require action.
 * What a call returned is kept (`StoreTables.hostedCalls`, by step) so that later model calls of
 * the run see it again, the run's citations can name its sources, and its reply can show the
 * figures and link the files the code made.
 */
import type { FunctionDefinition, Message, Run, StepToolCall, Tool, ToolChoice } from '../../v1/schemas.js';
import type { Passage, ScoredPassage } from '../retrieval/retriever.js';
import { DEFAULT_PASSAGES } from '../retrieval/retriever.js';
import type { FileSearchOptions, HostedCall, Source, StoreTables } from '../store/store.js';
import { ROOT } from '../store/store.js';
import { searchableFiles } from '../v2/vector-stores.js';
import { DEFAULT_SCORE_THRESHOLD } from '../../v2/schemas.js';
import type { CodeInterpreter } from './code-interpreter.js';
import { CODE_INTERPRETER } from './code-interpreter.js';

/** What runs retrieve from: the best passages of `fileIds` for `query`, with their scores for `search`. */
export interface PassageSource {
  retrieve(scope: string, fileIds: readonly string[], query: string, signal?: AbortSignal): Promise<Passage[]>;
  search(scope: string, fileIds: readonly string[], query: string, signal?: AbortSignal, limit?: number): Promise<ScoredPassage[]>;
}

/** What executes hosted calls: `codeInterpreter` is absent where no sandbox serves (the tool is then not offered). */
export interface HostedServices {
  passages: PassageSource;
  codeInterpreter?: CodeInterpreter | undefined;
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
    private readonly services: HostedServices,
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
    /** The thread, and the files code sees at `/mnt/data/<file_id>`; undefined when code interpreter is not offered. */
    private readonly code: { threadId: string; fileIds: readonly string[] } | undefined,
    /** The files the run's code wrote, by sandbox path, for the reply's `sandbox:` links. */
    readonly links: ReadonlyMap<string, string>,
    /** The figures the run's code showed that no message of the run shows yet. */
    readonly pendingImages: readonly string[],
  ) {}

  /**
   * What the run may use on its next model call. Retrieval is offered when the run has the tool and
   * can see files: its assistant's (those still attached) and those of the thread's messages, and
   * the files of the assistant's and the thread's vector stores; an assistant made through v2 has
   * only the vector stores' (see `V2Settings.searchesFileIds`). Code interpreter is offered when the
   * run has the tool and a sandbox serves; its code sees the assistant's attached files, the thread's
   * message files and a v2 thread's code interpreter files.
   */
  static async forRun(
    tables: StoreTables,
    services: HostedServices,
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
    const offers = (type: string): boolean => round < MAX_HOSTED_ROUNDS && run.tools.some((tool) => tool.type === type);
    let files: string[] = [];
    if (offers('retrieval')) {
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
    let code: { threadId: string; fileIds: string[] } | undefined;
    if (services.codeInterpreter && offers('code_interpreter')) {
      const assistant = await tables.assistants.get(scope, ROOT, run.assistant_id);
      const attached = new Set(assistant?.file_ids ?? run.file_ids);
      const fileIds = [
        ...run.file_ids.filter((id) => attached.has(id)),
        ...messages.flatMap((message) => message.file_ids),
        ...(threadV2?.codeInterpreterFileIds ?? []),
      ];
      code = { threadId: run.thread_id, fileIds: [...new Set(fileIds)] };
    }
    const made = [...calls.values()].flatMap((call) => (call.codeInterpreter ? [call.codeInterpreter] : []));
    const links = new Map(made.flatMap((call) => call.files.map((file): [string, string] => [file.path, file.fileId])));
    const shown = new Set(
      messages.flatMap((message) => (message.run_id === run.id ? message.content.flatMap((part) => (part.type === 'image_file' ? [part.image_file.file_id] : [])) : [])),
    );
    const pendingImages = made.flatMap((call) => call.outputs.flatMap((output) => (output.type === 'image' && !shown.has(output.image.file_id) ? [output.image.file_id] : [])));
    return new HostedTools(services, scope, searchName, fileSearch, files, sources, calls, code, links, pendingImages);
  }

  /** The number the next source gets: numbers are unique within the run, so every marker names one passage. */
  nextSourceNumber(): number {
    return Math.max(0, ...this.sources.keys()) + 1;
  }

  /** Whether a call of `name` is the server's to execute. */
  runs(name: string): boolean {
    if (name === CODE_INTERPRETER) return this.code !== undefined;
    return name === this.searchName && this.retrievalFiles.length > 0;
  }

  /** The run's tools as the model is offered them: hosted ones as functions, or left out when unusable. */
  offeredTools(tools: readonly Tool[]): Tool[] {
    return tools.flatMap((tool): Tool[] => {
      if (tool.type === 'code_interpreter') {
        const code = this.runs(CODE_INTERPRETER) ? this.services.codeInterpreter : undefined;
        return code ? [{ type: 'function', function: code.function }] : [];
      }
      if (tool.type !== 'retrieval') return [tool];
      if (!this.runs(this.searchName)) return [];
      return [{ type: 'function', function: this.searchName === FILE_SEARCH ? FILE_SEARCH_FUNCTION : RETRIEVAL_FUNCTION }];
    });
  }

  /** A `tool_choice` naming a hosted tool names its function; one that is not offered leaves the choice to the model. */
  offeredChoice(choice: ToolChoice): ToolChoice {
    if (typeof choice !== 'object' || choice.type === 'function') return choice;
    const name = choice.type === 'code_interpreter' ? CODE_INTERPRETER : this.searchName;
    return this.runs(name) ? { type: 'function', function: { name } } : 'auto';
  }

  /** Executes one call; sources are numbered on from `firstNumber`. Never throws for the model's mistakes. */
  async execute(call: { id: string; name: string; arguments: string }, firstNumber: number, signal: AbortSignal, now: number): Promise<HostedCall> {
    if (call.name === CODE_INTERPRETER) return this.executeCode(call, signal, now);
    const query = textArgument(call.arguments, 'query');
    if (query === undefined) {
      return { ...call, output: `The ${this.searchName} call needs arguments {"query": "<what to look for>"}.`, sources: [] };
    }
    const found =
      this.searchName === FILE_SEARCH
        ? await this.searchFiles(query, signal)
        : await this.services.passages.retrieve(this.scope, this.retrievalFiles, query, signal);
    const sources = found.map((passage, index): Source => ({ number: firstNumber + index, ...passage }));
    return { ...call, output: formatSources(sources), sources };
  }

  private async executeCode(call: { id: string; name: string; arguments: string }, signal: AbortSignal, now: number): Promise<HostedCall> {
    const code = textArgument(call.arguments, 'code');
    const interpreter = this.services.codeInterpreter;
    if (code === undefined || !interpreter || !this.code) {
      const output = 'The code_interpreter call needs arguments {"code": "<Python code>"}.';
      return { ...call, output, sources: [], codeInterpreter: { input: partialCode(call.arguments), outputs: [{ type: 'logs', logs: output }], files: [] } };
    }
    const { output, ...executed } = await interpreter.execute(this.scope, this.code.threadId, this.code.fileIds, code, signal, now);
    return { ...call, output, sources: [], codeInterpreter: executed };
  }

  /** `file_search`: at most `maxResults` passages, those scoring under the threshold left out. */
  private async searchFiles(query: string, signal: AbortSignal): Promise<ScoredPassage[]> {
    const { maxResults = DEFAULT_PASSAGES, scoreThreshold = DEFAULT_SCORE_THRESHOLD } = this.fileSearch;
    const found = await this.services.passages.search(this.scope, this.retrievalFiles, query, signal, maxResults);
    return found.filter((passage) => passage.score >= scoreThreshold);
  }
}

/**
 * A hosted call as its tool-calls step lists it: v1 never showed a retrieval call's query or
 * passages; a code interpreter call shows its code and, once `done`, its outputs.
 */
export function hostedStepCall(call: { id: string; name: string; arguments: string }, done?: HostedCall): StepToolCall {
  if (call.name !== CODE_INTERPRETER) return { id: call.id, type: 'retrieval', retrieval: {} };
  const ran = done?.codeInterpreter;
  return { id: call.id, type: 'code_interpreter', code_interpreter: { input: ran?.input ?? partialCode(call.arguments), outputs: ran?.outputs ?? [] } };
}

/**
 * The call in a `thread.run.step.delta` as its arguments stream: the first fragment (`before`
 * undefined) shows the call, and a code interpreter call's code follows in fragments of `input`.
 * Undefined when a fragment adds nothing to show.
 */
export function hostedCallFragment(call: { id: string; name: string; arguments: string }, before: string | undefined): object | undefined {
  if (before === undefined) return hostedStepCall(call);
  if (call.name !== CODE_INTERPRETER) return undefined;
  const input = partialCode(call.arguments).slice(partialCode(before).length);
  return input === '' ? undefined : { type: 'code_interpreter', code_interpreter: { input } };
}

/** A non-blank string argument of a call's JSON arguments; undefined when it is missing or the JSON is broken. */
function textArgument(args: string, name: 'code' | 'query'): string | undefined {
  try {
    const parsed: unknown = JSON.parse(args);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const value: unknown = Reflect.get(parsed, name);
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The `code` string of arguments still streaming: what of it has arrived, its escapes decoded (an escape cut short waits). */
export function partialCode(args: string): string {
  const opening = /"code"\s*:\s*"/.exec(args);
  if (!opening) return '';
  let code = '';
  for (let at = opening.index + opening[0].length; at < args.length; ) {
    const char = args.charAt(at);
    if (char === '"') break;
    if (char !== '\\') {
      code += char;
      at += 1;
      continue;
    }
    const escape = args.slice(at, at + (args.charAt(at + 1) === 'u' ? 6 : 2));
    let decoded: unknown;
    try {
      decoded = JSON.parse(`"${escape}"`);
    } catch {
      break;
    }
    if (typeof decoded !== 'string') break;
    code += decoded;
    at += escape.length;
  }
  return code;
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
