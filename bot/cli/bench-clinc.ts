/**
 * `npm run bench:clinc [-- --json]`: the matching engine on CLINC150 (Larson et al. 2019), the
 * paper's setting: build from `train` (+ `oos_train` as one more class), pick the out-of-scope
 * threshold on `val` + `oos_val`, report on `test` + `oos_test`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  buildClassifier,
  type Classifier,
  conceptLookup,
  type LabeledText,
} from '../../intents/classifier.js';
import { normalize } from '../../intents/normalize.js';

type Pair = [string, string];
interface Clinc {
  train: Pair[];
  val: Pair[];
  test: Pair[];
  oos_train: Pair[];
  oos_val: Pair[];
  oos_test: Pair[];
}

const OOS = 'oos';
const json = process.argv.includes('--json');
const file = process.argv.find((a) => a.endsWith('.json')) ?? '../shared/eval/clinc150/data_full.json';
const data = JSON.parse(readFileSync(file, 'utf8')) as Clinc;

function labelled(pairs: Pair[], oos = false): LabeledText[] {
  return pairs.map(([text, label]) => ({ text: normalize(text), label: oos ? OOS : label }));
}

function predict(c: Classifier, text: string, threshold: number): string {
  const top = c.score(text).ranked[0];
  return !top || top.label === OOS || top.p < threshold ? OOS : top.label;
}

function score(c: Classifier, inScope: LabeledText[], outScope: LabeledText[], threshold: number) {
  const acc = inScope.filter((e) => predict(c, e.text, threshold) === e.label).length / inScope.length;
  const recall = outScope.filter((e) => predict(c, e.text, threshold) === OOS).length / outScope.length;
  return { acc, recall };
}

const t0 = performance.now();
const classifier = buildClassifier(
  [...labelled(data.train), ...labelled(data.oos_train, true)],
  conceptLookup({}),
);
const buildMs = performance.now() - t0;

const val = labelled(data.val);
const oosVal = labelled(data.oos_val, true);
let best = { threshold: 0, objective: -1 };
for (let t = 0; t <= 0.9; t += 0.02) {
  const { acc, recall } = score(classifier, val, oosVal, t);
  const objective = (acc + recall) / 2;
  if (objective > best.objective) best = { threshold: t, objective };
}

const test = labelled(data.test);
const oosTest = labelled(data.oos_test, true);
const { acc, recall } = score(classifier, test, oosTest, best.threshold);
const times: number[] = [];
for (const e of [...test, ...oosTest]) {
  const s = performance.now();
  classifier.score(e.text);
  times.push((performance.now() - s) * 1000);
}
times.sort((a, b) => a - b);
const result = {
  in_scope_accuracy: Number(acc.toFixed(4)),
  oos_recall: Number(recall.toFixed(4)),
  threshold: Number(best.threshold.toFixed(2)),
  median_us: Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(1)),
  build_ms: Math.round(buildMs),
};
console.log(json ? JSON.stringify(result) : result);
