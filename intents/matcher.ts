import { OUT_OF_SCOPE } from '../knowledge/contract.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { ALONE_SECTIONS, type AloneSectionKey, type Lexicon } from '../knowledge/schema.js';
import {
  buildClassifier,
  type Classifier,
  type ClassifierConfig,
  conceptLookup,
  DEFAULT_CLASSIFIER,
  type LabeledText,
  type Ranked,
} from './classifier.js';
import { commonEnglishWords } from './english-words.js';
import { looksSpanish, normalize } from './normalize.js';
import { createSpeller, type Speller } from './spelling.js';
import type { WeightCache } from './weight-cache.js';

export interface MatcherConfig {
  classifier: ClassifierConfig;
  /**
   * At or above: answer with the best topic. Chosen on the dev set and CLINC150 val (see README):
   * lower answers more paraphrases, higher declines more everyday queries.
   */
  answerThreshold: number;
  /** Topics offered when clarifying. */
  clarifyMax: number;
  /** A runner-up is offered when clarifying only if it has at least this share of the best one's probability. */
  clarifyRatio: number;
}

export const DEFAULT_MATCHER: MatcherConfig = Object.freeze({
  classifier: DEFAULT_CLASSIFIER,
  answerThreshold: 0.25,
  clarifyMax: 3,
  clarifyRatio: 0.25,
});

/** "No match" is a value, not an exception. */
export type MatchResult =
  | { kind: 'answer'; route: string; confidence: number; ranked: Ranked[] }
  | { kind: 'clarify'; candidates: string[]; confidence: number; ranked: Ranked[] }
  | { kind: 'out-of-scope'; confidence: number; ranked: Ranked[]; elsewhere?: string };

/**
 * Finds the first of `terms` (one word, or two in a row) among `words`.
 * @example termFinder(['heroin', 'dope sick'])(['so', 'dope', 'sick']) === 'dope sick'
 */
export function termFinder(terms: readonly string[]): (words: readonly string[]) => string | undefined {
  const single = new Set(terms.filter((t) => !t.includes(' ')));
  const pairs = new Set(terms.filter((t) => t.includes(' ')));
  // A pair is only built as a string when its first word can start one.
  const pairStarts = new Set([...pairs].map((t) => t.slice(0, t.indexOf(' '))));
  return (words) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (single.has(w)) return w;
      if (i + 1 < words.length && pairStarts.has(w)) {
        const pair = `${w} ${words[i + 1]}`;
        if (pairs.has(pair)) return pair;
      }
    }
    return undefined;
  };
}

/**
 * Another subject (knowledge/lexicon.yml `elsewhere`): an opioid-sounding word used in another
 * sense, as in "coffee withdrawal", "a juice cleanse to detox" or "recovery after knee surgery".
 * Returns what showed it ("withdraw + coffee"), or undefined; a message that also names an opioid,
 * a treatment medicine or drugs is never sent elsewhere.
 */
export function elsewhereDetector(lexicon: Lexicon): (normalized: string) => string | undefined {
  const stems = Object.keys(lexicon.elsewhere.anchors);
  if (stems.length === 0) return () => undefined;
  const clearTerms = [...lexicon.domain, ...lexicon.elsewhere.unlessAlso];
  const anchors = Object.entries(lexicon.elsewhere.anchors).map(([stem, context]) => {
    const own = (term: string) => term.split(' ').some((w) => w.startsWith(stem));
    return {
      stem,
      // "recovery mode", "detox tea": a phrase with the anchor in it settles the sense alone.
      phrase: termFinder(context.filter(own)),
      context: termFinder(context.filter((t) => !own(t))),
      // The anchor's own single words ("detox") do not show the message is about opioids; its
      // phrases do ("in recovery", "dope sick"), unless an anchored phrase above says otherwise.
      clear: termFinder(clearTerms.filter((t) => t.includes(' ') || !t.startsWith(stem))),
      clearOthers: termFinder(clearTerms.filter((t) => !own(t))),
    };
  });
  // One pass finds the anchors a message has (longest first, so no stem hides a longer one).
  const byStem = new Map(anchors.map((a) => [a.stem, a]));
  const find = new RegExp(`\\b(?:${[...stems].sort((a, b) => b.length - a.length).join('|')})`, 'g');
  return (normalized) => {
    find.lastIndex = 0;
    let found = find.exec(normalized);
    if (!found) return undefined;
    const words = normalized.split(' ');
    const checked = new Set<string>();
    for (; found; found = find.exec(normalized)) {
      const anchor = byStem.get(found[0]);
      if (!anchor || checked.has(anchor.stem)) continue;
      checked.add(anchor.stem);
      const settled = anchor.phrase(words);
      if (settled && !anchor.clearOthers(words)) return `${anchor.stem} + ${settled}`;
      const other = anchor.context(words);
      if (other && !anchor.clear(words)) return `${anchor.stem} + ${other}`;
    }
    return undefined;
  };
}

