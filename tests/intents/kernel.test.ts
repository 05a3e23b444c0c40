import { createKernel } from '../../intents/kernel.js';
import { FeatureTable } from '../../intents/linear.js';

/** A seeded generator, so the comparison is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('the training kernel', () => {
  it('runs with WebAssembly SIMD on this Node', () => {
    expect(createKernel(10, 5, 4).simd).toBe(true);
  });

  it('pads the classes to a multiple of four', () => {
    expect(createKernel(10, 5, 4).stride).toBe(8);
    expect(createKernel(10, 66, 4).stride).toBe(68);
    expect(createKernel(10, 8, 4).stride).toBe(8);
  });

  it('gives the same scores and weights as plain JavaScript, bit for bit', () => {
    const features = 500;
    const classes = 62;
    const simd = createKernel(features, classes, 40);
    const plain = createKernel(features, classes, 40, true);
    expect(plain.simd).toBe(false);
    const next = random(7);
    for (let i = 0; i < simd.weights.length; i++) {
      const w = next() - 0.5;
      simd.weights[i] = w;
      plain.weights[i] = w;
    }
    for (let example = 0; example < 1000; example++) {
      const n = 1 + Math.floor(next() * 40);
      const rows = Int32Array.from({ length: n }, () => Math.floor(next() * features));
      const values = Float32Array.from({ length: n }, () => next());
      simd.load(rows, values);
      plain.load(rows, values);
      const a = Float32Array.from({ length: simd.stride }, () => next());
      const b = a.slice();
      simd.dot(a);
      plain.dot(b);
      expect(a).toEqual(b);
      const step = Float32Array.from({ length: simd.stride }, () => next() * 0.1 - 0.05);
      const decay = 1 - next() * 1e-3;
      simd.update(step, decay);
      plain.update(step, decay);
    }
    expect(simd.weights).toEqual(plain.weights);
  });

  it('adds each feature row times its value onto the scores', () => {
    const kernel = createKernel(3, 4, 2);
    kernel.weights.set([1, 2, 3, 4, 10, 20, 30, 40, 0, 0, 0, 0]);
    kernel.load(Int32Array.from([0, 1]), Float32Array.from([2, 0.5]));
    const out = Float32Array.from([1, 1, 1, 1]);
    kernel.dot(out);
    expect([...out]).toEqual([8, 15, 22, 29]);
    kernel.update(Float32Array.from([1, 0, 0, -1]), 0.5);
    expect([...kernel.weights]).toEqual([-1.5, 1, 1.5, 4, 4.5, 10, 15, 20.5, 0, 0, 0, 0]);
  });
});

describe('the feature table', () => {
  it('numbers keys in the order they come, and keeps them as it grows', () => {
    const table = new FeatureTable();
    // Hash-like keys, negative ones and colliding low bits included, far past its first size.
    const keys = Array.from({ length: 5000 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) ^ (i << 20));
    keys.forEach((key, i) => {
      expect(table.intern(key)).toBe(i);
    });
    expect(table.size).toBe(keys.length);
    keys.forEach((key, i) => {
      expect(table.get(key)).toBe(i);
      expect(table.intern(key)).toBe(i);
    });
    const absent = [1, 2, 3, 4, 5].find((k) => !keys.includes(k)) as number;
    expect(table.get(absent)).toBe(-1);
    expect(table.size).toBe(keys.length);
  });
});
