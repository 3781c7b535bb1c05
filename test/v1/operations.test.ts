/** The table of operations against the v1 OpenAPI description and the v1 server's routes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isAssistantsV1, operationList } from '../../src/v1/operations.js';
import { assistantRoutes } from '../../src/v1-server/routes/assistants.js';
import { fileRoutes } from '../../src/v1-server/routes/files.js';
import { compileRoutes } from '../../src/v1-server/router.js';
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
  it('holds the 28 operations of v1 as the OpenAPI description declares them, and extensions and the Files API beside them', () => {
    const rows = operationList();
    const v1 = rows.filter(isAssistantsV1).map((row) => `${row.method} ${row.path}`);
    expect(v1).toHaveLength(28);
    expect(v1.toSorted()).toEqual(specOperations().toSorted());
    expect(rows.filter((row) => row.extension).map((row) => row.name)).toEqual(['listThreads']);
    expect(rows.filter((row) => row.family === 'files').map((row) => `${row.name} ${row.method} ${row.path}`)).toEqual([
      'uploadFile POST /files',
      'listFiles GET /files',
      'getFile GET /files/{file_id}',
      'deleteFile DELETE /files/{file_id}',
      'getFileContent GET /files/{file_id}/content',
    ]);
  });

  it('says which bodies and answers are not JSON: the upload is multipart, the download raw bytes', () => {
    const rows = operationList();
    expect(rows.filter((row) => row.body === 'multipart').map((row) => row.name)).toEqual(['uploadFile']);
    expect(rows.filter((row) => row.answer === 'bytes').map((row) => row.name)).toEqual(['getFileContent']);
    // Only the Files API is outside the Assistants beta (and its header).
    expect(rows.filter((row) => row.body === 'multipart' || row.answer === 'bytes').every((row) => row.family === 'files')).toBe(true);
  });

  it('is served by the v1 server, one route per operation', () => {
    const routed = [...assistantRoutes, ...runRoutes, ...threadRoutes, ...fileRoutes].map((route) => route.operation);
    expect(routed.toSorted()).toEqual(operationList().map((row) => row.name).toSorted());
  });

  it('tells the router which routes skip the beta header and read their own body', () => {
    const compiled = compileRoutes([...assistantRoutes, ...runRoutes, ...threadRoutes, ...fileRoutes]);
    expect(compiled.filter((route) => !route.beta).map((route) => route.operation).toSorted()).toEqual(
      operationList()
        .filter((row) => row.family === 'files')
        .map((row) => row.name)
        .toSorted(),
    );
    expect(compiled.filter((route) => route.readsBody).map((route) => route.operation)).toEqual(['uploadFile']);
  });
});
