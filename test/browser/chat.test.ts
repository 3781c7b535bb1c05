/**
 * The reference chat page (examples/chat, served at /chat) in a real browser: Debian's Chromium,
 * driven by playwright-core. A streamed reply grows on the page word by word, a tool call is
 * answered through the page, a long thread pages back, and no request leaves 127.0.0.1. In `jwt`
 * mode the page sends the Token field's token, lists only that user's conversations and shows a
 * refused token's UNAUTHENTICATED; with trusted documents on, it chats by hash. Files dropped or
 * picked are uploaded as chips and sent with a message or attached to the assistant, and the
 * built-in model's citations show as footnotes with the quote and file name. Skipped, saying so,
 * on a machine without /usr/bin/chromium (`apt-get install chromium`).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtAuthenticator } from '../../src/auth/authenticate.js';
import { loadTrustedDocuments } from '../../src/trusted-documents.js';
import { startV1Server } from '../../src/v1-server/index.js';
import type { RunningV1Server } from '../../src/v1-server/index.js';
import { ADMIN_ROLE, AUDIENCE, ISSUER, startIdentityProvider } from '../auth/identity-provider.js';
import type { IdentityProvider } from '../auth/identity-provider.js';
import { chromiumAvailable, launchChromium, recordOutsideRequests } from '../helpers/browser.js';
import { TEST_KEY, startFacade } from '../helpers/harness.js';
import type { FacadeHandle } from '../helpers/harness.js';

const available = chromiumAvailable('chat page');

const REPLY_WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel';
const HISTORY_SIZE = 25;

let emulator: RunningV1Server;
let facade: FacadeHandle;
/** In `jwt` mode, with the tokens of `idp`. */
let jwtFacade: FacadeHandle;
let idp: IdentityProvider;
/** With the examples' trusted documents (examples/generated/persisted-documents.json). */
let trustedFacade: FacadeHandle;
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

/** The page at /chat of `base`, with no wait for anything. */
async function openPage(base: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // A refused request is the point of some tests; the page shows it (checked there).
    if (message.type() === 'error' && !/status of (400|401)/.test(message.text())) pageErrors.push(message.text());
  });
  await page.goto(`${base}/chat${query}`);
  return page;
}

/** Waits for the assistant list and picks Echo. */
async function pickEcho(page: Page): Promise<void> {
  await page.locator('#assistant option', { hasText: 'Echo' }).waitFor({ state: 'attached' });
  await page.locator('#assistant').selectOption({ label: 'Echo (gpt-4-turbo)' });
}

/** The page at /chat (of `base`, else the open facade) with its assistant list loaded and Echo picked. */
async function openChat(query = '', base = facade.facadeUrl): Promise<Page> {
  const page = await openPage(base, query);
  await pickEcho(page);
  return page;
}

/** Sends `text` and waits for Echo's whole reply and the run's end. */
async function chat(page: Page, text: string): Promise<void> {
  await send(page, text);
  await expect.poll(() => page.locator('.message.assistant p').last().innerText(), { timeout: 20_000 }).toBe(`You said: ${text}`);
  await expect.poll(() => page.locator('#status').innerText()).toBe('Run completed');
}

