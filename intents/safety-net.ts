/**
 * The safety net: a second, learned check behind the hand-written gate rules.
 *
 * The rules catch the phrasings someone thought of. People in crisis say it in words nobody
 * thought of ("the rope's been in my trunk for a week"), and when batches of such messages were
 * written by people who never saw the rules, the rules alone caught only 50-85% of them. The net
 * is a weighted word list learned from every labelled message we have (`npm run safety:train`):
 * each word and word pair carries a weight toward each safety route, and a message is flagged
 * when its words add up to a clear lean away from "none". It is deterministic (the same message
 * always gets the same answer) and explainable: a flag lists the words that pushed it and by how
 * much, so a clinician can read why.
 *
 * It only ever adds flags: it runs after the rules, on messages no rule caught.
 */
import { SAFETY_ROUTES } from '../knowledge/contract.js';
import type { SafetyNet } from '../knowledge/schema.js';
import { wordHash, wordHashAt } from './features.js';
import { type Example, softmax, tableSize, trainSoftmax } from './linear.js';

export type NetRoute = SafetyNet['routes'][number];

/** Classes of the model: index 0 is "none", then the safety routes in this order. */
export const NET_ROUTES = SAFETY_ROUTES;

export interface NetConfig {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  balance: number;
  /** A word or pair must occur in at least this many training messages to become a cue. */
  minCount: number;
  /** Cues whose weights all stay under this are dropped from the file. */
  minWeight: number;
  /** Flag when the probability of "none" falls under this. */
  threshold: number;
}

export const DEFAULT_NET: NetConfig = Object.freeze({
  epochs: 20,
  learningRate: 2,
  l2: 1e-3,
  seed: 7,
  balance: 0.5,
  minCount: 2,
  minWeight: 0.1,
  threshold: 0.45,
});

/** One labelled training message; `route` null means "none of the safety routes". */
export interface NetExample {
  text: string;
  route: NetRoute | null;
  /** A copy of another example (told with a back story): it does not count toward minCount. */
  copy?: boolean;
}

/**
 * Words and word pairs of a normalized text, in order, repeats kept (a word said twice counts
 * twice). The same analyzer trains and checks; "~" marks a blanked idiom and is skipped.
 */
export function cues(normalized: string): string[] {
  const words = normalized.split(' ').filter((w) => w.length > 0 && w !== '~');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i] as string);
    if (i > 0) out.push(`${words[i - 1]} ${words[i]}`);
  }
  return out;
}

/**
 * Learns the net from labelled, normalized messages. Each message is its cue counts divided by
 * the square root of how many cues it has; the model is softmax regression (linear.ts) over "none" + the four routes. Only
 * differences from "none" matter to the decision, so those are what is kept.
 */
export function trainSafetyNet(examples: readonly NetExample[], config: NetConfig = DEFAULT_NET): SafetyNet {
  const counts = new Map<string, number>();
  for (const e of examples) {
    if (e.copy) continue;
    for (const c of new Set(cues(e.text))) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const rows = new Map<string, number>();
  for (const [cue, n] of counts) if (n >= config.minCount) rows.set(cue, rows.size);
  const classes = NET_ROUTES.length + 1;
  const data: Example[] = examples.map((e) => {
    const all = cues(e.text);
    const found = all.map((c) => rows.get(c)).filter((r): r is number => r !== undefined);
    return {
      rows: Int32Array.from(found),
      values: new Float32Array(found.length).fill(1 / Math.sqrt(Math.max(1, all.length))),
      label: e.route === null ? 0 : NET_ROUTES.indexOf(e.route) + 1,
    };
  });
  const model = trainSoftmax(data, rows.size, classes, config);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const kept: string[] = [];
  const weights: number[] = [];
  for (const [cue, row] of [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const none = model.weights[row * model.stride] as number;
    const lean = NET_ROUTES.map((_, c) =>
      round((model.weights[row * model.stride + c + 1] as number) - none),
    );
    if (!lean.some((w) => Math.abs(w) >= config.minWeight)) continue;
    kept.push(cue);
    weights.push(...lean);
  }
  const none = model.bias[0] as number;
  return {
    routes: [...NET_ROUTES],
    threshold: config.threshold,
    bias: NET_ROUTES.map((_, c) => round((model.bias[c + 1] as number) - none)),
    cues: kept,
    weights,
  };
}

/** Three words make five cues (three words, two pairs): the least the net will read. */
const MIN_CUES = 5;

export interface NetHit {
  route: NetRoute;
  /** Probability the model gives to "none of the safety routes". */
  none: number;
  /** The cues that pushed hardest toward the route, strongest first, e.g. "rope +1.21". */
  because: string[];
}

export interface SafetyNetCheck {
  /** Flags when the chance of "none" falls under `threshold` (by default the net's own). */
  check(normalized: string, threshold?: number): NetHit | null;
}

/**
 * The net's words by their letters. A word is found where it stands in the message (hashed and
 * compared in place), so checking a message makes no substring and no Map look-up by string.
 */
class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly words: readonly string[]) {
    this.slots = new Int32Array(tableSize(words.length));
    this.mask = this.slots.length - 1;
    words.forEach((word, id) => {
      let i = wordHash(word) & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = id + 1;
    });
  }

  /** The number of the word text[start, end), or -1 when the net has no such word. */
  find(text: string, start: number, end: number): number {
    let i = wordHashAt(text, start, end) & this.mask;
    for (;;) {
      const slot = this.slots[i] as number;
      if (slot === 0) return -1;
      const word = this.words[slot - 1] as string;
      if (word.length === end - start && text.startsWith(word, start)) return slot - 1;
      i = (i + 1) & this.mask;
    }
  }
}

