/**
 * One analyzer for everything that reads user text: the safety gate, the matcher index and the
 * matcher query all see the same normalized string, so a rule or an example written one way
 * matches every way people type it.
 */

/** Invisible characters (zero-width, bidi controls, variation selectors) that people or spam insert. */
const ZERO_WIDTH =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: invisible code points are listed one by one on purpose
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/g;
const DIACRITICS = /\p{M}+/gu;
/** Vietnamese đ has no decomposition: "không thở được" must read as "khong tho duoc". */
const STROKED_D = /[đĐ]/g;
const ASCII = /^[\x20-\x7e]*$/;
const APOSTROPHES = /['’‘`´ʼ]/g;
/** Anything that is not a letter, digit or space becomes a space (emoji, punctuation, symbols). */
const NON_WORD = /[^\p{L}\p{N}\s]+/gu;
/** "sooo", "pleaseeee", "helppp" -> one letter: people stretch words for emphasis. */
const STRETCHED = /(\p{L})\1{2,}/gu;
/** The same three, for plain ASCII text (lowercased: letters are a-z). */
const APOSTROPHES_ASCII = /['`]/g;
const NON_WORD_ASCII = /[^a-z0-9\s]+/g;
const STRETCHED_ASCII = /([a-z])\1{2,}/g;

/** Symbols people put inside words to dodge filters ("k*ll", "su!cide", "d!e"). */
const MASK_CHARS = /[*!@$#|1/]|kii/;
/** Masked spellings of the words the safety gate must read, restored before punctuation goes. */
const MASKED: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\bk(?:[*!@#|1i]ll|i[*!@#|1i]{2}|[*!@#]{1,3}l|i[*!@#]{1,2}|[*#]{2,3})(?=\s+(?:my|me|him|her|them|your|ur|u|ya)(?:self|selves)?\b)/g,
    'kill',
  ],
  [/\bs[\w*!@$#.]{0,3}[*!@$#1.][\w*!@$#.]{0,3}cid(e|al)\b/g, 'suicid$1'],
  [/\bd[*!1]e(d?)\b/g, 'die$1'],
  [/\bw\/o\b/g, 'without'],
];

/**
 * Greek and Cyrillic letters that look like Latin ones, put inside a word to dodge a filter
 * ("hérοin" with a Greek omicron, "dοpe sіck"). Read as the Latin letter in a word that has Latin
 * letters too; a word all in Greek or Cyrillic stays as it is.
 */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  а: 'a',
  е: 'e',
  і: 'i',
  ј: 'j',
  о: 'o',
  р: 'p',
  с: 'c',
  ѕ: 's',
  у: 'y',
  х: 'x',
};
const LOOKALIKES = `[${Object.keys(HOMOGLYPHS).join('')}]`;
const HOMOGLYPH = new RegExp(LOOKALIKES, 'g');
const MIXED_SCRIPT = new RegExp(`[a-z]${LOOKALIKES}|${LOOKALIKES}[a-z]`);
const unmix = (text: string) =>
  text.replace(/\S+/g, (word) =>
    MIXED_SCRIPT.test(word) ? word.replace(HOMOGLYPH, (c) => HOMOGLYPHS[c] as string) : word,
  );
/** "her-oin": two pieces joined by a hyphen that make a disguised word are read as that word. */
const HYPHENATED = /[a-z]-[a-z]/;
/**
 * Words that voice typing splits into two ("over dose", "nar can", "sue aside" for suicide), read
 * as the one word meant. Only splits that are not ordinary English on their own.
 */
const DICTATED: ReadonlyMap<string, string> = new Map([
  ['over dose', 'overdose'],
  ['over dosed', 'overdosed'],
  ['over doses', 'overdoses'],
  ['over dosing', 'overdosing'],
  ['sue aside', 'suicide'],
  ['sue icide', 'suicide'],
  ['sui cide', 'suicide'],
  ['nar can', 'narcan'],
  ['narc an', 'narcan'],
  ['metha done', 'methadone'],
  ['meth a done', 'methadone'],
  ['sub oxone', 'suboxone'],
  ['nalox one', 'naloxone'],
]);
const DICTATED_SPLIT = new RegExp(`\\b(?:${[...DICTATED.keys()].join('|')})\\b`, 'g');
const DICTATED_ANY = new RegExp(DICTATED_SPLIT.source);

/** Emoji that carry meaning the safety gate must read; other emoji are dropped with punctuation. */
const EMOJI: ReadonlyArray<readonly [RegExp, string]> = [
  // Squared letters stand for the letter itself, inside a word ("🅱️lues" is "blues").
  [/\u{1F170}\u{FE0F}?/gu, 'a'],
  [/\u{1F171}\u{FE0F}?/gu, 'b'],
  [/\u{1F17E}\u{FE0F}?/gu, 'o'],
  [/\u{1F17F}\u{FE0F}?/gu, 'p'],
  [/\u{1F52B}/gu, ' gun '],
  [/\u{1F50C}/gu, ' plug '],
  [/\u{1F48A}/gu, ' pills '],
  [/\u{1FAA6}|\u{26B0}/gu, ' grave '],
  [/\u{1F52A}|\u{1F5E1}/gu, ' knife '],
  [/\u{1FA78}/gu, ' blood '],
  [/\u{1FAA2}/gu, ' rope '],
  [/\u{1F489}/gu, ' needle '],
  [/\u{1F6CF}/gu, ' bed '],
  [/\u{1F198}/gu, ' sos '],
];

/** Texting shorthand -> words. Applied per token after punctuation is gone. */
// A Map, not an object: a word like "constructor" must not find Object.prototype's.
/** Words typed without their final g ("thinkin", "walkin"): read with it. */
const DROPPED_G: readonly string[] = (
  'thinkin sellin sittin standin runnin keepin writin doin goin tryin feelin usin nothin ' +
  'somethin killin dyin livin takin gettin sayin lookin comin cuttin burnin hurtin breathin ' +
  'wakin fuckin walkin chokin puttin settin laughin stranglin beatin hittin shootin talkin ' +
  'drinkin jumpin loadin bleedin shakin throwin pukin noddin sleepin hangin callin workin ' +
  'leavin givin drivin holdin yellin screamin fightin punchin pointin followin askin tellin ' +
  'waitin freakin passin smokin mornin evenin swingin shoppin'
).split(' ');

const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ...Object.entries({
    u: 'you',
    ur: 'your',
    r: 'are',
    ya: 'you',
    yu: 'you',
    pls: 'please',
    plz: 'please',
    plss: 'please',
    bc: 'because',
    cuz: 'because',
    coz: 'because',
    b4: 'before',
    wanna: 'want to',
    wana: 'want to',
    wnna: 'want to',
    gonna: 'going to',
    gotta: 'got to',
    tryna: 'trying to',
    finna: 'going to',
    kinda: 'kind of',
    idk: 'i do not know',
    rn: 'right now',
    tmrw: 'tomorrow',
    tmr: 'tomorrow',
    tn: 'tonight',
    '2nite': 'tonight',
    tonite: 'tonight',
    w: 'with',
    wit: 'with',
    abt: 'about',
    bout: 'about',
    ppl: 'people',
    sum1: 'someone',
    some1: 'someone',
    any1: 'anyone',
    no1: 'no one',
    every1: 'everyone',
    thx: 'thanks',
    tnx: 'thanks',
    ty: 'thank you',
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    cant: 'can not',
    cannot: 'can not',
    wont: 'will not',
    isnt: 'is not',
    arent: 'are not',
    wasnt: 'was not',
    werent: 'were not',
    aint: 'is not',
    havent: 'have not',
    hasnt: 'has not',
    couldnt: 'could not',
    shouldnt: 'should not',
    wouldnt: 'would not',
    im: 'i am',
    ive: 'i have',
    youre: 'you are',
    theyre: 'they are',
    hes: 'he is',
    shes: 'she is',
    whats: 'what is',
    thats: 'that is',
    theres: 'there is',
    its: 'it is',
    wats: 'what is',
    wat: 'what',
    wut: 'what',
    whos: 'who is',
    hows: 'how is',
    wheres: 'where is',
    lemme: 'let me',
    gimme: 'give me',
    dunno: 'do not know',
    ok: 'okay',
    k: 'okay',
    kk: 'okay',
    yr: 'year',
    yrs: 'years',
    hr: 'hour',
    hrs: 'hours',
    min: 'minutes',
    mins: 'minutes',
    wk: 'week',
    wks: 'weeks',
    mo: 'month',
    mos: 'months',
    bf: 'boyfriend',
    gf: 'girlfriend',
    bro: 'brother',
    sis: 'sister',
    mom: 'mom',
    mum: 'mom',
    ma: 'mom',
    dr: 'doctor',
    doc: 'doctor',
    meds: 'medication',
    med: 'medication',
    n: 'and',
    nd: 'and',
    y: 'why',
    o: 'oh',
    ne1: 'anyone',
    nite: 'night',
    alot: 'a lot',
    smth: 'something',
    sth: 'something',
    becuz: 'because',
    becasue: 'because',
    realy: 'really',
    rly: 'really',
    prob: 'probably',
    evry1: 'everyone',
    evryone: 'everyone',
    wuld: 'would',
    wud: 'would',
    beter: 'better',
    gona: 'going to',
    purpse: 'purpose',
    dmd: 'messaged',
    dmed: 'messaged',
    // Scots contractions, and reflexives as some English dialects say them ("hisself").
    gonnae: 'going to',
    wannae: 'want to',
    cannae: 'can not',
    dinnae: 'do not',
    didnae: 'did not',
    isnae: 'is not',
    wisnae: 'was not',
    wouldnae: 'would not',
    couldnae: 'could not',
    havnae: 'have not',
    anymair: 'anymore',
    tae: 'to',
    aff: 'off',
    hisself: 'himself',
    theirselves: 'themselves',
  }),
  ...DROPPED_G.map((word) => [word, `${word}g`] as const),
]);

/**
 * Words that, two or more together, mark a message as Spanish (or Spanglish). Spanish texting
 * shares letters with English shorthand: "y" is "and", not "why"; "ya" is "already", not "you";
 * "k" and "q" are "que". A Spanish message gets the Spanish shorthand instead.
 */
const SPANISH_MARKERS: ReadonlySet<string> = new Set(
  (
    'que q xq los las se por para pa pal con esta estoy pero muy como cuando porque tengo ' +
    'quiero yo nada algo hay del al le una mis mas de la el mi es ese esa eso nunca sin ' +
    'todo toda todos nadie aqui ahora ahorita tambien pues hoy noche vida despertar morir ' +
    'quisiera siento puedo ella ellos usted hijo hija mama papa esposo esposa dios ayuda ' +
    'quiere tiene estaba fue hace donde cuanto cuantas cuantos necesito voy estar cosas ' +
    'manana pude gracias ahi bien mal creo ni tu su sus muchas mucho unas unos estan soy'
  ).split(' '),
);
/** English shorthand that is a Spanish word, left alone in a Spanish message. */
const SPANISH_WORDS: ReadonlySet<string> = new Set('y ya o k ma mo mos n w min r'.split(' '));
const SPANISH_SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    q: 'que',
    k: 'que',
    ke: 'que',
    xq: 'porque',
    pq: 'porque',
    porq: 'porque',
    pa: 'para',
    pal: 'para el',
    tb: 'tambien',
    tmb: 'tambien',
    d: 'de',
    x: 'por',
    toy: 'estoy',
    bn: 'bien',
    ntp: 'no te preocupes',
    nd: 'nada',
    tqm: 'te quiero mucho',
  }),
);

