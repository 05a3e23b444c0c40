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
  charMin: 4,
  charMax: 4,
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

/** Feature hash of one word (the same hash the word feature uses). */
export function wordHash(word: string): number {
  return hashRange(SALT_WORD, word, 0, word.length);
}

/** `wordHash` of the word text[start, end), read where it stands (no substring is made). */
export function wordHashAt(text: string, start: number, end: number): number {
  return hashRange(SALT_WORD, text, start, end);
}

/** Feature hash of two words in a row, from their word hashes. */
export function pairHash(first: number, second: number): number {
  return mix(first ^ SALT_BIGRAM, second);
}

/** Concept hashes for a word, or for the pair (previous word, word); looked up by hash, no strings. */
export type ConceptsOf = (word: number, pair: number | undefined) => readonly number[] | undefined;

/** Feature hash of a concept name, e.g. "buprenorphine" for "subs". */
export function conceptHash(concept: string): number {
  return hashRange(SALT_CONCEPT, concept, 0, concept.length);
}

/** Receives each feature as it is read: its hash and its weight. */
export type Emit = (key: number, weight: number) => void;

/**
 * Reads every feature of one normalized text. `concepts` gives concept hashes for a word or a word
 * pair (from the slang lexicon). Repeated features are emitted again; callers add them up.
 */
export function forEachFeature(text: string, concepts: ConceptsOf, config: FeatureConfig, emit: Emit): void {
  const padded = ` ${text} `;
  let prev = 0;
  let start = 0;
  let w = 0;
  while (start < padded.length - 1) {
    const end = padded.indexOf(' ', start + 1);
    if (end < 0) break;
    if (end > start + 1) {
      const h = hashRange(SALT_WORD, padded, start + 1, end);
      emit(h, config.wordWeight);
      const pair = w > 0 ? pairHash(prev, h) : undefined;
      if (pair !== undefined) emit(pair, config.bigramWeight);
      const found = concepts(h, pair);
      if (found) for (const c of found) emit(c, config.conceptWeight);
      prev = h;
      w++;
      for (let i = start; i <= end; i++) {
        let g = SALT_CHAR;
        for (let n = 1; n <= config.charMax && i + n <= end + 1; n++) {
          g ^= padded.charCodeAt(i + n - 1);
          g = Math.imul(g, FNV_PRIME);
          if (n >= config.charMin) emit((g ^ n) | 0, config.charWeight);
        }
      }
    }
    start = end;
  }
}

/** Sublinear term weight: 1 + log(count), as in TF-IDF with sublinear tf. */
export function sublinear(v: number): number {
  return v > 1 ? 1 + Math.log(v) : v;
}

/** All features of a text added up by hash (used when building the index). */
export function extractFeatures(
  text: string,
  concepts: ConceptsOf,
  config: FeatureConfig = DEFAULT_FEATURES,
): Map<number, number> {
  const acc = new Map<number, number>();
  forEachFeature(text, concepts, config, (key, weight) => acc.set(key, (acc.get(key) ?? 0) + weight));
  for (const [k, v] of acc) acc.set(k, sublinear(v));
  return acc;
}
