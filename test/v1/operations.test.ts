/** The table of operations against the v1 OpenAPI description and the v1 server's routes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { operationList } from '../../src/v1/operations.js';
import { assistantRoutes } from '../../src/v1-server/routes/assistants.js';
import { runRoutes } from '../../src/v1-server/routes/runs.js';
import { threadRoutes } from '../../src/v1-server/routes/threads.js';
import { specPath } from '../v1-server/spec-validator.js';

interface Spec {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

/** `METHOD path` for every operation the OpenAPI description declares (its operationIds are its own: `submitToolOuputsToRun`). */
function specOperations(): string[] {
  const spec = parse(readFileSync(specPath, 'utf8')) as Spec;
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, operation]) =>
      operation.operationId === undefined ? [] : [`${method.toUpperCase()} ${path}`],
    ),
  );
}

describe('the table of operations', () => {
  it('holds the 28 operations of v1 as the OpenAPI description declares them, and extensions beside them', () => {
    const rows = operationList();
    const v1 = rows.filter((row) => !row.extension).map((row) => `${row.method} ${row.path}`);
    expect(v1.toSorted()).toEqual(specOperations().toSorted());
    expect(rows.filter((row) => row.extension).map((row) => row.name)).toEqual(['listThreads']);
  });

  it('is served by the v1 server, one route per operation', () => {
    const routed = [...assistantRoutes, ...runRoutes, ...threadRoutes].map((route) => route.operation);
    expect(routed.toSorted()).toEqual(operationList().map((row) => row.name).toSorted());
  });
});
