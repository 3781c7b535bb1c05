/**
 * An instant scripted Chat Completions server for the v1 server's own speed (`v1-speed.ts`): every
 * `POST /v1/chat/completions` with `stream: true` is answered at once with the whole stream in one
 * write (a role chunk, a few content deltas, the finish, the usage, `[DONE]`), so any time a run
 * takes beyond it is the v1 server's. Run as a script (`node --import tsx bench/model-server.ts`)
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

/** Made once: the server does no work per answer beyond reading the request. */
const STREAM = Buffer.from(
  [
    chunk({ role: 'assistant', content: '' }),
    ...DELTAS.map((content) => chunk({ content })),
    chunk({}, 'stop'),
    `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'bench-model', choices: [], usage: { prompt_tokens: 20, completion_tokens: DELTAS.length, total_tokens: 20 + DELTAS.length } })}\n\n`,
    'data: [DONE]\n\n',
  ].join(''),
);

function answer(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (text: string) => (body += text));
  req.on('end', () => {
    let streamed = false;
    try {
      streamed = (JSON.parse(body) as { stream?: unknown }).stream === true;
    } catch {
      // Not JSON: answered as a bad request below.
    }
    if (!streamed) {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"this server only streams"}}');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'content-length': STREAM.length });
    res.end(STREAM);
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
