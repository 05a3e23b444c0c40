/**
 * Multinomial logistic regression over hashed sparse features, trained with plain SGD.
 * Deterministic: examples are shuffled with a seeded generator, so the same data gives the same
 * weights, and the same message the same answer. The inner loops run in kernel.ts.
 */
import { createKernel, type Kernel, kernelSource } from './kernel.js';
import { type WeightCache, weightKey } from './weight-cache.js';

export interface TrainConfig {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** 0 = no class balancing, 1 = full inverse-frequency weights. */
  balance: number;
}

export const DEFAULT_TRAIN: TrainConfig = Object.freeze({
  epochs: 10,
  learningRate: 3,
  l2: 1e-5,
  seed: 7,
  balance: 0.5,
});

/** Open-addressing table size for `n` entries: a power of two, at most half full. */
export function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size <<= 1;
  return size;
}

/**
 * Open-addressing hash table: feature hash -> row, rows numbered in the order keys are added.
 * Typed arrays keep lookups cheap on the hot path; it doubles when half full.
 */
export class FeatureTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 8) {
    const n = tableSize(capacity);
    this.keys = new Int32Array(n);
    this.rows = new Int32Array(n).fill(-1);
    this.mask = n - 1;
  }

  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      i &= this.mask;
      if (this.rows[i] === -1 || this.keys[i] === key) return i;
      i++;
    }
  }

  get(key: number): number {
    return this.rows[this.slot(key)] ?? -1;
  }

  /** Row of `key`, adding a new row if it is new. */
  intern(key: number): number {
    let i = this.slot(key);
    const row = this.rows[i] ?? -1;
    if (row !== -1) return row;
    if ((this.size + 1) * 2 > this.rows.length) {
      this.grow();
      i = this.slot(key);
    }
    this.keys[i] = key;
    this.rows[i] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.rows = new Int32Array(rows.length * 2).fill(-1);
    this.mask = rows.length * 2 - 1;
    for (let j = 0; j < rows.length; j++) {
      const row = rows[j] as number;
      if (row === -1) continue;
      const at = this.slot(keys[j] as number);
      this.keys[at] = keys[j] as number;
      this.rows[at] = row;
    }
  }
}

export interface Example {
  rows: Int32Array;
  values: Float32Array;
  label: number;
}

export interface LinearModel {
  classes: number;
  /** The kernel the weights live in, when trained here: scoring uses it too (kernel.ts). */
  kernel?: Kernel;
  /** Weights of feature f for class c at f * stride + c (stride: classes rounded up to 4). */
  stride: number;
  weights: Float32Array;
  bias: Float32Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How seeded SGD walks the examples (sgdSteps). */
export interface Schedule {
  epochs: number;
  learningRate: number;
  /** The step size decays linearly from learningRate + floor to floor. */
  floor: number;
  /** 0 = no class balancing, 1 = full inverse-frequency weights. */
  balance: number;
}

/**
 * The outer loop of seeded SGD, shared by the linear model and mlp.ts: every epoch visits the
 * examples in a new order (Fisher-Yates with `random`), each with its step size, decayed over the
 * whole run and weighted by its class (rarer classes, larger steps, as far as `balance` says).
 */
export function sgdSteps(
  examples: readonly Example[],
  classes: number,
  schedule: Schedule,
  random: () => number,
  step: (example: Example, lr: number) => void,
): void {
  const counts = new Float64Array(classes);
  for (const e of examples) counts[e.label] = (counts[e.label] as number) + 1;
  const mean = examples.length / classes;
  const classWeight = Array.from(counts, (n) => (n > 0 ? (mean / n) ** schedule.balance : 0));
  const order = examples.map((_, i) => i);
  let seen = 0;
  const total = schedule.epochs * examples.length;
  for (let epoch = 0; epoch < schedule.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const e = examples[idx] as Example;
      const lr =
        (schedule.learningRate * (1 - seen / total) + schedule.floor) * (classWeight[e.label] as number);
      seen++;
      step(e, lr);
    }
  }
}