/** Cue numbers of word pairs, by the two word numbers (small integers only: no boxed keys). */
class PairTable {
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly cues: Int32Array;
  private readonly mask: number;

  constructor(entries: ReadonlyArray<readonly [number, number, number]>) {
    const size = tableSize(entries.length);
    this.first = new Int32Array(size).fill(-1);
    this.second = new Int32Array(size);
    this.cues = new Int32Array(size);
    this.mask = size - 1;
    for (const [a, b, cue] of entries) {
      let i = PairTable.hash(a, b) & this.mask;
      while (this.first[i] !== -1) i = (i + 1) & this.mask;
      this.first[i] = a;
      this.second[i] = b;
      this.cues[i] = cue;
    }
  }

  private static hash(a: number, b: number): number {
    return Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ (b >>> 3);
  }

  /** The cue of the pair (a, b), or -1. */
  find(a: number, b: number): number {
    let i = PairTable.hash(a, b) & this.mask;
    for (;;) {
      const x = this.first[i] as number;
      if (x === -1) return -1;
      if (x === a && this.second[i] === b) return this.cues[i] as number;
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * Readies a trained net for checking. A message costs one pass over its words with no new
 * strings: words are looked up once, and a word pair is found by the two word numbers.
 */
export function compileSafetyNet(net: SafetyNet): SafetyNetCheck {
  const k = net.routes.length;
  const names = net.cues;
  const table = Float64Array.from(net.weights);
  const wordIds = new Map<string, number>();
  const idOf = (word: string) => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    return id;
  };
  // A word's own cue by word number (-1: none); a pair's by the two numbers.
  const singles: Array<[number, number]> = [];
  const pairEntries: Array<[number, number, number]> = [];
  names.forEach((name, cue) => {
    const space = name.indexOf(' ');
    if (space < 0) singles.push([idOf(name), cue]);
    else pairEntries.push([idOf(name.slice(0, space)), idOf(name.slice(space + 1)), cue]);
  });
  const single = new Int32Array(wordIds.size).fill(-1);
  for (const [id, cue] of singles) single[id] = cue;
  const words = new WordTable([...wordIds.keys()]);
  const pairs = new PairTable(pairEntries);
  const scores = new Float64Array(k + 1);
  const hits: number[] = [];

  return {
    check(normalized, threshold = net.threshold) {
      hits.length = 0;
      let count = 0;
      let prev = -1;
      let start = 0;
      while (start <= normalized.length) {
        let end = normalized.indexOf(' ', start);
        if (end < 0) end = normalized.length;
        if (end > start && !(end === start + 1 && normalized.charCodeAt(start) === 126)) {
          const id = words.find(normalized, start, end);
          count += count === 0 ? 1 : 2;
          const one = id < 0 ? -1 : (single[id] as number);
          if (one >= 0) hits.push(one);
          const two = id < 0 || prev < 0 ? -1 : pairs.find(prev, id);
          if (two >= 0) hits.push(two);
          prev = id;
        }
        start = end + 1;
      }
      // One or two words carry too little to weigh ("might", "thanks for trying"): those are the
      // rules' to catch ("kms", "unalive", "no respira"), and they do.
      if (hits.length === 0 || count < MIN_CUES) return null;
      // Scaled by every cue of the message, known or not, exactly as in training.
      const scale = 1 / Math.sqrt(count);
      scores[0] = 0;
      for (let c = 0; c < k; c++) scores[c + 1] = net.bias[c] as number;
      for (const cue of hits) {
        for (let c = 0; c < k; c++)
          scores[c + 1] = (scores[c + 1] as number) + scale * (table[cue * k + c] as number);
      }
      softmax(scores);
      const none = scores[0] as number;
      if (none >= threshold) return null;
      let best = 1;
      for (let c = 2; c <= k; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
      const because = [...new Set(hits)]
        .map((cue) => ({ cue, w: table[cue * k + best - 1] as number }))
        .filter((x) => x.w > 0)
        .sort((a, b) => b.w - a.w)
        .slice(0, 5)
        .map((x) => `${names[x.cue]} +${x.w.toFixed(2)}`);
      return { route: net.routes[best - 1] as NetRoute, none, because };
    },
  };
}
