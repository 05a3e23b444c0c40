/**
 * `npm run review [-- --json]`: the curators' view of the review log (REVIEW_LOG=on). Reads the
 * same store the server uses (SQLite under DATA_DIR, or REDIS_URL), groups the redacted messages
 * by similarity and shows, for each group, the topics the bot found closest, so a curator can add
 * example questions to a topic or write a new one.
 */
import { loadConfig } from '../config.js';
import { newConversationState } from '../reply.js';
import { groupEntries } from '../review/group.js';
import type { ReviewEntry } from '../review/review-log.js';
import { openBackend } from '../stores.js';
import { loadBotOrExit } from './load-bot.js';

const json = process.argv.includes('--json');
const loaded = loadConfig();
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`);
  process.exit(1);
}
const { config } = loaded;
const backend = await openBackend(config);
let entries: ReviewEntry[];
try {
  entries = (await backend.open<ReviewEntry>('review').entries()).map(([, entry]) => entry.value);
} catch (error) {
  process.stderr.write(
    `Cannot read the review log from the ${backend.kind} store: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
} finally {
  await backend.close();
}

const { bot } = loadBotOrExit(config.knowledgeDir);
const state = { ...newConversationState(), welcomed: true };
const groups = groupEntries(entries).map((group) => {
  const first = group.entries[0]?.text ?? '';
  const closest = bot
    .debugTurn({ text: first }, state)
    .debug.ranked.slice(0, 3)
    .map((r) => ({ topic: r.label, p: Number(r.p.toFixed(3)) }));
  const count = (key: 'route' | 'channel') =>
    Object.fromEntries(
      [...new Set(group.entries.map((e) => e[key]))].map((v) => [
        v,
        group.entries.filter((e) => e[key] === v).length,
      ]),
    );
  return {
    size: group.entries.length,
    words: group.words,
    routes: count('route'),
    channels: count('channel'),
    closest,
    messages: group.entries.map((e) => ({ text: e.text, day: e.day, route: e.route })),
  };
});

if (json) {
  process.stdout.write(`${JSON.stringify({ store: backend.kind, total: entries.length, groups })}\n`);
} else if (entries.length === 0) {
  process.stdout.write(
    `The review log in the ${backend.kind} store is empty.${config.reviewLog ? '' : ' It records only while REVIEW_LOG=on.'}\n`,
  );
} else {
  const days = entries.map((e) => e.day).sort();
  const out = [
    `Review log (${backend.kind}): ${entries.length} messages from ${days[0]} to ${days.at(-1)}, ${groups.length} groups`,
    '',
  ];
  groups.forEach((g, i) => {
    const tally = (o: Record<string, number>) =>
      Object.entries(o)
        .map(([k, n]) => `${k} x${n}`)
        .join(', ');
    out.push(`${i + 1}. ${g.size} message(s) · ${tally(g.routes)} · ${tally(g.channels)}`);
    if (g.words.length > 0) out.push(`   shared words: ${g.words.slice(0, 8).join(', ')}`);
    out.push(`   closest topics: ${g.closest.map((c) => `${c.topic} (${c.p})`).join(', ')}`);
    for (const m of g.messages.slice(0, 5)) out.push(`   - ${m.day} ${m.route}: "${m.text}"`);
    if (g.messages.length > 5) out.push(`   ... and ${g.messages.length - 5} more`);
    out.push('');
  });
  process.stdout.write(`${out.join('\n')}\n`);
}
