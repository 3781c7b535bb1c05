/**
 * A throwaway PostgreSQL cluster for tests: `initdb` into a temporary directory, `pg_ctl` on a
 * free port of 127.0.0.1 (and a socket in that directory), trust authentication, stopped and
 * removed by `stop()`. Its binaries are found on PATH or where Debian's `postgresql` package puts
 * them (`/usr/lib/postgresql/VERSION/bin`). Run as root (CI), the cluster runs as the `postgres`
 * user, since Postgres refuses to run as root.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PostgresCluster {
  /** The cluster's `postgres` database, for creating others. */
  adminUrl: string;
  /** A new, empty database on the cluster, as a `postgres://` URL. */
  createDatabase(): Promise<string>;
  /** The postmaster's process id: the cluster's other processes are its children. */
  pid(): number;
  stop(): Promise<void>;
}

/** The directory holding `initdb` and `pg_ctl`; undefined when there is none. */
export function findPostgresBin(): string | undefined {
  const onPath = (process.env['PATH'] ?? '').split(path.delimiter).filter((directory) => directory !== '');
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join('/usr/lib/postgresql', version, 'bin'))
    : [];
  return [...onPath, ...debian].find((directory) => existsSync(path.join(directory, 'initdb')) && existsSync(path.join(directory, 'pg_ctl')));
}

/** Why Postgres tests are skipped here, for the skip message. */
export const POSTGRES_MISSING = "no initdb and pg_ctl on PATH or in /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql)";

/** The uid and gid of `name` in /etc/passwd. */
function account(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error(`Running as root, the test cluster needs a '${name}' user to run as.`);
  return { uid: Number(uid), gid: Number(gid) };
}

function run(file: string, args: readonly string[], as: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...as, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('No port.'))));
    });
  });
}

const USER = 'assistants_test';

export async function startPostgres(bin: string): Promise<PostgresCluster> {
  const as = process.getuid?.() === 0 ? account('postgres') : undefined;
  const directory = mkdtempSync(path.join(tmpdir(), 'postgres-test-'));
  if (as) chownSync(directory, as.uid, as.gid);
  const data = path.join(directory, 'data');
  const port = await freePort();
  await run(path.join(bin, 'initdb'), ['-D', data, '-U', USER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], as);
  // Durability is not under test: no fsync keeps the cluster fast on a shared machine.
  const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  await run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(directory, 'log'), '-o', settings, '-w', 'start'], as);
  const base = `postgres://${USER}@127.0.0.1:${port}`;
  const admin = new pg.Pool({ connectionString: `${base}/postgres`, max: 1 });
  let databases = 0;
  return {
    adminUrl: `${base}/postgres`,
    async createDatabase() {
      databases += 1;
      const name = `store_${databases}`;
      await admin.query(`CREATE DATABASE ${name}`);
      return `${base}/${name}`;
    },
    pid() {
      return Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    },
    async stop() {
      await admin.end();
      await run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], as);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
