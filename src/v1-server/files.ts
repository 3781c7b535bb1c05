/**
 * The v1 server has no Files API, so which file ids exist follows a fixed rule:
 * - an id matching `^file-[A-Za-z0-9]{1,64}$` exists, except ids starting with `file-missing`,
 *   which are answered 404 `No file found with id 'file-missing…'.`;
 * - anything else is a 400 `invalid_value` naming the parameter.
 */
import { invalidRequest, notFound } from './errors.js';

const FILE_ID = /^file-[A-Za-z0-9]{1,64}$/;

export function checkFileId(id: string, param: string): void {
  if (!FILE_ID.test(id)) {
    throw invalidRequest(`Invalid '${param}': '${id}' is not a valid file id. Expected an id like 'file-abc123'.`, param, 'invalid_value');
  }
  if (id.startsWith('file-missing')) throw notFound('file', id);
}

export function checkFileIds(ids: readonly string[] | undefined, param: string): void {
  ids?.forEach((id, index) => checkFileId(id, `${param}[${index}]`));
}
