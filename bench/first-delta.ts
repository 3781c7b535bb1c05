/**
 * Time to first delta: how long after a client asks for a streamed run the first text arrives,
 * through the facade's `threadAndRunEvents` subscription, against the model server's own time to
 * first content chunk. The model is a scripted fake Chat Completions server that waits a fixed
 * delay before each write (so the first content chunk leaves `FIRST_CHUNK_DELAY_MS` after the
 * request); the v1 server answers runs from it with `ChatCompletionsModel`, and the facade runs over
 * the v1 server. Three kinds of sample, interleaved round by round:
 *
 * - model: `POST /chat/completions` (stream) straight to the fake server;
 * - v1 server: `POST /v1/threads/runs` (stream) straight to the v1 server, for the breakdown;
 * - facade: the `threadAndRunEvents` subscription over GraphQL SSE (the facade in its own process).
 *
 * Every sample reads its stream to the end, so runs never overlap. Facade samples also note when
 * the client saw each earlier event and when the fake server received the model request, which
 * tells where the time between the request and the first delta goes.
 */
import { performance } from 'node:perf_hooks';
import { startV1Server } from '../src/v1-server/index.js';
import { ChatCompletionsModel } from '../src/v1-server/model/chat-completions.js';
import { chunk, startFakeChatServer, usageChunk } from '../test/v1-server/fake-chat-server.js';
import type { FakeReply } from '../test/v1-server/fake-chat-server.js';
import { TEST_KEY } from '../test/helpers/harness.js';
import { subscribe } from '../test/helpers/sse-client.js';
import { full, median, readEventStream, round } from './common.js';
import type { Result } from './common.js';
import { spawnFacade } from './processes.js';

const FIRST_CHUNK_DELAY_MS = 50;
const WARMUP = full(5, 2);
const SAMPLES = full(30, 5);

/**
 * Three writes, each `FIRST_CHUNK_DELAY_MS` after the previous (the first one after the request):
 * the role and the first text, two more text chunks, then the last text, the finish and the usage.
 */
const frames = (...chunks: unknown[]): string => chunks.map((data) => `data: ${JSON.stringify(data)}\n\n`).join('');
const reply: FakeReply = {
  kind: 'raw',
  delayMs: FIRST_CHUNK_DELAY_MS,
  parts: [
    frames(chunk({ role: 'assistant', content: '' }), chunk({ content: 'The first ' })),
    frames(chunk({ content: 'words of an ' }), chunk({ content: 'answer, ' })),
    `${frames(chunk({ content: 'streamed.' }), chunk({}, 'stop'), usageChunk({ prompt_tokens: 12, completion_tokens: 9 }))}data: [DONE]\n\n`,
  ],
};

interface FacadeSample {
  firstDelta: number;
  threadCreated: number;
  runCreated: number;
  runInProgress: number;
  messageCreated: number;
  /** When the fake server had read the v1 server's model request. */
  modelRequest: number;
}

const SUBSCRIPTION = `subscription($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    __typename
    event
    ... on MessageDeltaEvent { messageId content { index type ... on TextContentDelta { value } } }
  }
}`;

interface SubscriptionEvent {
  threadAndRunEvents: {
    __typename: string;
    event: string;
    content?: { index: number; type: string; value?: string | null }[];
  };
}

function hasText(content: { value?: string | null }[] | undefined): boolean {
  return (content ?? []).some((part) => (part.value ?? '') !== '');
}