/** English words that keep a short message with one Spanish word English ("i want la cura"). */
const ENGLISH_MARKERS: ReadonlySet<string> = new Set(
  (
    'the is i my and you to it of what how do am are im was for this that with can have he ' +
    'she they we your not dont in on at be so if just get got need want thanks thank ok ' +
    'okay yes yeah lol hi hey please help bye'
  ).split(' '),
);
/** A message this short with one Spanish marker and no English marker reads as Spanish. */
const SHORT_MESSAGE = 8;

/**
 * Spanish when two different Spanish marker words are among the tokens, or one is and the message
 * is short and has no English marker ("bro ya compre la soga").
 */
function spanishTokens(tokens: readonly string[]): boolean {
  let first = '';
  let english = false;
  for (const t of tokens) {
    if (ENGLISH_MARKERS.has(t)) english = true;
    if (!SPANISH_MARKERS.has(t) || t === first) continue;
    if (first) return true;
    first = t;
  }
  return first !== '' && !english && tokens.length <= SHORT_MESSAGE;
}

/** True when a normalized text reads as Spanish (for the reply's language). */
export function looksSpanish(normalized: string): boolean {
  return spanishTokens(normalized.split(' '));
}

export interface NormalizeOptions {
  /** Maximum characters read: long messages are cut here (the gate reads the start and the end). */
  maxChars: number;
}

