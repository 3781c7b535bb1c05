/** The table of the upstream's wrong-state 400s, against OpenAI's own wording and the v1 server's. */
import { describe, expect, it } from 'vitest';
import { KNOWN_CONFLICTS, recogniseConflict } from '../../src/v1/conflicts.js';
import type { ConflictReason } from '../../src/v1/conflicts.js';

/**
 * Messages the real API sent, verbatim from public reports: the two busy-thread messages from
 * openai/openai-python#1023 (a full 400 body) and TripSit/TripBot#939, the expired-run one from a
 * project's notes quoting the Python SDK's BadRequestError body, the queued-run one from an Azure
 * AI Agents lab guide (the same Assistants API) and the cancel one from the string
 * concord-consortium/davai-plugin matches on; StefanBratanov/jvm-openai's integration tests against
 * api.openai.com assert the fragments "do not accept tool outputs" and "Cannot cancel run".
 */
const OPENAI_SENT: ReadonlyArray<{ message: string; reason: ConflictReason; threadId?: string; runId?: string }> = [
  {
    message: "Can't add messages to thread_jD1dj44APTovq48PCBZACOGV while a run run_KfVG8fSJg882VHYeewFQ2BHk is active.",
    reason: 'THREAD_BUSY',
    threadId: 'thread_jD1dj44APTovq48PCBZACOGV',
    runId: 'run_KfVG8fSJg882VHYeewFQ2BHk',
  },
  {
    message: 'Thread thread_CPVZx74fS5K632dyhbeFDXGr already has an active run run_nuUSpZ5d4fwV7GAPR2Khrcv6.',
    reason: 'THREAD_BUSY',
    threadId: 'thread_CPVZx74fS5K632dyhbeFDXGr',
    runId: 'run_nuUSpZ5d4fwV7GAPR2Khrcv6',
  },
  { message: 'Runs in status "expired" do not accept tool outputs.', reason: 'RUN_EXPIRED' },
  { message: 'Runs in status "queued" do not accept tool outputs.', reason: 'RUN_NOT_AWAITING_OUTPUTS' },
  { message: "Cannot cancel run with status 'cancelled'.", reason: 'RUN_FINISHED' },
];

describe('KNOWN_CONFLICTS', () => {
  it.each(OPENAI_SENT)('recognises OpenAI’s “$message” as $reason', ({ message, reason, threadId, runId }) => {
    expect(recogniseConflict(message)).toEqual({ reason, ...(threadId ? { threadId, runId } : {}) });
  });

  it('holds every message OpenAI sent among its examples, each recognised as its own entry', () => {
    const entries = Object.values(KNOWN_CONFLICTS);
    for (const { message } of OPENAI_SENT) {
      expect(entries.some((entry) => entry.examples.includes(message)), message).toBe(true);
    }
    for (const entry of entries) {
      for (const example of entry.examples) expect(recogniseConflict(example)?.reason, example).toBe(entry.reason);
    }
  });

  it('words each message as OpenAI does, so the v1 server answers with the real wording', () => {
    const { messageWhileRunActive, runWhileRunActive, toolOutputsAfterExpiry, toolOutputsNotAwaited, cancelEndedRun } = KNOWN_CONFLICTS;
    const busy = { threadId: 'thread_CPVZx74fS5K632dyhbeFDXGr', runId: 'run_nuUSpZ5d4fwV7GAPR2Khrcv6' };
    expect(runWhileRunActive.say(busy)).toBe(runWhileRunActive.examples[0]);
    const adding = { threadId: 'thread_jD1dj44APTovq48PCBZACOGV', runId: 'run_KfVG8fSJg882VHYeewFQ2BHk' };
    expect(messageWhileRunActive.say(adding)).toBe(messageWhileRunActive.examples[0]);
    expect(toolOutputsAfterExpiry.say({ status: 'expired' })).toBe(toolOutputsAfterExpiry.examples[0]);
    expect(toolOutputsNotAwaited.say({ status: 'queued' })).toBe(toolOutputsNotAwaited.examples[0]);
    expect(cancelEndedRun.say({ status: 'cancelled' })).toBe(cancelEndedRun.examples[0]);
  });

  it('recognises what the v1 server says, with the reason the status calls for', () => {
    const { toolOutputsNotAwaited, cancelEndedRun, messageWhileRunActive } = KNOWN_CONFLICTS;
    expect(recogniseConflict(toolOutputsNotAwaited.say({ status: 'expired' }))?.reason).toBe('RUN_EXPIRED');
    for (const status of ['queued', 'in_progress', 'cancelling', 'completed', 'failed', 'cancelled', 'incomplete']) {
      expect(recogniseConflict(toolOutputsNotAwaited.say({ status }))?.reason, status).toBe('RUN_NOT_AWAITING_OUTPUTS');
    }
    for (const status of ['completed', 'failed', 'cancelled', 'expired', 'incomplete']) {
      expect(recogniseConflict(cancelEndedRun.say({ status }))?.reason, status).toBe('RUN_FINISHED');
    }
    expect(recogniseConflict(messageWhileRunActive.say({ threadId: 'thread_a1', runId: 'run_b2' }))).toEqual({
      reason: 'THREAD_BUSY',
      threadId: 'thread_a1',
      runId: 'run_b2',
    });
  });

  it.each([
    "Invalid 'limit': integer above maximum value. Expected a value <= 100, but got 101 instead.",
    "No thread found with id 'thread_abc'.",
    "Missing required parameter: 'assistant_id'.",
    "Invalid 'tool_choice': the run has no 'retrieval' tool.",
    "No tool call with id 'call_1' is pending on run run_1.",
  ])('leaves other 400s alone: %s', (message) => {
    expect(recogniseConflict(message)).toBeNull();
  });
});
