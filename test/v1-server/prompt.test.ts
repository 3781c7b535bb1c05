/** The run's window on its thread (`truncation_strategy`, `max_prompt_tokens`), the same for every model. */
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/v1-server/model/model.js';
import type { ModelTurn } from '../../src/v1-server/model/model.js';
import { promptTokens } from '../../src/v1-server/model/tokens.js';
import { fitToWindow } from '../../src/v1-server/runs/prompt.js';

const INSTRUCTIONS = 'You are terse.';
const AUTO = { type: 'auto', last_messages: null };
const toolTurn: ModelTurn = { type: 'tool_calls', calls: [{ id: 'call_1', name: 'f', arguments: '{}', output: 'done' }] };
/** Six messages of different lengths, alternating user and assistant, then the run's tool turn. */
const messages: ModelTurn[] = [0, 1, 2, 3, 4, 5].map((n) => ({
  type: 'message',
  role: n % 2 === 0 ? 'user' : 'assistant',
  text: `Message ${n}: ${'lorem ipsum dolor '.repeat(10 + n)}`,
}));
const turns: ModelTurn[] = [...messages, toolTurn];
const keep = (...indexes: number[]): ModelTurn[] => [...indexes.map((index) => messages[index] as ModelTurn), toolTurn];
const tokensOf = (kept: ModelTurn[]): number => promptTokens(INSTRUCTIONS, kept);

describe('the window', () => {
  it('is every turn when the run sets no limit', () => {
    expect(fitToWindow(INSTRUCTIONS, turns, AUTO, null)).toEqual(turns);
  });

  it('keeps the newest last_messages message turns and every tool turn', () => {
    expect(fitToWindow(INSTRUCTIONS, turns, { type: 'last_messages', last_messages: 2 }, null)).toEqual(keep(4, 5));
  });

  it('drops message turns from the middle, oldest first, until the prompt fits', () => {
    const fit = (maxPromptTokens: number): ModelTurn[] => fitToWindow(INSTRUCTIONS, turns, AUTO, maxPromptTokens);
    expect(fit(tokensOf(keep(0, 1, 2, 3, 4, 5)))).toEqual(keep(0, 1, 2, 3, 4, 5));
    expect(fit(tokensOf(keep(0, 3, 4, 5)))).toEqual(keep(0, 3, 4, 5));
    expect(fit(tokensOf(keep(0, 3, 4, 5)) - 1)).toEqual(keep(0, 4, 5));
    expect(fit(tokensOf(keep(0, 5)))).toEqual(keep(0, 5));
    // After the middle, the first message goes too; the newest and the tool turns never do.
    expect(fit(tokensOf(keep(5)))).toEqual(keep(5));
  });

  it('applies max_prompt_tokens to what last_messages left', () => {
    const strategy = { type: 'last_messages', last_messages: 4 };
    expect(fitToWindow(INSTRUCTIONS, turns, strategy, tokensOf(keep(2, 4, 5)))).toEqual(keep(2, 4, 5));
  });

  it('fails with max_prompt_tokens when even the minimum does not fit', () => {
    let thrown: unknown;
    try {
      fitToWindow(INSTRUCTIONS, turns, AUTO, tokensOf(keep(5)) - 1);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ModelError);
    expect((thrown as ModelError).code).toBe('max_prompt_tokens');
  });
});
