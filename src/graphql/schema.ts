/** The schema: every type family registers itself on the builder when imported. */
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './types/common.js';
import './types/assistant.js';
import './types/thread.js';
import './types/message-input.js';
import './types/message.js';
import './types/run.js';
import './types/run-step.js';
import './types/files.js';
import './types/run-inputs.js';
import './types/run-mutations.js';
import './types/run-events.js';

export const schema = lexicographicSortSchema(builder.toSchema());
