/**
 * `npm run eval -- FILE.jsonl [--json] [--gate]`: runs every line ({"text", "expect": id | [ids]})
 * through the same turn the channels use, as a message in an open conversation (welcome already
 * shown, no previous topic). Prints per-route precision/recall and every miss; `--json` prints one
 * JSON object per line and then {"summary": ...}, nothing else. `--gate` exits 1 when crisis recall
 * is below 1.0 or accuracy below 0.95 (the dev-set bar in `npm test`).
 */
import { readFileSync } from 'node:fs';
import { newConversationState } from '../reply.js';
import { type Scored, summarize } from './eval-metrics.js';
import { loadBotOrExit } from './load-bot.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const gate = args.includes('--gate');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: npm run eval -- FILE.jsonl [--json] [--gate]\n');
  process.exit(2);
}

interface Line {
  text: string;
  expect: string | string[];
}

function parseLine(line: string, number: number): Line {
  try {
    return JSON.parse(line) as Line;
  } catch {
    process.stderr.write(`${file}:${number}: not valid JSON\n`);
    return process.exit(2);
  }
}

const lines: Line[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => parseLine(l, i + 1));

const { bot } = loadBotOrExit();
const open = { ...newConversationState(), welcomed: true };
const rows: Scored[] = [];
for (const line of lines) {
  const reply = bot.handleTurn({ text: line.text }, open);
  const expect = Array.isArray(line.expect) ? line.expect : [line.expect];
  rows.push({ text: line.text, expect, route: reply.route });
  if (json) {
    const text = reply.messages.map((m) => m.text).join('\n\n');
    process.stdout.write(
      `${JSON.stringify({ text: line.text, expect: line.expect, route: reply.route, confidence: Number(reply.confidence.toFixed(4)), reply: text })}\n`,
    );
  }
}
const summary = summarize(rows);
if (json) {
  process.stdout.write(`${JSON.stringify({ summary })}\n`);
} else {
  const misses = rows.filter((r) => !r.expect.includes(r.route));
  for (const r of summary.routes) {
    if (r.support > 0 || r.predicted > 0)
      console.log(
        `${r.route.padEnd(36)} support ${String(r.support).padStart(3)}  precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}`,
      );
  }
  console.log(`\nmisses (${misses.length}):`);
  for (const m of misses)
    console.log(`  ${JSON.stringify(m.text)}  expected ${m.expect.join('|')}  got ${m.route}`);
  const { routes: _routes, ...headline } = summary;
  console.log('\nsummary', JSON.stringify(headline));
}
if (gate && (summary.crisis_recall < 1 || summary.accuracy < 0.95)) {
  process.stderr.write(
    `eval gate failed: crisis recall ${summary.crisis_recall} (needs 1.0), accuracy ${summary.accuracy} (needs 0.95)\n`,
  );
  process.exit(1);
}
