/**
 * Over real HTTP, against the facade and the built-in server: arbitrary strings as ID arguments
 * and as mutation inputs never give a 500 or INTERNAL_SERVER_ERROR; every answer is data (null
 * when nothing has the ID) or coded errors.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, startHarness } from '../helpers/harness.js';
import type { Harness } from '../helpers/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/** Bounded, so the suite stays fast; a failure prints its seed to replay it. */
const RUNS = { numRuns: 100 };

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] };
}

async function post(query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${harness.facadeUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${TEST_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'];

function expectCodedOrData(answer: Answer): void {
  expect(answer.status).toBeLessThan(500);
  for (const error of answer.body.errors ?? []) expect(CODES, error.message).toContain(error.extensions?.code);
  if (!answer.body.errors) expect(answer.body.data).toBeDefined();
}

const idLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('asst_', 'thread_', 'msg_', 'run_', 'file-').chain((prefix) => fc.string().map((rest) => prefix + rest)),
  fc.string().map((text) => Buffer.from(text, 'utf8').toString('base64')),
);

describe('arbitrary arguments over HTTP', () => {
  it('node(id:), assistant(id:) and thread(id:) answer null or a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(idLike, async (id) => {
        const answer = await post('query($id: ID!) { node(id: $id) { id } assistant(id: $id) { id } thread(id: $id) { id } }', { id });
        expectCodedOrData(answer);
      }),
      RUNS,
    );
  });

  it('a thread’s message(id:) and run(id:) and its messages(runId:) answer null or a coded error', async () => {
    const created = await post('mutation { createThread(input: {}) { thread { id } } }', {});
    const threadId = (created.body.data as { createThread: { thread: { id: string } } }).createThread.thread.id;
    await fc.assert(
      fc.asyncProperty(idLike, async (id) => {
        const answer = await post(
          'query($t: ID!, $id: ID!) { thread(id: $t) { message(id: $id) { id } run(id: $id) { id } messages(runId: $id, first: 1) { nodes { id } } } }',
          { t: threadId, id },
        );
        expectCodedOrData(answer);
      }),
      RUNS,
    );
  });

  it('mutations with arbitrary strings and metadata answer data or a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(
        idLike,
        fc.string(),
        fc.array(idLike, { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 70 }), fc.string({ maxLength: 20 }), { maxKeys: 18 }),
        async (id, content, fileIds, metadata) => {
          expectCodedOrData(
            await post('mutation($id: ID!, $c: String!, $f: [String!], $m: Metadata) { createMessage(input: {threadId: $id, content: $c, fileIds: $f, metadata: $m}) { message { id } } }', {
              id,
              c: content,
              f: fileIds,
              m: metadata,
            }),
          );
          expectCodedOrData(await post('mutation($id: ID!, $m: Metadata) { updateThread(input: {id: $id, metadata: $m}) { thread { id } } }', { id, m: metadata }));
          expectCodedOrData(
            await post('mutation($id: ID!, $n: String) { createRun(input: {threadId: $id, assistantId: $id, instructions: $n}) { run { id } } }', { id, n: content }),
          );
          expectCodedOrData(await post('mutation($id: ID!, $f: String!) { createAssistantFile(input: {assistantId: $id, fileId: $f}) { assistantFile { id } } }', { id, f: content }));
        },
      ),
      RUNS,
    );
  });
});
