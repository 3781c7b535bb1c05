/**
 * The reference chat page with the code interpreter, in Debian's Chromium driven by playwright-core,
 * over the built-in v1 server's bubblewrap sandbox: a call shows its code folded in a `<details>`
 * and its logs, the chart it drew is shown in the reply (fetched with the caller's token from the
 * download route), the file it wrote is a link that saves it, both already while the reply is being
 * written (the test holds it open), and a reload shows all of it again from the thread. In `jwt` mode the chart comes with the user's token. Skipped, saying why, without
 * /usr/bin/chromium or where bubblewrap cannot start.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtAuthenticator } from '../../src/auth/authenticate.js';
import { startV1Server } from '../../src/v1-server/index.js';
import type { RunningV1Server } from '../../src/v1-server/index.js';
import { EchoModel } from '../../src/v1-server/model/echo.js';
import type { AssistantModel, ModelEvent, ModelInput } from '../../src/v1-server/model/model.js';
import { CODE_INTERPRETER } from '../../src/v1-server/runs/code-interpreter.js';
import { ADMIN_ROLE, AUDIENCE, ISSUER, startIdentityProvider } from '../auth/identity-provider.js';
import type { IdentityProvider } from '../auth/identity-provider.js';
import { chromiumAvailable, launchChromium, recordOutsideRequests } from '../helpers/browser.js';
import { askToRun, EVERY_OUTPUT_CODE, probeBubblewrap, RUN_TIMEOUT_MS } from '../helpers/code-interpreter.js';
import { TEST_KEY, startFacade } from '../helpers/harness.js';
import type { FacadeHandle } from '../helpers/harness.js';

const { available: sandboxed, description } = await probeBubblewrap();
if (!sandboxed) console.warn(`Skipping the chat page's code interpreter browser test: code interpreter is ${description}.`);
const available = chromiumAvailable('chat page code interpreter') && sandboxed;

const MESSAGE = askToRun(EVERY_OUTPUT_CODE);
/** The reply's last words, after its link, so the link is streamed before the reply ends. */
const CLOSING = '\nThat is all.';

/**
 * The built-in model, whose reply to a code interpreter call ends with `CLOSING` and, while the
 * test holds it, waits there: the reply is being written and the run cannot complete.
 */
class HeldReplyModel implements AssistantModel {
  private readonly echo = new EchoModel(5);
  private held: Promise<void> | undefined;

  /** Holds the next replies before their end until the returned function is called. */
  hold(): () => void {
    let release: () => void = () => undefined;
    this.held = new Promise((resolve) => (release = resolve));
    return () => {
      this.held = undefined;
      release();
    };
  }

  async *stream(input: ModelInput, signal: AbortSignal): AsyncIterable<ModelEvent> {
    const last = input.turns.at(-1);
    const replying = last?.type === 'tool_calls' && last.calls.some((call) => call.name === CODE_INTERPRETER);
    for await (const event of this.echo.stream(input, signal)) {
      if (replying && event.type === 'finish') {
        yield { type: 'text', delta: CLOSING };
        await this.held;
      }
      yield event;
    }
  }
}

let emulator: RunningV1Server;
const model = new HeldReplyModel();
let facade: FacadeHandle;
let jwtFacade: FacadeHandle;
let idp: IdentityProvider;
let browser: Browser;
let context: BrowserContext;
const outsideRequests: string[] = [];
const pageErrors: string[] = [];

