/**
 * What a `DATABASE_URL` is, told without opening it (and without loading either store): the
 * facade's configuration checks and shows one this way too.
 */

/** A URL of this form names a PostgreSQL database. */
export const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * A database URL as logs and errors may show it: a password in it replaced by `***`. A URL that
 * does not parse is shown by its scheme alone, since where its secret sits cannot be told.
 */
export function describeDatabaseUrl(databaseUrl: string): string {
  if (databaseUrl === ':memory:' || databaseUrl.startsWith('file:')) return databaseUrl;
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(databaseUrl)?.[0];
    return scheme === undefined ? '(unparsable URL)' : `${scheme}(unparsable URL)`;
  }
  if (url.password !== '') url.password = '***';
  for (const name of [...url.searchParams.keys()]) {
    if (/pass|secret|token|key/i.test(name)) url.searchParams.set(name, '***');
  }
  return url.href;
}
