/** `npm run kb:report`: every topic with its example count, answer length, reading level and review dates. */
import { formatIssues, loadKnowledge } from '../load.js';
import { fillHelplines } from '../placeholders.js';
import { fleschKincaidGrade } from '../readability.js';

const loaded = loadKnowledge(process.argv[2] ?? 'knowledge');
if (!loaded.ok) {
  console.error(formatIssues(loaded.issues));
  process.exit(1);
}
const { kb } = loaded;
const rows = kb.topics.map((t) => {
  const answer = fillHelplines(t.answer, kb.helplines);
  return {
    id: t.id,
    kind: t.kind,
    examples: t.questions.length + t.keywords.length,
    chars: answer.length,
    grade: Number(fleschKincaidGrade(answer).toFixed(1)),
    more: t.more ? 'yes' : '',
    sources: t.sources.length,
    reviewed: t.reviewed ?? '',
    reviewBy: t.reviewBy ?? '',
  };
});
const header = [
  'id',
  'kind',
  'examples',
  'chars',
  'grade',
  'more',
  'sources',
  'reviewed',
  'reviewBy',
] as const;
const width = header.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(width[i] ?? 0)).join('  ');
console.log(line(header));
for (const r of rows.sort((a, b) => a.id.localeCompare(b.id)))
  console.log(line(header.map((h) => String(r[h]))));
const topics = rows.filter((r) => r.kind === 'topic');
const mean = (f: (r: (typeof rows)[number]) => number) =>
  (topics.reduce((s, r) => s + f(r), 0) / (topics.length || 1)).toFixed(1);
console.log(
  `\n${topics.length} topics, ${rows.length - topics.length} conversation routes; mean ${mean((r) => r.examples)} examples, ` +
    `${mean((r) => r.chars)} characters, grade ${mean((r) => r.grade)}; ${kb.outOfScope.length} out-of-scope examples; ` +
    `${kb.safety.rules.length} safety rules; earliest review due ${topics.map((r) => r.reviewBy).sort()[0] ?? '-'}`,
);
