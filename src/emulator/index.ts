/** The embedded OpenAI Assistants API v1 emulator. */
export { startEmulator } from './server.js';
export type { EmulatorOptions, EmulatorStats, RecordedRequest, RunningEmulator } from './server.js';
export { EchoModel } from './model.js';
export type { AssistantModel, ModelInput, ModelOutput, ModelToolResult, ModelUsage } from './model.js';
export { createMemoryStore } from './store.js';
export type { EmulatorStore, Table } from './store.js';
