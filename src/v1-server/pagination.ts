/** A store page as upstream's list object; a cursor that is not in the list is upstream's 400. */
import type { ListPage } from '../v1/schemas.js';
import { invalidRequest } from './errors.js';
import type { Page } from './store/store.js';
import { CursorNotFoundError } from './store/store.js';

export async function listPage<T extends { id: string }>(page: Promise<Page<T>>): Promise<ListPage<T>> {
  try {
    const { data, hasMore } = await page;
    return {
      object: 'list',
      data,
      first_id: data[0]?.id ?? null,
      last_id: data[data.length - 1]?.id ?? null,
      has_more: hasMore,
    };
  } catch (error) {
    if (!(error instanceof CursorNotFoundError)) throw error;
    throw invalidRequest(
      `Invalid '${error.param}': no object with id '${error.id}' was found in this list.`,
      error.param,
      'invalid_value',
    );
  }
}

/** A store page with each object rendered (as another version shows it). */
export async function mappedPage<T, U>(page: Promise<Page<T>>, render: (item: T) => Promise<U>): Promise<Page<U>> {
  const { data, hasMore } = await page;
  return { data: await Promise.all(data.map(render)), hasMore };
}
