import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_QUERY } from '../src/startup/first-query.js';
import { spawnFacadeProcess } from './helpers/facade-process.js';
import type { SpawnedFacade } from './helpers/facade-process.js';

const root = new URL('..', import.meta.url).pathname;
const databaseUrl = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'start-')), 'assistants.sqlite')}`;
let facade: SpawnedFacade;
let url = '';
let logLines: string[] = [];

/** Starts `npm start`'s entry with nothing configured but where its data lives. */
async function start(): Promise<{ facade: SpawnedFacade; url: string; logLines: string[] }> {
  const started = await spawnFacadeProcess({ DATABASE_URL: databaseUrl });
  return { facade: started, url: started.url, logLines: started.lines() };
}

async function assistantsAt(address: string): Promise<{ id: string; name: string; model: string; tools: { type: string }[] }[]> {
  const response = await fetch(`${address}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: FIRST_QUERY }),
  });
  const body = (await response.json()) as { data?: { assistants: { nodes: { id: string; name: string; model: string; tools: { type: string }[] }[] } }; errors?: unknown };
  // A failed read must fail the test: two failed reads would otherwise compare equal.
  if (response.status !== 200 || body.errors !== undefined || !body.data) throw new Error(`Reading the assistants failed (${response.status}): ${JSON.stringify(body)}`);
  return body.data.assistants.nodes;
}

/** The assistant and thread ids of the JSON log line containing `message`. */
function seededIds(lines: string[], message: string): { assistantId: string; threadId: string } {
  const line = lines.find((candidate) => candidate.includes(message)) ?? '{}';
  const { assistantId, threadId } = JSON.parse(line) as { assistantId?: string; threadId?: string };
  if (!assistantId || !threadId) throw new Error(`No ids in the log line: ${line}`);
  return { assistantId, threadId };
}

/** `npm start` as a newcomer runs it: nothing configured, so the embedded v1 server. */
beforeAll(async () => {
  ({ facade, url, logLines } = await start());
});

afterAll(async () => {
  await facade.stop('SIGTERM');
});

describe('npm start with nothing configured', () => {
  it('says in its log that it uses the embedded v1 server', () => {
    expect(logLines.some((line) => line.includes('No OPENAI_BASE_URL set: using the built-in v1 server'))).toBe(true);
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

  it('says it seeded the empty store, naming the assistant and thread', () => {
    expect(logLines.some((line) => /Seeded an empty store/.test(line) && /"assistantId":"asst_/.test(line) && /"threadId":"thread_/.test(line))).toBe(true);
  });

  it('opens GraphiQL on the example tabs, with the seeded ids in their variables', async () => {
    const { assistantId, threadId } = seededIds(logLines, 'Seeded an empty store');
    const page = await (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
    for (const expected of ['query FirstLook', 'query BrowseThread', 'subscription StreamReply', 'mutation AskWeather', assistantId, threadId]) {
      expect(page).toContain(expected);
    }
  });

  it('keeps its data across a restart on the same database, and seeds nothing the second time', async () => {
    const before = await assistantsAt(url);
    const seeded = seededIds(logLines, 'Seeded an empty store');
    await facade.stop('SIGTERM');
    ({ facade, url, logLines } = await start());
    expect(logLines.some((line) => line.includes('nothing seeded'))).toBe(true);
    // It names the example assistant and thread again, as GraphiQL's tabs use them.
    expect(seededIds(logLines, 'nothing seeded')).toEqual(seeded);
    expect(await assistantsAt(url)).toEqual(before);
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });
});
