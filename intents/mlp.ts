/**
 * A one-hidden-layer network over the same sparse TF-IDF features as the linear model: ReLU
 * hidden units, softmax out, trained with seeded SGD. Both layers run in the kernel (kernel.ts):
 * the first is a sparse features x hidden table, the second a hidden x classes table, and a copy of
 * the second, transposed, gives the hidden layer's gradient as one more kernel dot. Label smoothing
 * keeps its probabilities honest enough to threshold for out-of-scope, and dropping input features
 * while training keeps it from leaning on any one n-gram. Deterministic, as linear.ts.
 * Opt-in (ClassifierConfig.mlp): the bot's own matcher stays linear.
 */
import { createKernel, type Kernel } from './kernel.js';
import { type Example, mulberry32, QUERY_FEATURES, sgdSteps, softmax } from './linear.js';

export interface MlpConfig {
  hidden: number;
  epochs: number;
  learningRate: number;
  /** Label smoothing: the target puts this much mass evenly on every class. */
  smoothing: number;
  /** Share of input features dropped, at random, from each training example. */
  inputDropout: number;
  /** 0 = no class balancing, 1 = full inverse-frequency weights (as TrainConfig.balance). */
  balance: number;
  /** Standard deviation of the first layer's initial weights. */
  init: number;
  /** One network per seed; their probabilities are averaged. */
  seeds: readonly number[];
}

/** Chosen on CLINC150 val (three nets, about 2.5 s each for 15,100 examples). */
export const CLINC_MLP: MlpConfig = Object.freeze({
  hidden: 128,
  epochs: 6,
  learningRate: 0.2,
  smoothing: 0.1,
  inputDropout: 0.2,
  balance: 0.5,
  init: 0.1,
  seeds: Object.freeze([7, 1, 2]),
});

export interface Mlp {
  /** Class probabilities for one example, written into `out`. */
  probs(rows: Int32Array, values: Float32Array, out: Float64Array): void;
}

export function trainMlp(
  examples: readonly Example[],
  features: number,
  classes: number,
  config: MlpConfig,
  seed: number,
  /** Plain JavaScript instead of WebAssembly SIMD (the same weights, bit for bit; for tests). */
  forcePlain = false,
): Mlp {
  const H = config.hidden;
  const C = classes;
  const capacity = examples.reduce((most, e) => Math.max(most, e.rows.length), QUERY_FEATURES);
  const first: Kernel = createKernel(features, H, capacity, forcePlain);
  const second: Kernel = createKernel(H, C, H, forcePlain);
  // The second layer transposed (classes x hidden): the hidden gradient is a dot over its rows.
  // Both copies take the same products (h_j * step_c, no decay), so they stay equal bit for bit.
  const back: Kernel = createKernel(C, H, C, forcePlain);
  const random = mulberry32(seed);
  const gauss = () => {
    const u = random() || 1e-12;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  for (let f = 0; f < features; f++)
    for (let j = 0; j < H; j++) first.weights[f * first.stride + j] = gauss() * config.init;
  const scale2 = Math.sqrt(2 / H) * 0.5;
  for (let j = 0; j < H; j++)
    for (let c = 0; c < C; c++) second.weights[j * second.stride + c] = gauss() * scale2;
  for (let j = 0; j < H; j++)
    for (let c = 0; c < C; c++)
      back.weights[c * back.stride + j] = second.weights[j * second.stride + c] as number;
  const b1 = new Float32Array(first.stride);
  const b2 = new Float32Array(second.stride);

  const inRows = new Int32Array(capacity);
  const inValues = new Float32Array(capacity);
  const h = new Float32Array(first.stride);
  const hRows = new Int32Array(H);
  const hValues = new Float32Array(H);
  const hDense = new Float32Array(back.stride);
  const z = new Float32Array(second.stride);
  const p = new Float64Array(C);
  const step = new Float32Array(second.stride);
  const dh = new Float32Array(first.stride);
  const allClasses = Int32Array.from({ length: C }, (_, c) => c);
  /** ReLU: the hidden units above zero, as sparse rows and values for the second layer; their count. */
  const active = (): number => {
    let n = 0;
    for (let j = 0; j < H; j++) {
      const a = h[j] as number;
      if (a > 0) {
        hRows[n] = j;
        hValues[n] = a;
        n++;
      }
    }
    return n;
  };
  const keep = 1 - config.inputDropout;
  const smooth = config.smoothing;
  sgdSteps(examples, C, { ...config, floor: 0.001 }, random, (e, lr) => {
    if (config.inputDropout > 0) {
      let m = 0;
      for (let j = 0; j < e.rows.length; j++) {
        if (random() < keep) {
          inRows[m] = e.rows[j] as number;
          inValues[m] = (e.values[j] as number) / keep;
          m++;
        }
      }
      first.load(inRows.subarray(0, m), inValues.subarray(0, m));
    } else first.load(e.rows, e.values);
    h.set(b1);
    first.dot(h);
    const n = active();
    const rows = hRows.subarray(0, n);
    second.load(rows, hValues.subarray(0, n));
    z.set(b2);
    second.dot(z);
    for (let c = 0; c < C; c++) p[c] = z[c] as number;
    softmax(p);
    for (let c = 0; c < C; c++) p[c] = (p[c] as number) - smooth / C;
    p[e.label] = (p[e.label] as number) - (1 - smooth);
    for (let c = 0; c < C; c++) {
      const g = lr * (p[c] as number);
      b2[c] = (b2[c] as number) - g;
      step[c] = g;
    }
    dh.fill(0);
    back.load(allClasses, step.subarray(0, C));
    back.dot(dh);
    hDense.fill(0);
    let t = 0;
    for (let j = 0; j < H; j++) {
      if (t < n && rows[t] === j) {
        hDense[j] = hValues[t] as number;
        b1[j] = (b1[j] as number) - (dh[j] as number);
        t++;
      } else dh[j] = 0;
    }
    second.update(step, 1);
    back.update(hDense, 1);
    first.update(dh, 1);
  });
  return {
    probs(rows, values, out) {
      h.set(b1);
      if (rows.length <= first.capacity) {
        first.load(rows, values);
        first.dot(h);
      } else {
        for (let j = 0; j < rows.length; j++) {
          const base = (rows[j] as number) * first.stride;
          const v = values[j] as number;
          for (let k = 0; k < H; k++)
            h[k] = (h[k] as number) + Math.fround(v * (first.weights[base + k] as number));
        }
      }
      const n = active();
      second.load(hRows.subarray(0, n), hValues.subarray(0, n));
      z.set(b2);
      second.dot(z);
      for (let c = 0; c < C; c++) out[c] = z[c] as number;
      softmax(out);
    },
  };
}
