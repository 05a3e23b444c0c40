import { z } from 'zod';
import { SAFETY_ROUTES } from './contract.js';

/** A route id: lowercase words joined by hyphens, as in shared/topics.md. */
export const RouteId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase words joined by hyphens, e.g. "withdrawal-timeline"',
  );

const IsoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

export const Source = z.strictObject({
  title: z.string().min(3, 'needs a title a person can read'),
  url: z.url({ protocol: /^https$/, message: 'must be an https:// address' }),
});
export type Source = z.infer<typeof Source>;

/**
 * One knowledge-base entry. `kind: topic` is a curated answer that needs sources and review dates;
 * `kind: conversation` is small talk (greeting, thanks, bot-about ...) written by the team.
 */
export const Topic = z
  .strictObject({
    id: RouteId,
    kind: z.enum(['topic', 'conversation']).default('topic'),
    title: z.string().min(3).max(60, 'keep titles short: they are shown as buttons'),
    /** A short label for "Did you mean" buttons and suggestions (<= 32 characters). */
    label: z.string().min(3).max(32).optional(),
    questions: z
      .array(z.string().min(2))
      .min(8, 'needs at least 8 example questions in the words people use'),
    /** Words that on their own point to this topic (brand names, slang), used as extra examples. */
    keywords: z.array(z.string().min(2)).default([]),
    answer: z.string().min(20).max(600, 'answer is over 600 characters: move detail to `more`'),
    more: z.string().min(20).max(1200).optional(),
    followUps: z.array(RouteId).max(3).default([]),
    /** Phrases that must appear in the answer: the key facts of shared/topics.md. "a|b" allows either. */
    keyFacts: z.array(z.string().min(2)).default([]),
    sources: z.array(Source).default([]),
    reviewed: IsoDate.optional(),
    reviewBy: IsoDate.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.kind !== 'topic') return;
    if (t.sources.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'a topic needs at least one authoritative source',
      });
    if (!t.reviewed)
      ctx.addIssue({ code: 'custom', path: ['reviewed'], message: 'a topic needs the date it was reviewed' });
    if (!t.reviewBy)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewBy'],
        message: 'a topic needs a date its review expires',
      });
    if (t.reviewed && t.reviewBy && t.reviewBy <= t.reviewed) {
      ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: 'must be after `reviewed`' });
    }
  });
export type Topic = z.infer<typeof Topic>;

export const Helpline = z.strictObject({
  name: z.string(),
  /** How the number is written in answers, e.g. "1-800-662-4357". */
  display: z.string(),
  /** Dialable form for tel:/sms: links, e.g. "+18006624357" or "988". */
  dial: z.string().regex(/^\+?[0-9]+$/, 'digits only, optionally starting with +'),
  kind: z.enum(['call', 'text', 'call-or-text']),
  url: z.url().optional(),
  note: z.string().optional(),
});
export const Helplines = z.record(RouteId, Helpline);
export type Helpline = z.infer<typeof Helpline>;
export type Helplines = z.infer<typeof Helplines>;

/** A fixed, reviewed reply used by the safety gate and the fallback paths, in English and Spanish. */
export const Template = z.strictObject({
  id: RouteId,
  en: z.string().min(20),
  es: z.string().min(20),
  suggestions: z.array(RouteId).max(3).default([]),
  reviewed: IsoDate,
  reviewBy: IsoDate,
});
export type Template = z.infer<typeof Template>;
export const Templates = z.array(Template);

/** Routes the safety gate can send a message to. */
export const SafetyRouteId = z.enum(SAFETY_ROUTES);

/**
 * One deterministic gate rule. `match` and `unless` are regular expressions over the normalized
 * text (lowercase, no apostrophes, "dont" -> "do not"); `{name}` pulls in a shared word list from
 * `vocab`. `examples` must fire this rule and `notExamples` must not: tests enforce both.
 */
export const SafetyRule = z.strictObject({
  id: RouteId,
  route: SafetyRouteId,
  why: z.string().min(10),
  locale: z.enum(['en', 'es']).default('en'),
  match: z.array(z.string().min(2)).min(1),
  unless: z.array(z.string().min(2)).default([]),
  /** Also use another rule's exceptions (a long rule split in two keeps one list of them). */
  exceptionsOf: RouteId.optional(),
  examples: z.array(z.string()).min(1, 'every rule needs at least one example message it must catch'),
  notExamples: z.array(z.string()).default([]),
});
export type SafetyRule = z.infer<typeof SafetyRule>;

/**
 * Short follow-ups that ask a refused question again ("half or whole?", "what if I snort it",
 * "asking for a friend"). They are refused again, but only right after a refusal: the bot keeps no
 * message text, only that its last reply was one.
 */
export const AfterRefusal = SafetyRule.pick({
  why: true,
  match: true,
  unless: true,
  examples: true,
  notExamples: true,
}).extend({
  /** Longer messages are read on their own, as any other. */
  maxWords: z.number().int().min(1).max(20),
});
export type AfterRefusal = z.infer<typeof AfterRefusal>;

