/**
 * One small store interface for conversation state. The embedded default keeps state in memory
 * with expiry and a size cap; a shared store (Redis) can implement the same interface.
 */
export interface StateStore<T> {
  get(key: string): Promise<T | undefined>;
  put(key: string, value: T): Promise<void>;
  close(): Promise<void>;
}

export interface MemoryStoreOptions {
  ttlMs: number;
  maxEntries: number;
  now: () => number;
}

/** In-memory store with expiry; the oldest entries go first when it is full. */
export function createMemoryStore<T>(options: MemoryStoreOptions): StateStore<T> {
  const entries = new Map<string, { value: T; expires: number }>();
  return {
    async get(key) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (hit.expires <= options.now()) {
        entries.delete(key);
        return undefined;
      }
      return hit.value;
    },
    async put(key, value) {
      entries.delete(key);
      entries.set(key, { value, expires: options.now() + options.ttlMs });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    async close() {
      entries.clear();
    },
  };
}
