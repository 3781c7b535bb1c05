/**
 * The query both recipes run through their gateway: it rates an assistant in the reviews subgraph,
 * then reads assistants with fields of both subgraphs (`name`, `model` from the facade, `rating`
 * from reviews), starting once from each side.
 */
import { pathToFileURL } from 'node:url';
import { postGraphQL } from './http.js';
import type { Served } from './http.js';
import { startReviews } from './reviews.js';

export interface DemoSettings {
  /** The facade's GraphQL endpoint. */
  facadeUrl: string;
  /** `Authorization` the demo sends to the gateway, which forwards it to the facade. */
  authorization: string | undefined;
  gatewayPort: number;
  keepServing: boolean;
}

/**
 * From the environment: `FACADE_URL` (default `http://127.0.0.1:4000/graphql`), `FACADE_API_KEY`
 * (sent as `Authorization: Bearer …`; unset, the facade uses its own server key), `GATEWAY_PORT`
 * (default 4100), and `--serve` on the command line.
 */
export function exampleSettings(): DemoSettings {
  const key = process.env['FACADE_API_KEY'];
  return {
    facadeUrl: process.env['FACADE_URL'] ?? 'http://127.0.0.1:4000/graphql',
    authorization: key ? `Bearer ${key}` : undefined,
    gatewayPort: Number(process.env['GATEWAY_PORT'] ?? 4100),
    keepServing: process.argv.includes('--serve'),
  };
}

export const FIRST_ASSISTANT = `query FirstAssistant { assistants(first: 1) { nodes { id name } } }`;

/** A mutation of the reviews subgraph whose answer needs the facade: `name` is not known to reviews. */
export const RATE = `mutation Rate($id: ID!, $stars: Int!) { rateAssistant(id: $id, stars: $stars) { id name rating } }`;

/** From the facade's side (`assistants`) and from the reviews' side (`topRated`), both with fields of both. */
export const CROSSING = `query Crossing {
  assistants(first: 5) { nodes { id name model rating } }
  topRated { id name rating }
}`;

interface AssistantView {
  id: string;
  name: string | null;
  model?: string;
  rating: number | null;
}

export interface DemoResult {
  rated: AssistantView;
  assistants: AssistantView[];
  topRated: AssistantView[];
}

function dataOf<T>(what: string, result: { data?: T | null; errors?: { message: string }[] }): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`${what} failed: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

/** Rates the caller's newest assistant 5 stars through the gateway, then runs `CROSSING` there. */
export async function demo(gatewayUrl: string, authorization?: string): Promise<DemoResult> {
  const first = dataOf('FirstAssistant', await postGraphQL<{ assistants: { nodes: AssistantView[] } }>(gatewayUrl, FIRST_ASSISTANT, {}, authorization));
  const assistant = first.assistants.nodes[0];
  if (!assistant) throw new Error('The facade has no assistant for this key: create one first (`npm start` seeds one, Echo, into an empty store).');
  const rated = dataOf('Rate', await postGraphQL<{ rateAssistant: AssistantView }>(gatewayUrl, RATE, { id: assistant.id, stars: 5 }, authorization));
  const crossing = dataOf(
    'Crossing',
    await postGraphQL<{ assistants: { nodes: AssistantView[] }; topRated: AssistantView[] }>(gatewayUrl, CROSSING, {}, authorization),
  );
  return { rated: rated.rateAssistant, assistants: crossing.assistants.nodes, topRated: crossing.topRated };
}

export function printDemo(title: string, gatewayUrl: string, result: DemoResult): void {
  console.log(`${title} at ${gatewayUrl}\n`);
  console.log(`${RATE}\n→ ${JSON.stringify(result.rated)}\n`);
  console.log(`${CROSSING}\n→ ${JSON.stringify({ assistants: { nodes: result.assistants }, topRated: result.topRated }, null, 2)}`);
}

/**
 * A recipe run from the command line (`npx tsx examples/gateways/<recipe>.ts`): starts the reviews
 * service and the recipe's gateway, runs the demo through it and prints the result, then stops,
 * or keeps serving with `--serve`. Does nothing when the module is imported (the tests do).
 */
export function runWhenMain(
  moduleUrl: string,
  title: string,
  startGateway: (settings: DemoSettings, reviewsUrl: string) => Promise<Served>,
): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const run = async (): Promise<void> => {
    const settings = exampleSettings();
    const reviews = await startReviews();
    const gateway = await startGateway(settings, reviews.url);
    try {
      printDemo(title, gateway.url, await demo(gateway.url, settings.authorization));
    } catch (error) {
      await Promise.all([gateway.close(), reviews.close()]);
      throw error;
    }
    if (settings.keepServing) {
      console.log(`Serving the gateway at ${gateway.url} (reviews at ${reviews.url}); Ctrl-C stops it.`);
      return;
    }
    await Promise.all([gateway.close(), reviews.close()]);
  };
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
