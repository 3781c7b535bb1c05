/**
 * Input checks with the upstream's limits, run before any upstream call so a bad mutation fails
 * fast, costs nothing upstream and names the field and the limit.
 */
import type { Caller } from '../auth/caller.js';
import { OWNER_METADATA_KEY } from '../auth/owned-api.js';
import { FILE_ID, FUNCTION_NAME, LIMITS } from '../openai/requests.js';
import type { Metadata, Tool } from '../openai/schemas.js';
import { badUserInput } from './errors.js';

/** The upstream's limits, written once in `src/openai/requests.ts`. */
export { LIMITS };

export function checkMaxLength(value: string | null | undefined, max: number, field: string): void {
  if (value !== null && value !== undefined && value.length > max) {
    throw badUserInput(`\`${field}\` is ${value.length} characters long; the limit is ${max}.`, field);
  }
}

export function checkMetadata(metadata: Metadata | null | undefined, field: string, maxPairs: number = LIMITS.metadataPairs): void {
  if (!metadata) return;
  const entries = Object.entries(metadata);
  if (entries.length > maxPairs) {
    throw badUserInput(`\`${field}\` has ${entries.length} keys; the limit is ${maxPairs}.`, field);
  }
  for (const [key, value] of entries) {
    if (key.length > LIMITS.metadataKey) {
      throw badUserInput(
        `\`${field}\` key ${JSON.stringify(key.slice(0, 20))}… is ${key.length} characters long; the limit is ${LIMITS.metadataKey}.`,
        field,
      );
    }
    checkMaxLength(value, LIMITS.metadataValue, `${field}.${key}`);
  }
}

/**
 * A thread's metadata: the owner tag's key is the facade's (auth/owned-api.ts), in every mode; and
 * a user's threads (`jwt` mode) carry that tag, which takes one of the upstream's pairs.
 */
export function checkThreadMetadata(metadata: Metadata | null | undefined, field: string, caller: Caller): void {
  if (metadata && OWNER_METADATA_KEY in metadata) {
    throw badUserInput(`\`${field}\` must not use the key ${OWNER_METADATA_KEY}: it is reserved for the thread's owner.`, field);
  }
  checkMetadata(metadata, field, caller.kind === 'user' ? LIMITS.metadataPairs - 1 : LIMITS.metadataPairs);
}

export function checkTools(tools: Tool[] | null | undefined, max: number, field: string): void {
  if (!tools) return;
  if (tools.length > max) throw badUserInput(`\`${field}\` has ${tools.length} tools; the limit is ${max}.`, field);
  tools.forEach((tool, index) => {
    if (tool.type === 'function' && !FUNCTION_NAME.test(tool.function.name)) {
      throw badUserInput(
        `\`${field}[${index}].function.name\` must be 1 to ${LIMITS.functionName} characters of a-z, A-Z, 0-9, _ and -.`,
        `${field}[${index}].function.name`,
      );
    }
  });
}

export function checkFileIds(fileIds: string[] | null | undefined, max: number, field: string): void {
  if (!fileIds) return;
  if (fileIds.length > max) throw badUserInput(`\`${field}\` has ${fileIds.length} file ids; the limit is ${max}.`, field);
  fileIds.forEach((id, index) => {
    if (!FILE_ID.test(id)) {
      throw badUserInput(`\`${field}[${index}]\` must be a file id like \`file-abc123\`, got ${JSON.stringify(id)}.`, field);
    }
  });
}

export function checkRange(value: number | null | undefined, min: number, max: number, field: string): void {
  if (value !== null && value !== undefined && (value < min || value > max)) {
    throw badUserInput(`\`${field}\` must be between ${min} and ${max}, got ${value}.`, field);
  }
}

export function checkMinimum(value: number | null | undefined, min: number, field: string): void {
  if (value !== null && value !== undefined && value < min) {
    throw badUserInput(`\`${field}\` must be at least ${min}, got ${value}.`, field);
  }
}
