import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRedisBackend } from '../../../bot/store/redis-store.js';
import { createSqliteBackend } from '../../../bot/store/sqlite-store.js';
import { createMemoryBackend, type StoreBackend, transact } from '../../../bot/store/store.js';
import { type RedisServer, startRedis } from '../../helpers/redis.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

/** Each backend with a clock the test can move (Redis keeps its own time: it waits instead). */
const backends: Array<[string, () => { backend: StoreBackend; advance: (ms: number) => Promise<void> }]> = [
  [
    'memory',
    () => {
      let now = 1_000_000;
      return {
        backend: createMemoryBackend({ now: () => now }),
        advance: async (ms) => {
          now += ms;
        },
      };
    },
  ],
  [
    'sqlite',
    () => {
      let now = 1_000_000;
      return {
        backend: createSqliteBackend(mkdtempSync(join(tmpdir(), 'store-')), { now: () => now }),
        advance: async (ms) => {
          now += ms;
        },
      };
    },
  ],
  [
    'redis',
    () => ({
      backend: createRedisBackend(redis.url, { prefix: `t${Math.random().toString(36).slice(2)}:` }),
      advance: (ms) => new Promise((r) => setTimeout(r, ms)),
    }),
  ],
];

describe.each(backends)('%s store', (_name, make) => {
  let backend: StoreBackend;
  let advance: (ms: number) => Promise<void>;
  beforeEach(async () => {
    ({ backend, advance } = make());
    if ('ready' in backend)
      expect(await (backend as { ready: (ms: number) => Promise<boolean> }).ready(5000)).toBe(true);
  });
  afterEach(async () => {
    await backend.close();
  });

  it('returns nothing for a key never written', async () => {
    expect(await backend.open('a').get('missing')).toBeUndefined();
  });

  it('stores values with a version that goes up on every write', async () => {
    const store = backend.open<{ n: number }>('a');
    expect(await store.put('k', { n: 1 })).toBe(true);
    expect(await store.get('k')).toEqual({ value: { n: 1 }, version: 1 });
    await store.put('k', { n: 2 });
    expect(await store.get('k')).toEqual({ value: { n: 2 }, version: 2 });
  });

  it('refuses a write whose expected version is stale, and leaves the value alone', async () => {
    const store = backend.open<string>('a');
    expect(await store.put('k', 'first', { ifVersion: 0 })).toBe(true);
    expect(await store.put('k', 'again', { ifVersion: 0 })).toBe(false);
    await store.put('k', 'second', { ifVersion: 1 });
    expect(await store.put('k', 'late', { ifVersion: 1 })).toBe(false);
    expect(await store.get('k')).toEqual({ value: 'second', version: 2 });
  });

  it('keeps namespaces apart', async () => {
    await backend.open<string>('a').put('k', 'in a');
    expect(await backend.open<string>('b').get('k')).toBeUndefined();
  });

  it('expires entries of a namespace with a lifetime, and never those without', async () => {
    const short = backend.open<string>('short', { ttlMs: 300 });
    const forever = backend.open<string>('forever');
    await short.put('k', 'soon gone');
    await forever.put('k', 'kept');
    expect((await short.get('k'))?.value).toBe('soon gone');
    await advance(600);
    expect(await short.get('k')).toBeUndefined();
    expect(await short.entries()).toEqual([]);
    expect((await forever.get('k'))?.value).toBe('kept');
    // An expired key starts again at version 1.
    expect(await short.put('k', 'new', { ifVersion: 0 })).toBe(true);
  });

  it('lists live entries and deletes', async () => {
    const store = backend.open<number>('list');
    await store.put('b', 2);
    await store.put('a', 1);
    expect(await store.entries()).toEqual([
      ['a', { value: 1, version: 1 }],
      ['b', { value: 2, version: 1 }],
    ]);
    await store.delete('a');
    expect((await store.entries()).map(([k]) => k)).toEqual(['b']);
  });

  it('recomputes when another writer got in between (transact)', async () => {
    const store = backend.open<number>('counter');
    await store.put('n', 10);
    let calls = 0;
    const result = await transact(store, 'n', (current) => {
      calls += 1;
      // The first time, someone else writes after our read: our write must not win.
      if (calls === 1) void store.put('n', 100);
      return { value: (current ?? 0) + 1, result: current };
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(result).toBe(100);
    expect((await store.get('n'))?.value).toBe(101);
  });
});

describe('sqlite store on disk', () => {
  it('keeps entries across a restart and sweeps expired ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    let now = 5_000;
    const first = createSqliteBackend(dir, { now: () => now });
    await first.open<boolean>('sms-opt-outs').put('hash', true);
    await first.open<string>('conversations', { ttlMs: 1000 }).put('c', 'state');
    await first.close();
    now += 2000;
    const second = createSqliteBackend(dir, { now: () => now });
    expect((await second.open<boolean>('sms-opt-outs').get('hash'))?.value).toBe(true);
    expect(await second.open('conversations').get('c')).toBeUndefined();
    await second.close();
  });
});
