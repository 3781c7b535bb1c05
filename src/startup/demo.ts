/**
 * Sample data for the embedded v1 server, so `npm start` opens on something to explore. It goes
 * through the public API like any client would.
 */
import type { AssistantsApi } from '../openai/api.js';

export interface SeededData {
  assistantId: string;
  threadId: string;
}

/** The seeded assistant's metadata names its thread, so a restart finds both again. */
const DEMO_THREAD_KEY = 'demo_thread';

/** Seeds an assistant and a thread with one run, unless the store already has assistants (then undefined). */
export async function seedDemoData(api: AssistantsApi): Promise<SeededData | undefined> {
  if ((await api.listAssistants({ limit: 1 })).data.length > 0) return undefined;
  const thread = await api.createThread({
    messages: [{ role: 'user', content: 'Hello, emulator!' }],
    metadata: { demo: 'true' },
  });
  const assistant = await api.createAssistant({
    model: 'gpt-4-turbo',
    name: 'Echo',
    description: 'The built-in v1 server’s example assistant: it answers deterministically.',
    instructions:
      'You are Echo, a friendly assistant; keep answers short. Call get_weather when asked about the weather. (The built-in model repeats what the user says, and calls it when a message says call get_weather({"city":"Paris"}).)',
    tools: [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'The weather in a city.',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ],
    metadata: { demo: 'true', [DEMO_THREAD_KEY]: thread.id },
  });
  await api.createRun(thread.id, { assistant_id: assistant.id });
  return { assistantId: assistant.id, threadId: thread.id };
}

/** The seeded assistant and thread of an earlier start, when the store still has them. */
export async function findDemoData(api: AssistantsApi): Promise<SeededData | undefined> {
  const { data } = await api.listAssistants({ limit: 100, order: 'asc' });
  for (const assistant of data) {
    const threadId = assistant.metadata?.[DEMO_THREAD_KEY];
    if (assistant.metadata?.['demo'] !== 'true' || !threadId) continue;
    try {
      await api.getThread(threadId);
      return { assistantId: assistant.id, threadId };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
