/** What both gateway recipes share: serving a request handler on a port, and posting a GraphQL request. */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4100/graphql`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `handler` on `host:port` (port 0: any free one) and gives its `/graphql` URL. */
export async function serve(
  handler: (request: IncomingMessage, response: ServerResponse) => unknown,
  { host = '127.0.0.1', port = 0 }: { host?: string; port?: number } = {},
): Promise<Served> {
  const server = createServer((request, response) => void handler(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL request, with `Authorization` when one is given. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  }).catch((error: unknown) => {
    throw new Error(`Cannot reach ${url} (${error instanceof Error ? error.message : String(error)}): is it running?`);
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResult<T>;
  } catch {
    throw new Error(`${url} answered ${response.status} with something that is not JSON: ${text.slice(0, 200)}`);
  }
}
