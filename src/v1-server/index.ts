/** The built-in OpenAI Assistants API v1 server. */
export { MAX_JSON_BODY_BYTES, NoStoredKeysError, startV1Server } from './server.js';
export { newApiKey, scopeOf } from './keys.js';
export type { V1ServerOptions, V1ServerStats, RecordedRequest, RunningV1Server } from './server.js';
export { EchoModel } from './model/echo.js';
export { ModelError } from './model/model.js';
export type { AssistantModel, FinishReason, ModelEvent, ModelInput, ModelTurn } from './model/model.js';
export { describeDatabaseUrl } from './store/database-url.js';
export { openStore } from './store/open.js';
export type { FileObject, FilePurpose, Store } from './store/store.js';
export { addServerFile } from './files.js';