const DEFAULTS: NormalizeOptions = Object.freeze({ maxChars: 4000 });

/**
 * Drug and crisis words people disguise with digits or spaces to get past a filter ("h3r0in",
 * "f e n t", "o x y c 0 n t i n"). A disguised token is restored only when it spells one of these,
 * so "m30", "b12" or "u r a" stay as they are.
 */
const DISGUISED_WORDS: ReadonlySet<string> = new Set(
  'heroin herion fentanyl fent fetty oxy oxys oxycontin oxycottin oxycotton oxycodone percs percocet dope meth cocaine coke xanax morphine opium carfentanil suboxone methadone narcan speedball suicide kms kill die dead overdose'.split(
    ' ',
  ),
);
const LEET: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };
const MAYBE_DISGUISED = /[a-z]\d|\d[a-z]|\b[a-z0-9] [a-z0-9] [a-z0-9]\b/;
const unleet = (word: string) => word.replace(/[013457]/g, (d) => LEET[d] as string);
/** A word with letters and leet digits in it ("h0w", "c00k", "wh3r3"). */
const LEET_WORD = /^(?=[a-z0-9]*[a-z])[a-z0-9]*[013457][a-z0-9]*$/;
/** Letters and digits that are not leet: amounts, times, ordinals, pill imprints ("m30s", "b12"). */
const NOT_LEET =
  /^(?:\d+(?:mg|mcg|ml|cc|s|x|k|th|st|nd|rd|am|pm|h|hr|hrs|yr|yrs|yo|min|mins|g|gs|oz|lbs?|d|days?|wks?|mo)|[a-z]{1,2}\d{2,}s?)$/;
