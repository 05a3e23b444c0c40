/**
 * `npm run chat [-- --debug]`: a terminal conversation over the exact turn the channels use.
 * --debug shows the route, confidence, runner-ups and why (safety rule or nearest example).
 */
import { createInterface } from 'node:readline/promises';
import type { ConversationState, Reply } from '../reply.js';
import type { TurnDebug } from '../turn.js';
import { loadBotOrExit } from './load-bot.js';

const debug = process.argv.includes('--debug');
const locale = process.argv.includes('--es') ? 'es' : 'en';
const { bot, startupMs } = loadBotOrExit();

function explain(reply: Reply, d: TurnDebug): string {
  const lines = [`  [route ${reply.route}  confidence ${reply.confidence.toFixed(2)}  via ${d.via}]`];
  if (d.safety)
    lines.push(`  [safety rule ${d.safety.ruleId}: ${d.safety.why} — matched "${d.safety.matched}"]`);
  if (d.ranked.length > 0)
    lines.push(`  [ranked ${d.ranked.map((r) => `${r.label} ${r.p.toFixed(2)}`).join(', ')}]`);
  if (d.corrected) lines.push(`  [read as "${d.corrected}"]`);
  if (d.nearest) lines.push(`  [closest example: "${d.nearest}"]`);
  if (d.elsewhere) lines.push(`  [another subject (knowledge/lexicon.yml elsewhere): ${d.elsewhere}]`);
  return lines.join('\n');
}

function show(reply: Reply): void {
  for (const m of reply.messages) {
    console.log(`\nbot> ${m.text}`);
    for (const [i, s] of m.suggestions.entries()) console.log(`     ${i + 1}. ${s.label}`);
    for (const l of m.links) console.log(`     source: ${l.title} <${l.url}>`);
  }
}

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
console.log(`Recovery-support bot (ready in ${startupMs.toFixed(0)} ms). Type a message; Ctrl-D to quit.`);
let state: ConversationState | undefined;
for await (const line of rl) {
  const result = bot.debugTurn({ text: line, locale }, state);
  state = result.state;
  show(result);
  if (debug) console.log(explain(result, result.debug));
  process.stdout.write('\nyou> ');
}
