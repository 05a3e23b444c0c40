/**
 * Trained weights kept between starts. Training the matcher is the largest part of start-up, and
 * the same inputs give the same weights bit for bit (linear.ts), so the weights are stored under a
 * key that hashes everything that decides them: the training vectors and labels, the settings, and
 * the source of the training code itself. Any change to the content, the features or the code gives
 * a new key, and the model is trained again; nothing is ever read under a stale key.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export interface WeightCache {
  /** The bytes stored under `key`; undefined when missing or unreadable (the caller trains). */
  get(key: string): Uint8Array | undefined;
  /** Stores the bytes. A failure to write is not an error: the next start trains again. */
  set(key: string, bytes: Uint8Array): void;
  /** What the last `get` found: how a start-up report says whether the model was trained. */
  readonly last: 'hit' | 'miss' | 'none';
}

/** A key over strings and typed arrays, each length-prefixed so no two lists hash alike. */
export function weightKey(parts: Iterable<string | ArrayBufferView>): string {
  const hash = createHash('sha256');
  const length = new Uint32Array(1);
  for (const part of parts) {
    const bytes =
      typeof part === 'string'
        ? Buffer.from(part, 'utf8')
        : new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    length[0] = bytes.byteLength;
    hash.update(new Uint8Array(length.buffer));
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Weights held in memory, for tests and for building the same model twice in one process. */
export function memoryWeightCache(): WeightCache {
  const stored = new Map<string, Uint8Array>();
  let last: WeightCache['last'] = 'none';
  return {
    get(key) {
      const bytes = stored.get(key);
      last = bytes ? 'hit' : 'miss';
      return bytes;
    },
    set(key, bytes) {
      stored.set(key, bytes.slice());
    },
    get last() {
      return last;
    },
  };
}

/**
 * Weights in files under `dir` (made when first written), one per key. A file is written whole
 * and then renamed into place, so a start-up running beside another never reads half of one; only
 * the `keep` newest are kept, so edits to the content do not pile up old models.
 */
export function directoryWeightCache(dir: string, keep = 4): WeightCache {
  const file = (key: string) => join(dir, `weights-${key}.bin`);
  let last: WeightCache['last'] = 'none';
  return {
    get(key) {
      try {
        const bytes = readFileSync(file(key));
        last = 'hit';
        return bytes;
      } catch {
        last = 'miss';
        return undefined;
      }
    },
    set(key, bytes) {
      try {
        mkdirSync(dir, { recursive: true });
        const partial = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(partial, bytes);
        renameSync(partial, file(key));
        const older = readdirSync(dir)
          .filter((f) => /^weights-[0-9a-f]+\.bin$/.test(f))
          .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
          .sort((a, b) => b.at - a.at)
          .slice(keep);
        for (const { f } of older) unlinkSync(join(dir, f));
      } catch {
        // A read-only disk or a full one: the model still works, trained at each start.
      }
    },
    get last() {
      return last;
    },
  };
}

/**
 * The cache the server and the command-line tools use: in `dir`, or (undefined) the usual tool
 * cache under `root`'s node_modules; null means none, so the matcher trains at every start.
 */
export function openWeightCache(dir: string | null | undefined, root: string): WeightCache | undefined {
  if (dir === null) return undefined;
  return directoryWeightCache(dir ?? join(root, 'node_modules', '.cache', 'recovery-support-bot'));
}
