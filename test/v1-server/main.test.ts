/** The standalone entry (`npm run v1-server`): environment validation and startup. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadV1ServerConfig } from '../../src/v1-server/config.js';
import { configuredEmbeddings } from '../../src/v1-server/configured.js';
import { repoRoot } from './spec-validator.js';

const entry = path.join(repoRoot, 'src/v1-server/main.ts');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the entry; `until` stops it (SIGTERM) as soon as its stdout matches. */
function runMain(env: Record<string, string>, until?: RegExp): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: ':memory:', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until?.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run v1-server', () => {
  it('exits 1 with one line naming a bad variable', async () => {
    const port = await runMain({ V1_SERVER_PORT: 'abc' });
    expect(port.code).toBe(1);
    expect(port.stderr.trim().split('\n')).toHaveLength(1);
    expect(port.stderr).toMatch(/^Invalid configuration: V1_SERVER_PORT must be a whole number/);
    const range = await runMain({ EMULATOR_PORT: '70000' });
    expect(range.code).toBe(1);
    expect(range.stderr).toMatch(/^Invalid configuration: EMULATOR_PORT /);
    const database = await runMain({ DATABASE_URL: 'mysql://app:s3cret@db/x' });
    expect(database.code).toBe(1);
    expect(database.stderr).toMatch(/^Invalid configuration: DATABASE_URL must be file:PATH/);
    expect(database.stderr).toContain('(got "mysql://app:***@db/x")');
    const pool = await runMain({ DATABASE_POOL_SIZE: '0' });
    expect(pool.code).toBe(1);
    expect(pool.stderr).toMatch(/^Invalid configuration: DATABASE_POOL_SIZE must be a whole number of connections from 1 to 1000/);
    const model = await runMain({ MODEL_BASE_URL: 'localhost:11434' });
    expect(model.stderr).toMatch(/^Invalid configuration: MODEL_BASE_URL must be an http\(s\) URL/);
    const inline = await runMain({ RETRIEVAL_INLINE_TOKENS: '0' });
    expect(inline.code).toBe(1);
    expect(inline.stderr.trim().split('\n')).toHaveLength(1);
    expect(inline.stderr).toMatch(/^Invalid configuration: RETRIEVAL_INLINE_TOKENS must be a whole number of tokens above 0 \(got "0"\)/);
    const memory = await runMain({ CODE_INTERPRETER_MEMORY_MB: '8' });
    expect(memory.code).toBe(1);
    expect(memory.stderr.trim().split('\n')).toHaveLength(1);
    expect(memory.stderr).toMatch(/^Invalid configuration: CODE_INTERPRETER_MEMORY_MB must be a whole number of megabytes from 16 to 65536 \(got "8"\)/);
    const embeddings = await runMain({ EMBEDDING_MODEL: 'nomic-embed-text', MODEL_BASE_URL: '' });
    expect(embeddings.code).toBe(1);
    expect(embeddings.stderr.trim().split('\n')).toHaveLength(1);
    expect(embeddings.stderr).toMatch(/^Invalid configuration: EMBEDDING_MODEL needs MODEL_BASE_URL/);
  });

  it('exits 1 with one line when it cannot listen', async () => {
    const outcome = await runMain({ V1_SERVER_PORT: '0', V1_SERVER_HOST: '203.0.113.1' });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
    expect(outcome.stderr).toMatch(/^Cannot listen on 203\.0\.113\.1:0: /);
  });

  it('logs its URL and stops on SIGTERM', async () => {
    const outcome = await runMain({ EMULATOR_PORT: '0', EMULATOR_HOST: '127.0.0.1' }, /listening on/);
    expect(outcome.stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\/v1/);
    expect(outcome.code).toBe(0);
  });
});

describe('the retrieval variables', () => {
  it('reads RETRIEVAL_INLINE_TOKENS (default 6000) and EMBEDDING_MODEL at MODEL_BASE_URL', () => {
    expect(loadV1ServerConfig({}).RETRIEVAL_INLINE_TOKENS).toBe(6000);
    expect(loadV1ServerConfig({ RETRIEVAL_INLINE_TOKENS: ' 2500 ' }).RETRIEVAL_INLINE_TOKENS).toBe(2500);
    for (const bad of ['-1', '1.5', 'many']) {
      expect(() => loadV1ServerConfig({ RETRIEVAL_INLINE_TOKENS: bad }), bad).toThrow(ConfigError);
    }
    expect(configuredEmbeddings(loadV1ServerConfig({}))).toBeUndefined();
    const embeddings = configuredEmbeddings(loadV1ServerConfig({ EMBEDDING_MODEL: 'nomic-embed-text', MODEL_BASE_URL: 'http://127.0.0.1:11434/v1' }));
    expect(embeddings?.model).toBe('nomic-embed-text');
    void embeddings?.close();
  });
});

describe('the listening variables and their former names', () => {
  it('reads V1_SERVER_PORT and V1_SERVER_HOST, with defaults', () => {
    expect(loadV1ServerConfig({})).toMatchObject({ V1_SERVER_PORT: 4010, V1_SERVER_HOST: '127.0.0.1' });
    expect(loadV1ServerConfig({ V1_SERVER_PORT: '4100', V1_SERVER_HOST: '0.0.0.0' })).toMatchObject({ V1_SERVER_PORT: 4100, V1_SERVER_HOST: '0.0.0.0' });
  });

  it('still accepts EMULATOR_PORT and EMULATOR_HOST; the new name wins when both are set', () => {
    expect(loadV1ServerConfig({ EMULATOR_PORT: '4200', EMULATOR_HOST: '10.0.0.5' })).toMatchObject({ V1_SERVER_PORT: 4200, V1_SERVER_HOST: '10.0.0.5' });
    expect(loadV1ServerConfig({ V1_SERVER_PORT: '4100', EMULATOR_PORT: '4200', V1_SERVER_HOST: '0.0.0.0', EMULATOR_HOST: '10.0.0.5' })).toMatchObject({
      V1_SERVER_PORT: 4100,
      V1_SERVER_HOST: '0.0.0.0',
    });
  });

  it('names in its error the variable that was set', () => {
    const message = (env: NodeJS.ProcessEnv): string => {
      try {
        loadV1ServerConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.message;
      }
      throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
    };
    expect(message({ EMULATOR_PORT: 'abc' })).toBe('Invalid configuration: EMULATOR_PORT must be a whole number from 0 to 65535 (got "abc")');
    expect(message({ V1_SERVER_PORT: 'abc' })).toBe('Invalid configuration: V1_SERVER_PORT must be a whole number from 0 to 65535 (got "abc")');
    expect(message({ V1_SERVER_PORT: 'abc', EMULATOR_PORT: '4200' })).toMatch(/^Invalid configuration: V1_SERVER_PORT /);
    expect(message({ EMULATOR_HOST: ' ' })).toMatch(/^Invalid configuration: EMULATOR_HOST /);
  });
});
