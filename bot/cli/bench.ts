/**
 * `npm run bench [-- --json]`: in-process cost of one whole turn (normalize, safety gate, matcher,
 * reply), measured warm, next
 * to NLP.js (no safety gate) trained on the same examples and timed on the same messages in the
 * same run (realistic mix: tests/conversations/messages.jsonl and crisis.jsonl). Prints median and p99 in microseconds, messages/s, start-up time and RSS.
 *
 * Start-up (knowledge base load and check, engine build) is timed in fresh processes, the median
 * of three: `startup_ms` as a restart sees it, the matcher's weights read from the cache
 * (weight-cache.ts), and `startup_cold_ms` with the matcher trained (as after a content change).
 */
import { spawnSync } from 'node:child_process';
import { extname } from 'node:path';

import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { Nlp } from '@nlpjs/nlp';
import { trainingExamples } from '../../intents/matcher.js';
import { newConversationState } from '../reply.js';
import { jsonLines } from './jsonl.js';
import { loadBotOrExit } from './load-bot.js';

const json = process.argv.includes('--json');
const WARM_ROUNDS = 5;
const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20);
// The realistic mix: questions, slang, crisis and refusal messages, chit-chat and everyday queries.
const messages = ['tests/conversations/messages.jsonl', 'tests/conversations/crisis.jsonl'].flatMap((file) =>
  jsonLines(file).map((line) => line.text),
);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function stats(samples: number[]) {
  samples.sort((a, b) => a - b);
  const total = samples.reduce((s, x) => s + x, 0);
  return {
    median_us: percentile(samples, 0.5),
    p99_us: percentile(samples, 0.99),
    msgs_per_s: (samples.length / total) * 1e6,
  };
}

/**
 * Times each message. A promise (NLP.js) is awaited inside the timing; a plain result (our turn,
 * which is synchronous) is not, so the timing holds no extra trip through the event loop.
 */
async function timeEach(run: (text: string) => unknown): Promise<number[]> {
  // Warm: a few passes first, so the JIT has compiled the hot paths before anything is timed.
  for (let r = 0; r < WARM_ROUNDS; r++) for (const m of messages) await run(m);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const m of messages) {
      const t = process.hrtime.bigint();
      const out = run(m);
      if (out instanceof Promise) await out;
      samples.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  }
  return samples;
}

/** Median start-up of `runs` fresh processes (startup.ts) with MODEL_CACHE_DIR set to `cacheDir`. */
function startup(cacheDir: string | undefined, runs = 3): { ms: number; weights: string } {
  const script = fileURLToPath(new URL(`./startup${extname(import.meta.url)}`, import.meta.url));
  const env = { ...process.env, ...(cacheDir ? { MODEL_CACHE_DIR: cacheDir } : {}) };
  const times: number[] = [];
  let weights = '';
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, [...process.execArgv, script], { env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`start-up run failed: ${run.stderr}`);
    const line = JSON.parse(run.stdout.trim().split('\n').pop() as string);
    times.push(line.startup_ms);
    weights = line.weights;
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1] as number, weights };
}

// The first run with the cache stores the weights if they are not there yet; it is not timed.
startup(undefined, 1);
const cached = startup(undefined);
const cold = startup('off');

const rssBefore = process.memoryUsage().rss;
const { bot, kb } = loadBotOrExit();
const open = { ...newConversationState(), welcomed: true };
const ours = stats(await timeEach((text) => bot.handleTurn({ text }, open)));
const rss = process.memoryUsage().rss;

const container = await containerBootstrap();
container.use(Nlp);
container.use(LangEn);
const nlp = container.get('nlp');
nlp.settings.autoSave = false;
nlp.addLanguage('en');
for (const e of trainingExamples(kb)) nlp.addDocument('en', e.text, e.label);
const nlpStart = performance.now();
// NLP.js prints a line per training epoch to stdout; keep stdout to the one JSON line.
const log = console.log;
console.log = () => {};
await nlp.train();
console.log = log;
const nlpTrainMs = performance.now() - nlpStart;
const theirs = stats(await timeEach((text) => nlp.process('en', text)));

const round = (x: number, d = 1) => Number(x.toFixed(d));
const result = {
  median_us: round(ours.median_us),
  p99_us: round(ours.p99_us),
  msgs_per_s: Math.round(ours.msgs_per_s),
  startup_ms: cached.ms,
  startup_cold_ms: cold.ms,
  startup_weights: cached.weights,
  rss_mb: round(rss / 2 ** 20),
  messages: messages.length * rounds,
  nlpjs_median_us: round(theirs.median_us),
  nlpjs_p99_us: round(theirs.p99_us),
  nlpjs_train_ms: Math.round(nlpTrainMs),
  rss_before_kb_mb: round(rssBefore / 2 ** 20),
};
console.log(json ? JSON.stringify(result) : result);
