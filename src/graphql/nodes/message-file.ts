/** MessageFile: the node with every field, and `MessageFileConnection`. */
import { builder } from '../builder.js';
import { MESSAGE, MESSAGE_FILE } from '../identity.js';
import { linkedFile } from './file.js';
import { FileRef, MessageFileRef, MessageRef, nodeBasics } from './refs.js';

builder.node(MessageFileRef, {
  description: 'A file attached to a message.',
  ...nodeBasics(MESSAGE_FILE),
  fields: (t) => ({
    openaiId: t.exposeString('id', { description: 'The file id, e.g. `file-abc123`.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was attached.', resolve: (file) => file.created_at }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message it is attached to.',
      resolve: (file, _args, ctx) => ctx.loaders.load(MESSAGE, { threadId: file.thread_id, id: file.message_id }),
    }),
    file: t.field({
      type: FileRef,
      nullable: true,
      description: 'The file itself.',
      resolve: (file, _args, ctx) => linkedFile(ctx, file.id, { threadId: file.thread_id, messageId: file.message_id }),
    }),
  }),
});
export const MessageFileConnection = builder.connectionObject(
  { type: MessageFileRef, name: 'MessageFileConnection', description: 'A page of message files.' },
  { name: 'MessageFileEdge', description: 'A message file in a page.' },
);
