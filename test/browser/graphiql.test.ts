/**
 * GraphiQL in a real browser (Debian's Chromium, driven by playwright-core): a subscription's
 * reply shows in the result pane piece by piece while the run writes it. Skipped, saying so, on a
 * machine without /usr/bin/chromium (`apt-get install chromium`).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startV1Server } from '../../src/v1-server/index.js';
import type { RunningV1Server } from '../../src/v1-server/index.js';
import { chromiumAvailable, launchChromium, recordOutsideRequests } from '../helpers/browser.js';
import { TEST_KEY, startFacade } from '../helpers/harness.js';
import type { FacadeHandle } from '../helpers/harness.js';

const available = chromiumAvailable('GraphiQL');

const REPLY_WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet';

let emulator: RunningV1Server;
let facade: FacadeHandle;
let browser: Browser;

describe.skipIf(!available)('GraphiQL in Chromium', () => {
  beforeAll(async () => {
    // Slow enough that the reply takes a couple of seconds to write, word by word.
    emulator = await startV1Server({ stepDelayMs: 2_000 });
    const created = await fetch(`${emulator.url}/assistants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4-turbo', name: 'Streamer' }),
    });
    const assistant = ((await created.json()) as { id: string }).id;
    facade = await startFacade(emulator.url, {
      client: { apiKey: TEST_KEY },
      facade: {
        defaultQuery: `subscription {
  threadAndRunEvents(input: {assistantId: "${assistant}", messages: [{content: "${REPLY_WORDS}"}]}) {
    event
    ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }
  }
}`,
      },
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await facade?.close();
    await emulator?.close();
  });

  it('shows a streamed reply in the result pane as it is produced, word by word', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const outsideRequests: string[] = [];
    recordOutsideRequests(page, [facade.facadeUrl], outsideRequests);
    await page.goto(`${facade.facadeUrl}/graphql`);
    await page.locator('.graphiql-execute-button').click();

    // The result pane shows the latest event; sample it while the run writes its reply.
    const seenWords: string[] = [];
    const deadline = Date.now() + 30_000;
    let finished = false;
    while (!finished && Date.now() < deadline) {
      const text = await page.locator('.graphiql-response').innerText();
      const delta = /"value":\s*"([^"]*)"/.exec(text)?.[1]?.trim();
      if (delta && seenWords.at(-1) !== delta) seenWords.push(delta);
      finished = text.includes('"done"');
      await page.waitForTimeout(25);
    }
    await page.screenshot({ path: join(tmpdir(), 'graphiql-stream.png') });

    expect(finished).toBe(true);
    // Several different words were on screen one after another, in the reply's order.
    expect(seenWords.length).toBeGreaterThanOrEqual(3);
    const replyWords = `You said: ${REPLY_WORDS}`.split(' ');
    const positions = seenWords.map((word) => replyWords.indexOf(word));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(outsideRequests).toEqual([]);
  });
});
