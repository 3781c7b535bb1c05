import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { parse, printSchema, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../codegen.js';
import { schema } from '../src/graphql/schema.js';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('published schema artifacts', () => {
  it('schema/schema.graphql is the current printed, sorted schema (run `npm run schema`)', () => {
    expect(read('schema/schema.graphql')).toBe(`${printSchema(schema)}\n`);
  });

  it('every codegen output (schema types, possibleTypes, graphcache schema, typed documents) is what codegen makes now (run `npm run schema`)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...codegenConfig, cwd: new URL('..', import.meta.url).pathname, silent: true }, false);
    const files = outputs.map((output) => output.filename).sort();
    // The examples' typed documents exist while some example writes an operation as `graphql(…)`.
    const exampleFiles = 'examples/generated/' in codegenConfig.generates ? ['examples/generated/gql.ts', 'examples/generated/graphql.ts', 'examples/generated/persisted-documents.json'] : [];
    expect(files).toEqual([
      ...exampleFiles,
      'schema/graphcache-schema.json',
      'schema/possible-types.json',
      'schema/schema-types.ts',
      'test/graphql/generated/gql.ts',
      'test/graphql/generated/graphql.ts',
    ]);
    for (const output of outputs) expect(read(output.filename), output.filename).toBe(output.content);
    // Nothing else lingers in a generated folder (a file from an older preset, a leftover, or the
    // whole examples folder once no example has an operation left).
    for (const folder of ['test/graphql/generated/', 'examples/generated/']) {
      const url = new URL(`../${folder}`, import.meta.url);
      const present = existsSync(url) ? readdirSync(url).map((name) => `${folder}${name}`) : [];
      expect(present.sort(), folder).toEqual(files.filter((file) => file.startsWith(folder)));
    }
  }, 60_000);

  it('describes every type and field', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      // `_Any` and `_Service` are the Federation spec's own types, described there.
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID', '_Any', '_Service'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('accepts every GraphQL example in the README, including the browser snippet', () => {
    const readme = read('README.md');
    const examples = [
      ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? ''),
      ...[...readme.matchAll(/query: `([\s\S]*?)`/g)].map((match) => match[1] ?? ''),
    ];
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      expect(validate(schema, parse(example)).map((error) => error.message), example).toEqual([]);
    }
  });
});
