/**
 * Text -> sparse feature vector, without allocating a string per feature: every word, word pair,
 * concept and character n-gram is hashed as it is read (FNV-1a), salted by its kind so a word and
 * an n-gram with the same letters stay apart.
 */

export interface FeatureConfig {
  /** Character n-gram sizes, read inside " word " with spaces as boundaries. */
  charMin: number;
  charMax: number;
  /** Relative weight of each kind of feature before the vector is normalized. */
  wordWeight: number;
  bigramWeight: number;
  charWeight: number;
  conceptWeight: number;
}

export const DEFAULT_FEATURES: FeatureConfig = Object.freeze({
  charMin: 3,
  charMax: 5,
  wordWeight: 1,
  bigramWeight: 0.7,
  charWeight: 0.5,
  conceptWeight: 1.2,
});

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

const FNV_PRIME = 16777619;
const SALT_WORD = 2166136261;
const SALT_BIGRAM = 3735928559;
const SALT_CHAR = 2654435769;
const SALT_CONCEPT = 1540483477;

function hashRange(seed: number, text: string, start: number, end: number): number {
  let h = seed;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

function mix(a: number, b: number): number {
  return Math.imul(a ^ (b >>> 15) ^ (b << 7), FNV_PRIME) | 0;
}

/** Feature hash of a concept name, e.g. "buprenorphine" for "subs". */
export function conceptHash(concept: string): number {
  return hashRange(SALT_CONCEPT, concept, 0, concept.length);
}

/** Adds weights into a hash -> weight map (a message has few features; a Map is fine here). */
type Accumulator = Map<number, number>;

function add(acc: Accumulator, key: number, weight: number): void {
  acc.set(key, (acc.get(key) ?? 0) + weight);
}

/**
 * Raw term weights of one normalized text. `concepts` gives concept hashes for a word or a word
 * pair (from the slang lexicon). Values are sublinear counts times the kind's weight.
 */
export function extractFeatures(
  text: string,
  concepts: (word: string, next: string | undefined) => readonly number[] | undefined,
  config: FeatureConfig = DEFAULT_FEATURES,
): Accumulator {
  const acc: Accumulator = new Map();
  const words = text.split(' ');
  const padded = ` ${text} `;
  let prev = 0;
  let offset = 1;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? '';
    if (!word) continue;
    const h = hashRange(SALT_WORD, word, 0, word.length);
    add(acc, h, config.wordWeight);
    if (w > 0) add(acc, mix(prev ^ SALT_BIGRAM, h), config.bigramWeight);
    const found = concepts(word, words[w + 1]);
    if (found) for (const c of found) add(acc, c, config.conceptWeight);
    prev = h;
    const start = offset - 1;
    const end = offset + word.length + 1;
    for (let i = start; i < end; i++) {
      let g = SALT_CHAR;
      for (let n = 1; n <= config.charMax && i + n <= end; n++) {
        g ^= padded.charCodeAt(i + n - 1);
        g = Math.imul(g, FNV_PRIME);
        if (n >= config.charMin) add(acc, (g ^ n) | 0, config.charWeight);
      }
    }
    offset = end;
  }
  for (const [k, v] of acc) acc.set(k, v > 1 ? 1 + Math.log(v) : v);
  return acc;
}
