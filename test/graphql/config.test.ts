/**
 * Start-up configuration: defaults, one clear line naming a bad variable, secrets kept out of
 * messages, and the real entry point exiting with that line.
 */
import { spawn } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadFacadeConfig } from '../../src/config.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules', '.bin');

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadFacadeConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadFacadeConfig', () => {
  it('applies the defaults: PORT 4000, HOST 127.0.0.1, no upstream', () => {
    const config = loadFacadeConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.OPENAI_BASE_URL).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it('reads good values', () => {
    const config = loadFacadeConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      OPENAI_BASE_URL: 'https://api.example.com/v1',
      OPENAI_API_KEY: 'sk-test-good',
      // Beyond loopback with a server key, a mode must be chosen (test/auth/jwt.test.ts).
      AUTH_MODE: 'open',
    });
    expect(config).toMatchObject({ PORT: 8080, HOST: '0.0.0.0', OPENAI_BASE_URL: 'https://api.example.com/v1', OPENAI_API_KEY: 'sk-test-good', AUTH_MODE: 'open' });
  });

  it('treats empty values as unset', () => {
    const config = loadFacadeConfig({ OPENAI_BASE_URL: '', OPENAI_API_KEY: '' });
    expect(config.OPENAI_BASE_URL).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  const bad: { variable: string; value: string }[] = [
    { variable: 'PORT', value: 'abc' },
    { variable: 'PORT', value: '70000' },
    { variable: 'PORT', value: '-1' },
    { variable: 'PORT', value: '80.5' },
    { variable: 'OPENAI_BASE_URL', value: 'ftp://x' },
    { variable: 'OPENAI_BASE_URL', value: 'not a url' },
  ];
  for (const { variable, value } of bad) {
    it(`${variable}=${JSON.stringify(value)} is a ConfigError: one line naming the variable`, () => {
      const error = configError({ [variable]: value, OPENAI_API_KEY: 'sk-test-SECRET-value-42' });
      expect(error.name).toBe('ConfigError');
      expect(error.message).toContain(variable);
      expect(error.message).not.toMatch(/[\r\n]/);
      expect(error.message.length).toBeLessThan(300);
      expect(error.message).not.toContain('sk-test-SECRET-value-42');
      expect(error.message).not.toContain('SECRET');
    });
  }

  it('a bad OPENAI_API_KEY is named, and its value never appears', () => {
    const error = configError({ OPENAI_API_KEY: 'sk-test SECRET with spaces' });
    expect(error.message).toContain('OPENAI_API_KEY');
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message).not.toContain('SECRET');
  });
});

describe('npm start with bad configuration', () => {
  it('PORT=abc exits with code 1 and a single stderr line naming PORT', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}`,
      PORT: 'abc',
      OPENAI_API_KEY: 'sk-test-SECRET-spawn-7',
      LOG_LEVEL: 'silent',
    };
    delete env['NODE_OPTIONS'];
    delete env['VITEST'];
    const child = spawn(join(BIN, 'tsx'), ['src/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await new Promise<number | null>((done) => child.on('close', (exitCode) => done(exitCode)));
    clearTimeout(timer);
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(stderr + stdout).not.toContain('SECRET');
  }, 20_000);
});
