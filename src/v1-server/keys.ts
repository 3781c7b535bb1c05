/**
 * The built-in server's API keys, as OpenAI had them: `sk-…` keys made by `npm run keys -- create`,
 * stored only as their SHA-256, which is also the scope of the key's objects.
 *
 * Which keys a request may bring:
 * - once the store holds a key (revoked ones count), only its unrevoked keys;
 * - before that, any key (the server then listens only on loopback, see `startV1Server`), except
 *   keys starting with `sk-invalid`, refused so tests can reach the 401 path;
 * - always the embedding process's internal key, whose objects live in one fixed scope.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from './errors.js';
import type { Store } from './store/store.js';

/** The key `npm start` used with its embedded server before keys were random: its objects' scope stays theirs. */
const EMBEDDED_KEY_BEFORE_RANDOM_KEYS = 'sk-emulator-local';

/** A key's "last used" time is written at most this often, not on every request. */
const LAST_USED_PRECISION_SECONDS = 60;

const MISSING_KEY_MESSAGE =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username. You can obtain an API key from https://platform.openai.com/account/api-keys.";

/** A new random key: `sk-` and 48 characters of base64url (288 bits). */
export function newApiKey(): string {
  return `sk-${randomBytes(36).toString('base64url')}`;
}

/** The scope of a key's objects, and the key's hash in the store: its SHA-256, so no key is ever stored. */
export function scopeOf(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}


function maskKey(key: string): string {
  if (key.length <= 12) return '*'.repeat(key.length);
  return `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`;
}

function incorrectKey(key: string): ApiError {
  return new ApiError(
    401,
    `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    { code: 'invalid_api_key' },
  );
}

/** The bearer key of an `Authorization` header; undefined when there is none. */
export function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.*)$/i.exec(header?.trim() ?? '');
  const key = (match?.[1] ?? '').trim();
  return key === '' ? undefined : key;
}

export interface KeyCheckOptions {
  store: Store;
  /** Unix seconds. */
  now: () => number;
  /** Accepted even when keys are stored; its objects keep the scope of the embedded server's former fixed key. */
  internalKey?: string | undefined;
}

/** Checks a request's `Authorization` header: the scope of its objects, or the 401 upstream sends. */
export function keyCheck(options: KeyCheckOptions): (header: string | undefined) => Promise<string> {
  const { store, now } = options;
  const internalHash = options.internalKey === undefined ? undefined : scopeOf(options.internalKey);
  return async (header) => {
    if (header === undefined || header.trim() === '') throw new ApiError(401, MISSING_KEY_MESSAGE);
    const match = /^Bearer\s+(.*)$/i.exec(header.trim());
    if (!match) throw incorrectKey(header.trim());
    const key = (match[1] ?? '').trim();
    if (key === '') throw new ApiError(401, MISSING_KEY_MESSAGE);
    // Hashes are compared, never keys, so the comparison leaks nothing about a key.
    const hash = scopeOf(key);
    if (hash === internalHash) return scopeOf(EMBEDDED_KEY_BEFORE_RANDOM_KEYS);
    const stored = await store.keys.findActive(hash);
    if (stored) {
      const at = now();
      if (stored.lastUsedAt === null || at - stored.lastUsedAt >= LAST_USED_PRECISION_SECONDS) await store.keys.markUsed(stored.name, at);
      return hash;
    }
    if (key.startsWith('sk-invalid') || (await store.keys.any())) throw incorrectKey(key);
    return hash;
  };
}
