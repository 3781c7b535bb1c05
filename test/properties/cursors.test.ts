/**
 * Properties of the connection cursors: a cursor the facade issues brings back its id in its own
 * connection and order, and no argument makes `resolveConnection` fail with anything but
 * BAD_USER_INPUT.
 */
import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeCursor, resolveConnection } from '../../src/graphql/pagination.js';
import type { ConnectionArgs, ConnectionScope, UpstreamPageRequest } from '../../src/graphql/pagination.js';
import type { ListPage } from '../../src/v1/schemas.js';

const ID_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'.split('');
const upstreamId = fc.array(fc.constantFrom(...ID_CHARACTERS), { minLength: 1, maxLength: 64 }).map((characters) => characters.join(''));

const scope: fc.Arbitrary<ConnectionScope> = fc.record({
  name: fc.constantFrom('assistants', 'messages', 'runs', 'steps'),
  parentId: fc.option(upstreamId, { nil: undefined }),
  order: fc.constantFrom('asc', 'desc'),
});

/** Scopes a cursor works across: a missing parent is the empty one. */
const sameList = (connection: ConnectionScope): string => `${connection.name}/${connection.parentId ?? ''}/${connection.order}`;

/** An upstream that has no objects, and remembers what it was asked. */
function emptyUpstream(): { requests: UpstreamPageRequest[]; fetchPage: (request: UpstreamPageRequest) => Promise<ListPage<{ id: string }>> } {
  const requests: UpstreamPageRequest[] = [];
  return {
    requests,
    fetchPage: (request) => {
      requests.push(request);
      return Promise.resolve({ object: 'list', data: [], first_id: null, last_id: null, has_more: false });
    },
  };
}

const anyCursor = fc.oneof(
  fc.string(),
  fc.string().map((text) => Buffer.from(text, 'utf8').toString('base64url')),
  fc.tuple(fc.string(), fc.string(), fc.string()).map((parts) => Buffer.from(`c1|${parts.join('|')}`, 'utf8').toString('base64url')),
);
const anyCount = fc.oneof(fc.integer(), fc.double(), fc.constant(null), fc.constant(undefined));

describe('cursors', () => {
  it('a cursor brings back its id as the upstream `after`, in its own connection and order', async () => {
    await fc.assert(
      fc.asyncProperty(scope, upstreamId, async (connection, id) => {
        const upstream = emptyUpstream();
        await resolveConnection({ first: 1, after: encodeCursor(connection, id) }, connection, upstream.fetchPage);
        expect(upstream.requests).toEqual([{ limit: 1, order: connection.order, after: id }]);
      }),
    );
  });

  it('a cursor of another connection or order is refused with BAD_USER_INPUT', async () => {
    await fc.assert(
      fc.asyncProperty(scope, scope, upstreamId, async (issuer, other, id) => {
        fc.pre(sameList(issuer) !== sameList(other));
        const refusal = await resolveConnection({ after: encodeCursor(issuer, id) }, other, emptyUpstream().fetchPage).catch((error: unknown) => error);
        expect(refusal).toBeInstanceOf(GraphQLError);
        expect((refusal as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
      }),
    );
  });

  it('no arguments make resolveConnection fail with anything but BAD_USER_INPUT', async () => {
    await fc.assert(
      fc.asyncProperty(
        scope,
        fc.record({ first: anyCount, last: anyCount, after: fc.option(anyCursor), before: fc.option(anyCursor) }),
        async (connection, args: ConnectionArgs) => {
          const outcome = await resolveConnection(args, connection, emptyUpstream().fetchPage).catch((error: unknown) => error);
          if (outcome instanceof Error) {
            expect(outcome).toBeInstanceOf(GraphQLError);
            expect((outcome as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
          }
        },
      ),
    );
  });
});
