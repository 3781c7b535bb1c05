import { describe, expect, it } from 'vitest';
import { isLoopback } from '../../src/http/loopback.js';

describe('isLoopback', () => {
  it('knows the loopback hosts and addresses, as configured and as a socket reports them', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopback(host), host).toBe(true);
  });

  it('counts every other address as reachable from elsewhere', () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'example.com', '::ffff:10.0.0.1', '128.0.0.1']) expect(isLoopback(host), host).toBe(false);
  });
});
