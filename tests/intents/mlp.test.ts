import { buildClassifier, conceptLookup, DEFAULT_CLASSIFIER } from '../../intents/classifier.js';
import { DEFAULT_TRAIN, type Example, logits, softmax, trainSoftmax } from '../../intents/linear.js';
import { type MlpConfig, trainMlp } from '../../intents/mlp.js';

/** x1 XOR x2 over three sparse features (the third always on): no linear model can separate it. */
function xor(copies: number): Example[] {
  const cases: Array<[number[], number]> = [
    [[2], 0],
    [[0, 2], 1],
    [[1, 2], 1],
    [[0, 1, 2], 0],
  ];
  return Array.from({ length: copies }, () =>
    cases.map(([rows, label]) => ({
      rows: Int32Array.from(rows),
      values: Float32Array.from(rows, () => 1),
      label,
    })),
  ).flat();
}

const SMALL: MlpConfig = {
  hidden: 16,
  epochs: 40,
  learningRate: 0.3,
  smoothing: 0,
  inputDropout: 0,
  balance: 0,
  init: 0.5,
  seeds: [7],
};

function probs(net: ReturnType<typeof trainMlp>, rows: number[]): number[] {
  const out = new Float64Array(2);
  net.probs(
    Int32Array.from(rows),
    Float32Array.from(rows, () => 1),
    out,
  );
  return [...out];
}

const CASES: Array<[number[], number]> = [
  [[2], 0],
  [[0, 2], 1],
  [[1, 2], 1],
  [[0, 1, 2], 0],
];

describe('the hidden-layer network (mlp.ts)', () => {
  it('learns XOR, which the linear model cannot', () => {
    const net = trainMlp(xor(50), 3, 2, SMALL, 7);
    const right = CASES.filter(([rows, label]) => (probs(net, rows)[label] as number) > 0.5);
    expect(right).toHaveLength(4);

    const linear = trainSoftmax(xor(50), 3, 2, { ...DEFAULT_TRAIN, epochs: 40 });
    const scores = new Float64Array(2);
    const linearRight = CASES.filter(([rows, label]) => {
      logits(
        linear,
        Int32Array.from(rows),
        Float32Array.from(rows, () => 1),
        scores,
      );
      softmax(scores);
      return (scores[label] as number) > 0.5;
    });
    expect(linearRight.length).toBeLessThan(4);
  });

  it('gives probabilities that add up to one', () => {
    const net = trainMlp(xor(20), 3, 2, SMALL, 7);
    for (const [rows] of CASES) expect(probs(net, rows).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('is the same network for the same seed, and another for another seed', () => {
    const a = trainMlp(xor(20), 3, 2, SMALL, 7);
    const b = trainMlp(xor(20), 3, 2, SMALL, 7);
    const c = trainMlp(xor(20), 3, 2, SMALL, 8);
    expect(probs(a, [0, 2])).toEqual(probs(b, [0, 2]));
    expect(probs(a, [0, 2])).not.toEqual(probs(c, [0, 2]));
  });

  it('trains the same weights, bit for bit, with and without WebAssembly SIMD', () => {
    const config = { ...SMALL, inputDropout: 0.2, smoothing: 0.1 };
    const simd = trainMlp(xor(20), 3, 2, config, 3);
    const plain = trainMlp(xor(20), 3, 2, config, 3, true);
    for (const [rows] of CASES) expect(probs(plain, rows)).toEqual(probs(simd, rows));
  });

  it('keeps its confidence near 1 - smoothing when trained with label smoothing', () => {
    const sharp = trainMlp(xor(50), 3, 2, SMALL, 7);
    const smooth = trainMlp(xor(50), 3, 2, { ...SMALL, smoothing: 0.2 }, 7);
    const best = (net: ReturnType<typeof trainMlp>) =>
      Math.max(...CASES.map(([rows, label]) => probs(net, rows)[label] as number));
    expect(best(sharp)).toBeGreaterThan(0.97);
    // The smoothed target is 0.9 (1 - 0.2 + 0.2 / 2 classes).
    expect(best(smooth)).toBeLessThan(0.95);
  });
});

describe('a classifier built with hidden-layer networks', () => {
  const examples = [
    ...['how long does withdrawal last', 'when do withdrawals end', 'how many days of withdrawal'].map(
      (text) => ({ text, label: 'withdrawal' }),
    ),
    ...['where can i get naloxone', 'is narcan free', 'how do i use naloxone spray'].map((text) => ({
      text,
      label: 'naloxone',
    })),
  ];
  const config = {
    ...DEFAULT_CLASSIFIER,
    mlp: { ...SMALL, hidden: 8, epochs: 60, smoothing: 0.1, seeds: [1, 2] },
  };

  it('ranks the right label first and its probabilities add up to at most one', () => {
    const c = buildClassifier(examples, conceptLookup({}), config);
    const ranked = c.score('how long do withdrawals last').ranked;
    expect(ranked[0]?.label).toBe('withdrawal');
    expect(ranked.reduce((a, r) => a + r.p, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(c.score('is naloxone free').ranked[0]?.label).toBe('naloxone');
  });

  it('gives the same answer every time it is built', () => {
    const a = buildClassifier(examples, conceptLookup({}), config).score('narcan spray');
    const b = buildClassifier(examples, conceptLookup({}), config).score('narcan spray');
    expect(a).toEqual(b);
  });
});
