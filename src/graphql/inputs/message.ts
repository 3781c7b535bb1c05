/** The message input shared by createThread, createMessage and runs' additional messages. */
import type { CreateMessageBody } from '../../openai/api.js';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { LIMITS, checkFileIds, checkMaxLength, checkMetadata } from '../validation.js';

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
    content: t.string({ required: true, description: 'The text, 1 to 256,000 characters.' }),
    fileIds: t.stringList({ description: 'Ids of files for the message (`file-…`), 1 to 10.' }),
    metadata: t.field({ type: 'Metadata', description: 'At most 16 key-value pairs.' }),
  }),
});

/** A message input's fields, as createMessage and the thread and run inputs carry them. */
export type MessageInputShape = typeof MessageInput.$inferInput;

export function checkMessageInput(input: MessageInputShape, field: string): void {
  if (input.role === 'unknown') throw badUserInput(`\`${field}.role\` must be USER or ASSISTANT.`, `${field}.role`);
  if (input.content.length === 0) throw badUserInput(`\`${field}.content\` must not be empty.`, `${field}.content`);
  checkMaxLength(input.content, LIMITS.messageContent, `${field}.content`);
  if (input.fileIds && input.fileIds.length === 0) {
    throw badUserInput(`\`${field}.fileIds\` must hold at least one id when given.`, `${field}.fileIds`);
  }
  checkFileIds(input.fileIds, LIMITS.messageFiles, `${field}.fileIds`);
  checkMetadata(input.metadata, `${field}.metadata`);
}

export function messageBodyFromInput(input: MessageInputShape): CreateMessageBody {
  return {
    role: input.role === 'assistant' ? 'assistant' : 'user',
    content: input.content,
    ...(input.fileIds ? { file_ids: input.fileIds } : {}),
    ...(input.metadata !== undefined ? { metadata: input.metadata } : {}),
  };
}
