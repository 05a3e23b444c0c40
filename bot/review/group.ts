/**
 * Groups review-log messages by similarity so a curator sees the questions people keep asking,
 * not a pile of single lines. Word sets (normalized, without filler words and redaction tags)
 * compared with Jaccard similarity; each message joins the most similar group above a threshold.
 */
import { normalize } from '../../intents/normalize.js';
import type { ReviewEntry } from './review-log.js';

const FILLER = new Set(
  'a an the i me my you your is are am was be been do does did to of in on at for and or but it its this that what how can could would should will with about if so just im like get got have has there their they he she we us our'.split(
    ' ',
  ),
);

export interface ReviewGroup {
  entries: ReviewEntry[];
  /** Words most of the group shares, most common first. */
  words: string[];
}

export function wordsOf(text: string): Set<string> {
  const plain = normalize(text.replace(/\[(?:name|phone|email|url|address|user|date|number)\]/g, ' '));
  return new Set(plain.split(' ').filter((w) => w.length > 1 && !FILLER.has(w)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Largest groups first; within a group, entries keep their (chronological) order. */
export function groupEntries(entries: readonly ReviewEntry[], threshold = 0.34): ReviewGroup[] {
  const groups: Array<{ entries: ReviewEntry[]; sets: Array<Set<string>> }> = [];
  for (const entry of entries) {
    const words = wordsOf(entry.text);
    let best: (typeof groups)[number] | undefined;
    let bestScore = threshold;
    for (const group of groups) {
      const score = Math.max(...group.sets.map((s) => jaccard(words, s)));
      if (score >= bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (best) {
      best.entries.push(entry);
      best.sets.push(words);
    } else groups.push({ entries: [entry], sets: [words] });
  }
  return groups
    .map((g) => {
      const counts = new Map<string, number>();
      for (const set of g.sets) for (const w of set) counts.set(w, (counts.get(w) ?? 0) + 1);
      const words = [...counts]
        .filter(([, n]) => n * 2 >= g.sets.length)
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .map(([w]) => w);
      return { entries: g.entries, words };
    })
    .sort((x, y) => y.entries.length - x.entries.length);
}
