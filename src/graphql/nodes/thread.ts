/** Thread: the node with every field, its root query and its mutations. */
import { GraphQLObjectType, Kind, getArgumentValues } from 'graphql';
import type { FieldNode, GraphQLResolveInfo, SelectionNode } from 'graphql';
import type { Thread } from '../../v1/schemas.js';
import type { GraphQLContext } from '../context.js';
import { ACTIVE_RUN_STATUSES } from '../../v1/schemas.js';
import { builder } from '../builder.js';
import type { SchemaTypesOf } from '../builder.js';
import { badUserInput } from '../errors.js';
import { createThreadBody, metadataBody } from '../../v1/requests.js';
import { MessageInput, messageBody } from '../inputs/message.js';
import { SortOrder, orderArgDescription, orderOf } from '../objects/common.js';
import { resolveConnection } from '../pagination.js';
import { checkBody, checkThreadMetadata, threadMetadataDescription } from '../validation.js';
import { withoutOwnerTag } from '../../auth/owned-api.js';
import { MESSAGE, RUN, THREAD } from '../identity.js';
import type { NodeIdentity } from '../identity.js';
import { MessageConnection } from './message.js';
import { RunConnection } from './run.js';
import { MessageRef, RunRef, ThreadRef, nodeBasics } from './refs.js';

/**
 * A Message or Run argument of this thread: its global ID, or its raw `msg_…`/`run_…` id, checked
 * like a global ID's part.
 */
function keyInThread<T extends object, K extends { threadId: string; id: string }>(
  node: NodeIdentity<T, K>,
  value: string,
  threadId: string,
  argument: string,
): K {
  const key = node.decode(value, argument, { raw: [threadId] });
  if (key.threadId !== threadId) {
    throw badUserInput(`\`${argument}\` names a ${node.typename.toLowerCase()} of another thread (${key.threadId}).`, argument);
  }
  return key;
}

/**
 * A thread's lists already loaded for the fields of one `thread(id:)` answer, by field name and
 * arguments. Kept on that answer's own thread object, never on a cached one: a later mutation in the
 * same request must see fresh lists.
 */
const LISTED = new WeakMap<Thread, Map<string, Promise<unknown>>>();

/** The list field's connection, made once per thread object (see `LISTED`). */
function listedOnce<T>(thread: Thread, field: string, args: object, list: () => Promise<T>): Promise<T> {
  const listed = LISTED.get(thread);
  if (!listed) return list();
  const key = JSON.stringify([field, args]);
  const known = listed.get(key);
  if (known) return known as Promise<T>;
  const made = list();
  listed.set(key, made);
  return made;
}

/** The fields of a thread that need only its id. */
const ID_FIELDS = new Set(['__typename', 'id', 'openaiId']);
const LIST_FIELDS = new Set(['messages', 'runs']);

/**
 * The list fields (`messages`, `runs`) selected on a `thread(id:)`, when they and its id are all that
 * is selected, with no directives; else null.
 */
function listsOnly(info: GraphQLResolveInfo): FieldNode[] | null {
  const lists: FieldNode[] = [];
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.every((selection) => {
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        return fragment !== undefined && visit(fragment.selectionSet.selections);
      }
      if (LIST_FIELDS.has(selection.name.value)) lists.push(selection);
      return ID_FIELDS.has(selection.name.value) || LIST_FIELDS.has(selection.name.value);
    });
  const selected = visit(info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []));
  return selected && lists.length > 0 ? lists : null;
}

/**
 * The thread, proved to exist by its selected lists instead of its own GET, so the lists start a wave
 * sooner: the list fields' own resolvers run here, on a thread object that only has the id (nothing
 * else is selected), and their answers are kept for the fields (`LISTED`). When a list fails, the
 * thread's GET decides as without the shortcut: null when it does not exist, else the thread, whose
 * list field then gives the same failure without calling again. In `jwt` mode every list call first
 * reads the thread as the owner check (once per request), so ownership holds as before.
 */