/** A word right after one of these is said not to be the subject ("gambling not drugs"). */
const NEGATED: ReadonlySet<string> = new Set(['not', 'no']);

const ALONE_LABELS: Readonly<Record<AloneSectionKey, string>> = {
  otherSubstances: 'other substance',
  otherSubjects: 'other subject',
  staffWork: 'staff work',
  afterDeath: 'after a death',
};

/**
 * Another subject alone (knowledge/lexicon.yml `otherSubstances`, `otherSubjects`, `staffWork`): "is
 * 3 or 4 beers a night a problem", "how do i get my record expunged, im 5 yrs clean". Returns what
 * showed it ("other substance + beers"), or undefined; a message that also names an opioid, a
 * treatment medicine, overdose, withdrawal or drugs in general ("can i drink on methadone") is left
 * to the classifier. A section with `domainClears: false` (staffWork) is kept only by its own
 * `concepts` and `alsoClear`: "the billing code for methadone" is still declined. The sections are
 * tried in the order given, and the message's words are read once for all of them.
 */
function aloneDetector(
  lexicon: Lexicon,
  keys: readonly AloneSectionKey[],
): (normalized: string, words?: readonly string[]) => string | undefined {
  const sections = keys.flatMap((key) => {
    const section = lexicon[key];
    if (!section) return [];
    const weak = new Set(section.notEnough);
    const clear = termFinder(
      [
        ...(section.domainClears ? lexicon.domain : []),
        ...section.concepts.flatMap((c) => lexicon.concepts[c] ?? []),
        ...section.alsoClear,
      ].filter((t) => !weak.has(t)),
    );
    return [{ label: ALONE_LABELS[key], own: new Set(section.words), clear }];
  });
  if (sections.length === 0) return () => undefined;
  // Each term (one word, or two in a row) with the sections that list it.
  const sectionsOf = new Map<string, number[]>();
  sections.forEach((section, k) => {
    for (const term of section.own) sectionsOf.set(term, [...(sectionsOf.get(term) ?? []), k]);
  });
  const pairStarts = new Set(
    [...sectionsOf.keys()].filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]),
  );
  // The first term of each section in the message, as a finder of that section alone would see it.
  const found: Array<string | undefined> = sections.map(() => undefined);
  const mark = (term: string): boolean => {
    const ks = sectionsOf.get(term);
    if (!ks) return false;
    for (const k of ks) found[k] ??= term;
    return true;
  };
  const firstAlone = (words: readonly string[]): string | undefined => {
    for (let k = 0; k < sections.length; k++) {
      const term = found[k];
      if (term === undefined) continue;
      const { label, own, clear } = sections[k] as (typeof sections)[number];
      // The subject's own words clear nothing: "sleeping pills" does not name "pills". Nor does a
      // word said not to be the subject: "alcohol is my problem not opioids", "no drugs just beer".
      const rest = words.filter(
        (w, i) =>
          !own.has(w) &&
          !own.has(`${words[i - 1]} ${w}`) &&
          !own.has(`${w} ${words[i + 1]}`) &&
          !NEGATED.has(words[i - 1] as string),
      );
      if (clear(rest) === undefined) return `${label} + ${term}`;
    }
    return undefined;
  };
  // `words`: the message already split, when the caller has it.
  return (normalized, words = normalized.split(' ')) => {
    let any = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (mark(w)) any = true;
      if (i + 1 < words.length && pairStarts.has(w) && mark(`${w} ${words[i + 1]}`)) any = true;
    }
    if (!any) return undefined;
    const why = firstAlone(words);
    found.fill(undefined);
    return why;
  };
}

/** Another substance alone: "is 3 or 4 beers a night a problem", "my daughter vapes in her room". */
export const otherSubstanceDetector = (lexicon: Lexicon) => aloneDetector(lexicon, ['otherSubstances']);

/** Another subject of life in recovery: jobs with a record, credit, taxes, housing, dental care. */
export const otherSubjectDetector = (lexicon: Lexicon) => aloneDetector(lexicon, ['otherSubjects']);

/** A service's own business: billing codes, audits, certification, staffing, CE hours, grant reports. */
export const staffWorkDetector = (lexicon: Lexicon) => aloneDetector(lexicon, ['staffWork']);

/** The business after a death: the funeral home, the obituary, the autopsy, life insurance, a will. */
export const afterDeathDetector = (lexicon: Lexicon) => aloneDetector(lexicon, ['afterDeath']);

export interface Matcher {
  /** Typo correction towards domain words; the gate also checks the corrected text. */
  correct(normalized: string): string;
  match(corrected: string): MatchResult;
  /** The example question of `route` closest to the message, for debug output. */
  explain(corrected: string, route: string): string | undefined;
}

