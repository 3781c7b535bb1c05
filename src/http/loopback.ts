/** Where only this machine can connect: what decides the defaults that are safe there alone. */
import { isIP } from 'node:net';

/**
 * Whether a host to listen on (`127.0.0.1`, `localhost`, `[::1]`) or a listening socket's address
 * (`::ffff:127.0.0.1` included) is on this machine's loopback interface.
 */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare === '::1') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return /^::ffff:127\./i.test(bare);
}
