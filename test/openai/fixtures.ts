/** Minimal wire objects that pass the schemas, for scripted upstream answers. */
export const assistant = {
  id: 'asst_1',
  object: 'assistant',
  created_at: 1_700_000_000,
  name: 'Helper',
  description: null,
  model: 'gpt-4-turbo',
  instructions: null,
  tools: [],
  file_ids: [],
  metadata: {},
};

export const thread = { id: 'thread_1', object: 'thread', created_at: 1_700_000_000, metadata: {} };

export const message = {
  id: 'msg_1',
  object: 'thread.message',
  created_at: 1_700_000_000,
  thread_id: 'thread_1',
  status: 'completed',
  role: 'user',
  content: [{ type: 'text', text: { value: 'Hello', annotations: [] } }],
  assistant_id: null,
  run_id: null,
  file_ids: [],
  metadata: {},
};

export const run = {
  id: 'run_1',
  object: 'thread.run',
  created_at: 1_700_000_000,
  thread_id: 'thread_1',
  assistant_id: 'asst_1',
  status: 'queued',
  required_action: null,
  last_error: null,
  model: 'gpt-4-turbo',
  instructions: null,
  tools: [],
  file_ids: [],
  metadata: {},
};

export const runStep = {
  id: 'step_1',
  object: 'thread.run.step',
  created_at: 1_700_000_000,
  assistant_id: 'asst_1',
  thread_id: 'thread_1',
  run_id: 'run_1',
  type: 'message_creation',
  status: 'completed',
  step_details: { type: 'message_creation', message_creation: { message_id: 'msg_1' } },
  metadata: null,
};

export const assistantFile = { id: 'file_1', object: 'assistant.file', created_at: 1_700_000_000, assistant_id: 'asst_1' };

export const messageFile = { id: 'file_1', object: 'thread.message.file', created_at: 1_700_000_000, message_id: 'msg_1' };

export function deletion(object: string) {
  return { id: 'x_1', object, deleted: true };
}

export function list(data: unknown[]) {
  return { object: 'list', data, first_id: null, last_id: null, has_more: false };
}

/** One SSE frame. */
export function frame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

export const messageDelta = {
  id: 'msg_1',
  object: 'thread.message.delta',
  delta: { content: [{ index: 0, type: 'text', text: { value: 'Hi' } }] },
};
