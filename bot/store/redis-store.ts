/**
 * Shared state for several instances behind a load balancer. Each entry is one Redis hash
 * ({v: JSON value, n: version}) with a PEXPIRE for namespaces that expire; the version-checked
 * write is one Lua script, so it is atomic across instances. Commands fail fast while Redis is
 * away (no offline queue): the resilient wrapper turns that into a degraded but answering bot.
 */
import { createClient } from 'redis';
import type { Entry, NamespaceOptions, StateStore, StoreBackend } from './store.js';

/** Returns the new version, or -1 when the expected version did not match. */
const PUT_SCRIPT = `
local current = tonumber(redis.call('HGET', KEYS[1], 'n') or '0')
local expected = tonumber(ARGV[2])
if expected >= 0 and expected ~= current then return -1 end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'n', current + 1)
local ttl = tonumber(ARGV[3])
if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) else redis.call('PERSIST', KEYS[1]) end
return current + 1
`;

export interface RedisBackendOptions {
  /** Prefix for every key, so one Redis can serve several deployments. */
  prefix?: string;
  /** Called on client errors (each reconnect attempt while Redis is away raises one). */
  onError?: (error: Error) => void;
}

export function createRedisBackend(
  url: string,
  options: RedisBackendOptions = {},
): StoreBackend & {
  /** Resolves once connected, or after `waitMs` either way (the bot starts degraded then). */
  ready(waitMs: number): Promise<boolean>;
} {
  const prefix = options.prefix ?? 'rsb:';
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000),
    },
  });
  client.on('error', (error: Error) => options.onError?.(error));
  const connecting = client.connect().then(
    () => true,
    () => false,
  );

  return {
    kind: 'redis',
    async ready(waitMs) {
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs).unref());
      return Promise.race([connecting, timeout]);
    },
    open<T>(namespace: string, nsOptions: NamespaceOptions = {}): StateStore<T> {
      const base = `${prefix}${namespace}:`;
      const read = async (fullKey: string): Promise<Entry<T> | undefined> => {
        const hash = await client.hGetAll(fullKey);
        if (hash.v === undefined || hash.n === undefined) return undefined;
        return { value: JSON.parse(hash.v) as T, version: Number(hash.n) };
      };
      return {
        get: (key) => read(base + key),
        async put(key, value, putOptions = {}) {
          const result = await client.eval(PUT_SCRIPT, {
            keys: [base + key],
            arguments: [
              JSON.stringify(value),
              String(putOptions.ifVersion ?? -1),
              String(nsOptions.ttlMs ?? 0),
            ],
          });
          return Number(result) > 0;
        },
        async delete(key) {
          await client.del(base + key);
        },
        async entries() {
          const out: Array<[string, Entry<T>]> = [];
          for await (const keys of client.scanIterator({ MATCH: `${base}*`, COUNT: 500 })) {
            for (const fullKey of keys) {
              const entry = await read(fullKey);
              if (entry) out.push([fullKey.slice(base.length), entry]);
            }
          }
          return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        },
      };
    },
    async close() {
      if (client.isReady) await client.close().catch(() => client.destroy());
      else if (client.isOpen) client.destroy();
    },
  };
}
