import {
  type ConceptsOf,
  conceptHash,
  DEFAULT_FEATURES,
  type Emit,
  type FeatureConfig,
  forEachFeature,
  pairHash,
  sublinear,
  wordHash,
} from './features.js';
import {
  DEFAULT_TRAIN,
  type Example,
  FeatureTable,
  type LinearModel,
  logits,
  softmax,
  type TrainConfig,
  trainSoftmax,
} from './linear.js';
import { type Mlp, type MlpConfig, trainMlp } from './mlp.js';
import type { WeightCache } from './weight-cache.js';

/** A training example: any text and its label. The engine is generic over labels. */
export interface LabeledText {
  text: string;
  label: string;
}

export interface Ranked {
  label: string;
  p: number;
}

export interface ClassifierConfig {
  features: FeatureConfig;
  train: TrainConfig;
  /** Softmax temperature applied at prediction time (calibration). */
  temperature: number;
  /** How many ranked labels a score returns. */
  topK: number;
  /** When set, hidden-layer networks (mlp.ts, their probabilities averaged) instead of the linear model. */
  mlp?: MlpConfig;
}

export const DEFAULT_CLASSIFIER: ClassifierConfig = Object.freeze({
  features: DEFAULT_FEATURES,
  train: DEFAULT_TRAIN,
  temperature: 1,
  topK: 5,
});

/** The k largest scores, best first, without sorting every label. */
function topK(scores: Float32Array | Float64Array, labels: readonly string[], k: number): Ranked[] {
  const out: Ranked[] = [];
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i] as number;
    if (out.length === k && p <= (out[k - 1] as Ranked).p) continue;
    let at = out.length < k ? out.length : k - 1;
    while (at > 0 && (out[at - 1] as Ranked).p < p) at--;
    out.splice(at, 0, { label: labels[i] as string, p });
    if (out.length > k) out.pop();
  }
  return out;
}

/** Concept look-up for a word, or for a two-word phrase like "dope sick" (by the hash of the pair). */
export type ConceptLookup = ConceptsOf;

export function conceptLookup(concepts: Readonly<Record<string, readonly string[]>>): ConceptLookup {
  const single = new Map<number, number[]>();
  const pairs = new Map<number, number[]>();
  for (const [concept, terms] of Object.entries(concepts)) {
    const h = conceptHash(concept);
    for (const term of terms) {
      const parts = term.split(' ');
      if (parts.length > 2) continue;
      const [first = '', second = ''] = parts;
      const map = parts.length === 2 ? pairs : single;
      const key = parts.length === 2 ? pairHash(wordHash(first), wordHash(second)) : wordHash(first);
      const list = map.get(key) ?? [];
      if (!list.includes(h)) list.push(h);
      map.set(key, list);
    }
  }
  return (word, pair) => {
    const one = single.get(word);
    const two = pair === undefined ? undefined : pairs.get(pair);
    if (!two) return one;
    return one ? [...one, ...two] : two;
  };
}

export interface Scored {
  /** The best `topK` labels with probabilities, best first. */
  ranked: Ranked[];
}

export interface Classifier {
  readonly labels: readonly string[];
  /** Scores every label. Input must already be normalized. */
  score(normalized: string): Scored;
  /** Cosine similarity between the input and the closest training example of `label` (0..1). */
  similarity(normalized: string, label: string): number;
  /** The training text of `label` closest to the input (for explanations in debug tools). */
  nearest(normalized: string, label: string): string | undefined;
}

/** An example's features as table rows, first seen first, each with its sublinear term frequency. */
interface Counted {
  rows: Int32Array;
  tf: Float64Array;
}

/** A copy of `a` twice as long, the new half zero. */
function doubled<T extends Int32Array | Float64Array>(a: T): T {
  const more = new (a.constructor as new (n: number) => T)(a.length * 2);
  more.set(a);
  return more;
}

