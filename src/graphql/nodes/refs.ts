/**
 * Every node type's Pothos ref, with what `builder.node` needs from its identity. Declared apart
 * from the node files, which refer to one another's types, and from `identity.ts`, which must not
 * import the builder.
 */
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { ASSISTANT, ASSISTANT_FILE, FILE, MESSAGE, MESSAGE_FILE, RUN, RUN_STEP, THREAD } from '../identity.js';
import type { AnyNodeIdentity, NodeIdentity } from '../identity.js';

type NodeRef = ReturnType<typeof builder.objectRef<object>>;

const refsByTypename = new Map<string, NodeRef>();

function refOf<T extends object, K extends Record<string, string>>(node: NodeIdentity<T, K>) {
  const ref = builder.objectRef<T>(node.typename);
  refsByTypename.set(node.typename, ref);
  return ref;
}

export const AssistantRef = refOf(ASSISTANT);
export const ThreadRef = refOf(THREAD);
export const MessageRef = refOf(MESSAGE);
export const RunRef = refOf(RUN);
export const RunStepRef = refOf(RUN_STEP);
export const AssistantFileRef = refOf(ASSISTANT_FILE);
export const MessageFileRef = refOf(MESSAGE_FILE);
export const FileRef = refOf(FILE);

/** The ref of any node type, for code that handles them all alike (federation's entities). */
export function refOfNode(node: AnyNodeIdentity): NodeRef {
  const ref = refsByTypename.get(node.typename);
  if (!ref) throw new Error(`No ref for node type ${node.typename}.`);
  return ref;
}

/** What `builder.node` needs from an identity: the inner id, the type check and the loader. */
export function nodeBasics<T extends object, K extends Record<string, string>>(node: NodeIdentity<T, K>) {
  return {
    id: { resolve: (value: T) => node.innerId(node.keyOf(value)) },
    isTypeOf: (value: unknown) => (value as { object?: unknown }).object === node.object,
    loadOne: (inner: string, ctx: GraphQLContext) => {
      const key = node.fromInnerId(inner);
      return key ? ctx.loaders.load(node, key) : null;
    },
  };
}
