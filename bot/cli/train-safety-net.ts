/**
 * `npm run safety:train`: learns the safety net from the labelled messages (safety-corpus.ts)
 * and writes knowledge/safety/net.json, then the rule patterns' literals to literals.json. Run it
 * after adding or relabelling test lines, rule examples or rules; `npm test` fails while either
 * file is out of date. Deterministic: the same messages give the same files.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { requiredConjuncts } from '../../intents/literals.js';
import { literalSources } from '../../intents/safety.js';
import { DEFAULT_NET, trainSafetyNet } from '../../intents/safety-net.js';
import { formatIssues, loadKnowledge } from '../../knowledge/load.js';
import { fingerprint, safetyCorpus } from './safety-corpus.js';

const OUT = 'knowledge/safety/net.json';
const LITERALS = 'knowledge/safety/literals.json';

// Read without the net: it is what this writes, and may be missing or broken.
const loaded = loadKnowledge('knowledge', { safetyNet: false });
if (!loaded.ok) {
  process.stderr.write(`Knowledge base has problems:\n${formatIssues(loaded.issues)}\n`);
  process.exit(1);
}
const kb = loaded.kb;

const t0 = performance.now();
const corpus = safetyCorpus(kb);
const net = trainSafetyNet(corpus.examples, DEFAULT_NET);
const about =
  'Written by `npm run safety:train` from the labelled messages in tests/conversations, the rule examples, the topic questions and CLINC150 train+val. Do not edit by hand: change the messages and run it again. Each cue (a word or two words in a row) carries its lean toward each route, compared with "none": line n of "weights" belongs to line n of "cues".';
const { cues, weights, ...settings } = net;
const k = net.routes.length;
const head = {
  about,
  trainedOn: { fingerprint: fingerprint(corpus, DEFAULT_NET), messages: corpus.sources },
  ...settings,
};
// One cue to a line, and its weights on the same line of "weights", so a diff reads cue by cue.
const rows = cues.map((_, i) => weights.slice(i * k, i * k + k).join(','));
writeFileSync(
  OUT,
  `${JSON.stringify(head).slice(0, -1)},\n"cues":[\n${cues.map((c) => JSON.stringify(c)).join(',\n')}],\n"weights":[\n${rows.join(',\n')}]}\n`,
);
const counts = corpus.examples.reduce<Record<string, number>>((acc, e) => {
  const key = e.route ?? 'none';
  acc[key] = (acc[key] ?? 0) + 1;
  return acc;
}, {});
process.stdout.write(
  `${OUT}: ${cues.length} cues from ${corpus.examples.length} messages ${JSON.stringify(counts)} in ${Math.round(performance.now() - t0)} ms\n`,
);

// The rule patterns' literals, so that start-up need not read every pattern again (literals.ts).
const sources = literalSources(kb.safety);
const patterns = Object.fromEntries(sources.map((source) => [source, requiredConjuncts(source)]));
const literalsFile = {
  about:
    'Written by `npm run safety:train`: the literals each rule pattern needs, one of each set (intents/literals.ts), by the pattern as read after vocab expansion. Do not edit by hand; a pattern missing here is read at start-up instead.',
  patterns,
};
writeFileSync(LITERALS, `${JSON.stringify(literalsFile, null, 0).replace(/\],"/g, '],\n"')}\n`);
process.stdout.write(`${LITERALS}: literals of ${sources.length} patterns\n`);
