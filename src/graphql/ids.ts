/**
 * Opaque global IDs. Each carries the node type and every upstream id needed to fetch the object
 * again (a message needs its thread, a step its thread and run), as base64 of `Type:id1:id2…`.
 * Decoding checks the type and each part's prefix, because base64 turns garbage into garbage.
 */
import { badUserInput } from './errors.js';

/** The upstream id parts of each node type, in order, with the prefix each must carry. */
const NODE_ID_PARTS = {
  Assistant: ['asst_'],
  Thread: ['thread_'],
  Message: ['thread_', 'msg_'],
  Run: ['thread_', 'run_'],
  RunStep: ['thread_', 'run_', 'step_'],
  AssistantFile: ['asst_', 'file-'],
  MessageFile: ['thread_', 'msg_', 'file-'],
} as const;

export type NodeTypeName = keyof typeof NODE_ID_PARTS;

const ID_PART = /^[A-Za-z0-9_-]{1,128}$/;

export function isNodeTypeName(name: string): name is NodeTypeName {
  return Object.hasOwn(NODE_ID_PARTS, name);
}

export function encodeGlobalId(typename: string, innerId: string): string {
  return Buffer.from(`${typename}:${innerId}`, 'utf8').toString('base64');
}

/** The inner part of a global ID: the upstream ids joined with `:`. */
export function innerId(...parts: string[]): string {
  return parts.join(':');
}

export interface DecodedGlobalId {
  typename: NodeTypeName;
  parts: string[];
}

function tryDecode(globalId: string): DecodedGlobalId | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return null;
  const [typename, ...parts] = Buffer.from(globalId, 'base64').toString('utf8').split(':');
  if (!typename || !isNodeTypeName(typename)) return null;
  const prefixes = NODE_ID_PARTS[typename];
  if (parts.length !== prefixes.length) return null;
  const valid = parts.every((part, index) => ID_PART.test(part) && part.startsWith(prefixes[index] ?? ''));
  return valid ? { typename, parts } : null;
}

/** Decodes any node's global ID, or fails with BAD_USER_INPUT naming the argument. */
export function decodeGlobalId(globalId: string, argument = 'id'): DecodedGlobalId {
  const decoded = tryDecode(globalId);
  if (!decoded) throw badUserInput(`Invalid global ID for \`${argument}\`: ${JSON.stringify(globalId)}.`, argument);
  return decoded;
}

/**
 * Decodes a global ID that must name `expected` (or, where `rawPrefix` is given, accepts the raw
 * upstream id too, e.g. `asst_abc123`). Returns the upstream id parts.
 */
export function expectId(value: string, expected: NodeTypeName, argument: string, rawAccepted = false): string[] {
  const prefixes = NODE_ID_PARTS[expected];
  if (rawAccepted && prefixes.length === 1 && value.startsWith(prefixes[0]) && ID_PART.test(value)) {
    return [value];
  }
  const decoded = tryDecode(value);
  if (!decoded) {
    const hint = rawAccepted ? ` Expected a ${expected} ID or a raw \`${prefixes[0]}…\` id.` : '';
    throw badUserInput(`Invalid ${expected} ID for \`${argument}\`: ${JSON.stringify(value)}.${hint}`, argument);
  }
  if (decoded.typename !== expected) {
    throw badUserInput(
      `\`${argument}\` must be a ${expected} ID, but ${JSON.stringify(value)} is a ${decoded.typename} ID.`,
      argument,
    );
  }
  return decoded.parts;
}

/** `expectId` for single-part ids, returning the one upstream id. */
export function expectSimpleId(value: string, expected: 'Assistant' | 'Thread', argument: string, rawAccepted = false): string {
  const [id] = expectId(value, expected, argument, rawAccepted);
  if (!id) throw badUserInput(`Invalid ${expected} ID for \`${argument}\`.`, argument);
  return id;
}
