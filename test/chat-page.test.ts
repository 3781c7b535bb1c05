/**
 * Serving the reference chat page (src/chat-page.ts): `/chat` in development, with a tight CSP and
 * its bundle built from examples/chat; nothing in production; with trusted documents on, the HTML
 * tells the page to send its operations by hash. The page itself is tested in Chromium by
 * test/browser/chat.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustedDocuments } from '../src/trusted-documents.js';
import { startFacade } from './helpers/harness.js';
import type { FacadeHandle } from './helpers/harness.js';

// No upstream call is made: the page's files never reach it.
const NO_UPSTREAM = 'http://127.0.0.1:9';

describe('the chat page route', () => {
  let development: FacadeHandle;
  let production: FacadeHandle;
  let trusted: FacadeHandle;

  beforeAll(async () => {
    development = await startFacade(NO_UPSTREAM);
    production = await startFacade(NO_UPSTREAM, { facade: { production: true } });
    const shipped = new URL('../examples/generated/persisted-documents.json', import.meta.url).pathname;
    trusted = await startFacade(NO_UPSTREAM, { facade: { trustedDocuments: loadTrustedDocuments(shipped) } });
  });

  afterAll(async () => {
    await development?.close();
    await production?.close();
    await trusted?.close();
  });

  it('serves the page, its stylesheet and its bundle, from this origin only', async () => {
    const page = await fetch(`${development.facadeUrl}/chat?thread=thread_abc`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
    expect(await page.text()).toContain('<script type="module" src="/chat/main.js">');

    const css = await fetch(`${development.facadeUrl}/chat/chat.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const bundle = await fetch(`${development.facadeUrl}/chat/main.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await bundle.text();
    // urql and graphql-sse are in it: the page imports nothing at run time.
    expect(code).toContain('subscription ChatRun(');
    expect(code).not.toMatch(/^\s*import\s/m);
  }, 30_000);

  it('tells the page to send its operations by hash only where trusted documents are on', async () => {
    const mark = (content: string): string => `<meta name="send-operations" content="${content}">`;
    const plain = await (await fetch(`${development.facadeUrl}/chat`)).text();
    expect(plain).toContain(mark('documents'));
    const listed = await (await fetch(`${trusted.facadeUrl}/chat/`)).text();
    expect(listed).toContain(mark('by-hash'));
    expect(listed).not.toContain(mark('documents'));
    // The same page otherwise, served from the same cache.
    expect(listed.replace(mark('by-hash'), mark('documents'))).toBe(plain);
  });

  it('answers only GET and HEAD there', async () => {
    const response = await fetch(`${development.facadeUrl}/chat`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('is not served in production', async () => {
    for (const path of ['/chat', '/chat/main.js']) {
      expect((await fetch(`${production.facadeUrl}${path}`)).status).toBe(404);
    }
  });
});
