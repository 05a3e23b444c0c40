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

interface Vectorizer {
  table: FeatureTable;
  idf: Float32Array;
}

function toVector(acc: Map<number, number>, vec: Vectorizer): { rows: Int32Array; values: Float32Array } {
  const rows: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [key, tf] of acc) {
    const row = vec.table.get(key);
    if (row < 0) continue;
    const v = tf * (vec.idf[row] as number);
    rows.push(row);
    values.push(v);
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { rows: Int32Array.from(rows), values: Float32Array.from(values, (v) => v * scale) };
}

/**
 * Builds a TF-IDF + softmax-regression classifier from (normalized text, label) pairs.
 * @example const c = buildClassifier([{ text: 'what is narcan', label: 'naloxone' }, ...], lookup); c.rank('narcan?')[0].label
 */
export function buildClassifier(
  examples: readonly LabeledText[],
  concepts: ConceptLookup,
  config: ClassifierConfig = DEFAULT_CLASSIFIER,
): Classifier {
  /** The sparse features of a text: words, pairs, concepts and character n-grams. */
  function featuresOf(text: string, emit: Emit): void {
    forEachFeature(text, concepts, config.features, emit);
  }
  function extract(text: string): Map<number, number> {
    const acc = new Map<number, number>();
    featuresOf(text, (key, weight) => acc.set(key, (acc.get(key) ?? 0) + weight));
    for (const [k, v] of acc) acc.set(k, sublinear(v));
    return acc;
  }
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const raw = examples.map((e) => extract(e.text));
  const table = new FeatureTable(raw.reduce((n, a) => n + a.size, 0));
  const df: number[] = [];
  for (const acc of raw) {
    for (const key of acc.keys()) {
      const row = table.intern(key);
      df[row] = (df[row] ?? 0) + 1;
    }
  }
  const n = examples.length;
  const idf = Float32Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  const vec: Vectorizer = { table, idf };
  const train: Example[] = raw.map((acc, i) => ({
    ...toVector(acc, vec),
    label: labelIndex.get(examples[i]?.label ?? '') ?? 0,
  }));
  // One linear model, or (config.mlp) one hidden-layer network per seed, their probabilities averaged.
  const { mlp } = config;
  const nets: Mlp[] = mlp
    ? mlp.seeds.map((seed) => trainMlp(train, table.size, labels.length, mlp, seed))
    : [];
  const model: LinearModel | undefined = mlp
    ? undefined
    : trainSoftmax(train, table.size, labels.length, config.train);
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
