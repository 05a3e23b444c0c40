import Fuse from 'fuse.js';

/**
 * Typo tolerance for the words that matter ("methadon", "withdrawl", "narcon", "sucide"):
 * unknown words are corrected only towards a list of domain words, never towards everyday
 * English, so "banana" stays "banana". First a symmetric-delete index (edit distance 1, a few
 * map look-ups), then, for longer words only, fuse.js over the same list (distance about 2).
 */
export interface SpellingConfig {
  minLength: number;
  fuzzyMinLength: number;
  fuzzyThreshold: number;
  cacheSize: number;
}

export const DEFAULT_SPELLING: SpellingConfig = Object.freeze({
  minLength: 5,
  fuzzyMinLength: 7,
  fuzzyThreshold: 0.25,
  cacheSize: 4096,
});

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface Speller {
  /** Returns the text with unknown words replaced by their domain correction (same text if none). */
  correct(normalized: string): string;
}

export function createSpeller(
  known: { has(word: string): boolean },
  domain: readonly string[],
  config: SpellingConfig = DEFAULT_SPELLING,
): Speller {
  const targets = [
    ...new Set(domain.filter((w) => w.length >= config.minLength - 1 && !w.includes(' '))),
  ].sort();
  // Each key: a target, or a target with the letter at `at` deleted (-1: the whole target).
  const byDelete = new Map<string, { word: string; at: number }>();
  for (const word of targets) {
    if (!byDelete.has(word)) byDelete.set(word, { word, at: -1 });
    deletes(word).forEach((key, at) => {
      if (!byDelete.has(key)) byDelete.set(key, { word, at });
    });
  }
  const fuse = new Fuse(targets, {
    includeScore: true,
    threshold: config.fuzzyThreshold,
    ignoreLocation: true,
    minMatchCharLength: 4,
  });
  const cache = new Map<string, string | null>();

  function lookup(word: string): string | null {
    // A target itself, or a target with one letter missing ("methadon").
    const direct = byDelete.get(word);
    if (direct) return direct.word;
    const found = deletes(word);
    for (let i = 0; i < found.length; i++) {
      const hit = byDelete.get(found[i] as string);
      // One letter too many, one changed ("narcon"), or two swapped ("fentnayl"); not a letter
      // dropped at one end and added at the other ("proxy" is not "roxys").
      if (hit && (hit.at === -1 || Math.abs(hit.at - i) <= 1)) return hit.word;
    }
    if (word.length < config.fuzzyMinLength) return null;
    const best = fuse.search(word, { limit: 1 })[0];
    return best && Math.abs(best.item.length - word.length) <= 2 ? best.item : null;
  }

  function fix(word: string): string {
    if (word.length < config.minLength || known.has(word) || /\d/.test(word)) return word;
    let hit = cache.get(word);
    if (hit === undefined) {
      hit = lookup(word);
      if (cache.size >= config.cacheSize) cache.clear();
      cache.set(word, hit);
    }
    return hit ?? word;
  }

  return {
    correct(normalized) {
      let changed = false;
      const words = normalized.split(' ').map((w) => {
        const fixed = fix(w);
        if (fixed !== w) changed = true;
        return fixed;
      });
      return changed ? words.join(' ') : normalized;
    },
  };
}
