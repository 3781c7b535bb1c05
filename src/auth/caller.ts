/**
 * Who is calling the facade, once authenticated (authenticate.ts): a holder of an upstream key, or
 * a user of the app's identity provider. Each has a one-way `id`, equal for the same caller and
 * useless to anyone who reads it, that scopes what callers share (run pollers, budgets).
 */
import { createHash, createHmac } from 'node:crypto';
import type { UpstreamCredentials } from '../openai/api.js';

/**
 * The ids of recent key callers, by their credentials: the same few callers send request after
 * request, and hashing their key for each cost about 2% of a lookup's CPU. Forgotten all at once
 * when full.
 */
const keyCallerIds = new Map<string, string>();
const MAX_KEY_CALLER_IDS = 1_000;

/** A caller known by the upstream credentials it brings (or the server's, when it brings none). */
export class KeyCaller {
  readonly kind = 'key';
  #id: string | undefined;

  constructor(readonly credentials: UpstreamCredentials) {}

  /** Computed on first use: most requests never need it. */
  get id(): string {
    if (this.#id !== undefined) return this.#id;
    const identity = `${this.credentials.apiKey ?? ''}\n${this.credentials.organization ?? ''}\n${this.credentials.project ?? ''}`;
    let id = keyCallerIds.get(identity);
    if (id === undefined) {
      id = createHash('sha256').update(identity).digest('hex');
      if (keyCallerIds.size >= MAX_KEY_CALLER_IDS) keyCallerIds.clear();
      keyCallerIds.set(identity, id);
    }
    return (this.#id = id);
  }
}

/** A user of the identity provider (`jwt` mode); upstream calls use the server's key. */
export interface UserCaller {
  readonly kind: 'user';
  readonly id: string;
  readonly issuer: string;
  readonly subject: string;
  /** Holds the role that may create, change and delete assistants. */
  readonly admin: boolean;
  /** The tag its threads carry in their metadata (see `ownerTagOf`). */
  readonly owner: string;
}

export type Caller = KeyCaller | UserCaller;

/** Marks the upstream's owner tags as this facade's, so they mean nothing as plain SHA-256 of a name. */
const OWNER_DOMAIN = 'assistants-graphql-facade/thread-owner/v1';

/**
 * The owner tag of a user's threads. With a secret, nobody who reads the upstream can tell which
 * user a thread belongs to; without one, anyone who guesses an issuer and subject can check a tag.
 * Changing the secret changes every tag, orphaning the threads made before.
 */
export function ownerTagOf(issuer: string, subject: string, secret: string | undefined): string {
  const identity = `${issuer}\n${subject}`;
  return secret === undefined
    ? createHash('sha256').update(`${OWNER_DOMAIN}\n${identity}`).digest('hex')
    : createHmac('sha256', secret).update(identity).digest('hex');
}

export function userCaller(issuer: string, subject: string, admin: boolean, ownerSecret: string | undefined): UserCaller {
  return {
    kind: 'user',
    id: createHash('sha256').update(`${issuer}\n${subject}`).digest('hex'),
    issuer,
    subject,
    admin,
    owner: ownerTagOf(issuer, subject, ownerSecret),
  };
}

/** The credentials upstream calls use for this caller: its own key, or the server's (none given). */
export function upstreamCredentialsOf(caller: Caller): UpstreamCredentials {
  return caller.kind === 'key' ? caller.credentials : {};
}
