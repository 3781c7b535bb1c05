/**
 * Checks of a run's current state before acting on it: fetched first, so a wrong-state or
 * mismatched request fails with a clear NOT_FOUND, CONFLICT or BAD_USER_INPUT and nothing reaches
 * the run.
 */
import type { AssistantsApi, SubmitToolOutputsBody } from '../../openai/api.js';
import type { Run } from '../../v1/schemas.js';
import { badUserInput, conflict, isNotFound, runNotFound } from '../errors.js';
import { RUN } from '../identity.js';
import type { SubmitToolOutputsInput } from '../inputs/run.js';

/** Checks the outputs against the run as it is now, before submitting them. */
export async function submitToolOutputsRequest(
  api: AssistantsApi,
  input: typeof SubmitToolOutputsInput.$inferInput,
  now: () => number = Date.now,
): Promise<{ threadId: string; runId: string; body: SubmitToolOutputsBody }> {
  const { threadId, id: runId } = RUN.decode(input.runId, 'input.runId');
  const run = await getRunOrNotFound(api, threadId, runId);
  checkAwaitingOutputs(run, now);
  const expected = run.required_action?.submit_tool_outputs.tool_calls.map((call) => call.id) ?? [];
  const seen = new Set<string>();
  input.toolOutputs.forEach((output, index) => {
    const field = `input.toolOutputs[${index}].toolCallId`;
    if (!expected.includes(output.toolCallId)) {
      throw badUserInput(
        `${field} ${JSON.stringify(output.toolCallId)} is not a tool call this run waits for (it waits for ${expected.join(', ')}).`,
        field,
      );
    }
    if (seen.has(output.toolCallId)) throw badUserInput(`${field} ${JSON.stringify(output.toolCallId)} is given twice.`, field);
    seen.add(output.toolCallId);
  });
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw badUserInput(`input.toolOutputs lacks outputs for ${missing.join(', ')}; all must come in one submission.`, 'input.toolOutputs');
  }
  return {
    threadId,
    runId,
    body: { tool_outputs: input.toolOutputs.map((output) => ({ tool_call_id: output.toolCallId, output: output.output })) },
  };
}

function checkAwaitingOutputs(run: Run, now: () => number): void {
  const expired = run.status === 'expired' || (run.expires_at != null && run.expires_at * 1000 <= now());
  if (expired) {
    throw conflict(`Run ${run.id} has expired; it no longer accepts tool outputs. Start a new run.`, 'RUN_EXPIRED', {
      runId: run.id,
      status: run.status,
    });
  }
  if (run.status !== 'requires_action') {
    throw conflict(`Run ${run.id} is ${run.status}; it only accepts tool outputs while it requires action.`, 'RUN_NOT_AWAITING_OUTPUTS', {
      runId: run.id,
      status: run.status,
    });
  }
}

/** The run as it is now, for checks before acting on it; NOT_FOUND when it does not exist. */
export function getRunOrNotFound(api: AssistantsApi, threadId: string, runId: string): Promise<Run> {
  return api.getRun(threadId, runId).catch((error: unknown) => {
    throw isNotFound(error) ? runNotFound(threadId, runId) : error;
  });
}
