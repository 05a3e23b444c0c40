/**
 * Keeps the bot answering when its store is down or slow. Every call has a deadline; a failure
 * or timeout turns reads into "nothing saved" and writes into no-ops, so a turn still gets its
 * reply (a crisis reply never needs saved state). The change of state is reported once when it
 * starts and once when the store answers again, not on every message.
 */
import type { StateStore, StoreBackend } from './store.js';

export interface ResilienceOptions {
  /** Longest wait for one store call, in milliseconds. */
  timeoutMs: number;
  onDegraded: (reason: string) => void;
  onRecovered: () => void;
}

class StoreTimeout extends Error {
  override name = 'StoreTimeout';
}

export function withResilience(backend: StoreBackend, options: ResilienceOptions): StoreBackend {
  let degraded = false;
  const guard = async <R>(call: () => Promise<R>, otherwise: R): Promise<R> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreTimeout('store call timed out')), options.timeoutMs);
    });
    try {
      const result = await Promise.race([call(), deadline]);
      if (degraded) {
        degraded = false;
        options.onRecovered();
      }
      return result;
    } catch (error) {
      if (!degraded) {
        degraded = true;
        options.onDegraded(error instanceof Error ? error.name : 'unknown');
      }
      return otherwise;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    kind: backend.kind,
    open<T>(namespace: string, nsOptions?: Parameters<StoreBackend['open']>[1]): StateStore<T> {
      const store = backend.open<T>(namespace, nsOptions);
      return {
        get: (key) => guard(() => store.get(key), undefined),
        // A write that cannot happen is dropped: the reply has been decided and must still go out.
        put: (key, value, putOptions) => guard(() => store.put(key, value, putOptions), true),
        delete: (key) => guard(() => store.delete(key), undefined),
        entries: () => guard(() => store.entries(), []),
      };
    },
    close: () => backend.close(),
  };
}