export const SafetyRules = z.strictObject({
  /** Phrases blanked out before any rule runs ("dying to know", "kill time"). */
  idioms: z.array(z.string().min(2)),
  vocab: z.record(z.string().regex(/^[a-z]+$/), z.string().min(2)),
  rules: z.array(SafetyRule).min(1),
  /** Messages the learned net leaves alone (the rules still read them): "them blue 30s got fetty in em?" */
  netUnless: z.array(z.string().min(2)).default([]),
  afterRefusal: AfterRefusal.optional(),
  /**
   * Words that set a sentence in the past ("back in 2019", "years ago", "hace dos anos"). Every
   * sentence told after one of them is also read alone (turn.ts), so a back story's exceptions
   * ("I am 3 years clean now") cannot excuse a crisis told after it. They also mark the clauses an
   * alarm can be told in as a story (`presentTime`).
   */
  pastTime: z.array(z.string().min(2)).default([]),
  /** Words that say the writer is safe now ("I'm not in danger"): such a story is read whole only. */
  safeNow: z.array(z.string().min(2)).default([]),
  /**
   * Words that put a sentence in the present ("is", "right now", "again", "estoy"). An alarm told in a
   * clause with a past of its own, in a sentence with none of these ("the night in 2019 I had the
   * whole bottle in my hand") is part of a story: the message is read again without that clause
   * (turn.ts).
   */
  presentTime: z.array(z.string().min(2)).default([]),
  /** Words that bring a story back into the present ("it's happening again"): read whole only. */
  pastReturns: z.array(z.string().min(2)).default([]),
  /**
   * A danger that ended earlier today or last night and is over now ("my son overdosed this
   * morning, he's stable at St Mary's now"). When a message says help came or it is over (`safe`),
   * each sentence with a clause set wholly earlier today (`ended`) and nothing in it still going on
   * (`still`) loses its clauses but those still going on or in the present, and the rest is read
   * again (turn.ts): a danger told anywhere else still counts.
   */
  overNow: z
    .strictObject({
      ended: z.array(z.string().min(2)).min(1),
      safe: z.array(z.string().min(2)).min(1),
      still: z.array(z.string().min(2)).min(1),
    })
    .optional(),
  /**
   * Back stories ("got out of rehab last month") the net also learns beside the labelled
   * conversations, so a crisis told with its past is still read as one (safety-corpus.ts).
   */
  backStories: z
    .strictObject({
      en: z.array(z.string().min(10)).default([]),
      es: z.array(z.string().min(10)).default([]),
    })
    .default({ en: [], es: [] }),
});
export type SafetyRules = z.infer<typeof SafetyRules>;

/**
 * The learned safety net (knowledge/safety/net.json), written by `npm run safety:train`, never by
 * hand. `cues` are words and word pairs; `weights` holds each cue's lean toward each of `routes`
 * (compared with "none"), cue after cue: cue i's lean toward route r is weights[i * routes + r].
 * A message is flagged when the probability of "none" falls under `threshold`. Two flat lists,
 * not a map of 90,000 cues: JSON.parse reads them about 3x faster at start-up.
 */
