/**
 * `npm run bench:clinc [-- --json]`: the matching engine on CLINC150 (Larson et al. 2019), the
 * paper's setting: build from `train` (+ `oos_train` as one more class), choose the out-of-scope
 * thresholds on `val` + `oos_val`, report on `test` + `oos_test`. `oos_val` has only 100 queries,
 * so the out-of-scope side of the choice also reads `oos_train` through 5-fold cross-validation
 * inside `train` (five more builds): 200 out-of-scope queries, none of them from test.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  buildClassifier,
  type Classifier,
  conceptLookup,
  DEFAULT_CLASSIFIER,
  type LabeledText,
} from '../../intents/classifier.js';
import { CLINC_MLP } from '../../intents/mlp.js';
import { normalize } from '../../intents/normalize.js';
import { CONVERSATION_ROUTES, CRISIS_ROUTES } from '../../knowledge/contract.js';
import { newConversationState } from '../reply.js';
import { loadBotOrExit } from './load-bot.js';

type Pair = [string, string];
interface Clinc {
  train: Pair[];
  val: Pair[];
  test: Pair[];
  oos_train: Pair[];
  oos_val: Pair[];
  oos_test: Pair[];
}

/** Out of scope when the oos class wins, the best probability is low, or no training example is close. */
interface Thresholds {
  p: number;
  similarity: number;
}

interface Scored {
  expected: string;
  label: string;
  p: number;
  similarity: number;
}

const OOS = 'oos';
const json = process.argv.includes('--json');
const file = process.argv.find((a) => a.endsWith('.json')) ?? '../shared/eval/clinc150/data_full.json';
const data = JSON.parse(readFileSync(file, 'utf8')) as Clinc;

function labelled(pairs: Pair[], oos = false): LabeledText[] {
  return pairs.map(([text, label]) => ({ text: normalize(text), label: oos ? OOS : label }));
}

function scoreAll(c: Classifier, items: LabeledText[]): Scored[] {
  return items.map((e) => {
    const top = c.score(e.text).ranked[0] ?? { label: OOS, p: 0 };
    return { expected: e.label, label: top.label, p: top.p, similarity: c.similarity(e.text, top.label) };
  });
}

function predict(s: Scored, t: Thresholds): string {
  return s.label === OOS || s.p < t.p || s.similarity < t.similarity ? OOS : s.label;
}

function measure(scored: Scored[], t: Thresholds) {
  const inScope = scored.filter((s) => s.expected !== OOS);
  const outScope = scored.filter((s) => s.expected === OOS);
  return {
    acc: inScope.filter((s) => predict(s, t) === s.expected).length / inScope.length,
    recall: outScope.filter((s) => predict(s, t) === OOS).length / outScope.length,
  };
}

// Chosen on val: with 100 examples a class, character 3- to 5-grams beat the knowledge base's
// 4-grams (which keep a small, fast index for the bot), and three small hidden-layer nets
// (mlp.ts) beat the linear model (in-scope top-1 about 93.7% against 92.4%).
const config = {
  ...DEFAULT_CLASSIFIER,
  features: { ...DEFAULT_CLASSIFIER.features, charMin: 3, charMax: 5 },
  mlp: CLINC_MLP,
};
const trainSet = [...labelled(data.train), ...labelled(data.oos_train, true)];
const t0 = performance.now();
const classifier = buildClassifier(trainSet, conceptLookup({}), config);
const buildMs = performance.now() - t0;

// Out-of-fold scores of the oos_train queries: fold f builds without every fifth example.
const FOLDS = 5;
const tc = performance.now();
const outOfFold: Scored[] = [];
for (let f = 0; f < FOLDS; f++) {
  const fold = buildClassifier(
    trainSet.filter((_, i) => i % FOLDS !== f),
    conceptLookup({}),
    config,
  );
  outOfFold.push(
    ...scoreAll(
      fold,
      trainSet.filter((e, i) => i % FOLDS === f && e.label === OOS),
    ),
  );
}
const cvMs = performance.now() - tc;

// The targets are in-scope accuracy >= 0.90 and out-of-scope recall >= 0.85: maximise the smaller margin.
const val = [...scoreAll(classifier, [...labelled(data.val), ...labelled(data.oos_val, true)]), ...outOfFold];
let best = { threshold: { p: 0, similarity: 0 }, objective: Number.NEGATIVE_INFINITY };
for (let p = 0; p <= 0.9; p += 0.02) {
  for (let similarity = 0; similarity <= 0.6; similarity += 0.02) {
    const { acc, recall } = measure(val, { p, similarity });
    const objective = Math.min(acc - 0.9, recall - 0.85);
    if (objective > best.objective) best = { threshold: { p, similarity }, objective };
  }
}

const test = [...labelled(data.test), ...labelled(data.oos_test, true)];
const { acc, recall } = measure(scoreAll(classifier, test), best.threshold);
const times: number[] = [];
for (const e of test) {
  const s = performance.now();
  const top = classifier.score(e.text).ranked[0];
  if (top) classifier.similarity(e.text, top.label);
  times.push((performance.now() - s) * 1000);
}
times.sort((a, b) => a - b);
// Second use of CLINC150: the recovery bot itself must decline every one of these 5,500 everyday
// queries, and must not send them a crisis reply.
const { bot } = loadBotOrExit();
const open = { ...newConversationState(), welcomed: true };
const routes = [...data.test, ...data.oos_test].map(([text]) => bot.handleTurn({ text }, open).route);
const share = (f: (r: string) => boolean) => Number((routes.filter(f).length / routes.length).toFixed(4));
const result = {
  bot_declined: share((r) => r === 'out-of-scope'),
  bot_declined_or_small_talk: share(
    (r) => r === 'out-of-scope' || (CONVERSATION_ROUTES as readonly string[]).includes(r),
  ),
  bot_crisis_rate: share((r) => CRISIS_ROUTES.includes(r)),
  bot_refusal_rate: share((r) => r === 'refuse-harmful'),
  in_scope_accuracy: Number(acc.toFixed(4)),
  oos_recall: Number(recall.toFixed(4)),
  threshold_p: Number(best.threshold.p.toFixed(2)),
  threshold_similarity: Number(best.threshold.similarity.toFixed(2)),
  median_us: Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(1)),
  build_ms: Math.round(buildMs),
  cv_ms: Math.round(cvMs),
};
console.log(json ? JSON.stringify(result) : result);