/** One or two letters and a digit ("d0", "th3") read as leet only inside a leet message. */
const SHORT_LEET = /^[a-z]{1,2}\d$/;
const leetWord = (token: string) => LEET_WORD.test(token) && !NOT_LEET.test(token) && !SHORTHAND.has(token);

/**
 * Words spelled out letter by letter with one mark between the letters ("h.o.w m.u.c.h",
 * "s-u-i-c-i-d-e"), or with single spaces when words are two spaces apart ("b e s t  w a y"):
 * the gap between words is then certain, so each run is joined into its word. A run of single
 * spaces among ordinary words is joined too once it is long ("s e w e r s l i d e is all i think
 * about"): six letters in a row, one by one, are a word spelled out, not six one-letter words.
 */
const SPELLED_OUT = /(?<![a-z0-9])[a-z0-9]([.*_-]|\s)[a-z0-9](?:\1[a-z0-9])*(?![a-z0-9])/g;
const MAYBE_SPELLED_OUT = /[a-z0-9][ .*_-][a-z0-9][ .*_-][a-z0-9]/;
const WIDE_GAPS = /[a-z0-9] [a-z0-9] [a-z0-9] {2,}[a-z0-9] [a-z0-9]/;
/** Six letters with a space after each but the last. */
const LONG_SPELLED_RUN = 11;

function joinSpelledOut(lower: string): string {
  const wide = WIDE_GAPS.test(lower);
  return lower.replace(SPELLED_OUT, (run, mark: string) =>
    (mark === ' ' && !wide && run.length < LONG_SPELLED_RUN) || !/[a-z]/.test(run)
      ? run
      : run.replace(/[\s.*_-]/g, ''),
  );
}

