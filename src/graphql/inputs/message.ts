/** The message input shared by createThread, createMessage and runs' additional messages. */
import type { CreateMessageBody } from '../../openai/api.js';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { LIMITS, formatLimit, metadataDescription } from '../validation.js';

export const MessageRole = builder.enumType('MessageRole', {
  description: 'Who wrote a message.',
  values: {
    USER: { value: 'user', description: 'The user.' },
    ASSISTANT: { value: 'assistant', description: 'An assistant.' },
    UNKNOWN: { value: 'unknown', description: 'A role this facade does not know (from a newer server). Not accepted as input.' },
  } as const,
});

export const MessageInput = builder.inputType('MessageInput', {
  description: 'A message to add to a thread.',
  fields: (t) => ({
    role: t.field({ type: MessageRole, defaultValue: 'user', description: 'Who writes it; USER by default.' }),
    content: t.string({ required: true, description: `The text, 1 to ${formatLimit(LIMITS.messageContent)} characters.` }),
    fileIds: t.stringList({ description: `Ids of files for the message (\`file-…\`), 1 to ${formatLimit(LIMITS.messageFiles)}.` }),
    metadata: t.field({ type: 'Metadata', description: metadataDescription }),
  }),
});

/** A message input's fields, as createMessage and the thread and run inputs carry them. */
export type MessageInputShape = typeof MessageInput.$inferInput;

/**
 * A message input in wire form, for its enclosing body's schema to check. `field` is where the
 * input sits, for the one rule the schema cannot see: UNKNOWN is an output value only.
 */
export function messageBody(input: MessageInputShape, field: string): CreateMessageBody {
  if (input.role === 'unknown') throw badUserInput(`\`${field}.role\` must be USER or ASSISTANT.`, `${field}.role`);
  return {
    role: input.role === 'assistant' ? 'assistant' : 'user',
    content: input.content,
    ...(input.fileIds ? { file_ids: input.fileIds } : {}),
    ...(input.metadata !== undefined ? { metadata: input.metadata } : {}),
  };
}
