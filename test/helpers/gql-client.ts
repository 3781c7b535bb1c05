/**
 * A GraphQL client for tests, as any client would post: a typed document (`graphql(...)` from
 * `test/graphql/generated`, see codegen.ts) gives typed variables and data; a plain string is for
 * operations a test sends deliberately invalid (bad syntax, unknown fields, bad variables).
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** The API key the harness sends unless told otherwise. */
export const TEST_KEY = 'sk-test-harness';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; reason?: string; [key: string]: unknown };
  }[];
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <apiKey>`; default: the harness key; null: no header. */
  apiKey?: string | null | undefined;
  headers?: Record<string, string>;
}

/** The variables argument of a typed operation: optional when the operation requires none. */
export type OperationArgs<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables, options?: RequestOptions] : [variables: TVariables, options?: RequestOptions];

/** Posts a GraphQL request with `Authorization: Bearer <apiKey>` (default: the harness key). */
export interface GqlClient {
  /** A typed operation: its variables and its data are typed by the document. */
  <TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables>, ...args: OperationArgs<TVariables>): Promise<GraphQLResponse<TResult>>;
  /** An operation as text: for operations sent deliberately invalid (bad syntax, unknown fields, bad variables). */
  <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
}

/** A GraphQL client of the facade at `facadeUrl` (its `/graphql`). */
export function gqlClient(facadeUrl: string, defaultApiKey: string | null = TEST_KEY): GqlClient {
  return (async (
    document: string | DocumentTypeDecoration<unknown, unknown>,
    variables?: unknown,
    requestOptions: RequestOptions = {},
  ): Promise<GraphQLResponse<unknown>> => {
    const apiKey = requestOptions.apiKey === undefined ? defaultApiKey : requestOptions.apiKey;
    const response = await fetch(`${facadeUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        ...requestOptions.headers,
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<unknown>, 'status'>;
    return { status: response.status, ...body };
  }) as GqlClient;
}

/** Fails the test with the GraphQL errors when there are any, and returns the data. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  if (!response.data) throw new Error(`No data (HTTP ${response.status})`);
  return response.data;
}
