/**
 * The Vercel AI SDK's `AssistantResponse` (ai 4.3.19, the last release with it) in a route handler
 * written as the SDK's docs show it, with the openai SDK it pairs with (4.104, which sends
 * `OpenAI-Beta: assistants=v2`) pointed at the built-in server. The route is served over HTTP and
 * called as `useAssistant` calls it; its answer is read with the SDK's own stream part parser.
 *
 * ai 4 peers on zod 3 and the project pins zod 4, so this folder is an npm workspace with its own
 * `node_modules` (`ai`, `openai`, `zod` 3 resolve from there).
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AssistantResponse, parseAssistantStreamPart } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestV1Server } from '../v1-server/helpers.js';
import type { TestV1Server } from '../v1-server/helpers.js';

type StreamPart = ReturnType<typeof parseAssistantStreamPart>;
type RequiredRun = OpenAI.Beta.Threads.Run;

/** The route of the docs: adds the user's message to the thread, runs the assistant, answers its tool calls. */
function assistantRoute(openai: OpenAI, assistantId: string, toolCalls: RequiredRun[]) {
  return async function POST(req: Request): Promise<Response> {
    const input = (await req.json()) as { threadId: string | null; message: string };
    const threadId = input.threadId ?? (await openai.beta.threads.create({})).id;
    const createdMessage = await openai.beta.threads.messages.create(threadId, { role: 'user', content: input.message });

    return AssistantResponse({ threadId, messageId: createdMessage.id }, async ({ forwardStream }) => {
      const runStream = openai.beta.threads.runs.stream(threadId, { assistant_id: assistantId });
      let runResult = (await forwardStream(runStream)) as RequiredRun | undefined;
      while (runResult?.status === 'requires_action' && runResult.required_action?.type === 'submit_tool_outputs') {
        toolCalls.push(runResult);
        const tool_outputs = runResult.required_action.submit_tool_outputs.tool_calls.map((toolCall) => {
          const parameters = JSON.parse(toolCall.function.arguments) as { city: string };
          switch (toolCall.function.name) {
            case 'get_weather':
              return { tool_call_id: toolCall.id, output: JSON.stringify({ city: parameters.city, celsius: 21 }) };
            default:
              throw new Error(`Unknown tool call function: ${toolCall.function.name}`);
          }
        });
        runResult = (await forwardStream(
          openai.beta.threads.runs.submitToolOutputsStream(threadId, runResult.id, { tool_outputs }),
        )) as RequiredRun | undefined;
      }
    });
  };
}

/** Serves a Request→Response handler (as Next.js route handlers are) on 127.0.0.1. */
async function serve(handler: (req: Request) => Promise<Response>): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const response = await handler(
      new Request(`http://127.0.0.1${req.url ?? '/'}`, {
        method: req.method,
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        body: Buffer.concat(chunks),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) for await (const chunk of response.body) res.write(chunk);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/assistant`, server };
}

/** Posts what `useAssistant` posts, and parses the answer's lines as `useAssistant` does. */
async function ask(url: string, threadId: string | null, message: string): Promise<StreamPart[]> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ threadId, message }) });
  expect(response.status).toBe(200);
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => parseAssistantStreamPart(line));
}

function textOf(parts: readonly StreamPart[]): string {
  return parts.flatMap((part) => (part.type === 'text' ? [part.value] : [])).join('');
}

describe("the AI SDK's AssistantResponse route against the built-in server", () => {
  let t: TestV1Server;
  let openai: OpenAI;
  let route: { url: string; server: Server };
  const toolCalls: RequiredRun[] = [];

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 1 });
    openai = new OpenAI({ apiKey: 'sk-test-a', baseURL: t.v1Server.url, maxRetries: 0, timeout: 5_000 });
    const assistant = await openai.beta.assistants.create({
      model: 'gpt-4o',
      instructions: 'Answer briefly.',
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
        },
      ],
    });
    route = await serve(assistantRoute(openai, assistant.id, toolCalls));
  });
  afterAll(async () => {
    await new Promise((resolve) => route.server.close(resolve));
    await t.v1Server.close();
  });

  it('streams a conversation, and the thread keeps the answer', async () => {
    const first = await ask(route.url, null, 'Hello there, lantern keeper');
    expect(new Set(t.v1Server.stats.requests.map((request) => request.beta))).toEqual(new Set(['assistants=v2']));
    expect(first.some((part) => part.type === 'error')).toBe(false);
    const [control] = first;
    expect(control?.type).toBe('assistant_control_data');
    const { threadId, messageId } = control?.type === 'assistant_control_data' ? control.value : { threadId: '', messageId: '' };

    const created = first.filter((part) => part.type === 'assistant_message');
    expect(created).toHaveLength(1);
    // Streamed word by word: several text parts, which together are the stored answer.
    expect(first.filter((part) => part.type === 'text').length).toBeGreaterThan(1);
    expect(textOf(first)).toBe('You said: Hello there, lantern keeper');

    const messages = (await openai.beta.threads.messages.list(threadId, { order: 'asc' })).data;
    expect(messages.map((message) => [message.id, message.role])).toEqual([
      [messageId, 'user'],
      [created[0]?.type === 'assistant_message' ? created[0].value.id : '', 'assistant'],
    ]);
    const stored = messages[1]?.content[0];
    expect(stored?.type === 'text' ? stored.text.value : '').toBe(textOf(first));
    expect((await openai.beta.threads.runs.list(threadId)).data.map((run) => run.status)).toEqual(['completed']);

    // The next turn, in the same thread (as useAssistant sends it back).
    const second = await ask(route.url, threadId, 'And again');
    expect(textOf(second)).toBe('You said: And again');
    expect((await openai.beta.threads.messages.list(threadId)).data).toHaveLength(4);
  });

  it('round-trips a tool call: requires_action, tool outputs submitted by stream, the run completes', async () => {
    const parts = await ask(route.url, null, 'call get_weather({"city":"Paris"})');
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    const [control] = parts;
    const threadId = control?.type === 'assistant_control_data' ? control.value.threadId : '';

    const [asking] = toolCalls;
    expect(asking?.thread_id).toBe(threadId);
    expect(asking?.required_action?.submit_tool_outputs.tool_calls.map((call) => call.function)).toEqual([
      { name: 'get_weather', arguments: '{"city":"Paris"}' },
    ]);
    expect(textOf(parts)).toBe('Tool results: get_weather={"city":"Paris","celsius":21}');

    const run = await openai.beta.threads.runs.retrieve(threadId, asking?.id ?? '');
    expect(run.status).toBe('completed');
    const steps = (await openai.beta.threads.runs.steps.list(threadId, run.id, { order: 'asc' })).data;
    const [callStep] = steps;
    expect(callStep?.step_details.type === 'tool_calls' ? callStep.step_details.tool_calls : []).toMatchObject([
      { type: 'function', function: { name: 'get_weather', output: '{"city":"Paris","celsius":21}' } },
    ]);
    const [answer] = (await openai.beta.threads.messages.list(threadId, { run_id: run.id })).data;
    const content = answer?.content[0];
    expect(content?.type === 'text' ? content.text.value : '').toBe(textOf(parts));
  });
});
