/**
 * Properties of input validation: the request schemas never throw on any JSON, and the GraphQL
 * layer's checks refuse a bad input only with BAD_USER_INPUT (or the codec's GlobalIdError), naming
 * a field under `input` and, for a limit, the limit.
 */
import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KeyCaller, userCaller } from '../../src/auth/caller.js';
import { GlobalIdError } from '../../src/graphql/global-id.js';
import { createRunRequest, createThreadAndRunRequest } from '../../src/graphql/inputs/run.js';
import { LIMITS, checkBody, formatLimit } from '../../src/graphql/validation.js';
import * as requests from '../../src/v1/requests.js';

const SCHEMAS = {
  createAssistantBody: requests.createAssistantBody,
  modifyAssistantBody: requests.modifyAssistantBody,
  createThreadBody: requests.createThreadBody,
  createMessageBody: requests.createMessageBody,
  metadataBody: requests.metadataBody,
  createRunBody: requests.createRunBody,
  createThreadAndRunBody: requests.createThreadAndRunBody,
  submitToolOutputsBody: requests.submitToolOutputsBody,
  createAssistantFileBody: requests.createAssistantFileBody,
  listQuery: requests.listQuery,
};

/** Lets only the coded refusals through: BAD_USER_INPUT naming a field under `input`, or a GlobalIdError. */
function checkedOrRefused(check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (error instanceof GlobalIdError) return;
    expect(error).toBeInstanceOf(GraphQLError);
    const { code, field } = (error as GraphQLError).extensions;
    expect(code).toBe('BAD_USER_INPUT');
    expect(String(field)).toMatch(/^input(\.|$)/);
    expect((error as GraphQLError).message).toContain(`\`${String(field).split('[')[0] ?? ''}`);
  }
}

const text = fc.oneof(fc.string(), fc.string({ minLength: 250, maxLength: 600 }));
const metadata = fc.dictionary(fc.string({ maxLength: 70 }), fc.string({ maxLength: 520 }), { maxKeys: 18 });
const toolInput = fc.record(
  {
    type: fc.constantFrom('code_interpreter', 'retrieval', 'function'),
    function: fc.record({ name: fc.string({ maxLength: 70 }), description: fc.option(fc.string()), parameters: fc.option(fc.object()) }, { requiredKeys: ['name'] }),
  },
  { requiredKeys: ['type'] },
);
const messageInput = fc.record(
  {
    role: fc.constantFrom('user', 'assistant', 'unknown'),
    content: text,
    fileIds: fc.array(fc.oneof(fc.string(), fc.string().map((rest) => `file-${rest}`)), { maxLength: 12 }),
    metadata,
  },
  { requiredKeys: ['content'] },
);
const idLike = fc.oneof(fc.string(), fc.constant('asst_abc123'), fc.constant('thread_abc123'));
const runOptions = {
  assistantId: idLike,
  model: fc.option(fc.string()),
  instructions: fc.option(text),
  tools: fc.option(fc.array(toolInput, { maxLength: 22 })),
  metadata: fc.option(metadata),
  temperature: fc.option(fc.double({ noNaN: true, min: -5, max: 5 })),
  maxPromptTokens: fc.option(fc.integer({ min: -10, max: 1000 })),
  maxCompletionTokens: fc.option(fc.integer({ min: -10, max: 1000 })),
  truncationStrategy: fc.option(
    fc.record({ type: fc.constantFrom('auto', 'last_messages'), lastMessages: fc.option(fc.integer({ min: -3, max: 30 })) }, { requiredKeys: ['type'] }),
  ),
  toolChoice: fc.option(
    fc.record(
      { type: fc.constantFrom('none', 'auto', 'function', 'code_interpreter', 'retrieval'), functionName: fc.option(fc.string({ maxLength: 8 })) },
      { requiredKeys: ['type'] },
    ),
  ),
  responseFormat: fc.option(fc.constantFrom('auto', 'none', 'text', 'json_object')),
};

describe('input validation', () => {
  it('no JSON makes a request schema throw: it parses or reports issues', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(SCHEMAS)), fc.jsonValue(), (schema, value) => {
        expect(() => schema.safeParse(value)).not.toThrow();
      }),
    );
  });

  it('checkBody refuses exactly what the schema refuses, only with BAD_USER_INPUT', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(SCHEMAS)), fc.jsonValue(), (schema, value) => {
        const parses = schema.safeParse(value).success;
        if (parses) expect(() => checkBody(schema, value as never)).not.toThrow();
        else checkedOrRefused(() => checkBody(schema, value as never));
        if (!parses) expect(() => checkBody(schema, value as never)).toThrow(GraphQLError);
      }),
    );
  });

  it('a string limit is refused above it, naming the field and the limit, and accepted up to it', () => {
    fc.assert(
      fc.property(fc.nat({ max: LIMITS.name * 2 }), (length) => {
        const body = { model: 'gpt-4', name: 'n'.repeat(length) };
        if (length <= LIMITS.name) {
          expect(() => checkBody(requests.createAssistantBody, body)).not.toThrow();
          return;
        }
        const error = (() => {
          try {
            checkBody(requests.createAssistantBody, body);
          } catch (thrown) {
            return thrown as GraphQLError;
          }
          throw new Error('not refused');
        })();
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
        expect(error.message).toContain(formatLimit(LIMITS.name));
      }),
    );
  });

  it('no CreateRunInput makes createRunRequest throw anything but a coded refusal', () => {
    fc.assert(
      fc.property(
        fc.record(
          { threadId: idLike, ...runOptions, additionalInstructions: fc.option(text), additionalMessages: fc.option(fc.array(messageInput, { maxLength: 3 })) },
          { requiredKeys: ['threadId', 'assistantId'] },
        ),
        (input) => checkedOrRefused(() => createRunRequest(input as Parameters<typeof createRunRequest>[0])),
      ),
    );
  });

  it('no CreateThreadAndRunInput makes createThreadAndRunRequest throw anything but a coded refusal', () => {
    fc.assert(
      fc.property(
        fc.record(
          { ...runOptions, messages: fc.option(fc.array(messageInput, { maxLength: 3 })), threadMetadata: fc.option(metadata) },
          { requiredKeys: ['assistantId'] },
        ),
        fc.constantFrom(new KeyCaller({}), userCaller('https://issuer.example', 'user-1', false, undefined)),
        (input, caller) => checkedOrRefused(() => createThreadAndRunRequest(input as Parameters<typeof createThreadAndRunRequest>[0], caller)),
      ),
    );
  });
});