async function threadByItsLists(id: string, lists: readonly FieldNode[], ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<Thread | null> {
  const type = info.schema.getType(ThreadRef.name);
  if (!(type instanceof GraphQLObjectType)) throw new Error('The schema has no Thread object type.');
  const shell: Thread = { id, object: 'thread', created_at: 0, metadata: {} };
  const listed = new Map<string, Promise<unknown>>();
  LISTED.set(shell, listed);
  const answers = await Promise.allSettled(
    lists.map(async (node) => {
      const field = type.getFields()[node.name.value];
      if (!field?.resolve) throw new Error(`Thread.${node.name.value} has no resolver.`);
      const path = { prev: info.path, key: node.alias?.value ?? node.name.value, typename: type.name };
      const fieldInfo = { ...info, fieldName: field.name, fieldNodes: [node], returnType: field.type, parentType: type, path };
      return field.resolve(shell, getArgumentValues(field, node, info.variableValues), ctx, fieldInfo);
    }),
  );
  if (answers.every((answer) => answer.status === 'fulfilled')) return shell;
  const thread = await ctx.loaders.load(THREAD, { id });
  if (!thread) return null;
  const found = { ...thread };
  LISTED.set(found, listed);
  return found;
}

builder.node(ThreadRef, {
  description: 'A conversation: messages between a user and assistants, and the runs that answered them.',
  ...nodeBasics(THREAD),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The upstream id, e.g. `thread_abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (thread) => thread.created_at }),
    metadata: t.field({ type: 'Metadata', description: 'Your key-value pairs.', resolve: (thread) => withoutOwnerTag(thread.metadata ?? {}) }),
    messages: t.connection(
      {
        type: MessageRef,
        description: 'The thread’s messages, as a Relay connection over the upstream list.',
        args: {
          order: t.arg({ type: SortOrder, description: orderArgDescription }),
          runId: t.arg.id({ description: 'Only the messages this run created (a Run global ID or a raw `run_…` id).' }),
        },
        resolve: (thread, args, ctx) =>
          listedOnce(thread, 'messages', args, () => {
            const runId = args.runId ? keyInThread(RUN, args.runId, thread.id, 'runId').id : undefined;
            return resolveConnection(
              args,
              { name: 'messages', parentId: [thread.id, runId ?? ''].join(':'), order: orderOf(args.order) },
              async (page) => {
                const list = await ctx.api.listMessages(thread.id, { ...page, ...(runId ? { run_id: runId } : {}) });
                return list;
              },
            );
          }),
      },
      MessageConnection,
    ),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'One message of this thread, by global ID or raw `msg_…` id; null when it does not exist.',
      args: { id: t.arg.id({ required: true, description: 'A Message global ID or a raw `msg_…` id.' }) },
      resolve: (thread, args, ctx) => ctx.loaders.load(MESSAGE, keyInThread(MESSAGE, args.id, thread.id, 'id')),
    }),
    runs: t.connection(
      {
        type: RunRef,
        description: 'The thread’s runs, as a Relay connection over the upstream list.',
        args: { order: t.arg({ type: SortOrder, description: orderArgDescription }) },
        resolve: (thread, args, ctx) =>
          listedOnce(thread, 'runs', args, () =>
            resolveConnection(args, { name: 'runs', parentId: thread.id, order: orderOf(args.order) }, async (page) => {
              const list = await ctx.api.listRuns(thread.id, page);
              return list;
            }),
          ),
      },
      RunConnection,
    ),
    run: t.field({
      type: RunRef,
      nullable: true,
      description: 'One run of this thread, by global ID or raw `run_…` id; null when it does not exist.',
      args: { id: t.arg.id({ required: true, description: 'A Run global ID or a raw `run_…` id.' }) },
      resolve: (thread, args, ctx) => ctx.loaders.load(RUN, keyInThread(RUN, args.id, thread.id, 'id')),
    }),
    activeRun: t.field({
      type: RunRef,
      nullable: true,
      description:
        'The run that holds the thread (queued, in progress, requires action or cancelling), or null. While there is one, new messages and runs are refused with CONFLICT (THREAD_BUSY).',
      resolve: async (thread, _args, ctx) => {
        // Only one run can be active, and no run can start while it is, so it is always the newest.
        const newest = await ctx.api.listRuns(thread.id, { limit: 1, order: 'desc' });
        const run = newest.data[0];
        return run && ACTIVE_RUN_STATUSES.includes(run.status) ? run : null;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  thread: t.field({
    type: ThreadRef,
    nullable: true,
    description: 'A thread by global ID or raw upstream id (`thread_…`); null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'A global ID or a raw `thread_…` id.' }) },
    resolve: (_root, args, ctx, info) => {
      const id = THREAD.decode(args.id, 'id', { raw: true }).id;
      const lists = listsOnly(info);
      return lists ? threadByItsLists(id, lists, ctx, info) : ctx.loaders.load(THREAD, { id });
    },
  }),
}));

const threadPayloadFields = (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, { thread: Thread }>) => ({
  thread: t.field({ type: ThreadRef, description: 'The thread.', resolve: (payload) => payload.thread }),
});

builder.relayMutationField(
  'createThread',
  {
    name: 'CreateThreadInput',
    description: 'The new thread, optionally with its first messages.',
    inputFields: (t) => ({
      messages: t.field({ type: [MessageInput], description: 'Messages to start the thread with, oldest first.' }),
      metadata: t.field({ type: 'Metadata', description: threadMetadataDescription }),
    }),
  },
  {
    description: 'Creates a thread.',
    resolve: async (_root, { input }, ctx) => {
      checkThreadMetadata(input.metadata, 'input.metadata', ctx.caller);
      const body = {
        messages: input.messages?.map((message, index) => messageBody(message, `input.messages[${index}]`)),
        metadata: input.metadata,
      };
      checkBody(createThreadBody, body);
      const thread = await ctx.api.createThread(body);
      return { thread: thread };
    },
  },
  { name: 'CreateThreadPayload', description: 'The created thread.', outputFields: threadPayloadFields },
);

builder.relayMutationField(
  'updateThread',
  {
    name: 'UpdateThreadInput',
    description: 'The thread and its new metadata.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The thread, by global ID or raw `thread_…` id.' }),
      metadata: t.field({ type: 'Metadata', description: `Replaces the metadata. ${threadMetadataDescription}` }),
    }),
  },
  {
    description: 'Changes a thread’s metadata.',
    resolve: async (_root, { input }, ctx) => {
      const id = THREAD.decode(input.id, 'input.id', { raw: true }).id;
      checkThreadMetadata(input.metadata, 'input.metadata', ctx.caller);
      const body = { metadata: input.metadata };
      checkBody(metadataBody, body);
      const thread = await ctx.api.modifyThread(id, body);
      return { thread: thread };
    },
  },
  { name: 'UpdateThreadPayload', description: 'The changed thread.', outputFields: threadPayloadFields },
);

builder.relayMutationField(
  'deleteThread',
  {
    name: 'DeleteThreadInput',
    description: 'The thread to delete.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The thread, by global ID or raw `thread_…` id.' }),
    }),
  },
  {
    description: 'Deletes a thread with its messages and runs. Fails with NOT_FOUND when it does not exist.',
    resolve: async (_root, { input }, ctx) => {
      const id = THREAD.decode(input.id, 'input.id', { raw: true }).id;
      await ctx.api.deleteThread(id);
      ctx.loaders.clear(THREAD, { id: id });
      return { deletedId: id };
    },
  },
  {
    name: 'DeleteThreadPayload',
    description: 'What was deleted.',
    outputFields: (t) => ({
      deletedThreadId: t.id({
        description: 'The global ID of the deleted thread.',
        resolve: (payload) => THREAD.globalId({ id: payload.deletedId }),
      }),
    }),
  },
);

