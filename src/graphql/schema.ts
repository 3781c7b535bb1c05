/**
 * The schema: every node type, object, input and subscription registers itself on the builder when
 * imported. Built as a Federation subgraph (federation.ts), sorted.
 */
import { buildSubgraphSchema } from './federation.js';
import './nodes/assistant.js';
import './nodes/assistant-file.js';
import './nodes/file.js';
import './nodes/thread.js';
import './nodes/message.js';
import './nodes/message-file.js';
import './nodes/run.js';
import './nodes/run-step.js';
import './nodes/viewer.js';
import './subscriptions/run-events.js';

export const schema = buildSubgraphSchema();
