/**
 * Opaque global IDs: base64 of `Type:id1:id2…`, carrying every upstream id needed to fetch the
 * object again. The codec throws its own `GlobalIdError`; the error mapping reports it as
 * BAD_USER_INPUT naming the argument.
 */

export class GlobalIdError extends Error {
  constructor(
    message: string,
    /** The argument or input field that held the bad ID, e.g. `input.threadId`. */
    readonly argument: string,
  ) {
    super(message);
    this.name = 'GlobalIdError';
  }
}

export function encodeGlobalId(typename: string, parts: readonly string[]): string {
  return Buffer.from([typename, ...parts].join(':'), 'utf8').toString('base64');
}

/** The type name and upstream id parts of a global ID; null when it is not one. */
export function splitGlobalId(globalId: string): { typename: string; parts: string[] } | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return null;
  const [typename, ...parts] = Buffer.from(globalId, 'base64').toString('utf8').split(':');
  return typename ? { typename, parts } : null;
}

/** Each node type's check of its id parts, registered by its identity declaration. */
const nodeTypes = new Map<string, (parts: readonly string[]) => boolean>();

export function registerNodeType(typename: string, validParts: (parts: readonly string[]) => boolean): void {
  nodeTypes.set(typename, validParts);
}

/** The node type a global ID names with valid parts; null when it names none. */
export function nodeTypeOf(globalId: string): { typename: string; parts: string[] } | null {
  const split = splitGlobalId(globalId);
  return split && nodeTypes.get(split.typename)?.(split.parts) ? split : null;
}

/** Decodes any node's global ID (for `node`/`nodes`), or throws `GlobalIdError`. */
export function decodeAnyGlobalId(globalId: string, argument = 'id'): { typename: string; id: string } {
  const node = nodeTypeOf(globalId);
  if (!node) throw new GlobalIdError(`Invalid global ID for \`${argument}\`: ${JSON.stringify(globalId)}.`, argument);
  return { typename: node.typename, id: node.parts.join(':') };
}
