/**
 * Two promises of the HTTP surface, over real HTTP against a loopback upstream: an unexpected error
 * reaches the caller as INTERNAL_SERVER_ERROR with the request's id and never its message; and in
 * `open` mode a request's own `OpenAI-Organization` and `OpenAI-Project` go upstream with its key.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFacade } from '../helpers/harness.js';
import type { FacadeHandle } from '../helpers/harness.js';
import { FakeUpstream } from '../openai/fake-upstream.js';
import { assistant } from '../openai/fixtures.js';

const SECRET_DETAIL = 'the observer broke reading sk-internal-detail';
const LOOKUP = '{ assistant(id: "asst_1") { name } }';

let upstream: FakeUpstream;
/** Its upstream observer throws on every call: an error no code of the facade expects. */
let broken: FacadeHandle;
/** Open mode, with a server key and organization of its own. */
let open: FacadeHandle;

beforeAll(async () => {
  upstream = await FakeUpstream.start();
  broken = await startFacade(upstream.url, {
    client: {
      observer: {
        onSend: () => {
          throw new Error(SECRET_DETAIL);
        },
      },
    },
  });
  open = await startFacade(upstream.url, { client: { apiKey: 'sk-server', organization: 'org-server', project: 'proj-server' } });
});

afterAll(async () => {
  await broken.close();
  await open.close();
  await upstream.close();
});

beforeEach(() => {
  upstream.reset();
  upstream.route(() => ({ json: assistant }));
});

interface Answer {
  status: number;
  requestId: string | null;
  text: string;
  body: { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, requestId: response.headers.get('x-request-id'), text, body: JSON.parse(text) as Answer['body'] };
}

describe('an unexpected error', () => {
  it('reaches a POST as INTERNAL_SERVER_ERROR with the request id, its message masked', async () => {
    const answer = await answerOf(
      await fetch(`${broken.facadeUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Bearer sk-caller' },
        body: JSON.stringify({ query: LOOKUP }),
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body).toEqual({
      data: { assistant: null },
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['assistant'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: answer.requestId },
        },
      ],
    });
    expect(answer.text).not.toContain('sk-internal-detail');
    expect(answer.text).not.toContain('observer');
    expect(upstream.hits).toHaveLength(0);
  });

  it('reaches a GET (yoga’s own path) the same way, and a request id the caller chose is kept', async () => {
    const answer = await answerOf(
      await fetch(`${broken.facadeUrl}/graphql?query=${encodeURIComponent(LOOKUP)}`, {
        headers: { accept: 'application/graphql-response+json', authorization: 'Bearer sk-caller', 'x-request-id': 'caller-chosen-1' },
      }),
    );
    expect(answer.requestId).toBe('caller-chosen-1');
    expect(answer.body.errors?.map(({ message, extensions }) => [message, extensions])).toEqual([
      ['Unexpected error.', { code: 'INTERNAL_SERVER_ERROR', requestId: 'caller-chosen-1' }],
    ]);
    expect(answer.text).not.toContain('sk-internal-detail');
  });
});

describe('open mode', () => {
  it('sends a request’s own key, organization and project upstream, never the server’s', async () => {
    const response = await fetch(`${open.facadeUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer sk-caller',
        'OpenAI-Organization': 'org-caller',
        'OpenAI-Project': 'proj-caller',
      },
      body: JSON.stringify({ query: LOOKUP }),
    });
    expect(((await response.json()) as Answer['body']).data).toEqual({ assistant: { name: 'Helper' } });
    const { headers } = upstream.only();
    expect([headers.authorization, headers['openai-organization'], headers['openai-project']]).toEqual(['Bearer sk-caller', 'org-caller', 'proj-caller']);
  });

  it('sends the server’s organization and project with the server’s key when the request brings neither', async () => {
    const response = await fetch(`${open.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOOKUP }),
    });
    expect(((await response.json()) as Answer['body']).data).toEqual({ assistant: { name: 'Helper' } });
    const { headers } = upstream.only();
    expect([headers.authorization, headers['openai-organization'], headers['openai-project']]).toEqual(['Bearer sk-server', 'org-server', 'proj-server']);
  });
});
