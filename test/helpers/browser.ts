/**
 * Debian's Chromium for the browser tests, driven by playwright-core (never a downloaded browser),
 * with the flags that keep it off the network: this machine allows no outside connections.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Request } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run; when not, `name` is skipped with a message saying why. In CI
 * (`CI=true`) a missing browser is an error: the browser tests must run there.
 */
export function chromiumAvailable(name: string): boolean {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.CI === 'true') throw new Error(`The ${name} browser test must run in CI, but ${CHROMIUM} is not installed.`);
  if (!available) console.warn(`Skipping the ${name} browser test: ${CHROMIUM} is not installed (apt-get install chromium).`);
  return available;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Records in `into` every request `target` (a page, or a context's pages) makes anywhere but
 * `origins`: the pages must reach nothing outside. `data:` and `blob:` URLs never leave the page.
 */
export function recordOutsideRequests(
  target: { on(event: 'request', listener: (request: Request) => void): unknown },
  origins: readonly string[],
  into: string[],
): void {
  target.on('request', (request) => {
    const url = request.url();
    if (!origins.some((origin) => url.startsWith(origin)) && !/^(data|blob):/.test(url)) into.push(url);
  });
}
