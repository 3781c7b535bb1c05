/**
 * Sample data for the embedded emulator, so `npm start` opens on something to explore. It goes
 * through the public API like any client would.
 */
import type { AssistantsApi } from './openai/api.js';

export async function seedDemoData(api: AssistantsApi): Promise<void> {
  const assistant = await api.createAssistant({
    model: 'gpt-4-turbo',
    name: 'Echo',
    description: 'The emulator’s built-in assistant: it answers deterministically.',
    instructions: 'Repeat what the user says. Call get_weather when asked with call get_weather({...}).',
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
    metadata: { demo: 'true' },
  });
  const thread = await api.createThread({
    messages: [{ role: 'user', content: 'Hello, emulator!' }],
    metadata: { demo: 'true' },
  });
  await api.createRun(thread.id, { assistant_id: assistant.id });
}
