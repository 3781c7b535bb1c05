/** `npm run schema`: writes the printed, sorted schema to schema/schema.graphql. */
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/graphql/schema.js';

const target = new URL('../schema/schema.graphql', import.meta.url);
writeFileSync(target, `${printSchema(schema)}\n`);
console.log(`Wrote ${target.pathname}`);