/** Every example the engine learns from: topic questions, keywords and titles, plus the out-of-scope sets. */
export function trainingExamples(kb: KnowledgeBase): LabeledText[] {
  const out: LabeledText[] = [];
  for (const t of kb.topics) {
    for (const text of [...t.questions, ...t.keywords, t.title])
      out.push({ text: normalize(text), label: t.id });
  }
  for (const text of kb.outOfScope) out.push({ text: normalize(text), label: OUT_OF_SCOPE });
  return out;
}

function buildSpeller(kb: KnowledgeBase, examples: readonly LabeledText[]): Speller {
  const known = new Set(examples.flatMap((e) => e.text.split(' ')));
  // The safety net's single-word cues are real words from thousands of everyday messages: known,
  // so "putting" is not "corrected" to "cutting", nor "tried" to "tired".
  for (const cue of kb.safetyNet?.cues ?? []) if (!cue.includes(' ')) known.add(cue);
  const domain = [
    ...Object.values(kb.lexicon.concepts).flat(),
    ...kb.topics.flatMap((t) => t.keywords.map((k) => normalize(k))),
    ...kb.safety.rules.flatMap((r) => r.examples.flatMap((e) => normalize(e).split(' '))),
  ].filter((w) => w.length >= 5 && !w.includes(' '));
  for (const w of domain) known.add(w);
  // Real English words are never "corrected" ("leading" is not "bleeding"): asked of the shared
  // word list as it is, rather than copied in (61,000 words at every start-up).
  const english = commonEnglishWords();
  return createSpeller({ has: (word) => known.has(word) || english.has(word) }, domain);
}

/**
 * Answer, clarify or decline. Sure enough of a topic: answer. Otherwise a message that uses opioid
 * words (heroin, subs, withdrawal ...) gets "Did you mean ...?" with the closest topics (out of
 * scope is off the table for it), and any other message is declined.
 */
export function decide(ranked: Ranked[], config: MatcherConfig, inDomain = false): MatchResult {
  const oos = ranked.find((r) => r.label === OUT_OF_SCOPE)?.p ?? 0;
  const topics = ranked.filter((r) => r.label !== OUT_OF_SCOPE);
  const scale = inDomain ? 1 / Math.max(1e-9, 1 - oos) : 1;
  const best = topics[0];
  const confidence = (best?.p ?? 0) * scale;
  const topWins = inDomain || ranked[0]?.label !== OUT_OF_SCOPE;
  if (best && topWins && confidence >= config.answerThreshold) {
    return { kind: 'answer', route: best.label, confidence, ranked };
  }
  if (inDomain && best) {
    const candidates = topics
      .slice(0, config.clarifyMax)
      .filter((r) => r.p >= best.p * config.clarifyRatio)
      .map((r) => r.label);
    return { kind: 'clarify', candidates, confidence, ranked };
  }
  return { kind: 'out-of-scope', confidence: Math.max(oos, 1 - confidence), ranked };
}

/**
 * Builds the matcher from the knowledge base: index once at load, queries only read it. A message
 * whose opioid-sounding word has another sense there ("coffee withdrawal") is declined first.
 * @example const m = createMatcher(kb); m.match(m.correct(normalize('can i get subs online')))
 */
export function createMatcher(
  kb: KnowledgeBase,
  config: MatcherConfig = DEFAULT_MATCHER,
  cache?: WeightCache,
): Matcher {
  const examples = trainingExamples(kb);
  const classifier: Classifier = buildClassifier(
    examples,
    conceptLookup(kb.lexicon.concepts),
    config.classifier,
    cache,
  );
  const speller = buildSpeller(kb, examples);
  const domainTerm = termFinder(kb.lexicon.domain);
  const elsewhere = elsewhereDetector(kb.lexicon);
  const alone = aloneDetector(kb.lexicon, ALONE_SECTIONS);
  return {
    // The speller knows English and the domain's words: it would read Spanish "semillas" as
    // "pastillas", so a message that reads as Spanish is left as typed (asked only when the
    // speller changed something, which few messages need).
    correct(normalized) {
      const corrected = speller.correct(normalized);
      return corrected === normalized || looksSpanish(normalized) ? normalized : corrected;
    },
    match(corrected) {
      const words = corrected.split(' ');
      const other = elsewhere(corrected) ?? alone(corrected, words);
      if (other) return { kind: 'out-of-scope', confidence: 1, ranked: [], elsewhere: other };
      const inDomain = domainTerm(words) !== undefined;
      return decide(classifier.score(corrected).ranked, config, inDomain);
    },
    explain: (corrected, route) => classifier.nearest(corrected, route),
  };
}
