/**
 * The code interpreter through the facade, over the built-in v1 server with its bubblewrap sandbox:
 * a run's `CodeInterpreterToolCall` with its input and outputs (logs, and the chart linked to its
 * `File`), the reply's image part and `file_path` annotation linked to their files, downloaded
 * through the facade's route; the same links in the streamed step and message deltas; and in `jwt`
 * mode, the chart reached through the user's own run step, not another user's. Skipped, saying why,
 * where bubblewrap cannot start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtAuthenticator } from '../../src/auth/authenticate.js';
import { ADMIN_ROLE, AUDIENCE, ISSUER, startIdentityProvider } from '../auth/identity-provider.js';
import type { IdentityProvider } from '../auth/identity-provider.js';
import { askToRun, EVERY_OUTPUT_CODE, probeBubblewrap, RUN_TIMEOUT_MS } from '../helpers/code-interpreter.js';
import { TEST_KEY, dataOf, startFacade, startHarness } from '../helpers/harness.js';
import type { FacadeHandle, Harness } from '../helpers/harness.js';
import { createAssistant, defined, settled } from '../helpers/kit.js';
import { subscribe } from '../helpers/sse-client.js';
import { graphql } from './generated/gql.js';
import type { CodeInterpreterRunQuery, CodeInterpreterStreamedEventFragment } from './generated/graphql.js';

const { available, description } = await probeBubblewrap();
const skipped = available ? '' : ` (skipped: code interpreter is ${description})`;

const MESSAGE = askToRun(EVERY_OUTPUT_CODE);

graphql(`
  fragment CodeInterpreterLinkedFile on File { id openaiId filename purpose downloadUrl }
`);

const CREATE_THREAD_AND_RUN = graphql(`
  mutation CodeInterpreterCreateRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { id } } } }
`);

const RUN = graphql(`
  query CodeInterpreterRun($id: ID!) {
    node(id: $id) {
      ... on Run {
        steps(order: ASC) {
          nodes {
            id
            stepDetails {
              __typename
              ... on ToolCallsStepDetails {
                toolCalls {
                  __typename id
                  ... on CodeInterpreterToolCall {
                    input
                    outputs {
                      __typename
                      ... on CodeInterpreterLogs { logs }
                      ... on CodeInterpreterImage { fileId file { ...CodeInterpreterLinkedFile } }
                    }
                  }
                }
              }
            }
          }
        }
        thread {
          messages(order: DESC, first: 1) {
            nodes {
              fileIds
              content {
                __typename
                ... on TextContent { value annotations { __typename ... on FilePathAnnotation { text fileId file { ...CodeInterpreterLinkedFile } } } }
                ... on ImageFileContent { fileId downloadUrl file { ...CodeInterpreterLinkedFile } }
              }
            }
          }
        }
      }
    }
  }
`);

graphql(`
  fragment CodeInterpreterStreamedEvent on RunEvent {
    __typename
    event
    ... on RunStepEvent {
      step { stepDetails { ... on ToolCallsStepDetails { toolCalls { ... on CodeInterpreterToolCall { input outputs { ... on CodeInterpreterImage { file { openaiId } } } } } } } }
    }
    ... on RunStepDeltaEvent {
      toolCalls { type codeInterpreter { input outputs { index type logs imageFileId imageFile { ...CodeInterpreterLinkedFile } } } }
    }
    ... on MessageDeltaEvent {
      content {
        __typename
        ... on TextContentDelta { value annotations { type fileId file { ...CodeInterpreterLinkedFile } } }
        ... on ImageFileContentDelta { fileId downloadUrl file { openaiId } }
      }
    }
  }
`);

const STREAMED_RUN = graphql(`
  subscription CodeInterpreterStreamedRun($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { ...CodeInterpreterStreamedEvent } }
`);

type RunNode = Extract<NonNullable<CodeInterpreterRunQuery['node']>, { steps: unknown }>;
type ToolCall = Extract<NonNullable<RunNode['steps']['nodes'][number]['stepDetails']>, { __typename: 'ToolCallsStepDetails' }>['toolCalls'][number];
type CodeCall = Extract<ToolCall, { __typename: 'CodeInterpreterToolCall' }>;
type Content = NonNullable<RunNode['thread']>['messages']['nodes'][number]['content'][number];

/** The run's single code interpreter call, and the reply's content. */
function callAndReply(node: CodeInterpreterRunQuery['node']): { call: CodeCall; stepId: string; content: Content[]; fileIds: string[] } {
  if (!node || !('steps' in node)) throw new Error(`no run: ${JSON.stringify(node)}`);
  const [step] = node.steps.nodes;
  const details = step?.stepDetails;
  const call = details?.__typename === 'ToolCallsStepDetails' ? details.toolCalls[0] : undefined;
  if (call?.__typename !== 'CodeInterpreterToolCall') throw new Error(`no code interpreter call: ${JSON.stringify(node.steps)}`);
  const reply = defined(node.thread?.messages.nodes[0], 'the reply');
  return { call, stepId: defined(step, 'the step').id, content: reply.content, fileIds: reply.fileIds };
}