async function openChat(base: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${base}/chat${query}`);
  await page.locator('#assistant option', { hasText: 'Analyst' }).waitFor({ state: 'attached' });
  await page.locator('#assistant').selectOption({ label: 'Analyst (gpt-4)' });
  return page;
}

async function send(page: Page): Promise<void> {
  await page.locator('#message').fill(MESSAGE);
  await page.locator('#composer button[type=submit]').click();
}

async function completed(page: Page): Promise<void> {
  await expect.poll(() => page.locator('#status').innerText(), { timeout: RUN_TIMEOUT_MS }).toBe('Run completed');
}

async function sendCode(page: Page): Promise<void> {
  await send(page);
  await completed(page);
}

/** Whether the reply's chart is loaded (decoded from its bytes) and where it was shown from. */
function chart(page: Page): Promise<{ loaded: boolean; scheme: string }> {
  return page
    .locator('.message.assistant img.chart')
    .last()
    .evaluate((image: HTMLImageElement) => ({ loaded: image.complete && image.naturalWidth > 0, scheme: new URL(image.src || 'about:blank').protocol }));
}

/** The page's conversation as [class, text] rows: code calls (their code and logs) and messages. */
function conversation(page: Page): Promise<string[][]> {
  return page.locator('#messages > li').evaluateAll((items) =>
    items.map((item) =>
      item.classList.contains('code-call')
        ? ['code-call', item.querySelector('pre.code')?.textContent ?? '', item.querySelector('pre.logs')?.textContent ?? '']
        : [item.className, item.querySelector('p')?.textContent ?? ''],
    ),
  );
}

const REPLY = `The code printed:\n\`\`\`\nrows 3\n\`\`\`\nFiles: /mnt/data/report.csv${CLOSING}`;

describe.skipIf(!available)('the chat page with the code interpreter, in Chromium', () => {
  beforeAll(async () => {
    emulator = await startV1Server({ model, stepDelayMs: 5, codeInterpreter: { sandbox: 'bubblewrap' } });
    const created = await fetch(`${emulator.url}/assistants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4', name: 'Analyst', tools: [{ type: 'code_interpreter' }] }),
    });
    expect(created.status).toBe(200);
    facade = await startFacade(emulator.url, { client: { apiKey: TEST_KEY } });
    idp = await startIdentityProvider();
    jwtFacade = await startFacade(emulator.url, {
      client: { apiKey: TEST_KEY },
      facade: { auth: jwtAuthenticator({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', adminRole: ADMIN_ROLE }) },
    });
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
    recordOutsideRequests(context, [facade, jwtFacade].map((started) => started.facadeUrl), outsideRequests);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await facade?.close();
    await jwtFacade?.close();
    await idp?.close();
    await emulator?.close();
  });

  it('shows the code folded with its logs, the chart inline, and a link that saves the written file; again after a reload', { timeout: 90_000 }, async () => {
    const page = await openChat(facade.facadeUrl);
    const release = model.hold();
    try {
      await send(page);
      // The reply is being written (held before its end): its chart and its link are there already.
      await expect.poll(() => chart(page), { timeout: RUN_TIMEOUT_MS }).toEqual({ loaded: true, scheme: 'blob:' });
      await expect.poll(() => page.locator('.message.assistant a.file-link').count()).toBe(1);
      expect(await page.locator('#status').innerText()).not.toBe('Run completed');
      expect(await page.locator('.message.assistant img.chart').count()).toBe(1);
    } finally {
      release();
    }
    await completed(page);
    const shown = [
      ['message user', MESSAGE],
      ['code-call', `${EVERY_OUTPUT_CODE}\n`, 'rows 3\n'],
      ['message assistant', REPLY],
    ];
    expect(await conversation(page)).toEqual(shown);
    // The code is folded away until opened; the logs show.
    const call = page.locator('.code-call').last();
    expect(await call.locator('details').getAttribute('open')).toBeNull();
    expect(await call.locator('pre.code').isVisible()).toBe(false);
    expect(await call.locator('pre.logs').isVisible()).toBe(true);
    await call.locator('summary').click();
    expect(await call.locator('pre.code').isVisible()).toBe(true);
    await expect.poll(() => chart(page)).toEqual({ loaded: true, scheme: 'blob:' });

    // The link saves the file the code wrote, under its own name, with its bytes.
    const link = page.locator('.message.assistant a.file-link');
    expect(await link.innerText()).toBe('/mnt/data/report.csv');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('report.csv');
    expect(await readFile(await download.path(), 'utf8')).toBe('a,b\n1,2\n');

    // Reloaded, the thread shows the call (from the run's steps), the chart and the link again.
    await page.reload();
    await expect.poll(() => conversation(page)).toEqual(shown);
    await expect.poll(() => chart(page)).toEqual({ loaded: true, scheme: 'blob:' });
    expect(await page.locator('.message.assistant a.file-link').count()).toBe(1);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('in jwt mode: fetches the chart with the user’s token', { timeout: 90_000 }, async () => {
    const page = await openChat(jwtFacade.facadeUrl, `?token=${await idp.token('alice')}`);
    await sendCode(page);
    await expect.poll(() => chart(page)).toEqual({ loaded: true, scheme: 'blob:' });
    expect((await conversation(page)).map(([kind]) => kind)).toEqual(['message user', 'code-call', 'message assistant']);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