export const SafetyNet = z
  .strictObject({
    about: z.string().optional(),
    /** Fingerprint of the training messages and settings, to tell when the file is out of date. */
    trainedOn: z
      .strictObject({
        fingerprint: z
          .string()
          .regex(/^[0-9a-f]{64}$/, 'must be the 64-letter hex fingerprint safety:train writes'),
        messages: z.record(z.string(), z.number().int()),
      })
      .optional(),
    routes: z.array(SafetyRouteId).min(1),
    threshold: z.number(),
    bias: z.array(z.number()),
    // Tens of thousands of entries each: checked in plain loops below, which keeps start-up fast.
    cues: z.custom<string[]>(Array.isArray, 'must be a list of cues (words or word pairs)'),
    weights: z.custom<number[]>(
      Array.isArray,
      "must be one list of numbers: each cue's lean toward each route, cue after cue",
    ),
  })
  .superRefine((net, ctx) => {
    const k = net.routes.length;
    const problem = (path: Array<string | number>, message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (!(net.threshold > 0 && net.threshold < 1)) {
      problem(
        ['threshold'],
        'must be between 0 and 1: the chance of "none" under which a message is flagged',
      );
    }
    if (net.bias.length !== k)
      problem(['bias'], `needs ${k} numbers, one per route, but has ${net.bias.length}`);
    const seen = new Set<string>();
    net.cues.forEach((cue, i) => {
      if (typeof cue !== 'string' || !/^[^ ]+(?: [^ ]+)?$/.test(cue))
        problem(['cues', i], `${JSON.stringify(cue)}: a cue is one word or two words in a row`);
      else if (seen.has(cue)) problem(['cues', i], `"${cue}" is listed twice`);
      seen.add(cue);
    });
    if (net.weights.length !== net.cues.length * k) {
      problem(
        ['weights'],
        `needs ${net.cues.length * k} numbers (${k} routes for each of ${net.cues.length} cues) but has ${net.weights.length}`,
      );
    }
    net.weights.forEach((w, i) => {
      if (typeof w !== 'number' || !Number.isFinite(w))
        problem(
          ['weights', i],
          `must be a number (cue "${net.cues[Math.floor(i / k)]}"), not ${JSON.stringify(w)}`,
        );
    });
  });
export type SafetyNet = z.infer<typeof SafetyNet>;

/** One pattern's literals: sets of strings, one of each in every match (none empty), or null when none is certain. */
const PatternLiterals = z.custom<string[][] | null>(
  (x) =>
    x === null ||
    (Array.isArray(x) &&
      x.length > 0 &&
      x.every(
        (set) =>
          Array.isArray(set) && set.length > 0 && set.every((l) => typeof l === 'string' && l.length > 0),
      )),
  'must be a list of sets (lists) of strings, one of each set in every match (none empty), or null when none is certain',
);

/**
 * The rule patterns' required literals (knowledge/safety/literals.json), written by
 * `npm run safety:train` so start-up need not read every pattern again. Keyed by the pattern's
 * whole source after vocab expansion: an edited pattern is not in it and is read afresh, so the
 * file can be out of date (slower) but never wrong.
 */
export const SafetyLiterals = z.strictObject({
  about: z.string().optional(),
  patterns: z.record(z.string(), PatternLiterals),
});
export type SafetyLiterals = z.infer<typeof SafetyLiterals>;

/** A lexicon word or two-word phrase, written as the normalizer writes it. */
const LexiconTerm = z
  .string()
  .regex(/^[a-z0-9]+(?: [a-z0-9]+)?$/, 'write terms normalized: lowercase, no punctuation, one or two words');

/** Words that mark a message as about something else alone, and the words that keep it in scope. */
const AloneSection = z.strictObject({
  /** The other subjects: alcohol, stimulants, gambling...; or jobs, credit, taxes... */
  words: z.array(LexiconTerm).min(1),
  /** Concepts (of `concepts` below) whose every word shows the message is about opioids. */
  concepts: z.array(RouteId).default([]),
  /** Domain or concept words that do not show it beside another subject ("relapsed", "boy"). */
  notEnough: z.array(LexiconTerm).default([]),
  /** More words that do show it ("pills", "drugs", "banging"). */
  alsoClear: z.array(LexiconTerm).default([]),
  /** Whether the lexicon's `domain` words show it too (false: only `concepts` and `alsoClear` do). */
  domainClears: z.boolean().default(true),
});

/** The lexicon's sections of that shape, in the order the matcher tries them. */
export const ALONE_SECTIONS = ['otherSubstances', 'otherSubjects', 'staffWork', 'afterDeath'] as const;
export type AloneSectionKey = (typeof ALONE_SECTIONS)[number];

/** Slang and brand names grouped under one concept (knowledge/lexicon.yml). */
export const Lexicon = z.strictObject({
  /** Words (one or two) that mark a message as about opioid use: it is not declined as out of scope (but see `elsewhere`). */
  domain: z.array(LexiconTerm).default([]),
  concepts: z.record(RouteId, z.array(LexiconTerm).min(1)),
  /** Another subject: the start of a word ("withdraw") and the words that give it another sense ("coffee"). */
  elsewhere: z
    .strictObject({
      anchors: z.record(
        z.string().regex(/^[a-z0-9]+$/, 'an anchor is the start of one word: lowercase letters or digits'),
        z.array(LexiconTerm).min(1),
      ),
      /** Words that keep a message in scope even when an anchor's other sense is there ("pills"). */
      unlessAlso: z.array(LexiconTerm).default([]),
    })
    .default({ anchors: {}, unlessAlso: [] }),
  /**
   * Another substance alone ("is 3 or 4 beers a night a problem"): declined, unless the message
   * also names an opioid, a treatment medicine, overdose, withdrawal or drugs in general.
   */
  otherSubstances: AloneSection.optional(),
  /**
   * Another subject of life in recovery ("how do i get my record expunged", "does medicaid cover
   * dentures"): declined on the same terms, though recovery words are all around it.
   */
  otherSubjects: AloneSection.optional(),
  /**
   * A service's own business ("whats the HCPCS code for the weekly methadone bundle"): declined
   * even though it names the bot's subjects, since it asks for billing, audits or staffing.
   */
  staffWork: AloneSection.optional(),
  /**
   * The business that follows a death ("the funeral home wants cash upfront, my brother od'd
   * tuesday"): declined even though it names an overdose, unless it also asks about someone still
   * using, treatment, naloxone or a helpline.
   */
  afterDeath: AloneSection.optional(),
});
export type Lexicon = z.infer<typeof Lexicon>;

/** Messages the bot should decline, used to teach the matcher what is out of scope. */
export const OutOfScopeSet = z.strictObject({
  source: z.string().min(3),
  examples: z.array(z.string().min(1)).min(1),
});
