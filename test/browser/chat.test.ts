/**
 * The reference chat page (examples/chat, served at /chat) in a real browser: Debian's Chromium,
 * driven by playwright-core. A streamed reply grows on the page word by word, a tool call is
 * answered through the page, a long thread pages back, and no request leaves 127.0.0.1. Skipped,
 * saying so, on a machine without /usr/bin/chromium (`apt-get install chromium`).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startV1Server } from '../../src/v1-server/index.js';
import type { RunningV1Server } from '../../src/v1-server/index.js';
import { chromiumAvailable, launchChromium } from '../helpers/browser.js';
import { TEST_KEY, startFacade } from '../helpers/harness.js';
import type { FacadeHandle } from '../helpers/harness.js';

const available = chromiumAvailable('chat page');

const REPLY_WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel';
const HISTORY_SIZE = 25;

let emulator: RunningV1Server;
let facade: FacadeHandle;
let browser: Browser;
let context: BrowserContext;
let historyThreadId: string;
const outsideRequests: string[] = [];
const pageErrors: string[] = [];

async function upstream<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The page at /chat with its assistant list loaded and Echo picked. */
async function openChat(query = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${facade.facadeUrl}/chat${query}`);
  await page.locator('#assistant option', { hasText: 'Echo' }).waitFor({ state: 'attached' });
  await page.locator('#assistant').selectOption({ label: 'Echo (gpt-4-turbo)' });
  return page;
}

async function send(page: Page, text: string): Promise<void> {
  await page.locator('#message').fill(text);
  await page.locator('#composer button[type=submit]').click();
}

describe.skipIf(!available)('the chat page in Chromium', () => {
  beforeAll(async () => {
    // Words follow a tenth of a step apart: about 150 ms each, visibly one after another.
    emulator = await startV1Server({ stepDelayMs: 1_500 });
    await upstream('/assistants', {
      model: 'gpt-4-turbo',
      name: 'Echo',
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
    });
    const messages = Array.from({ length: HISTORY_SIZE }, (_, index) => ({ role: 'user', content: `History ${index + 1}` }));
    historyThreadId = (await upstream<{ id: string }>('/threads', { messages })).id;
    facade = await startFacade(emulator.url, { client: { apiKey: TEST_KEY } });
    browser = await launchChromium();
    context = await browser.newContext();
    context.on('request', (request) => {
      if (!request.url().startsWith(facade.facadeUrl) && !/^(data|blob):/.test(request.url())) outsideRequests.push(request.url());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await facade?.close();
    await emulator?.close();
  });

  it('shows a streamed reply as it is written, then answers a tool call through the page', { timeout: 60_000 }, async () => {
    const page = await openChat();
    await send(page, REPLY_WORDS);
    await expect.poll(() => page.locator('.message.user').last().innerText()).toBe(REPLY_WORDS);

    // Sample the reply while the run writes it: it grows, one word at a time.
    const reply = `You said: ${REPLY_WORDS}`;
    const seen: string[] = [];
    const deadline = Date.now() + 30_000;
    while (seen.at(-1) !== reply && Date.now() < deadline) {
      const text = (await page.locator('.message.assistant p').last().textContent({ timeout: 100 }).catch(() => null)) ?? '';
      if (text !== '' && seen.at(-1) !== text) seen.push(text);
      await page.waitForTimeout(20);
    }
    expect(seen.at(-1)).toBe(reply);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    for (const [index, text] of seen.entries()) {
      expect(reply.startsWith(text)).toBe(true);
      if (index > 0) expect(text.length).toBeGreaterThan(seen[index - 1]?.length ?? 0);
    }
    await expect.poll(() => page.locator('#status').innerText()).toBe('Run completed');
    // The new thread is in the URL, so a reload comes back to it.
    const threadId = new URL(page.url()).searchParams.get('thread');
    expect(threadId).toMatch(/^thread_/);

    // The next message goes to the same thread; the run stops for the tool call.
    await send(page, 'call get_weather({"city":"Paris"})');
    const output = page.locator('#tool-form input');
    await output.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => page.locator('#tool-form code').innerText()).toBe('get_weather({"city":"Paris"})');
    expect(await page.locator('#message').isDisabled()).toBe(true); // the run holds the thread
    // Reloaded while the run waits, the page asks again (from the thread's active run).
    await page.reload();
    await output.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => page.locator('.message').last().innerText()).toBe('call get_weather({"city":"Paris"})');
    await output.fill('{"temperature":21}');
    await page.locator('#tool-form button').click();
    await expect
      .poll(() => page.locator('.message.assistant p').last().innerText(), { timeout: 20_000 })
      .toBe('Tool results: get_weather={"temperature":21}');
    await expect.poll(() => page.locator('#status').innerText()).toBe('Run completed');
    expect(await page.locator('#tool-form').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('thread')).toBe(threadId);
    await page.screenshot({ path: join(tmpdir(), 'chat-page.png') });

    // Reloaded, the page shows the thread from the server: both questions and both answers.
    await page.reload();
    await expect.poll(() => page.locator('.message').allInnerTexts()).toEqual([
      REPLY_WORDS,
      reply,
      'call get_weather({"city":"Paris"})',
      'Tool results: get_weather={"temperature":21}',
    ]);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('pages back through a long thread with "Load older"', { timeout: 30_000 }, async () => {
    const page = await openChat(`?thread=${historyThreadId}`);
    const history = (from: number, to: number): string[] =>
      Array.from({ length: to - from + 1 }, (_, index) => `History ${from + index}`);
    await expect.poll(() => page.locator('.message').allInnerTexts()).toEqual(history(16, 25));
    const older = page.locator('#older');
    await older.click();
    await expect.poll(() => page.locator('.message').allInnerTexts()).toEqual(history(6, 25));
    await older.click();
    await expect.poll(() => page.locator('.message').allInnerTexts()).toEqual(history(1, 25));
    expect(await older.isHidden()).toBe(true);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