/** TF-IDF, scaled to length 1. */
function toVector({ rows, tf }: Counted, idf: Float32Array): { rows: Int32Array; values: Float32Array } {
  const raw = new Float64Array(rows.length);
  let norm = 0;
  for (let j = 0; j < rows.length; j++) {
    const v = (tf[j] as number) * (idf[rows[j] as number] as number);
    raw[j] = v;
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  // A plain loop: Float32Array.from with a map function is several times slower at start-up.
  const values = new Float32Array(rows.length);
  for (let j = 0; j < rows.length; j++) values[j] = (raw[j] as number) * scale;
  return { rows, values };
}

/**
 * Builds a TF-IDF + softmax-regression classifier from (normalized text, label) pairs.
 * With `cache`, the linear model's weights trained before on the same inputs are read back (weight-cache.ts).
 * @example const c = buildClassifier([{ text: 'what is narcan', label: 'naloxone' }, ...], lookup); c.rank('narcan?')[0].label
 */
export function buildClassifier(
  examples: readonly LabeledText[],
  concepts: ConceptLookup,
  config: ClassifierConfig = DEFAULT_CLASSIFIER,
  cache?: WeightCache,
): Classifier {
  /** The sparse features of a text: words, pairs, concepts and character n-grams. */
  function featuresOf(text: string, emit: Emit): void {
    forEachFeature(text, concepts, config.features, emit);
  }
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  // Every example's features added up by row as they come (rows numbered in the order first
  // seen), in scratch arrays that grow as rows do: no map per example.
  const table = new FeatureTable();
  const df: number[] = [];
  let sum = new Float64Array(1024);
  // The last example (counted from 1) each row was seen in.
  let mark = new Int32Array(1024);
  let seen = new Int32Array(1024);
  const counted: Counted[] = examples.map((e, i) => {
    let count = 0;
    featuresOf(e.text, (key, weight) => {
      const row = table.intern(key);
      if (row >= sum.length) {
        sum = doubled(sum);
        mark = doubled(mark);
      }
      if (mark[row] !== i + 1) {
        mark[row] = i + 1;
        if (count === seen.length) seen = doubled(seen);
        seen[count++] = row;
      }
      sum[row] = (sum[row] as number) + weight;
    });
    const rows = seen.slice(0, count);
    const tf = new Float64Array(count);
    for (let j = 0; j < count; j++) {
      const row = rows[j] as number;
      tf[j] = sublinear(sum[row] as number);
      sum[row] = 0;
      df[row] = (df[row] ?? 0) + 1;
    }
    return { rows, tf };
  });
  const n = examples.length;
  const idf = Float32Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  const train: Example[] = counted.map((c, i) => ({
    ...toVector(c, idf),
    label: labelIndex.get(examples[i]?.label ?? '') ?? 0,
  }));
  // One linear model, or (config.mlp) one hidden-layer network per seed, their probabilities averaged.
  const { mlp } = config;
  const nets: Mlp[] = mlp
    ? mlp.seeds.map((seed) => trainMlp(train, table.size, labels.length, mlp, seed))
    : [];
  const model: LinearModel | undefined = mlp
    ? undefined
    : trainSoftmax(train, table.size, labels.length, config.train, cache);
  const netScores = new Float64Array(mlp ? labels.length : 0);
  const netShare = 1 / Math.max(1, nets.length);
  // Scores add up in doubles: about 10% faster than rounding to float at every step.
  const scores = new Float64Array(labels.length);
  const byLabel = labels.map((_, c) => train.filter((e) => e.label === c));
  const dense = new Float32Array(table.size);
  /** Highest cosine between the query (rows/values) and one training example of `label`. */
  function nearestSimilarity(rows: Int32Array, vals: Float32Array, label: number): number {
    for (let j = 0; j < rows.length; j++) dense[rows[j] as number] = vals[j] as number;
    let best = 0;
    for (const e of byLabel[label] ?? []) {
      let dot = 0;
      for (let j = 0; j < e.rows.length; j++)
        dot += (dense[e.rows[j] as number] as number) * (e.values[j] as number);
      if (dot > best) best = dot;
    }
    for (let j = 0; j < rows.length; j++) dense[rows[j] as number] = 0;
    return best;
  }

  // Query-time scratch space, reused across calls: no Map and no allocation per feature.
  const sums = new Float32Array(table.size);
  const touched = new Int32Array(table.size);
  const values = new Float32Array(table.size);
  function vectorOf(text: string): { rows: Int32Array; values: Float32Array } {
    let count = 0;
    featuresOf(text, (key, weight) => {
      const row = table.get(key);
      if (row < 0) return;
      if (sums[row] === 0) touched[count++] = row;
      sums[row] = (sums[row] as number) + weight;
    });
    let norm = 0;
    for (let j = 0; j < count; j++) {
      const row = touched[j] as number;
      const v = sublinear(sums[row] as number) * (idf[row] as number);
      sums[row] = 0;
      values[j] = v;
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < count; j++) values[j] = (values[j] as number) * scale;
    return { rows: touched.subarray(0, count), values: values.subarray(0, count) };
  }

  return {
    labels,
    score(normalized) {
      const v = vectorOf(normalized);
      if (model) {
        logits(model, v.rows, v.values, scores);
        softmax(scores, config.temperature);
      } else {
        scores.fill(0);
        for (const net of nets) {
          net.probs(v.rows, v.values, netScores);
          for (let c = 0; c < labels.length; c++)
            scores[c] = (scores[c] as number) + netShare * (netScores[c] as number);
        }
      }
      return { ranked: topK(scores, labels, config.topK) };
    },
    similarity(normalized, label) {
      const v = vectorOf(normalized);
      return nearestSimilarity(v.rows, v.values, labels.indexOf(label));
    },
    nearest(normalized, label) {
      const q = vectorOf(normalized);
      const qmap = new Map<number, number>();
      for (const [i, r] of q.rows.entries()) qmap.set(r, q.values[i] as number);
      let best: string | undefined;
      let bestScore = -1;
      train.forEach((e, i) => {
        if (labels[e.label] !== label) return;
        let dot = 0;
        e.rows.forEach((r, j) => {
          dot += (qmap.get(r) ?? 0) * (e.values[j] as number);
        });
        if (dot > bestScore) {
          bestScore = dot;
          best = examples[i]?.text;
        }
      });
      return best;
    },
  };
}
