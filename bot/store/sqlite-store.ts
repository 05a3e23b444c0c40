/**
 * The embedded default: one SQLite file under DATA_DIR (WAL mode), so conversation state, SMS
 * opt-outs and the review log survive a restart without any service to run. Writes are
 * transactions, so the version check is atomic even with several processes on one file.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Entry, NamespaceOptions, StateStore, StoreBackend } from './store.js';

export interface SqliteBackendOptions {
  now?: () => number;
  /** How often expired rows are deleted; they are never returned either way. */
  sweepEveryMs?: number;
}

interface Row {
  value: string;
  version: number;
  expires: number | null;
}

export function createSqliteBackend(dir: string, options: SqliteBackendOptions = {}): StoreBackend {
  const now = options.now ?? Date.now;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'bot.sqlite');
  const fresh = !existsSync(file);
  const db = new Database(file);
  if (fresh) chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 2000');
  db.exec(`CREATE TABLE IF NOT EXISTS entries (
    ns TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    version INTEGER NOT NULL,
    expires INTEGER,
    PRIMARY KEY (ns, key)
  ) WITHOUT ROWID`);
  db.exec('CREATE INDEX IF NOT EXISTS entries_expires ON entries (expires) WHERE expires IS NOT NULL');

  const select = db.prepare<[string, string, number], Row>(
    'SELECT value, version, expires FROM entries WHERE ns = ? AND key = ? AND (expires IS NULL OR expires > ?)',
  );
  const upsert = db.prepare(
    `INSERT INTO entries (ns, key, value, version, expires) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, version = excluded.version, expires = excluded.expires`,
  );
  const remove = db.prepare('DELETE FROM entries WHERE ns = ? AND key = ?');
  const all = db.prepare<[string, number], Row & { key: string }>(
    'SELECT key, value, version, expires FROM entries WHERE ns = ? AND (expires IS NULL OR expires > ?) ORDER BY key',
  );
  const sweep = db.prepare('DELETE FROM entries WHERE expires IS NOT NULL AND expires <= ?');
  sweep.run(now());
  const timer = setInterval(() => sweep.run(now()), options.sweepEveryMs ?? 3_600_000);
  timer.unref();

  const write = db.transaction(
    (ns: string, key: string, json: string, ifVersion: number | undefined, ttlMs: number | undefined) => {
      const version = select.get(ns, key, now())?.version ?? 0;
      if (ifVersion !== undefined && ifVersion !== version) return false;
      upsert.run(ns, key, json, version + 1, ttlMs === undefined ? null : now() + ttlMs);
      return true;
    },
  );

  return {
    kind: 'sqlite',
    open<T>(ns: string, nsOptions: NamespaceOptions = {}): StateStore<T> {
      return {
        async get(key) {
          const row = select.get(ns, key, now());
          return row ? { value: JSON.parse(row.value) as T, version: row.version } : undefined;
        },
        async put(key, value, putOptions = {}) {
          return write(ns, key, JSON.stringify(value), putOptions.ifVersion, nsOptions.ttlMs);
        },
        async delete(key) {
          remove.run(ns, key);
        },
        async entries() {
          return all
            .all(ns, now())
            .map((row): [string, Entry<T>] => [
              row.key,
              { value: JSON.parse(row.value) as T, version: row.version },
            ]);
        },
      };
    },
    async close() {
      clearInterval(timer);
      if (db.open) db.close();
    },
  };
}