/** A file's bytes through the facade's download route. */
async function download(facadeUrl: string, path: string, token = TEST_KEY): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${facadeUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

function isPng(bytes: Buffer): boolean {
  return bytes.subarray(1, 4).toString('latin1') === 'PNG';
}

describe(`the code interpreter through GraphQL${skipped}`, () => {
  let harness: Harness;
  let assistantId: string;

  beforeAll(async () => {
    if (!available) return;
    harness = await startHarness({ v1Server: { codeInterpreter: { sandbox: 'bubblewrap' } } });
    assistantId = (await createAssistant(harness, { model: 'gpt-4', name: 'Analyst', tools: [{ type: 'CODE_INTERPRETER' }] })).id;
  });

  afterAll(async () => {
    if (!available) return;
    await harness.close();
  });

  it.skipIf(!available)('shows the call with its logs and chart, and the reply’s image and file link, each linked to its File and downloadable', async () => {
    const created = dataOf(await harness.gql(CREATE_THREAD_AND_RUN, { input: { assistantId, messages: [{ content: MESSAGE }] } })).createThreadAndRun.run;
    expect((await harness.events.run(created.openaiId, settled, { timeoutMs: RUN_TIMEOUT_MS })).status).toBe('completed');
    harness.v1Server.stats.reset();
    const { call, content, fileIds } = callAndReply(dataOf(await harness.gql(RUN, { id: created.id })).node);

    expect(call.input).toBe(`${EVERY_OUTPUT_CODE}\n`);
    const [logs, image] = call.outputs;
    expect(logs).toEqual({ __typename: 'CodeInterpreterLogs', logs: 'rows 3\n' });
    if (image?.__typename !== 'CodeInterpreterImage') throw new Error(`no image output: ${JSON.stringify(call.outputs)}`);
    expect(image.file).toMatchObject({ openaiId: image.fileId, purpose: 'ASSISTANTS_OUTPUT' });

    // The reply: its text with the file link, then the chart as an image part: the same file as the step's.
    const [text, picture] = content;
    if (text?.__typename !== 'TextContent' || picture?.__typename !== 'ImageFileContent') throw new Error(`unexpected content: ${JSON.stringify(content)}`);
    expect(picture.fileId).toBe(image.fileId);
    expect(picture.file?.id).toBe(image.file?.id);
    expect(picture.downloadUrl).toBe(picture.file?.downloadUrl);
    const [link] = text.annotations;
    if (link?.__typename !== 'FilePathAnnotation') throw new Error(`no file_path annotation: ${JSON.stringify(text.annotations)}`);
    expect(link).toMatchObject({ text: 'sandbox:/mnt/data/report.csv', file: { openaiId: link.fileId, filename: '/mnt/data/report.csv', purpose: 'ASSISTANTS_OUTPUT' } });
    expect(fileIds).toEqual([link.fileId]);

    // Each file was read once for the whole query, however many fields link it.
    const fileReads = harness.upstreamRequests().filter((request) => request.method === 'GET' && /^\/v1\/files\/[^/]+$/.test(request.path));
    expect(fileReads.map((request) => request.path).sort()).toEqual([`/v1/files/${image.fileId}`, `/v1/files/${link.fileId}`].sort());

    const chart = await download(harness.facadeUrl, defined(picture.downloadUrl, 'the image’s download URL'));
    expect(chart.status).toBe(200);
    expect(isPng(chart.bytes)).toBe(true);
    const csv = await download(harness.facadeUrl, defined(link.file?.downloadUrl, 'the CSV’s download URL'));
    expect(csv).toMatchObject({ status: 200, bytes: Buffer.from('a,b\n1,2\n') });
  });

  it.skipIf(!available)('streams the call and the reply with the same links: the step delta’s image, the message delta’s image part and file link', async () => {
    const results = await subscribe(harness.facadeUrl, STREAMED_RUN, { input: { assistantId, messages: [{ content: MESSAGE }] } }, { apiKey: TEST_KEY }).collect();
    const events: CodeInterpreterStreamedEventFragment[] = results.map((result) => {
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return defined(result.data?.threadAndRunEvents, 'an event');
    });
    expect(events.at(-1)?.event).toBe('done');

    const callDeltas = events.flatMap((event) => (event.__typename === 'RunStepDeltaEvent' ? event.toolCalls : []));
    expect(callDeltas.map((delta) => delta.codeInterpreter?.input ?? '').join('')).toBe(`${EVERY_OUTPUT_CODE}\n`);
    const outputs = callDeltas.flatMap((delta) => delta.codeInterpreter?.outputs ?? []);
    expect(outputs.map(({ type, logs }) => ({ type, logs }))).toEqual([
      { type: 'logs', logs: 'rows 3\n' },
      { type: 'image', logs: null },
    ]);
    const image = defined(outputs[1], 'the image output');
    expect(image.imageFile).toMatchObject({ openaiId: image.imageFileId, purpose: 'ASSISTANTS_OUTPUT', downloadUrl: expect.stringMatching(/^\/files\//) });

    const parts = events.flatMap((event) => (event.__typename === 'MessageDeltaEvent' ? event.content : []));
    const picture = parts.find((part) => part.__typename === 'ImageFileContentDelta');
    if (picture?.__typename !== 'ImageFileContentDelta') throw new Error(`no image part delta: ${JSON.stringify(parts)}`);
    expect(picture).toMatchObject({ fileId: image.imageFileId, file: { openaiId: image.imageFileId }, downloadUrl: image.imageFile?.downloadUrl });
    const link = parts.flatMap((part) => (part.__typename === 'TextContentDelta' ? part.annotations : [])).find((annotation) => annotation.type === 'file_path');
    expect(link?.file).toMatchObject({ openaiId: link?.fileId, filename: '/mnt/data/report.csv' });

    // The completed step carries its image's file too.
    const completed = events.find((event) => event.event === 'thread.run.step.completed');
    expect(completed?.__typename === 'RunStepEvent' && completed.step.stepDetails).toMatchObject({
      toolCalls: [{ input: `${EVERY_OUTPUT_CODE}\n`, outputs: [{}, { file: { openaiId: image.imageFileId } }] }],
    });
    const chart = await download(harness.facadeUrl, defined(picture.downloadUrl, 'the streamed image’s download URL'));
    expect(chart.status).toBe(200);
    expect(isPng(chart.bytes)).toBe(true);
  });

  describe('in jwt mode', () => {
    let idp: IdentityProvider;
    let facade: FacadeHandle;

    beforeAll(async () => {
      if (!available) return;
      idp = await startIdentityProvider();
      facade = await startFacade(harness.v1Server.url, {
        client: { apiKey: TEST_KEY },
        facade: { auth: jwtAuthenticator({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', adminRole: ADMIN_ROLE }) },
      });
    });

    afterAll(async () => {
      if (!available) return;
      await facade.close();
      await idp.close();
    });

    it.skipIf(!available)('links the chart through the user’s own run step and message; another user cannot download it', async () => {
      const alice = await idp.token('alice');
      const asAlice = { apiKey: alice };
      const created = dataOf(await facade.gql(CREATE_THREAD_AND_RUN, { input: { assistantId, messages: [{ content: MESSAGE }] } }, asAlice)).createThreadAndRun.run;
      expect((await harness.events.run(created.openaiId, settled, { timeoutMs: RUN_TIMEOUT_MS })).status).toBe('completed');
      const { call, stepId, content } = callAndReply(dataOf(await facade.gql(RUN, { id: created.id }, asAlice)).node);

      // The output file is nobody's upload: Alice reads it through her step, and through her message.
      const image = call.outputs[1];
      if (image?.__typename !== 'CodeInterpreterImage') throw new Error(`no image output: ${JSON.stringify(call.outputs)}`);
      const throughStep = defined(image.file?.downloadUrl, 'the step image’s download URL');
      expect(new URL(throughStep, facade.facadeUrl).searchParams.get('via')).toBe(stepId);
      const picture = content.find((part) => part.__typename === 'ImageFileContent');
      const throughMessage = defined(picture?.__typename === 'ImageFileContent' ? picture.downloadUrl : null, 'the image part’s download URL');
      expect(throughMessage).not.toBe(throughStep);
      for (const path of [throughStep, throughMessage]) {
        const chart = await download(facade.facadeUrl, path, alice);
        expect(chart.status).toBe(200);
        expect(isPng(chart.bytes)).toBe(true);
      }

      // Bob holds the same addresses, but neither the step nor the message is his.
      const bob = await idp.token('bob');
      for (const path of [throughStep, throughMessage]) expect((await download(facade.facadeUrl, path, bob)).status).toBe(404);
      expect(dataOf(await facade.gql(RUN, { id: created.id }, { apiKey: bob })).node).toBeNull();
    });
  });
});
