/**
 * The labelled messages the learned safety net is trained on, gathered in one fixed order:
 * - every line of tests/conversations/*.jsonl (safety lines keep their route, everything else is
 *   "none": topic questions, look-alikes, everyday talk);
 * - a copy of every safety line there, and of one other line in four, told with a back story
 *   (rules.yml `backStories`: "got out of rehab last month"), keeping its label;
 * - every rule's `examples` (its route) and `notExamples` (none) from knowledge/safety/rules.yml;
 * - every topic's example questions and the out-of-scope examples (none);
 * - the CLINC150 train and validation queries (none). Its test queries are kept out: they are
 *   what `npm run bench:clinc` measures.
 * A line that is also in the dev set (helpers' short questions such as "what is narcan" sometimes
 * are) is left out, so the dev score stays a measurement; a test checks.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordHash } from '../../intents/features.js';
import { looksSpanish, normalize } from '../../intents/normalize.js';
import { idiomBlanker } from '../../intents/safety.js';
import { NET_ROUTES, type NetConfig, type NetExample, type NetRoute } from '../../intents/safety-net.js';
import type { KnowledgeBase } from '../../knowledge/load.js';
import { jsonLines } from './jsonl.js';

export const CONVERSATIONS = 'tests/conversations';
export const CLINC = '../shared/eval/clinc150/data_full.json';
export const DEV = '../shared/eval/dev.jsonl';

export interface Corpus {
  examples: NetExample[];
  /** How many messages came from each source, for the file's header and the report. */
  sources: Record<string, number>;
}

function routeOf(expect: unknown): NetRoute | null {
  const first = Array.isArray(expect) ? expect[0] : expect;
  return (NET_ROUTES as readonly string[]).includes(first as string) ? (first as NetRoute) : null;
}

/**
 * The line with one back story before it (or, one time in three, after it), in the line's language;
 * every safety line gets one and one other line in four, else null. See rules.yml `backStories`.
 */
export function withBackStory(
  text: string,
  safety: boolean,
  stories: { en: readonly string[]; es: readonly string[] },
): string | null {
  // The features' FNV-1a hash, unsigned: stable, so the same line always gets the same story.
  const h = wordHash(text) >>> 0;
  if (!safety && h % 4 !== 0) return null;
  const pool = looksSpanish(normalize(text)) ? stories.es : stories.en;
  const story = pool[(h >>> 2) % Math.max(1, pool.length)];
  if (story === undefined) return null;
  return (h >>> 8) % 3 === 0 ? `${text} ${story}` : `${story} ${text}`;
}

/** Reads the corpus; texts come back normalized with idioms blanked, as the gate sees them. */
export function safetyCorpus(kb: KnowledgeBase, clincFile = CLINC, devFile = DEV): Corpus {
  const blank = idiomBlanker(kb.safety);
  const prepare = (text: string) => blank(normalize(text));
  const dev = new Set(existsSync(devFile) ? jsonLines(devFile).map((l) => prepare(l.text)) : []);
  const examples: NetExample[] = [];
  const sources: Record<string, number> = {};
  const add = (source: string, text: string, route: NetRoute | null, copy = false) => {
    const prepared = prepare(text);
    const from = dev.has(prepared) ? 'left out: also in the dev set' : source;
    sources[from] = (sources[from] ?? 0) + 1;
    if (from === source) examples.push(copy ? { text: prepared, route, copy } : { text: prepared, route });
  };
  const lines = readdirSync(CONVERSATIONS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) => jsonLines(join(CONVERSATIONS, file)));
  for (const line of lines) add('conversations', line.text, routeOf(line.expect));
  for (const line of lines) {
    const told = withBackStory(line.text, routeOf(line.expect) !== null, kb.safety.backStories);
    if (told) add('conversations with a back story', told, routeOf(line.expect), true);
  }
  for (const rule of kb.safety.rules) {
    for (const text of rule.examples) add('rule examples', text, rule.route);
    for (const text of rule.notExamples) add('rule examples', text, null);
  }
  for (const topic of kb.topics) for (const q of topic.questions) add('topic questions', q, null);
  for (const text of kb.outOfScope) add('out-of-scope examples', text, null);
  const clinc = JSON.parse(readFileSync(clincFile, 'utf8')) as Record<string, Array<[string, string]>>;
  for (const split of ['train', 'val', 'oos_train', 'oos_val']) {
    for (const [text] of clinc[split] ?? []) add('clinc150 train+val', text, null);
  }
  return { examples, sources };
}

/** Changes whenever a training message, its label or a setting changes. */
export function fingerprint(corpus: Corpus, config: NetConfig): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(config));
  for (const e of corpus.examples) hash.update(`${e.route ?? '-'}${e.copy ? '+' : ''}\t${e.text}\n`);
  return hash.digest('hex');
}
