import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newConversationState } from '../../bot/reply.js';
import { createBot } from '../../bot/turn.js';
import { DEFAULT_TRAIN, type Example, type LinearModel, trainSoftmax } from '../../intents/linear.js';
import {
  directoryWeightCache,
  memoryWeightCache,
  type WeightCache,
  weightKey,
} from '../../intents/weight-cache.js';
import { loadKnowledge } from '../../knowledge/load.js';

/** Three classes over six sparse features, with some overlap, so training has something to learn. */
function examples(): Example[] {
  const cases: Array<[number[], number]> = [
    [[0, 1], 0],
    [[0, 2], 0],
    [[2, 3], 1],
    [[3, 4], 1],
    [[4, 5], 2],
    [[5, 1], 2],
  ];
  return Array.from({ length: 20 }, () =>
    cases.map(([rows, label]) => ({
      rows: Int32Array.from(rows),
      values: Float32Array.from(rows, () => Math.SQRT1_2),
      label,
    })),
  ).flat();
}

const train = (data: Example[], cache?: WeightCache): LinearModel =>
  trainSoftmax(data, 6, 3, DEFAULT_TRAIN, cache);

describe('the weight cache (weight-cache.ts)', () => {
  it('gives back the very weights training gives, bit for bit', () => {
    const cache = memoryWeightCache();
    const trained = train(examples());
    const first = train(examples(), cache);
    expect(cache.last).toBe('miss');
    const second = train(examples(), cache);
    expect(cache.last).toBe('hit');
    for (const model of [first, second]) {
      expect([...model.weights]).toEqual([...trained.weights]);
      expect([...model.bias]).toEqual([...trained.bias]);
    }
    expect(trained.weights.some((w) => w !== 0)).toBe(true);
  });

  it('trains again when anything the weights depend on changes', () => {
    const cache = memoryWeightCache();
    train(examples(), cache);
    const relabelled = examples();
    (relabelled[0] as Example).label = 1;
    train(relabelled, cache);
    expect(cache.last).toBe('miss');
    const reweighted = examples();
    (reweighted[3] as Example).values[0] = 0.5;
    train(reweighted, cache);
    expect(cache.last).toBe('miss');
    trainSoftmax(examples(), 6, 3, { ...DEFAULT_TRAIN, epochs: DEFAULT_TRAIN.epochs + 1 }, cache);
    expect(cache.last).toBe('miss');
  });

  it('trains when the stored bytes are not a whole model, and stores them again', () => {
    const stored = new Map<string, Uint8Array>();
    const cache: WeightCache = {
      get: (key) => stored.get(key),
      set: (key, bytes) => stored.set(key, bytes),
      last: 'none',
    };
    const trained = train(examples());
    train(examples(), cache);
    const [key, bytes] = [...stored][0] as [string, Uint8Array];
    stored.set(key, bytes.subarray(0, 10));
    const again = train(examples(), cache);
    expect([...again.weights]).toEqual([...trained.weights]);
    expect(stored.get(key)?.byteLength).toBe(bytes.byteLength);
  });

  it('keys lists by their parts, not by their joined bytes', () => {
    expect(weightKey(['ab', 'c'])).not.toBe(weightKey(['a', 'bc']));
    expect(weightKey([Int32Array.of(1, 2)])).not.toBe(weightKey([Int32Array.of(1), Int32Array.of(2)]));
    expect(weightKey(['x', Float32Array.of(1.5)])).toBe(weightKey(['x', Float32Array.of(1.5)]));
  });

  describe('in a folder', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'weights-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('stores weights in a file another process can read', () => {
      const cache = directoryWeightCache(join(dir, 'made'));
      const trained = train(examples(), cache);
      expect(readdirSync(join(dir, 'made'))).toEqual([expect.stringMatching(/^weights-[0-9a-f]{32}\.bin$/)]);
      const read = directoryWeightCache(join(dir, 'made'));
      const again = train(examples(), read);
      expect(read.last).toBe('hit');
      expect([...again.weights]).toEqual([...trained.weights]);
    });

    it('keeps only the newest files', () => {
      const cache = directoryWeightCache(dir, 2);
      for (const name of ['weights-aaaa.bin', 'weights-bbbb.bin']) {
        writeFileSync(join(dir, name), 'old');
        utimesSync(join(dir, name), new Date(2020, 0, 1), new Date(2020, 0, 1));
      }
      writeFileSync(join(dir, 'notes.txt'), 'not a model');
      cache.set('cccc', Uint8Array.of(1, 2, 3));
      expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'weights-aaaa.bin', 'weights-cccc.bin']);
    });

    it('works without a writable folder: it trains at every start', () => {
      writeFileSync(join(dir, 'a-file'), '');
      const cache = directoryWeightCache(join(dir, 'a-file', 'below'));
      const trained = train(examples());
      expect([...train(examples(), cache).weights]).toEqual([...trained.weights]);
      expect(cache.last).toBe('miss');
      train(examples(), cache);
      expect(cache.last).toBe('miss');
    });
  });

  it('builds a bot from the real knowledge base that answers exactly as a freshly trained one', () => {
    const loaded = loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('the knowledge base does not load');
    const cache = memoryWeightCache();
    const fresh = createBot(loaded.kb);
    createBot(loaded.kb, { weightCache: cache });
    const cached = createBot(loaded.kb, { weightCache: cache });
    expect(cache.last).toBe('hit');
    const open = { ...newConversationState(), welcomed: true };
    for (const text of [
      'how long am i gonna be dope sick',
      'can i get subs online',
      'where is the nearest NA meeting',
      'what does narcan do',
      'is methadone just trading one drug for another',
      'whats the weather tomorrow',
    ]) {
      const a = fresh.handleTurn({ text }, open);
      const b = cached.handleTurn({ text }, open);
      expect({ route: b.route, confidence: b.confidence, messages: b.messages }).toEqual({
        route: a.route,
        confidence: a.confidence,
        messages: a.messages,
      });
    }
  });
});
