/**
 * Serving the reference chat page (src/chat-page.ts): `/chat` in development, with a tight CSP and
 * its bundle built from examples/chat; nothing in production. The page itself is tested in
 * Chromium by test/browser/chat.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFacade } from './helpers/harness.js';
import type { FacadeHandle } from './helpers/harness.js';

// No upstream call is made: the page's files never reach it.
const NO_UPSTREAM = 'http://127.0.0.1:9';

describe('the chat page route', () => {
  let development: FacadeHandle;
  let production: FacadeHandle;

  beforeAll(async () => {
    development = await startFacade(NO_UPSTREAM);
    production = await startFacade(NO_UPSTREAM, { facade: { production: true } });
  });

  afterAll(async () => {
    await development?.close();
    await production?.close();
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