/** The thread ids in the Conversations menu. */
function conversations(page: Page): Promise<string[]> {
  return page.locator('#conversations option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
}

/** Types a token into the Token field, as a person does (the page reads it when the field is left). */
async function enterToken(page: Page, token: string): Promise<void> {
  await page.locator('#token').fill(token);
  await page.locator('#token').press('Tab');
}

async function upstreamGet<T>(path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${emulator.url}${path}`, { headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1' } });
  return { status: response.status, body: (await response.json()) as T };
}

interface TextFile {
  name: string;
  content: string;
}

/** Drags text files over the conversation and drops them there, as a person drops them from a file manager. */
async function dropFiles(page: Page, files: TextFile[]): Promise<void> {
  const transfer = await page.evaluateHandle((dropped) => {
    const data = new DataTransfer();
    for (const { name, content } of dropped) data.items.add(new File([content], name, { type: 'text/plain' }));
    return data;
  }, files);
  await page.locator('#log').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('#log').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The chips under the composer, as `name state` lines. */
function chipTexts(page: Page): Promise<string[]> {
  return page.locator('#attachments .chip').evaluateAll((chips) => chips.map((chip) => `${chip.querySelector('.name')?.textContent} ${chip.querySelector('.state')?.textContent}`));
}

/** The last assistant message's footnotes, as [quote, file name] pairs. */
function footnotes(page: Page): Promise<string[][]> {
  return page
    .locator('.message.assistant')
    .last()
    .locator('.footnotes li')
    .evaluateAll((notes) => notes.map((note) => [note.querySelector('q')?.textContent ?? '', note.querySelector('cite')?.textContent ?? '']));
}

const REFUNDS = { name: 'refunds.txt', content: 'Refunds are accepted within 30 days of purchase. Shipping is free above fifty euros.' };
const HANDBOOK = { name: 'handbook.md', content: 'The office opens at eight on weekdays. Visitors sign in at the desk.' };

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
    idp = await startIdentityProvider();
    jwtFacade = await startFacade(emulator.url, {
      client: { apiKey: TEST_KEY },
      facade: { auth: jwtAuthenticator({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', adminRole: ADMIN_ROLE }) },
    });
    const shipped = new URL('../../examples/generated/persisted-documents.json', import.meta.url).pathname;
    trustedFacade = await startFacade(emulator.url, { client: { apiKey: TEST_KEY }, facade: { trustedDocuments: loadTrustedDocuments(shipped) } });
    browser = await launchChromium();
    context = await browser.newContext();
    recordOutsideRequests(context, [facade, jwtFacade, trustedFacade].map((started) => started.facadeUrl), outsideRequests);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await facade?.close();
    await jwtFacade?.close();
    await trustedFacade?.close();
    await idp?.close();
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

  it('in jwt mode: sends the Token field’s token, lists only that user’s conversations, shows a refused token', { timeout: 60_000 }, async () => {
    // Without a token, and with a bad one, the page says why nothing is there.
    const page = await openPage(jwtFacade.facadeUrl);
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/^UNAUTHENTICATED: /);
    await enterToken(page, 'not-a-token');
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/^UNAUTHENTICATED: /);
    expect(await page.locator('#assistant option').count()).toBe(0);

    // Bob chats first (his token in the address, as a link would bring it).
    const bob = await openChat(`?token=${await idp.token('bob')}`, jwtFacade.facadeUrl);
    expect(new URL(bob.url()).searchParams.get('token')).toBeNull();
    await chat(bob, 'I am Bob');
    const bobThread = new URL(bob.url()).searchParams.get('thread');
    await expect.poll(() => conversations(bob)).toEqual([bobThread]);

    // Alice, in the Token field of the first page: the refusal is gone, Bob's thread is not hers.
    await enterToken(page, await idp.token('alice'));
    await pickEcho(page);
    expect(await page.locator('#status').innerText()).toBe('');
    expect(await conversations(page)).toEqual([]);
    await chat(page, 'I am Alice');
    const aliceThread = new URL(page.url()).searchParams.get('thread');
    expect(aliceThread).toMatch(/^thread_/);
    await expect.poll(() => conversations(page)).toEqual([aliceThread]);
    // Alice's thread, opened by Bob (the page keeps no token: he enters his again), is not there for him.
    await bob.goto(`${jwtFacade.facadeUrl}/chat?thread=${aliceThread}`);
    await enterToken(bob, await idp.token('bob'));
    await expect.poll(() => bob.locator('#status').innerText()).toBe(`There is no thread ${aliceThread}.`);
    await expect.poll(() => conversations(bob)).toEqual([bobThread]);
    expect(await bob.locator('.message').count()).toBe(0);

    // A token that runs out while the page is open: the message's event stream is refused, and said so.
    const carol = await openChat(`?token=${await idp.token('carol', { expiresIn: -57 })}`, jwtFacade.facadeUrl);
    await carol.waitForTimeout(4_000); // past its expiry and the 60 s of clock skew allowed
    await send(carol, 'too late');
    await expect.poll(() => carol.locator('#status').innerText()).toMatch(/^UNAUTHENTICATED: /);
    expect(await carol.locator('#message').isDisabled()).toBe(false);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('with trusted documents on: chats by hash, the reply streamed as without them', { timeout: 60_000 }, async () => {
    const sent: Record<string, unknown>[] = [];
    const page = await openPage(trustedFacade.facadeUrl);
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') sent.push(request.postDataJSON() as Record<string, unknown>);
    });
    await pickEcho(page);
    await chat(page, 'trusted hello');
    const threadId = new URL(page.url()).searchParams.get('thread');
    await page.reload();
    await expect.poll(() => page.locator('.message').allInnerTexts()).toEqual(['trusted hello', 'You said: trusted hello']);
    expect(await conversations(page)).toContain(threadId);
    // Queries and subscriptions alike named their document by hash, with no text of it.
    expect(sent.map((body) => body['operationName'])).toEqual(expect.arrayContaining(['ChatAssistants', 'ChatThreadAndRun', 'ChatMessages']));
    for (const body of sent) {
      expect(body['query'] ?? '').toBe('');
      expect(body['extensions']).toEqual({ persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    }
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('sends a dropped file with a message: `search` answers with a quote, shown as a footnote naming the file', { timeout: 60_000 }, async () => {
    const page = await openChat();
    await dropFiles(page, [REFUNDS]);
    await expect.poll(() => chipTexts(page)).toEqual(['refunds.txt ready']);
    await send(page, 'search refunds within days');
    // The chip went with the message; the reply's marker is footnote 1, with the exact quote and the file's name.
    await expect.poll(() => chipTexts(page)).toEqual([]);
    const quote = 'Refunds are accepted within 30 days of purchase.';
    await expect.poll(() => footnotes(page), { timeout: 20_000 }).toEqual([[quote, 'refunds.txt']]);
    await expect.poll(() => page.locator('#status').innerText()).toBe('Run completed');
    const reply = page.locator('.message.assistant').last();
    expect(await reply.locator('p').innerText()).toBe(`From refunds.txt: "${quote}"1`);
    expect(await reply.locator('p sup').innerText()).toBe('1');
    expect(await reply.locator('p').textContent()).not.toContain('【');

    // The message carried the file, and the page gave Echo the retrieval tool (keeping its function).
    const threadId = new URL(page.url()).searchParams.get('thread') ?? '';
    const messages = await upstreamGet<{ data: { role: string; file_ids: string[] }[] }>(`/threads/${threadId}/messages?order=asc`);
    expect(messages.body.data[0]?.file_ids).toHaveLength(1);
    const assistants = await upstreamGet<{ data: { name: string; tools: { type: string }[] }[] }>('/assistants');
    expect(assistants.body.data.find((assistant) => assistant.name === 'Echo')?.tools.map((tool) => tool.type)).toEqual(['function', 'retrieval']);

    // Reloaded, the thread shows the same footnote, from the stored message.
    await page.reload();
    await expect.poll(() => footnotes(page)).toEqual([[quote, 'refunds.txt']]);
    expect(await page.locator('.message.assistant p').last().innerText()).toBe(`From refunds.txt: "${quote}"1`);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('attaches a picked file to the assistant, which then cites it in a new conversation', { timeout: 60_000 }, async () => {
    const page = await openChat();
    await page.locator('#to-assistant').check();
    // The button opens the file picker (keyboard users reach it with Tab).
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#attach').press('Enter');
    await (await chooser).setFiles([{ name: HANDBOOK.name, mimeType: 'text/markdown', buffer: Buffer.from(HANDBOOK.content) }]);
    await expect.poll(() => chipTexts(page)).toEqual(['handbook.md (assistant) attached to Echo']);
    const echo = (await upstreamGet<{ data: { id: string; name: string; file_ids: string[] }[] }>('/assistants')).body.data.find((assistant) => assistant.name === 'Echo');
    expect(echo?.file_ids).toHaveLength(1);

    // A new thread, no file on the message: the assistant's file is searched.
    await page.locator('#new-thread').click();
    await send(page, 'search when does the office open');
    await expect.poll(() => footnotes(page), { timeout: 20_000 }).toEqual([['The office opens at eight on weekdays.', 'handbook.md']]);

    // Taken off, the file is deleted, and so leaves the assistant.
    await page.locator('#attachments button[aria-label="Remove handbook.md"]').click();
    await expect.poll(async () => (await upstreamGet(`/files/${echo?.file_ids[0]}`)).status).toBe(404);
    expect(await chipTexts(page)).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows a refused file type as an error chip, keeps to 10 files per message, and takes a chip off before sending', { timeout: 60_000 }, async () => {
    const page = await openChat();
    await dropFiles(page, [{ name: 'setup.exe', content: 'MZ' }]);
    await expect.poll(() => page.locator('#attachments .chip.error .state').innerText()).toMatch(/Invalid extension exe\. Supported formats: /);

    const eleven = Array.from({ length: 11 }, (_, index) => ({ name: `note-${index + 1}.txt`, content: `Note number ${index + 1}.` }));
    await dropFiles(page, eleven);
    await expect.poll(() => page.locator('#status').innerText()).toBe('A message may have at most 10 files: note-11.txt not attached.');
    await expect.poll(() => page.locator('#attachments .chip.ready').count()).toBe(10);

    // Taken off before sending: the uploaded file is deleted, and the message goes without it.
    const files = (await upstreamGet<{ data: { id: string; filename: string }[] }>('/files')).body.data;
    const first = files.find((file) => file.filename === 'note-1.txt');
    await page.locator('#attachments button[aria-label="Remove note-1.txt"]').click();
    await expect.poll(async () => (await upstreamGet(`/files/${first?.id}`)).status).toBe(404);
    await page.locator('#attachments button[aria-label="Remove setup.exe"]').click();
    await chat(page, 'nine notes');
    const threadId = new URL(page.url()).searchParams.get('thread') ?? '';
    const messages = await upstreamGet<{ data: { file_ids: string[] }[] }>(`/threads/${threadId}/messages?order=asc`);
    expect(messages.body.data[0]?.file_ids).toHaveLength(9);
    expect(messages.body.data[0]?.file_ids).not.toContain(first?.id);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('with trusted documents on: uploads by hash, and cites the file', { timeout: 60_000 }, async () => {
    const uploads: string[] = [];
    const page = await openPage(trustedFacade.facadeUrl);
    page.on('request', (request) => {
      if ((request.headers()['content-type'] ?? '').startsWith('multipart/form-data')) uploads.push(request.url());
    });
    await pickEcho(page);
    // This facade refuses any document sent as text (test/trusted-documents.test.ts): the upload went by hash.
    await dropFiles(page, [REFUNDS]);
    await expect.poll(() => chipTexts(page)).toEqual(['refunds.txt ready']);
    expect(uploads).toEqual([`${trustedFacade.facadeUrl}/graphql`]);
    await send(page, 'search refunds');
    await expect.poll(() => footnotes(page), { timeout: 20_000 }).toEqual([['Refunds are accepted within 30 days of purchase.', 'refunds.txt']]);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
