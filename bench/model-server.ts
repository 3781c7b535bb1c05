/**
 * An instant scripted Chat Completions server for the v1 server's own speed (`v1-speed.ts`): every
 * `POST /v1/chat/completions` with `stream: true` is answered at once with the whole stream in one
 * write (a role chunk, a few content deltas, the finish, the usage, `[DONE]`), so any time a run
 * takes beyond it is the v1 server's. Offered a `retrieval` function and not yet shown its result,
 * it calls it instead (one tool call, equally instant), so a retrieval run costs two model calls
 * (`files.ts`). `GET /__bench/last-request` gives the last chat completion request's body as it
 * was sent, so the bench can send the model server alone the very request a run causes
 * (`v1-speed.ts`). Run as a script (`node --import tsx bench/model-server.ts`)
 * it listens on a free port of 127.0.0.1 in its own process and prints one line
 * `BENCH_MODEL {"url": …}` (with `/v1`).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/** The first content delta's text: whoever sees it in a stream has the answer's first delta. */
export const FIRST_WORDS = 'Bench-first-words';
const DELTAS = [FIRST_WORDS, ' of a short', ' scripted', ' answer.'];

const chunk = (delta: Record<string, unknown>, finishReason: string | null = null): string =>
  `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'bench-model', choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;

const usage = (completionTokens: number): string =>
  `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'bench-model', choices: [], usage: { prompt_tokens: 20, completion_tokens: completionTokens, total_tokens: 20 + completionTokens } })}\n\n`;

/** Made once: the server does no work per answer beyond reading the request. */
const STREAM = Buffer.from(
  [
    chunk({ role: 'assistant', content: '' }),
    ...DELTAS.map((content) => chunk({ content })),
    chunk({}, 'stop'),
    usage(DELTAS.length),
    'data: [DONE]\n\n',
  ].join(''),
);

/** The answer that searches: one call of `retrieval`. */
const SEARCH = Buffer.from(
  [
    chunk({ role: 'assistant', content: null }),
    chunk({ tool_calls: [{ index: 0, id: 'call_bench', type: 'function', function: { name: 'retrieval', arguments: '{"query":"harbour lantern"}' } }] }),
    chunk({}, 'tool_calls'),
    usage(8),
    'data: [DONE]\n\n',
  ].join(''),
);

interface ChatBody {
  stream?: unknown;
  tools?: Array<{ function?: { name?: unknown } }>;
  messages?: Array<{ role?: unknown }>;
}

/** Whether the answer is a search: `retrieval` is offered and no tool result is in the conversation yet. */
const searches = (body: ChatBody): boolean =>
  (body.tools ?? []).some((tool) => tool.function?.name === 'retrieval') && !(body.messages ?? []).some((message) => message.role === 'tool');

/** The body of the last `POST /v1/chat/completions`, as it arrived. */
let lastRequest = '';

function answer(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'GET' && req.url === '/__bench/last-request') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(lastRequest);
    return;
  }
  if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (text: string) => (body += text));
  req.on('end', () => {
    lastRequest = body;
    let parsed: ChatBody = {};
    try {
      parsed = JSON.parse(body) as ChatBody;
    } catch {
      // Not JSON: answered as a bad request below.
    }
    if (parsed.stream !== true) {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"this server only streams"}}');
      return;
    }
    const stream = searches(parsed) ? SEARCH : STREAM;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'content-length': stream.length });
    res.end(stream);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = createServer(answer);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const shutdown = (): void => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  process.stdout.write(`BENCH_MODEL ${JSON.stringify({ url: `http://127.0.0.1:${port}/v1` })}\n`);
}
