/**
 * One small store interface for everything the bot keeps: conversation state, SMS opt-outs and the
 * optional review log. A backend (memory, SQLite file, Redis) opens named namespaces; each entry
 * carries a version for optimistic concurrency and an optional expiry.
 */

export interface Entry<T> {
  value: T;
  /** Starts at 1 and goes up by one on every write. */
  version: number;
}

export interface PutOptions {
  /**
   * Write only if the stored version is this one (0: only if there is no entry). Without it the
   * write always happens.
   */
  ifVersion?: number;
}

export interface StateStore<T> {
  get(key: string): Promise<Entry<T> | undefined>;
  /** Resolves false when `ifVersion` did not match (someone else wrote first); nothing is written then. */
  put(key: string, value: T, options?: PutOptions): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Every live entry in key order, for curator tools (the review log); not for hot paths. */
  entries(): Promise<Array<[string, Entry<T>]>>;
}

export interface NamespaceOptions {
  /** Entries expire this long after their last write; without it they never do. */
  ttlMs?: number;
}

export interface StoreBackend {
  readonly kind: 'memory' | 'sqlite' | 'redis';
  open<T>(namespace: string, options?: NamespaceOptions): StateStore<T>;
  close(): Promise<void>;
}

/**
 * Reads, computes and writes back under a version check; if another instance wrote the same key
 * in between, it reads again and recomputes (a conversation hopping between instances).
 */
export async function transact<T, R>(
  store: StateStore<T>,
  key: string,
  step: (current: T | undefined) => { value: T; result: R },
  /** An entry the caller has just read, to save reading it twice. */
  preread?: { entry: Entry<T> | undefined },
): Promise<R> {
  const attempts = 3;
  for (let attempt = 1; ; attempt++) {
    const current = attempt === 1 && preread ? preread.entry : await store.get(key);
    const { value, result } = step(current?.value);
    const written = await store.put(key, value, { ifVersion: current?.version ?? 0 });
    if (written || attempt >= attempts) return result;
  }
}

export interface MemoryBackendOptions {
  /** Most entries kept per namespace; the least recently written go first. */
  maxEntries?: number;
  now?: () => number;
}

/** Everything in memory: for tests, `npm run chat` and single runs. Lost on restart. */
export function createMemoryBackend(options: MemoryBackendOptions = {}): StoreBackend {
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  const namespaces = new Map<string, Map<string, { entry: Entry<unknown>; expires: number }>>();
  return {
    kind: 'memory',
    open<T>(namespace: string, nsOptions: NamespaceOptions = {}): StateStore<T> {
      let entries = namespaces.get(namespace);
      if (!entries) {
        entries = new Map();
        namespaces.set(namespace, entries);
      }
      const map = entries;
      const live = (key: string) => {
        const hit = map.get(key);
        if (hit && hit.expires <= now()) {
          map.delete(key);
          return undefined;
        }
        return hit;
      };
      return {
        async get(key) {
          const hit = live(key);
          return hit ? { value: hit.entry.value as T, version: hit.entry.version } : undefined;
        },
        async put(key, value, putOptions = {}) {
          const version = live(key)?.entry.version ?? 0;
          if (putOptions.ifVersion !== undefined && putOptions.ifVersion !== version) return false;
          map.delete(key);
          const expires = nsOptions.ttlMs === undefined ? Number.POSITIVE_INFINITY : now() + nsOptions.ttlMs;
          map.set(key, { entry: { value, version: version + 1 }, expires });
          while (map.size > maxEntries) {
            const oldest = map.keys().next().value;
            if (oldest === undefined) break;
            map.delete(oldest);
          }
          return true;
        },
        async delete(key) {
          map.delete(key);
        },
        async entries() {
          const out: Array<[string, Entry<T>]> = [];
          for (const key of [...map.keys()].sort()) {
            const hit = live(key);
            if (hit) out.push([key, { value: hit.entry.value as T, version: hit.entry.version }]);
          }
          return out;
        },
      };
    },
    async close() {
      namespaces.clear();
    },
  };
}
