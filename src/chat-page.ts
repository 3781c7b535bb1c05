/**
 * The reference chat page (`examples/chat`) at `/chat`, for development only (`createFacade` does
 * not call this in production): its HTML and stylesheet as they are, and `main.ts` bundled with
 * esbuild's JS API on the first request. Each is kept in memory once served; restart to see edits.
 * With trusted documents on, the HTML tells the page to send its operations by hash (see `SEND_MARK`).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

const PAGE_DIR = fileURLToPath(new URL('../examples/chat/', import.meta.url));

/**
 * Everything comes from this origin: no external host, no inline script or style. Images may also be
 * `blob:`: the page fetches a chart with the caller's token and shows it from memory.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The page's `<meta>` saying how it sends operations, as the file has it (whole documents, as any
 * facade without trusted documents runs them); a facade with trusted documents serves it with `by-hash`.
 */
const SEND_MARK = '<meta name="send-operations" content="documents">';
const SEND_BY_HASH = '<meta name="send-operations" content="by-hash">';

export interface ChatPageSettings {
  /** The facade runs only its trusted documents, so the page must send its operations by hash. */
  byHash: boolean;
}

interface Asset {
  contentType: string;
  body: string | Uint8Array;
  /** The body a facade with trusted documents serves instead, where it differs. */
  byHashBody?: string;
}

async function pageFile(name: string, contentType: string): Promise<Asset> {
  return { contentType, body: await readFile(PAGE_DIR + name, 'utf8') };
}

/** index.html, checked for its mark so that an edit that drops it fails here rather than in the browser. */
async function html(): Promise<Asset> {
  const body = await readFile(PAGE_DIR + 'index.html', 'utf8');
  if (!body.includes(SEND_MARK)) throw new Error(`examples/chat/index.html lacks ${SEND_MARK}`);
  return { contentType: 'text/html; charset=utf-8', body, byHashBody: body.replace(SEND_MARK, SEND_BY_HASH) };
}

/** `main.ts` and what it imports from node_modules, as one ES module. */
async function bundle(): Promise<Asset> {
  // Loaded here so production never loads esbuild (it comes with tsx).
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [PAGE_DIR + 'main.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for examples/chat/main.ts.');
  return { contentType: 'text/javascript; charset=utf-8', body: output.contents };
}

const ROUTES: Record<string, () => Promise<Asset>> = {
  '/chat': html,
  '/chat/': html,
  '/chat/chat.css': () => pageFile('chat.css', 'text/css; charset=utf-8'),
  '/chat/main.js': bundle,
};

const served = new Map<string, Promise<Asset>>();

/** Answers the chat page's paths and says true; says false for any other path. */
export async function serveChatPage(request: IncomingMessage, response: ServerResponse, settings: ChatPageSettings): Promise<boolean> {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  const load = ROUTES[path];
  if (!load) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  let asset = served.get(path);
  if (!asset) {
    asset = load();
    served.set(path, asset);
    // A failed build is tried again on the next request (after fixing the page, say).
    asset.catch(() => served.delete(path));
  }
  try {
    const { contentType, body, byHashBody } = await asset;
    const sent = settings.byHash ? (byHashBody ?? body) : body;
    response.writeHead(200, {
      'content-type': contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : sent);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`The chat page could not be built: ${error instanceof Error ? error.message : String(error)}`);
  }
  return true;
}
