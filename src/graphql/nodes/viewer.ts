/** Viewer: the caller as the facade authenticated it, and its own threads. */
import { GraphQLError } from 'graphql';
import type { Caller } from '../../auth/caller.js';
import { UpstreamError } from '../../openai/errors.js';
import { builder } from '../builder.js';
import { resolveConnection } from '../pagination.js';
import { ThreadRef } from './refs.js';

const ViewerKind = builder.enumType('ViewerKind', {
  description: 'How the caller was authenticated.',
  values: {
    KEY: { value: 'key', description: 'By an upstream API key (its own, or the server’s in `open` mode).' },
    USER: { value: 'user', description: 'By a token of the app’s identity provider (`jwt` mode).' },
  } as const,
});

const ThreadConnection = builder.connectionObject(
  { type: ThreadRef, name: 'ThreadConnection', description: 'A page of threads.' },
  { name: 'ThreadEdge', description: 'A thread in a page.' },
);

/** The upstream answers a route it does not have with 404 (or 405 for a method it does not take). */
function isMissingRoute(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'http' && (error.status === 404 || error.status === 405);
}

const ViewerRef = builder.objectRef<Caller>('Viewer').implement({
  description: 'The caller.',
  fields: (t) => ({
    kind: t.field({ type: ViewerKind, description: 'How the caller was authenticated.', resolve: (caller) => caller.kind }),
    issuer: t.string({
      nullable: true,
      description: 'The identity provider (the token’s `iss`); null for a key.',
      resolve: (caller) => (caller.kind === 'user' ? caller.issuer : null),
    }),
    subject: t.string({
      nullable: true,
      description: 'The user at the identity provider (the token’s `sub`); null for a key.',
      resolve: (caller) => (caller.kind === 'user' ? caller.subject : null),
    }),
    isAdmin: t.boolean({
      description: 'Whether the caller may create, change and delete assistants: a key always may; a user with the admin role.',
      resolve: (caller) => caller.kind === 'key' || caller.admin,
    }),
    threads: t.connection(
      {
        type: ThreadRef,
        description:
          'The caller’s own threads, newest first: a user’s in `jwt` mode, else all of the key’s. Needs an upstream that lists threads (the built-in v1 server does; OpenAI’s v1 does not).',
        resolve: (_caller, args, ctx) =>
          resolveConnection(args, { name: 'viewerThreads', order: 'desc' }, async (page) => {
            try {
              return await ctx.api.listThreads(page);
            } catch (error) {
              if (!isMissingRoute(error)) throw error;
              throw new GraphQLError('The upstream has no list of threads (GET /threads is not there); use the built-in v1 server for `viewer.threads`.', {
                extensions: { code: 'UPSTREAM_ERROR' },
              });
            }
          }),
      },
      ThreadConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    description: 'The caller, as the facade authenticated it.',
    resolve: (_root, _args, ctx) => ctx.caller,
  }),
}));
