/**
 * Properties of the global-ID codec and the node identities: every key of every node type comes
 * back from its global ID and its inner id, and no string makes a decoder throw anything but
 * `GlobalIdError`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GlobalIdError, decodeAnyGlobalId, nodeTypeOf, splitGlobalId } from '../../src/graphql/global-id.js';
import { NODE_TYPES } from '../../src/graphql/identity.js';
import type { AnyNodeIdentity } from '../../src/graphql/identity.js';
import { LIMITS } from '../../src/v1/requests.js';

const ID_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'.split('');

/** An upstream id with the given prefix, as the id pattern allows it. */
const upstreamId = (prefix: string) =>
  fc
    .array(fc.constantFrom(...ID_CHARACTERS), { minLength: 1, maxLength: LIMITS.maxIdLength - prefix.length })
    .map((characters) => `${prefix}${characters.join('')}`);

/** The prefix of each part of each node type's key, as upstream ids carry them. */
const SAMPLE_PREFIXES: Record<string, Record<string, string>> = {
  Assistant: { id: 'asst_' },
  Thread: { id: 'thread_' },
  Message: { threadId: 'thread_', id: 'msg_' },
  Run: { threadId: 'thread_', id: 'run_' },
  RunStep: { threadId: 'thread_', runId: 'run_', id: 'step_' },
  AssistantFile: { assistantId: 'asst_', id: 'file-' },
  MessageFile: { threadId: 'thread_', messageId: 'msg_', id: 'file-' },
  File: { id: 'file-' },
};

const keyOf = (node: AnyNodeIdentity) => {
  const prefixes = SAMPLE_PREFIXES[node.typename] ?? {};
  return fc.record(Object.fromEntries(Object.entries(prefixes).map(([name, prefix]) => [name, upstreamId(prefix)])));
};

/** Strings a caller might send: any text, base64 of anything, and near-misses of real IDs. */
const anyIdString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string().map((text) => Buffer.from(text, 'utf8').toString('base64')),
  fc
    .tuple(fc.constantFrom(...NODE_TYPES.map((node) => node.typename), 'Nope', ''), fc.array(fc.string(), { maxLength: 4 }))
    .map(([typename, parts]) => Buffer.from([typename, ...parts].join(':'), 'utf8').toString('base64')),
  fc.constantFrom('asst_', 'thread_', 'msg_', 'run_', 'step_', 'file-').chain((prefix) => fc.string().map((rest) => prefix + rest)),
);

/** Runs `decode` and lets only `GlobalIdError` through as a failure. */
function decodesOrRefuses(decode: () => unknown): void {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(GlobalIdError);
  }
}

describe('global IDs', () => {
  it('the sample prefixes cover every node type', () => {
    expect(Object.keys(SAMPLE_PREFIXES).sort()).toEqual(NODE_TYPES.map((node) => node.typename).sort());
  });

  for (const node of NODE_TYPES) {
    it(`${node.typename}: key → global ID → key, and key → inner id → key`, () => {
      fc.assert(
        fc.property(keyOf(node), (key) => {
          const globalId = node.globalId(key);
          expect(node.decode(globalId, 'id')).toEqual(key);
          expect(decodeAnyGlobalId(globalId)).toEqual({ typename: node.typename, id: node.innerId(key) });
          expect(node.fromInnerId(node.innerId(key))).toEqual(key);
        }),
      );
    });

    it(`${node.typename}: a raw id is decoded with the same checks as a global ID's part`, () => {
      fc.assert(
        fc.property(keyOf(node), anyIdString, (key, junk) => {
          const parts = Object.values(key);
          const leading = parts.slice(0, -1);
          expect(node.decode(parts.at(-1) ?? '', 'id', { raw: leading })).toEqual(key);
          decodesOrRefuses(() => node.decode(junk, 'id', { raw: leading }));
        }),
      );
    });

    it(`${node.typename}: no string makes decode throw anything but GlobalIdError`, () => {
      fc.assert(
        fc.property(anyIdString, (value) => {
          decodesOrRefuses(() => node.decode(value, 'input.id'));
          decodesOrRefuses(() => node.decode(value, 'input.id', { raw: true }));
          expect(() => node.fromInnerId(value)).not.toThrow();
        }),
      );
    });
  }

  it('no string makes the type-agnostic decoders throw anything but GlobalIdError', () => {
    fc.assert(
      fc.property(anyIdString, (value) => {
        expect(() => splitGlobalId(value)).not.toThrow();
        expect(() => nodeTypeOf(value)).not.toThrow();
        decodesOrRefuses(() => decodeAnyGlobalId(value));
      }),
    );
  });

  it('a GlobalIdError names the argument it was given', () => {
    fc.assert(
      fc.property(anyIdString, fc.constantFrom('id', 'input.threadId', 'representations'), (value, argument) => {
        try {
          decodeAnyGlobalId(value, argument);
        } catch (error) {
          expect(error).toBeInstanceOf(GlobalIdError);
          expect((error as GlobalIdError).argument).toBe(argument);
        }
      }),
    );
  });
});
