/**
 * Redaction for the curators' review log, applied before anything is stored: contact details,
 * places and name-like words are replaced by a tag. It errs towards removing too much: a curator
 * needs the shape of the question, never who asked it.
 */

const RELATIONS =
  'son|daughter|husband|wife|brother|sister|friend|mom|mum|mother|dad|father|boyfriend|girlfriend|partner|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandma|grandpa|roommate|fiance|fiancee|kid|child|stepson|stepdaughter';

const STREET =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|trail|trl|calle|avenida';

/** Applied in order; each pattern's match becomes its tag. */
const PATTERNS: Array<[RegExp, string]> = [
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '[email]'],
  [/\b(?:https?:\/\/|www\.)\S+/gi, '[url]'],
  [/\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|gov|edu|co|us|me|info|app|ly|biz)\b(?:\/\S*)?/gi, '[url]'],
  [/<@[\w.-]+>|(?<![\w@])@[A-Za-z0-9_.]{2,}/g, '[user]'],
  [new RegExp(`\\b\\d{1,6}(?:\\s+[A-Za-z0-9.'-]+){1,4}\\s+(?:${STREET})\\b\\.?`, 'gi'), '[address]'],
  [/\b(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*\w+/gi, '[address]'],
  [/\b(?:po|p\.o\.)\s*box\s*\d+/gi, '[address]'],
  [/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, '[date]'],
  // Phone numbers: 7 to 15 digits with the usual separators.
  [/(?<![\w[])\+?\(?\d(?:[\s().-]{0,3}\d){6,14}(?![\w\]])/g, '[phone]'],
  [/\b\d{5,}\b/g, '[number]'],
  [
    /\b(my name is|my names|my name's|name is|name's|call me|this is|i am|i'm|im|soy|me llamo)\s+([A-Z][\p{L}'-]+)/gu,
    '$1 [name]',
  ],
  [
    /\b(my name is|my names|my name's|call me|me llamo)\s+(?!(?:at|on|in|back|later|now|tomorrow|tonight|today|when|if|and|or|please|pls|asap|anytime|maybe|a|the|after|before)\b)([\p{L}'-]+)/giu,
    '$1 [name]',
  ],
  [new RegExp(`\\b(my (?:${RELATIONS}))\\s*,?\\s+([A-Z][\\p{L}'-]+)`, 'gu'), '$1 [name]'],
];

/** Words that may be capitalized without being names (sentence starts are handled separately). */
const ALWAYS_KEEP = new Set(
  'i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas thanksgiving easter god jesus english spanish ok okay omg lol pls plz thx ty'.split(
    ' ',
  ),
);

export interface Redactor {
  redact(text: string): string;
}

/**
 * `knownWords`: lower-case words from the knowledge base (drug and program names, everyday
 * words); a capitalized word in mid-sentence that is not among them is treated as a name.
 */
export function createRedactor(knownWords: ReadonlySet<string>, maxChars = 500): Redactor {
  const nameLike = (word: string) => {
    const lower = word.toLowerCase();
    return !ALWAYS_KEEP.has(lower) && !knownWords.has(lower);
  };
  return {
    redact(input) {
      let text = input.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, maxChars);
      for (const [pattern, tag] of PATTERNS) text = text.replace(pattern, tag);
      // Capitalized words that do not start a sentence and are not known words.
      text = text.replace(/(?<=[\p{L}\d,;:'")\]] )[A-Z][\p{Ll}'-]+(?: [A-Z][\p{Ll}'-]+)*/gu, (match) =>
        match.split(' ').some(nameLike) ? '[name]' : match,
      );
      return text.replace(/(?:\[name\] ?)+\[name\]/g, '[name]');
    },
  };
}