function undisguise(tokens: readonly string[]): string[] {
  // Two or more leet words and the whole message is written that way ("wh3r3 c4n 1 buy"); one
  // alone is restored only when it spells a disguised word.
  const leet = tokens.filter((t) => leetWord(t) && !SHORT_LEET.test(t)).length >= 2;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    let end = i;
    while (end < tokens.length && (tokens[end] as string).length === 1) end++;
    if (end - i >= 3) {
      const joined = unleet(tokens.slice(i, end).join(''));
      if (DISGUISED_WORDS.has(joined)) {
        out.push(joined);
        i = end - 1;
        continue;
      }
    }
    if (leet && (token === '1' || leetWord(token))) {
      out.push(token === '1' ? 'i' : unleet(token));
      continue;
    }
    const restored = /\d/.test(token) && /[a-z]/.test(token) ? unleet(token) : token;
    out.push(DISGUISED_WORDS.has(restored) ? restored : token);
  }
  return out;
}

function joinPieces(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const joined = `${tokens[i]}${tokens[i + 1] ?? ''}`;
    if (i + 1 < tokens.length && DISGUISED_WORDS.has(joined)) {
      out.push(joined);
      i++;
    } else out.push(tokens[i] as string);
  }
  return out;
}

/** Keeps the beginning and the end of an over-long message, where people usually say what matters. */
function clip(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const half = Math.floor(maxChars / 2);
  return `${text.slice(0, half)} ${text.slice(-half)}`;
}

/** Apostrophes dropped, punctuation and emoji to spaces, stretched letters collapsed. */
function fold(lower: string): string {
  // On plain ASCII the ASCII-only patterns do it without Unicode tables.
  return ASCII.test(lower)
    ? lower.replace(APOSTROPHES_ASCII, '').replace(NON_WORD_ASCII, ' ').replace(STRETCHED_ASCII, '$1')
    : lower.replace(APOSTROPHES, '').replace(NON_WORD, ' ').replace(STRETCHED, '$1');
}

/**
 * Lowercase, Unicode-folded, apostrophes dropped ("don't" = "dont"), contractions and texting
 * shorthand expanded ("dont" -> "do not", "u" -> "you"), punctuation and emoji removed, stretched
 * letters collapsed, single spaces.
 * @example normalize("I DON'T wanna wake up 😭") === "i do not want to wake up"
 */
export function normalize(text: string, options: NormalizeOptions = DEFAULTS): string {
  const clipped = clip(text, options.maxChars);
  // Plain ASCII (most messages) has no accents or invisible characters to fold.
  const ascii = ASCII.test(clipped);
  const plain = ascii
    ? clipped
    : EMOJI.reduce(
        (t, [emoji, word]) => t.replace(emoji, word),
        clipped.normalize('NFKD').replace(ZERO_WIDTH, '').replace(DIACRITICS, '').replace(STROKED_D, 'd'),
      );
  let lower = plain.toLowerCase();
  if (!ascii && MIXED_SCRIPT.test(lower)) lower = unmix(lower);
  if (MASK_CHARS.test(lower)) for (const [masked, word] of MASKED) lower = lower.replace(masked, word);
  let folded = fold(lower);
  if (DICTATED_ANY.test(folded))
    folded = folded.replace(DICTATED_SPLIT, (split) => DICTATED.get(split) ?? split);
  let split = folded.split(/\s+/);
  if (MAYBE_DISGUISED.test(folded)) {
    // Letters one by one ("h.o.w m.u.c.h"): join them where the gap between words is certain,
    // then read the message again. Rare, so only a message with single letters pays for it.
    if (MAYBE_SPELLED_OUT.test(lower)) {
      folded = fold(joinSpelledOut(lower));
      split = folded.split(/\s+/);
    }
    split = undisguise(split);
  }
  const tokens = lower.includes('-') && HYPHENATED.test(lower) ? joinPieces(split) : split;
  const out: string[] = [];
  if (spanishTokens(tokens)) {
    for (const token of tokens) {
      if (token)
        out.push(
          SPANISH_SHORTHAND.get(token) ??
            (SPANISH_WORDS.has(token) ? token : (SHORTHAND.get(token) ?? token)),
        );
    }
  } else {
    for (const token of tokens) if (token) out.push(SHORTHAND.get(token) ?? token);
  }
  return out.join(' ');
}