/** Scores (logits) of every class for one example, written into `out`. */
export function logits(
  model: LinearModel,
  rows: Int32Array,
  values: Float32Array,
  out: Float32Array | Float64Array,
): void {
  const k = model.classes;
  const kernel = model.kernel;
  if (kernel && rows.length <= kernel.capacity) {
    // Four classes at a time, in single precision, as in training.
    const scores = kernel.scratch;
    kernel.load(rows, values);
    scores.set(model.bias);
    kernel.dot(scores);
    for (let c = 0; c < k; c++) out[c] = scores[c] as number;
    return;
  }
  out.set(model.bias);
  for (let j = 0; j < rows.length; j++) {
    const base = (rows[j] as number) * model.stride;
    const v = values[j] as number;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + v * (model.weights[base + c] as number);
  }
}

/** In-place softmax; returns the index of the largest value. */
export function softmax(scores: Float32Array | Float64Array, temperature = 1): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
  const top = scores[best] as number;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp(((scores[c] as number) - top) / temperature);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) / sum;
  return best;
}

/** Features a query may have and still be scored by the kernel (longer ones are scored in JavaScript). */
export const QUERY_FEATURES = 4096;

/** The key trained weights are cached under: every input of trainSoftmax, and its code. */
function trainingKey(
  examples: readonly Example[],
  features: number,
  classes: number,
  config: TrainConfig,
): string {
  function* parts(): Generator<string | ArrayBufferView> {
    yield* [sgdSteps, trainSoftmax, softmax, mulberry32].map(String);
    yield* kernelSource();
    yield JSON.stringify({ features, classes, config });
    const label = new Int32Array(1);
    for (const e of examples) {
      label[0] = e.label;
      yield* [label, e.rows, e.values];
    }
  }
  return weightKey(parts());
}

/**
 * Softmax regression by seeded SGD. With a cache, weights trained before on the very same inputs
 * (and code) are read back instead: the same model, bit for bit, without the training time.
 */
export function trainSoftmax(
  examples: readonly Example[],
  features: number,
  classes: number,
  config: TrainConfig,
  cache?: WeightCache,
): LinearModel {
  // Room for the longest example, and for the longest message a query is likely to bring.
  const capacity = examples.reduce((most, e) => Math.max(most, e.rows.length), QUERY_FEATURES);
  const kernel = createKernel(features, classes, capacity);
  const model: LinearModel = {
    classes,
    kernel,
    stride: kernel.stride,
    weights: kernel.weights,
    bias: new Float32Array(classes),
  };
  const weightBytes = new Uint8Array(
    kernel.weights.buffer,
    kernel.weights.byteOffset,
    kernel.weights.byteLength,
  );
  const biasBytes = new Uint8Array(model.bias.buffer);
  const key = cache ? trainingKey(examples, features, classes, config) : '';
  const stored = cache?.get(key);
  if (stored && stored.byteLength === weightBytes.byteLength + biasBytes.byteLength) {
    weightBytes.set(stored.subarray(0, weightBytes.byteLength));
    biasBytes.set(stored.subarray(weightBytes.byteLength));
    return model;
  }
  const random = mulberry32(config.seed);
  // Per-example scratch: scores in single precision from the kernel, the softmax in doubles,
  // then each class's step (the padding classes past `classes` stay 0 and their weights too).
  const scores = new Float32Array(kernel.stride);
  const p = new Float64Array(classes);
  const step = new Float32Array(kernel.stride);
  sgdSteps(examples, classes, { ...config, floor: 0.01 }, random, (e, lr) => {
    kernel.load(e.rows, e.values);
    scores.set(model.bias);
    kernel.dot(scores);
    for (let c = 0; c < classes; c++) p[c] = scores[c] as number;
    softmax(p);
    p[e.label] = (p[e.label] as number) - 1;
    for (let c = 0; c < classes; c++) {
      const g = lr * (p[c] as number);
      model.bias[c] = (model.bias[c] as number) - g;
      step[c] = g;
    }
    // w <- w - lr * (p * v + l2 * w), written as w * decay - v * (lr * p).
    kernel.update(step, 1 - lr * config.l2);
  });
  if (cache) {
    const bytes = new Uint8Array(weightBytes.byteLength + biasBytes.byteLength);
    bytes.set(weightBytes);
    bytes.set(biasBytes, weightBytes.byteLength);
    cache.set(key, bytes);
  }
  return model;
}
