/**
 * The code interpreter through Assistants v2: `tool_resources.code_interpreter.file_ids` of the
 * assistant and of the thread, and message attachments for `code_interpreter`, are in `/mnt/data`;
 * the run's steps, messages and stream events are v2's and valid against the v2 description.
 * Skipped, saying why, where bubblewrap cannot start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssistantV2, MessageV2, RunStepV2, RunV2 } from '../../src/v2/schemas.js';
import type { ListPage } from '../../src/v1/schemas.js';
import { askToRun, probeBubblewrap, RUN_TIMEOUT_MS } from '../helpers/code-interpreter.js';
import { settled } from '../helpers/kit.js';
import type { Api, TestV1Server } from './helpers.js';
import { readSse, startTestV1Server, uploadFile } from './helpers.js';
import { loadSpecValidator, specPathV2 } from './spec-validator.js';

const { available, description } = await probeBubblewrap();
const skipped = available ? '' : ` (skipped: code interpreter is ${description})`;

const validator = loadSpecValidator(specPathV2);

describe(`code interpreter through Assistants v2${skipped}`, () => {
  let t: TestV1Server;
  let v2: Api;

  beforeAll(async () => {
    if (!available) return;
    t = await startTestV1Server({ stepDelayMs: 1, codeInterpreter: { sandbox: 'bubblewrap' } });
    v2 = t.api('sk-test-a', 'v2');
  });

  afterAll(async () => {
    if (!available) return;
    await t.v1Server.close();
  });

  it.skipIf(!available)(
    "reads the assistant's, the thread's and an attachment's files in /mnt/data, and answers in v2's shapes",
    { timeout: 60_000 },
    async () => {
      const ofAssistant = await uploadFile(v2, 'prices.csv', 'item,price\ntea,3\ncake,5\n');
      const ofThread = await uploadFile(v2, 'notes.txt', 'thread file');
      const attached = await uploadFile(v2, 'extra.txt', 'attached file');
      const assistant = await v2.post<AssistantV2>('/assistants', {
        model: 'gpt-4',
        tools: [{ type: 'code_interpreter' }],
        tool_resources: { code_interpreter: { file_ids: [ofAssistant.id] } },
      });
      expect(assistant.status).toBe(200);
      const code = [
        'import pandas as pd',
        `print(pd.read_csv('/mnt/data/${ofAssistant.id}')['price'].sum())`,
        `print(open('/mnt/data/${ofThread.id}').read())`,
        `print(open('/mnt/data/${attached.id}').read())`,
      ].join('\n');
      const response = await fetch(`${t.v1Server.url}/threads/runs`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-test-a', 'openai-beta': 'assistants=v2', 'content-type': 'application/json' },
        body: JSON.stringify({
          assistant_id: assistant.body.id,
          stream: true,
          thread: {
            tool_resources: { code_interpreter: { file_ids: [ofThread.id] } },
            messages: [{ role: 'user', content: askToRun(code), attachments: [{ file_id: attached.id, tools: [{ type: 'code_interpreter' }] }] }],
          },
        }),
      });
      expect(response.status).toBe(200);
      const frames = await readSse(response);
      for (const frame of frames) {
        if (frame.data === '[DONE]') continue;
        const event = { event: frame.event, data: JSON.parse(frame.data) as unknown };
        expect(validator.validate('AssistantStreamEvent', event), `${frame.event} ${frame.data}`).toEqual([]);
      }
      expect(frames.filter((frame) => frame.event === 'thread.run.step.delta' && frame.data.includes('"code_interpreter"')).length).toBeGreaterThan(0);
      const created = frames.find((frame) => frame.event === 'thread.run.created');
      if (!created) throw new Error('no thread.run.created event');
      const runId = (JSON.parse(created.data) as RunV2).id;
      const threadId = (JSON.parse(created.data) as RunV2).thread_id;
      const run = await t.events.run(runId, settled, { timeoutMs: RUN_TIMEOUT_MS });
      expect(run.status).toBe('completed');

      const steps = await v2.get<ListPage<RunStepV2>>(`/threads/${threadId}/runs/${runId}/steps?order=asc`);
      expect(validator.validate(validator.responseSchema('listRunSteps'), steps.body)).toEqual([]);
      const details = steps.body.data[0]?.step_details;
      const call = details?.type === 'tool_calls' ? details.tool_calls[0] : undefined;
      if (call?.type !== 'code_interpreter') throw new Error(`no code interpreter call in ${JSON.stringify(steps.body)}`);
      expect(call.code_interpreter).toEqual({ input: `${code}\n`, outputs: [{ type: 'logs', logs: '8\nthread file\nattached file\n' }] });

      const messages = await v2.get<ListPage<MessageV2>>(`/threads/${threadId}/messages?order=desc&limit=1`);
      expect(validator.validate(validator.responseSchema('listMessages'), messages.body)).toEqual([]);
      const [reply] = messages.body.data;
      expect(reply?.content[0]).toMatchObject({ type: 'text', text: { value: 'The code printed:\n```\n8\nthread file\nattached file\n```' } });
    },
  );
});
