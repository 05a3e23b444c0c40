import { conceptHash, DEFAULT_FEATURES, extractFeatures, type FeatureConfig } from './features.js';
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
}

export const DEFAULT_CLASSIFIER: ClassifierConfig = Object.freeze({
  features: DEFAULT_FEATURES,
  train: DEFAULT_TRAIN,
  temperature: 1,
});

/** Concept look-up for a word (and the word after it, for two-word phrases like "dope sick"). */
export type ConceptLookup = (word: string, next: string | undefined) => readonly number[] | undefined;

export function conceptLookup(concepts: Readonly<Record<string, readonly string[]>>): ConceptLookup {
  const single = new Map<string, number[]>();
  const pairs = new Map<string, number[]>();
  for (const [concept, terms] of Object.entries(concepts)) {
    const h = conceptHash(concept);
    for (const term of terms) {
      const parts = term.split(' ');
      const map = parts.length === 2 ? pairs : single;
      if (parts.length > 2) continue;
      const list = map.get(term) ?? [];
      if (!list.includes(h)) list.push(h);
      map.set(term, list);
    }
  }
  if (pairs.size === 0) return (word) => single.get(word);
  return (word, next) => {
    const one = single.get(word);
    const two = next === undefined ? undefined : pairs.get(`${word} ${next}`);
    if (!two) return one;
    return one ? [...one, ...two] : two;
  };
}

export interface Scored {
  /** All labels with probabilities, best first. */
  ranked: Ranked[];
  /** Cosine similarity between the input and the centroid of the best label's examples (0..1). */
  similarity: number;
}

export interface Classifier {
  readonly labels: readonly string[];
  /** Scores every label. Input must already be normalized. */
  score(normalized: string): Scored;
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

/** Unit-length mean vector of each label's examples, stored like the model weights (row * classes + c). */
function buildCentroids(examples: readonly Example[], features: number, classes: number): Float32Array {
  const c = new Float32Array(features * classes);
  for (const e of examples) {
    for (let j = 0; j < e.rows.length; j++) {
      const at = (e.rows[j] as number) * classes + e.label;
      c[at] = (c[at] as number) + (e.values[j] as number);
    }
  }
  const norms = new Float64Array(classes);
  for (let i = 0; i < c.length; i++)
    norms[i % classes] = (norms[i % classes] as number) + (c[i] as number) ** 2;
  for (let i = 0; i < c.length; i++) {
    const n = norms[i % classes] as number;
    if (n > 0) c[i] = (c[i] as number) / Math.sqrt(n);
  }
  return c;
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
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const raw = examples.map((e) => extractFeatures(e.text, concepts, config.features));
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
  const model: LinearModel = trainSoftmax(train, table.size, labels.length, config.train);
  const scores = new Float32Array(labels.length);
  const centroids = buildCentroids(train, table.size, labels.length);

  function vectorOf(text: string) {
    return toVector(extractFeatures(text, concepts, config.features), vec);
  }

  return {
    labels,
    score(normalized) {
      const v = vectorOf(normalized);
      logits(model, v.rows, v.values, scores);
      const best = softmax(scores, config.temperature);
      const ranked: Ranked[] = labels.map((label, i) => ({ label, p: scores[i] as number }));
      ranked.sort((a, b) => b.p - a.p);
      let similarity = 0;
      for (let j = 0; j < v.rows.length; j++) {
        similarity +=
          (v.values[j] as number) * (centroids[(v.rows[j] as number) * labels.length + best] as number);
      }
      return { ranked, similarity };
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
