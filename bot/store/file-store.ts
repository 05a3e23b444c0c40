/**
 * The embedded durable store: one JSON file per namespace under DATA_DIR, written atomically
 * (temp file, then rename), so SMS opt-outs survive a restart without any service to run.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StateStore } from './store.js';

export function createFileStore<T>(dir: string, namespace: string): StateStore<T> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${namespace}.json`);
  let data: Record<string, T> = {};
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>;
  } catch {
    data = {};
  }
  let pending = Promise.resolve();
  const save = () => {
    pending = pending.then(() => {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
      renameSync(tmp, file);
    });
    return pending;
  };
  return {
    async get(key) {
      return data[key];
    },
    async put(key, value) {
      data[key] = value;
      await save();
    },
    async close() {
      await pending;
    },
  };
}
