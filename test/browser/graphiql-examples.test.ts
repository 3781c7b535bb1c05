/**
 * GraphiQL as `npm start` opens it, in a real browser (Debian's Chromium, driven by playwright-core):
 * the first query and the example tabs on the seeded data, runnable as they are, the headers hint,
 * the explorer, and nothing loaded from outside the facade. Skipped, saying so, on a machine without
 * /usr/bin/chromium (`apt-get install chromium`).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startV1Server } from '../../src/v1-server/index.js';
import type { RunningV1Server } from '../../src/v1-server/index.js';
import { UpstreamClient } from '../../src/openai/client.js';
import { seedDemoData } from '../../src/startup/demo.js';
import type { SeededData } from '../../src/startup/demo.js';
import { graphiqlTabs } from '../../src/startup/graphiql.js';
import { chromiumAvailable, launchChromium, recordOutsideRequests } from '../helpers/browser.js';
import { TEST_KEY, startFacade } from '../helpers/harness.js';
import type { FacadeHandle } from '../helpers/harness.js';

const available = chromiumAvailable('GraphiQL examples');

let emulator: RunningV1Server;
let upstream: UpstreamClient;
let facade: FacadeHandle;
let browser: Browser;
let page: Page;
let seeded: SeededData;
const outsideRequests: string[] = [];

describe.skipIf(!available)('GraphiQL with the example tabs, in Chromium', () => {
  beforeAll(async () => {
    emulator = await startV1Server({ stepDelayMs: 5 });
    // As `npm start` does: seed with the server's key, then serve GraphiQL with the tabs on the seeded ids.
    upstream = new UpstreamClient({ baseUrl: emulator.url, apiKey: TEST_KEY });
    const demo = await seedDemoData(upstream.forRequest({}));
    if (!demo) throw new Error('nothing was seeded');
    seeded = demo;
    facade = await startFacade(emulator.url, { client: { apiKey: TEST_KEY }, facade: { graphiqlTabs: graphiqlTabs(seeded) } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    recordOutsideRequests(page, [facade.facadeUrl], outsideRequests);
    await page.goto(`${facade.facadeUrl}/graphql`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await facade?.close();
    await upstream?.close();
    await emulator?.close();
  });

  /** An editor's text as shown (Monaco renders spaces as no-break spaces). */
  const textOf = async (selector: string): Promise<string> => (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');
  const QUERY_EDITOR = '.graphiql-query-editor .view-lines';
  /** The variables or headers editor, whichever is shown. */
  const TOOL_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines';

  /** The text of the result pane once it contains `expected`. */
  async function resultContaining(expected: string): Promise<string> {
    await expect.poll(() => textOf('.graphiql-response'), { timeout: 15_000 }).toContain(expected);
    return textOf('.graphiql-response');
  }

  /** Switches to a tab by its title (a click while the tab bar still settles after loading may not take: again then). */
  async function openTab(title: string): Promise<void> {
    await expect
      .poll(async () => {
        await page.locator(`.graphiql-tab-button[title="${title}"]`).click();
        return page.locator('.graphiql-tab-active').innerText();
      }, { timeout: 15_000 })
      .toBe(title);
    // GraphiQL takes the operation's name from the editor a moment after the switch; a run before
    // then names the previous tab's operation (as no person clicks that fast).
    await page.waitForTimeout(1_000);
  }

  it('opens with the first query and a tab for each example', { timeout: 30_000 }, async () => {
    await expect.poll(() => page.locator('.graphiql-tab').allInnerTexts(), { timeout: 15_000 }).toEqual([
      'FirstLook',
      'BrowseThread',
      'Start',
      'StreamReply',
      'AskWeather',
    ]);
    await expect.poll(() => textOf(QUERY_EDITOR)).toContain('query FirstLook {');
    await page.locator('.graphiql-execute-button').click();
    expect(await resultContaining('"name": "Echo"')).toContain('"type": "FUNCTION"');
  });

  it('runs BrowseThread on the seeded thread as it is, its id in the variables', { timeout: 30_000 }, async () => {
    await openTab('BrowseThread');
    await expect.poll(() => textOf(QUERY_EDITOR)).toContain('query BrowseThread($threadId: ID!) {');
    // The variables editor is the one shown, with the seeded thread's id.
    await expect.poll(() => textOf(TOOL_EDITOR)).toContain(`"threadId": "${seeded.threadId}"`);
    await page.locator('.graphiql-execute-button').click();
    const result = await resultContaining('Hello, emulator!');
    expect(result).toContain(`"openaiId": "${seeded.threadId}"`);
  });

  it('shows how to send a key in the headers editor, commented out', { timeout: 30_000 }, async () => {
    await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
    await expect.poll(() => textOf(TOOL_EDITOR)).toContain('// "Authorization": "Bearer sk-…"');
  });

  it('opens the GraphiQL Explorer, served from the package, on the schema', { timeout: 30_000 }, async () => {
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    const explorer = page.locator('.graphiql-explorer-root');
    await expect.poll(() => explorer.isVisible(), { timeout: 10_000 }).toBe(true);
    // Its tree lists the root fields and shows the current operation.
    await expect.poll(() => explorer.innerText()).toContain('assistants');
    expect(await explorer.innerText()).toContain('thread');
    expect(await page.locator('.graphiql-explorer-root input[value="BrowseThread"]').count()).toBe(1);
    await page.screenshot({ path: join(tmpdir(), 'graphiql-examples.png') });
  });

  it('loaded nothing from outside the facade', () => {
    expect(outsideRequests).toEqual([]);
  });
});
