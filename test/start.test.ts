import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_QUERY } from '../src/first-query.js';

const root = new URL('..', import.meta.url).pathname;
let child: ChildProcess;
let url = '';
const logLines: string[] = [];

/** `npm start` as a newcomer runs it: nothing configured, so the embedded emulator. */
beforeAll(async () => {
  child = spawn(`${root}node_modules/.bin/tsx`, ['src/index.ts'], {
    cwd: root,
    env: { PATH: `${root}node_modules/.bin:${process.env['PATH'] ?? ''}`, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line in: ${logLines.join('\n')}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      const ready = /GraphiQL at (http:\/\/[^\s"]+)\/graphql/.exec(chunk.toString());
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
  });
});

afterAll(() => {
  child.kill('SIGTERM');
});

describe('npm start with nothing configured', () => {
  it('says in its log that it uses the embedded emulator', () => {
    expect(logLines.some((line) => line.includes('embedded Assistants v1 emulator'))).toBe(true);
  });

  it('serves GraphiQL from the package itself, with no outside host', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('GraphiQL');
    expect(page.match(/<(script|link)[^>]+(src|href)="https?:\/\/[^"]+"/g) ?? []).toEqual([]);
  });

  it('answers the README’s first query, as pasted, with the seeded assistant', async () => {
    const readmeQuery = /```graphql\n([\s\S]*?)```/.exec(readFileSync(`${root}README.md`, 'utf8'))?.[1];
    expect(readmeQuery).toBe(FIRST_QUERY);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: readmeQuery }),
    });
    const body = (await response.json()) as { data?: { assistants: { nodes: { name: string; tools: { type: string }[] }[] } } };
    expect(body.data?.assistants.nodes).toEqual([
      expect.objectContaining({ name: 'Echo', model: 'gpt-4-turbo', tools: [{ type: 'FUNCTION' }] }),
    ]);
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });
});