export async function firstDeltaScenario(): Promise<Result[]> {
  let modelRequestAt = Number.NaN;
  const fake = await startFakeChatServer({
    defaultReply: () => {
      modelRequestAt = performance.now();
      return reply;
    },
  });
  const v1Server = await startV1Server({ model: new ChatCompletionsModel({ baseUrl: fake.url }) });
  // The facade in its own process, as in the rest of the bench; the v1 server and the fake model here.
  const facade = await spawnFacade({ upstreamUrl: v1Server.url });
  const headers = { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' };

  try {
    const assistantResponse = await fetch(`${v1Server.url}/assistants`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'fake-model', name: 'Bench', instructions: 'Answer briefly.' }),
    });
    const assistantId = ((await assistantResponse.json()) as { id: string }).id;

    /** (a) The model server's own time to first content chunk. */
    const modelSample = async (): Promise<number> => {
      const started = performance.now();
      let first = Number.NaN;
      const response = await fetch(`${fake.url}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ model: 'fake-model', stream: true, messages: [{ role: 'user', content: 'Hello' }] }),
      });
      await readEventStream(response, (frame) => {
        if (!Number.isNaN(first) || frame.data === '[DONE]') return;
        const parsed = JSON.parse(frame.data) as { choices?: { delta?: { content?: string | null } }[] };
        if ((parsed.choices?.[0]?.delta?.content ?? '') !== '') first = frame.at;
      });
      if (Number.isNaN(first)) throw new Error('The model stream had no content chunk');
      return first - started;
    };

    /** (c) The v1 server's own stream, without the facade. */
    const v1ServerSample = async (): Promise<number> => {
      const started = performance.now();
      let first = Number.NaN;
      const response = await fetch(`${v1Server.url}/threads/runs`, {
        method: 'POST',
        headers: { ...headers, accept: 'text/event-stream' },
        body: JSON.stringify({ assistant_id: assistantId, stream: true, thread: { messages: [{ role: 'user', content: 'Hello' }] } }),
      });
      await readEventStream(response, (frame) => {
        if (!Number.isNaN(first) || frame.event !== 'thread.message.delta') return;
        const parsed = JSON.parse(frame.data) as { delta?: { content?: { text?: { value?: string } }[] } };
        if ((parsed.delta?.content ?? []).some((part) => (part.text?.value ?? '') !== '')) first = frame.at;
      });
      if (Number.isNaN(first)) throw new Error('The v1 server stream had no text delta');
      return first - started;
    };

    /** (b) The facade's subscription, with the time of each earlier milestone. */
    const facadeSample = async (): Promise<FacadeSample> => {
      modelRequestAt = Number.NaN;
      const seen = new Map<string, number>();
      const started = performance.now();
      const subscription = subscribe<SubscriptionEvent>(
        facade.url,
        SUBSCRIPTION,
        { input: { assistantId, messages: [{ content: 'Hello' }] } },
        { apiKey: TEST_KEY },
      );
      let firstDelta = Number.NaN;
      for await (const result of subscription) {
        const at = performance.now();
        if (result.errors?.length) throw new Error(`Subscription errors: ${JSON.stringify(result.errors)}`);
        const event = result.data?.threadAndRunEvents;
        if (!event) continue;
        if (!seen.has(event.event)) seen.set(event.event, at - started);
        if (Number.isNaN(firstDelta) && event.__typename === 'MessageDeltaEvent' && hasText(event.content)) firstDelta = at - started;
      }
      if (Number.isNaN(firstDelta)) throw new Error('The subscription had no MessageDeltaEvent with text');
      return {
        firstDelta,
        threadCreated: seen.get('thread.created') ?? Number.NaN,
        runCreated: seen.get('thread.run.created') ?? Number.NaN,
        runInProgress: seen.get('thread.run.in_progress') ?? Number.NaN,
        messageCreated: seen.get('thread.message.created') ?? Number.NaN,
        modelRequest: modelRequestAt - started,
      };
    };

    for (let round = 0; round < WARMUP; round += 1) {
      await modelSample();
      await v1ServerSample();
      await facadeSample();
    }
    const model: number[] = [];
    const direct: number[] = [];
    const viaFacade: FacadeSample[] = [];
    const kinds = [
      async () => void model.push(await modelSample()),
      async () => void direct.push(await v1ServerSample()),
      async () => void viaFacade.push(await facadeSample()),
    ];
    for (let round = 0; round < SAMPLES; round += 1) {
      // Rotate which kind goes first, so none always follows the same one.
      for (let index = 0; index < kinds.length; index += 1) await kinds[(round + index) % kinds.length]!();
    }

    const modelMs = median(model);
    const v1ServerMs = median(direct);
    const facadeMs = median(viaFacade.map((sample) => sample.firstDelta));
    const targetMs = 1.2 * modelMs + 5;
    const met = facadeMs <= targetMs;
    const v1ServerTargetMs = 1.2 * v1ServerMs + 5;
    const of = (pick: (sample: FacadeSample) => number): number => round(median(viaFacade.map(pick)), 1);
    const note = `medians of ${SAMPLES} interleaved samples each after ${WARMUP} warm-up rounds; the model waits ${FIRST_CHUNK_DELAY_MS} ms before each write`;
    return [
      { name: 'first delta: model server direct (median)', value: round(modelMs, 1), unit: 'ms', note },
      { name: 'first delta: v1 server stream direct (median)', value: round(v1ServerMs, 1), unit: 'ms', note: 'POST /v1/threads/runs stream:true straight to the v1 server' },
      { name: 'first delta: facade threadAndRunEvents (median)', value: round(facadeMs, 1), unit: 'ms', note: 'first MessageDeltaEvent with text received by the SSE client' },
      { name: 'first delta: facade / model', value: round(facadeMs / modelMs), unit: 'ratio', note },
      { name: 'first delta: v1 server / model', value: round(v1ServerMs / modelMs), unit: 'ratio', note },
      {
        name: 'first delta: target facade ≤ 1.2 × model + 5 ms',
        value: met ? 'met' : 'MISSED',
        unit: `${round(facadeMs, 1)} vs ${round(targetMs, 1)} ms`,
        note: 'target from the issue, on medians of the same run',
      },
      {
        name: 'first delta: target facade ≤ 1.2 × v1 server stream + 5 ms',
        value: facadeMs <= v1ServerTargetMs ? 'met' : 'MISSED',
        unit: `${round(facadeMs, 1)} vs ${round(v1ServerTargetMs, 1)} ms`,
        note: "the same target against the facade's own upstream stream (the v1 server's), medians of the same run",
      },
      {
        name: 'first delta, facade: thread.created / run.created / model request / 1st delta',
        value: [of((s) => s.threadCreated), of((s) => s.runCreated), of((s) => s.modelRequest), round(facadeMs, 1)].join(' / '),
        unit: 'ms',
        note:
          'median times since the subscription was sent: client receipt of thread.created and thread.run.created, the fake server having read the model request, ' +
          `client receipt of the first delta (thread.run.in_progress at ${of((s) => s.runInProgress)} ms, thread.message.created at ${of((s) => s.messageCreated)} ms)`,
      },
      {
        name: 'first delta, facade: before model request / model request → 1st delta',
        value: `${of((s) => s.modelRequest)} / ${of((s) => s.firstDelta - s.modelRequest)}`,
        unit: 'ms',
        note: `the second part includes the model's own ${FIRST_CHUNK_DELAY_MS} ms wait (its direct median is ${round(modelMs, 1)} ms)`,
      },
    ];
  } finally {
    await facade.close();
    await v1Server.close();
    await fake.close();
  }
}
