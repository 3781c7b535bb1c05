/**
 * What the v1 server's configuration (`config.ts`) names, made: the model that answers runs, the
 * embeddings client, the code interpreter's options, and how start-up logs them.
 */
import type { ServerConfig } from './config.js';
import { ConfigError } from './config.js';
import { ChatCompletionsModel } from './model/chat-completions.js';
import { Embeddings } from './retrieval/embeddings.js';
import type { CodeInterpreterOptions } from './sandbox/start.js';

/** The Chat Completions model when `MODEL_BASE_URL` is set; undefined for the built-in one. */
export function configuredModel(config: ServerConfig): ChatCompletionsModel | undefined {
  if (!config.MODEL_BASE_URL) return undefined;
  return new ChatCompletionsModel({
    baseUrl: config.MODEL_BASE_URL,
    ...(config.MODEL_API_KEY ? { apiKey: config.MODEL_API_KEY } : {}),
    ...(config.MODEL_NAME ? { modelName: config.MODEL_NAME } : {}),
  });
}

/** The embeddings client when `EMBEDDING_MODEL` is set; it needs `MODEL_BASE_URL`, the server that computes them. */
export function configuredEmbeddings(config: ServerConfig): Embeddings | undefined {
  if (!config.EMBEDDING_MODEL) return undefined;
  if (!config.MODEL_BASE_URL) {
    throw new ConfigError('Invalid configuration: EMBEDDING_MODEL needs MODEL_BASE_URL, the server that computes the embeddings');
  }
  return new Embeddings({ baseUrl: config.MODEL_BASE_URL, apiKey: config.MODEL_API_KEY, model: config.EMBEDDING_MODEL });
}

/** For the start-up log: which model answers, never its key. */
export function describeModel(config: ServerConfig): string {
  if (!config.MODEL_BASE_URL) return 'the deterministic built-in model';
  const name = config.MODEL_NAME ? `model ${config.MODEL_NAME}` : "each assistant's model";
  return `${name} at ${config.MODEL_BASE_URL}`;
}

/** The code interpreter's options from the configuration. */
export function codeInterpreterOptions(config: ServerConfig): CodeInterpreterOptions {
  return {
    sandbox: config.CODE_INTERPRETER,
    timeoutSeconds: config.CODE_INTERPRETER_TIMEOUT_S,
    sessions: config.CODE_INTERPRETER_SESSIONS,
    memoryMb: config.CODE_INTERPRETER_MEMORY_MB,
  };
}
