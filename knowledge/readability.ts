import { syllable } from 'syllable';

/** Syllables by word: the same few thousand words come back in every answer (start-up checks them all). */
const counted = new Map<string, number>();
function syllables(word: string): number {
  let n = counted.get(word);
  if (n === undefined) {
    n = Math.max(1, syllable(word));
    counted.set(word, n);
  }
  return n;
}

/**
 * Flesch-Kincaid grade level of plain text. Phone numbers and URLs are dropped first: they are read
 * as one unit, not as long words.
 */
export function fleschKincaidGrade(text: string): number {
  const cleaned = text
    .replace(/https?:\/\/\S+|\b[\w.-]+\.(?:gov|org|com)\b/g, ' link ')
    .replace(/[0-9][0-9-–/ ]*[0-9]/g, ' number ');
  const sentences = cleaned.split(/[.!?:;]+(?:\s|$)|\n+/).filter((s) => /[a-z]/i.test(s)).length || 1;
  const words = cleaned.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0) return 0;
  const total = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (total / words.length) - 15.59;
}
