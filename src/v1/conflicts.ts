/**
 * The upstream's "wrong state" answers, in one table. OpenAI sends them as 400
 * `invalid_request_error` with `code: null`, so only their wording tells them apart from bad
 * input: each entry holds the reason it stands for, the pattern that recognises it, the wording
 * (`say`, which the v1 server answers with) and messages OpenAI is known to have sent. Nothing here
 * knows GraphQL; the facade maps a recognised message to a CONFLICT with the same reason.
 */

/** What a recognised message says is in the way. */
export type ConflictReason = 'THREAD_BUSY' | 'RUN_NOT_AWAITING_OUTPUTS' | 'RUN_EXPIRED' | 'RUN_FINISHED';

export interface KnownConflict<Args> {
  reason: ConflictReason;
  /** Recognises the message; the named groups `threadId` and `runId` capture the run in the way. */
  pattern: RegExp;
  /** The message as the upstream words it. */
  say: (args: Args) => string;
  /** Messages of this kind that OpenAI sent, as quoted in public reports. */
  examples: readonly string[];
}

function known<Args>(entry: KnownConflict<Args>): KnownConflict<Args> {
  return entry;
}

const toolOutputsRefused = ({ status }: { status: string }): string => `Runs in status "${status}" do not accept tool outputs.`;

/** In the order they are tried: the first whose pattern matches names the reason. */
export const KNOWN_CONFLICTS = {
  /** createMessage while a run holds the thread. */
  messageWhileRunActive: known({
    reason: 'THREAD_BUSY',
    pattern: /(?<threadId>thread_\w+) while a run (?<runId>run_\w+) is active/,
    say: ({ threadId, runId }: { threadId: string; runId: string }) => `Can't add messages to ${threadId} while a run ${runId} is active.`,
    examples: [
      "Can't add messages to thread_jD1dj44APTovq48PCBZACOGV while a run run_KfVG8fSJg882VHYeewFQ2BHk is active.",
      "Can't add messages to thread_Xhtc7rjp5KYTKxWdfnDuLD6U while a run run_rF3R9B6ZqrJmGUhjYNoNb93E is active.",
    ],
  }),
  /** createRun while another run holds the thread. */
  runWhileRunActive: known({
    reason: 'THREAD_BUSY',
    pattern: /(?<threadId>thread_\w+) already has an active run (?<runId>run_\w+)/,
    say: ({ threadId, runId }: { threadId: string; runId: string }) => `Thread ${threadId} already has an active run ${runId}.`,
    examples: ['Thread thread_CPVZx74fS5K632dyhbeFDXGr already has an active run run_nuUSpZ5d4fwV7GAPR2Khrcv6.'],
  }),
  /** submitToolOutputs after the run expired (tried before the general case below). */
  toolOutputsAfterExpiry: known({
    reason: 'RUN_EXPIRED',
    pattern: /status "expired" do not accept tool outputs/,
    say: toolOutputsRefused,
    examples: ['Runs in status "expired" do not accept tool outputs.'],
  }),
  /** submitToolOutputs to a run that does not require action. */
  toolOutputsNotAwaited: known({
    reason: 'RUN_NOT_AWAITING_OUTPUTS',
    pattern: /do not accept tool outputs/,
    say: toolOutputsRefused,
    examples: ['Runs in status "queued" do not accept tool outputs.'],
  }),
  /** cancelRun on a run that has ended. */
  cancelEndedRun: known({
    reason: 'RUN_FINISHED',
    pattern: /Cannot cancel run with status/,
    say: ({ status }: { status: string }) => `Cannot cancel run with status '${status}'.`,
    examples: ["Cannot cancel run with status 'cancelled'."],
  }),
};

export interface RecognisedConflict {
  reason: ConflictReason;
  /** The run in the way and its thread, when the message names them. */
  threadId?: string;
  runId?: string;
}

/** The reason an upstream 400 stands for, when its wording is one of the known ones; else null. */
export function recogniseConflict(message: string): RecognisedConflict | null {
  for (const entry of Object.values(KNOWN_CONFLICTS)) {
    const match = entry.pattern.exec(message);
    if (!match) continue;
    const { threadId, runId } = match.groups ?? {};
    return { reason: entry.reason, ...(threadId && runId ? { threadId, runId } : {}) };
  }
  return null;
}
