import type { SafetyRoute } from '../knowledge/contract.js';
import { expandVocab, ruleExceptions } from '../knowledge/load.js';
import type { SafetyNet, SafetyRules } from '../knowledge/schema.js';
import { cachedLiterals, type LiteralCache, LiteralIndex } from './literals.js';
import { looksSpanish, normalize } from './normalize.js';
import { compileSafetyNet } from './safety-net.js';

export type { SafetyRoute };

/** Why a message was flagged: enough for a clinician to read and check. */
export interface SafetyHit {
  route: SafetyRoute;
  ruleId: string;
  why: string;
  locale: 'en' | 'es';
  /** The words that fired the rule (shown only in the debug tools, never logged). */
  matched: string;
}

export interface SafetyGate {
  /**
   * Checks one or more normalized views of a message (see normalize.ts): the rules on every view
   * first, and only when no rule fires on any of them, the net. The first hit, or null.
   */
  check(...views: string[]): SafetyHit | null;
  /** The hand-written rules alone on one text: the first rule that fires, or null. */
  rules(normalized: string): SafetyHit | null;
  /**
   * For the message right after a refusal only: a short follow-up that asks the same thing again
   * ("half or whole?", "what if I snort it"), by rules.yml `afterRefusal`; else null.
   */
  afterRefusal(normalized: string): SafetyHit | null;
  /**
   * The sentences of a message told after one set in the past (rules.yml `pastTime`), each
   * normalized, to be read alone (`sentence`): in "Back in 2019 I overdosed. I have been clean 3 years
   * now. He is turning blue" the last one is a crisis, but read whole the message is a recovery
   * story whose exceptions would excuse it. Empty when the message has no past in it, or says the
   * writer is safe now (`safeNow`: "I'm not in danger"). With `told`, the place where a clause
   * already read as the story was taken out: every sentence from there on is told after it.
   */
  afterTheStory(text: string, normalized: string, told?: number): string[];
  /**
   * One sentence of such a story, read alone: the rules, then the net, which must be surer than
   * for a whole message (a sentence torn from its story, "I am 71 and never abused anything in my
   * life", has fewer words to weigh).
   */
  sentence(normalized: string): SafetyHit | null;
  /**
   * The clause of `text` (as typed) that a rule's hit was told in, when that clause holding the
   * matched words has a past of its own (rules.yml `pastTime`), or goes on with no subject of its
   * own from one that opens with a past, and nothing puts the sentence in the present
   * (`presentTime`): "i had the pills in my hand that night in 2019, the whole bottle". The
   * clauses after it with no subject of their own are the same story and come with it.
   * Null for the net's hits and refusals, for a clause in the present ("clean since 2019 and i have
   * the pills in my hand"), and when the words cannot be found in one clause.
   */
  toldInThePast(text: string, normalized: string, hit: SafetyHit): string | null;
  /**
   * `text` without the clauses that tell of a danger that ended earlier today (rules.yml
   * `overNow`), when the message says help came or it is over: "My daughter overdosed this morning
   * but the ER brought her back. Shes admitted upstairs." leaves "Shes admitted upstairs.", to be
   * read again. Null when the message says no such thing, or no clause is wholly over.
   */
  overNow(text: string, normalized: string): string | null;
}

function anyOf(
  sources: readonly string[],
  vocab: Readonly<Record<string, string>>,
  flags = '',
): RegExp | null {
  if (sources.length === 0) return null;
  const expanded = sources.map((s) => expandVocab(s, vocab));
  // "\b(?:A|B)" matches exactly what "(?:\bA)|(?:\bB)" does, but lets the engine give up at once
  // inside words instead of trying every alternative at every letter: about 2-3x faster here. The
  // few patterns that do not start at a word boundary (anchored with ^) are kept apart, so one of
  // them does not undo this for the others.
  const bounded = expanded.filter((s) => s.startsWith('\\b')).map((s) => `(?:${s.slice(2)})`);
  const others = expanded.filter((s) => !s.startsWith('\\b')).map((s) => `(?:${s})`);
  const parts = bounded.length > 0 ? [`\\b(?:${bounded.join('|')})`, ...others] : others;
  return new RegExp(parts.join('|'), flags);
}

/** One pattern of one rule, compiled alone, with the literals any match of it must contain. */
interface Pattern {
  rule: number;
  test: RegExp;
  /** Sets of strings of which every match holds one each (literals.ts); null: always run. */
  literals: ReadonlyArray<readonly string[]> | null;
}

/** Every rule's `match` patterns (or its `unless` exceptions) in file order, vocab expanded. */
function patternSources(
  rules: SafetyRules,
  key: 'match' | 'unless',
): Array<{ rule: number; source: string }> {
  return rules.rules.flatMap((rule, r) =>
    (key === 'match' ? rule.match : ruleExceptions(rules, rule)).map((m) => ({
      rule: r,
      source: expandVocab(m, rules.vocab),
    })),
  );
}

/** The idioms, vocab expanded. */
function idiomSources(rules: SafetyRules): string[] {
  return rules.idioms.map((idiom) => expandVocab(idiom, rules.vocab));
}

/**
 * Every rule's `match` patterns (or its `unless` exceptions) in file order, each with its required
 * literals (literals.ts).
 */
export function rulePatterns(
  rules: SafetyRules,
  key: 'match' | 'unless' = 'match',
  cache?: LiteralCache,
): Pattern[] {
  return patternSources(rules, key).map(({ rule, source }) => ({
    rule,
    test: new RegExp(source),
    literals: cachedLiterals(source, cache),
  }));
}

/** Every pattern source the gate reads literals from: idioms, rule patterns and exceptions. */
export function literalSources(rules: SafetyRules): string[] {
  const sources = [
    ...idiomSources(rules),
    ...patternSources(rules, 'match').map((p) => p.source),
    ...patternSources(rules, 'unless').map((p) => p.source),
  ];
  return [...new Set(sources)];
}

/**
 * Which patterns could match a text at all: one pass of a literal index over the text, plus the
 * few patterns that have no certain literal. A pattern is a candidate once the text holds one
 * literal of each of its sets. Pattern numbers come back in file order.
 */
function candidateFinder(patterns: readonly Pattern[]): (text: string) => number[] {
  const literalIds = new Map<string, number>();
  // For each literal: pattern number times 8, plus which of the pattern's sets it is in.
  const byLiteral: number[][] = [];
  const always: number[] = [];
  const full = new Uint8Array(patterns.length);
  patterns.forEach((p, i) => {
    if (!p.literals) {
      always.push(i);
      return;
    }
    if (p.literals.length > 7) throw new Error('candidateFinder: a pattern has more than 7 literal sets');
    full[i] = (1 << p.literals.length) - 1;
    p.literals.forEach((set, k) => {
      for (const literal of set) {
        let id = literalIds.get(literal);
        if (id === undefined) {
          id = literalIds.size;
          literalIds.set(literal, id);
          byLiteral.push([]);
        }
        byLiteral[id]?.push(i * 8 + k);
      }
    });
  });
  const index = new LiteralIndex([...literalIds.keys()]);
  const stamp = new Uint32Array(patterns.length);
  const seen = new Uint8Array(patterns.length);
  let generation = 0;
  const out: number[] = [];
  // Kept in file order as they come: an insertion into a list of a dozen is cheaper than a sort.
  const add = (i: number) => {
    let at = out.length;
    out.push(i);
    while (at > 0 && (out[at - 1] as number) > i) {
      out[at] = out[at - 1] as number;
      at--;
    }
    out[at] = i;
  };
  const onLiteral = (id: number) => {
    for (const entry of byLiteral[id] as number[]) {
      const i = entry >> 3;
      const bit = 1 << (entry & 7);
      if (stamp[i] !== generation) {
        stamp[i] = generation;
        seen[i] = 0;
      }
      const had = seen[i] as number;
      if (had & bit) continue;
      seen[i] = had | bit;
      if ((had | bit) === full[i]) add(i);
    }
  };
  return (text) => {
    generation = generation === 0xffffffff ? 1 : generation + 1;
    if (generation === 1) stamp.fill(0);
    out.length = 0;
    for (const i of always) add(i);
    index.scan(text, onLiteral);
    return out;
  };
}

/**
 * Blanks idioms ("dying to know", "kill time") out of normalized text, as every rule and the net
 * see it. Each idiom needs one of a few words ("die", "kill", "matar"): one pass of a literal index
 * finds the few idioms a message could hold (most messages: none), and only those are tried, in
 * file order. One idiom with nothing certain to look for turns the index off: then the message is
 * tried against all of them at once.
 */
export function idiomBlanker(rules: SafetyRules, cache?: LiteralCache): (normalized: string) => string {
  const sources = idiomSources(rules);
  if (sources.length === 0) return (normalized) => normalized;
  const literals = sources.map((source) => cachedLiterals(source, cache));
  if (literals.some((l) => l === null)) {
    const all = anyOf(rules.idioms, rules.vocab, 'g') as RegExp;
    const hasIdiom = new RegExp(all.source);
    return (normalized) => (hasIdiom.test(normalized) ? normalized.replace(all, ' ~ ') : normalized);
  }
  const idioms = sources.map((source) => new RegExp(source, 'g'));
  const candidates = candidateFinder(
    idioms.map((test, i) => ({ rule: i, test, literals: literals[i] ?? null })),
  );
  return (normalized) => {
    let text = normalized;
    for (const i of candidates(normalized)) text = text.replace(idioms[i] as RegExp, ' ~ ');
    return text;
  };
}

/** Where one sentence ends and the next begins: after . ! ? or ; and a space, or at a line break. */
const SENTENCE_END = /(?<=[.!?;])\s+|\n+/;

/**
 * A sentence read alone is flagged by the net only when its chance of "none" is this much lower than
 * for a whole message. Measured on every caught crisis line behind a two-part back story and every
 * everyday line behind "Last year I overdosed once.": 0.5 and 5 words keep 98.3% of the crises and
 * flag 0.42% of the everyday lines (1.0 and no minimum: 99.1%, 0.53%; the rules alone: 88.8%).
 */
const SENTENCE_SURER = 0.5;
/** ... and only from this many words: fewer are the rules' alone ("i keep picturing it"). */
const SENTENCE_NET_WORDS = 5;

/** How far (in characters) a past can be before or after the words it tells of. */
const PAST_REACH_BEFORE = 30;
const PAST_REACH_AFTER = 40;
/**
 * What may come before a past that opens its clause: words that join clauses or fill (and "the":
 * "the summer of 2009 i ..."), then at most its subject ("ngl i used to ...").
 */
const FILLER =
  /^(?:(?:so|ok|okay|well|like|um|and|but|then|anyway|honestly|lol|ngl|tbh|fr|lowkey|idk|yeah|ya|y|pero|pues|bueno|the) )*(?:(?:i|he|she|they|we|you) )?$/;
/** Words that tell of a past that follows ("we laughed about the night i ..."). */
const TELLS_OF = /\b(?:about|of|remember|remembered|recall|recalled) $/;
/**
 * Words after a past that make what follows hang on it ("in 2020 after he stopped breathing"), or
 * between the words and a past after them, maybe behind a place ("odd at a party when we were in
 * high school").
 */
const HANGS_ON =
  /^(?:(?:at|in|on) (?:a|the|his|her|my|our|their) \w+ )?(?:after|when|while|before|because|until|where|the night|the day|cuando|despues de que|mientras)\b/;
/** Words that start someone's own clause ("... not moving i was in treatment last month"). */
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'they', 'we', 'you', 'yo', 'ella']);

/** Where one clause of a sentence ends: a comma, colon or dash, or "and", "but", "so", "y", "pero". */
const CLAUSE = /\s*[,:]\s*|\s+[-\u2013\u2014]+\s+|\s+(?:and|but|so|y|pero|&)\s+/i;
const CLAUSE_ALL = new RegExp(CLAUSE.source, 'gi');

/** Where each clause of a sentence starts and ends (the pieces `sentence.split(CLAUSE)` gives). */
function clauseSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_ALL)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, sentence.length]);
  return spans;
}

/** True when a clause starts with its own subject ("i ...", "he ..."). */
const hasSubject = (clause: string) => SUBJECTS.has(normalize(clause).split(' ')[0] as string);

/** The rule id a flag from the learned net carries (the rules' ids are in rules.yml). */
export const NET_RULE_ID = 'learned-net';
/** The rule id a refused follow-up carries (rules.yml `afterRefusal`). */
export const AFTER_REFUSAL_ID = 'after-refusal';

/**
 * Compiles the rule file once, and the learned net behind it when given. Checking first finds, in
 * one pass over the text, the few patterns that could match at all (most messages: none), then
 * tries just those in file order; the first rule with a matching pattern and no matching
 * exception decides. When no rule fires, the net has the last word.
 * @example const gate = compileSafetyGate(kb.safety, kb.safetyNet); gate.check(normalize("hes turning blue"))?.route === 'crisis-overdose'
 */
export function compileSafetyGate(
  rules: SafetyRules,
  learned?: SafetyNet,
  literals?: LiteralCache,
): SafetyGate {
  const blank = idiomBlanker(rules, literals);
  const net = learned ? compileSafetyNet(learned) : null;
  const patterns = rulePatterns(rules, 'match', literals);
  const candidates = candidateFinder(patterns);
  // Exceptions are found the same way, once a pattern has matched: most of them ("used to ...
  // years ago ... now I am clean") cannot hold without words the message does not have.
  const exceptions = rulePatterns(rules, 'unless', literals);
  const exceptionCandidates = candidateFinder(exceptions);
  // A single Spanish crisis word ("sobredosis") is enough for a Spanish reply; otherwise the
  // message must read as Spanish as a whole (normalize.ts).
  const spanishWord =
    /\b(?:quiero|morir|matarme|vida|sobredosis|respira|despierta|pega|golpea|ayuda|dolor|pecho|sangrando|tengo|estoy)\b/;
  const localeOf = (text: string): 'en' | 'es' =>
    spanishWord.test(text) || looksSpanish(text) ? 'es' : 'en';

  /** True when one of rule `r`'s exceptions among `possible` matches the text. */
  function excepted(r: number, possible: readonly number[], text: string): boolean {
    for (const j of possible) {
      const exception = exceptions[j] as Pattern;
      if (exception.rule === r && exception.test.test(text)) return true;
    }
    return false;
  }

  function byRules(text: string): SafetyHit | null {
    let skip = -1;
    let possible: number[] | null = null;
    for (const i of candidates(text)) {
      const pattern = patterns[i] as Pattern;
      if (pattern.rule === skip || !pattern.test.test(text)) continue;
      const rule = rules.rules[pattern.rule] as SafetyRules['rules'][number];
      skip = pattern.rule;
      // The finder reuses its array: keep a copy for the rules that follow.
      possible ??= [...exceptionCandidates(text)];
      if (excepted(pattern.rule, possible, text)) continue;
      // The pattern that matched gives the words; the rule's combined pattern would cost a second,
      // much longer search for the same answer.
      const m = pattern.test.exec(text) as RegExpExecArray;
      const locale = rule.locale === 'es' ? 'es' : localeOf(text);
      return { route: rule.route, ruleId: rule.id, why: rule.why, locale, matched: m[0] };
    }
    return null;
  }

  const netUnless = anyOf(rules.netUnless, rules.vocab);
  function byNet(text: string, surer = 1): SafetyHit | null {
    if (!net || !learned) return null;
    const hit = net.check(text, learned.threshold * surer);
    // The net flags few messages; only those pay for the long netUnless pattern.
    if (!hit || netUnless?.test(text)) return null;
    return {
      route: hit.route,
      ruleId: NET_RULE_ID,
      why: `no rule matched, but the learned net leans ${hit.route} (chance of "none" ${hit.none.toFixed(2)})`,
      locale: localeOf(text),
      matched: hit.because.join(', '),
    };
  }

  const after = rules.afterRefusal;
  const afterMatch = after ? anyOf(after.match, rules.vocab) : null;
  const afterUnless = after ? anyOf(after.unless, rules.vocab) : null;

  const pastTime = anyOf(rules.pastTime, rules.vocab);
  const safeNow = anyOf(rules.safeNow, rules.vocab);
  const presentTime = anyOf(rules.presentTime, rules.vocab);
  const pastReturns = anyOf(rules.pastReturns, rules.vocab);
  const pastAll = anyOf(rules.pastTime, rules.vocab, 'g');
  const over = rules.overNow;
  const endedToday = over ? anyOf(over.ended, rules.vocab) : null;
  const safeToday = over ? anyOf(over.safe, rules.vocab) : null;
  const stillGoing = over ? anyOf(over.still, rules.vocab) : null;

  /**
   * True when a past in `words` is told of the words from `start` to `end`: nothing but a few
   * words between them, and no one else's story ("... not moving i was in treatment last month"
   * tells two things). A past right before them may be followed by its subject ("back in 2019 i
   * tried ...").
   */
  function pastOf(words: string, start: number, end: number): boolean {
    if (!pastAll) return false;
    for (const m of words.matchAll(pastAll)) {
      if (m.index < start) {
        // A past before the words must open its clause ("back in 2019 i tried ..."), or the words
        // must hang on it ("got clean in 2020 after he stopped breathing").
        const between = words.slice(m.index + m[0].length, start).trim();
        const before = words.slice(0, m.index);
        const opens = FILLER.test(before) || TELLS_OF.test(before);
        const hangs = HANGS_ON.test(between);
        if (between.length > PAST_REACH_BEFORE || !(opens || hangs)) continue;
        const said = between ? between.split(' ') : [];
        const subjects = said.filter((w) => SUBJECTS.has(w)).length;
        if (subjects === 0 || (subjects === 1 && (SUBJECTS.has(said[0] as string) || hangs))) return true;
      } else {
        // A past after the words tells of them when no one else's clause comes between, or only one
        // that hangs on them ("my father shot himself when i was 10", "not breathing when i found her
        // in 2021"; not "... not moving i was in treatment last month").
        const between = words.slice(end, m.index).trim();
        if (between.length > PAST_REACH_AFTER) continue;
        if (HANGS_ON.test(between) || !between.split(' ').some((w) => SUBJECTS.has(w))) return true;
      }
    }
    return false;
  }

  /**
   * True when a clause with no subject of its own goes on from clauses told in the past ("back in
   * 2019 i wrote letters and took a bunch of pills"): the nearest clause before it with a subject
   * must open with a past, and every clause between has no subject either.
   */
  function goesOnFromPast(before: readonly string[], words: string): boolean {
    if (!pastAll || hasSubject(words)) return false;
    for (const clause of before.toReversed()) {
      const said = blank(normalize(clause));
      const opened = [...said.matchAll(pastAll)].some((m) => FILLER.test(said.slice(0, m.index)));
      if (opened) return true;
      if (hasSubject(clause)) return false;
    }
    return false;
  }

  function afterTheStory(text: string, normalized: string, told = -1): string[] {
    if (safeNow?.test(normalized)) return [];
    if (told >= 0) {
      // Everything after a clause already read as the story is told after it.
      const head = text.slice(0, told);
      const tail = text
        .slice(told)
        .split(SENTENCE_END)
        .map((sentence) => normalize(sentence));
      return [...afterTheStory(head, normalize(head)), ...tail.filter(Boolean)];
    }
    if (!pastTime?.test(normalized)) return [];
    const out: string[] = [];
    let story = false;
    for (const sentence of text.split(SENTENCE_END)) {
      const words = normalize(sentence);
      if (!words) continue;
      // A sentence with a past of its own is part of the story.
      if (pastTime.test(words)) story = true;
      else if (story) out.push(words);
    }
    return out;
  }

  return {
    afterTheStory,
    afterRefusal(normalized) {
      if (!after || !afterMatch) return null;
      const text = blank(normalized);
      if (text.split(' ').length > after.maxWords) return null;
      const m = afterMatch.exec(text);
      if (!m || afterUnless?.test(text)) return null;
      const locale = localeOf(text);
      return { route: 'refuse-harmful', ruleId: AFTER_REFUSAL_ID, why: after.why, locale, matched: m[0] };
    },
    check(...views) {
      // Idioms are blanked once per view; rules and net both read the blanked text.
      const texts = views.map(blank);
      // A crisis in any view outranks a refusal in another (a long story in windows): the first
      // refusal is kept only until every view has been read.
      let refusal: SafetyHit | null = null;
      for (const text of texts) {
        const hit = byRules(text);
        if (hit && hit.route !== 'refuse-harmful') return hit;
        refusal ??= hit;
      }
      if (refusal) return refusal;
      for (const text of texts) {
        const hit = byNet(text);
        if (hit) return hit;
      }
      return null;
    },
    rules: (normalized) => byRules(blank(normalized)),
    toldInThePast(text, normalized, hit) {
      // A refusal is never excused by a past: "tell it the way grandma used to" still asks. Nor is
      // the net's hit: it weighs the whole message, and its strongest cue alone does not say where
      // the rest of its reasons are ("tried to hang myself in 2021 ... i bought new rope today").
      if (hit.route === 'refuse-harmful' || hit.ruleId === NET_RULE_ID) return null;
      if (!pastTime?.test(normalized) || pastReturns?.test(normalized)) return null;
      const { matched } = hit;
      for (const sentence of text.split(SENTENCE_END)) {
        const said = blank(normalize(sentence));
        if (!said.includes(matched)) continue;
        // Anything in the present anywhere in the sentence ("..., what do i do rn") keeps it a crisis.
        if (presentTime?.test(said)) return null;
        // The first sentence that tells it decides, by the clause that holds the words: a past one
        // is a story; a present one, a crisis; words across two clauses, a crisis.
        const spans = clauseSpans(sentence);
        const clauses = spans.map(([start, end]) => sentence.slice(start, end));
        for (const [i, clause] of clauses.entries()) {
          const words = blank(normalize(clause));
          const at = words.indexOf(matched);
          if (at < 0) continue;
          if (!pastOf(words, at, at + matched.length) && !goesOnFromPast(clauses.slice(0, i), words))
            return null;
          // The clauses that go on from it with no subject of their own are the same story ("... i
          // wrote goodbye letters and took a bunch of pills").
          let last = i;
          while (last + 1 < clauses.length && !hasSubject(clauses[last + 1] as string)) last++;
          return sentence.slice(spans[i]?.[0], spans[last]?.[1]);
        }
        return null;
      }
      return null;
    },
    overNow(text, normalized) {
      if (!endedToday || !safeToday || !stillGoing || !safeToday.test(normalized)) return null;
      // A sentence with a clause wholly over ("my daughter overdosed this morning") tells the story:
      // its clauses go, except any with something still going on ("but now hes nodding again").
      let setAside = false;
      const rest = text.split(SENTENCE_END).flatMap((sentence) => {
        const clauses = sentence.split(CLAUSE).map((clause) => [clause, normalize(clause)] as const);
        const ended = clauses.map(([, words]) => endedToday.test(words));
        if (!ended.includes(true)) return [sentence];
        // A clause of its own in that sentence stays when anything puts it in the present ("but i
        // just found my other roommate blue").
        const still = clauses.map(
          ([, words], i) => stillGoing.test(words) || (!ended[i] && !!presentTime?.test(words)),
        );
        if (!clauses.some((_, i) => ended[i] && !still[i])) return [sentence];
        setAside = true;
        return clauses.filter((_, i) => still[i]).map(([clause]) => clause);
      });
      return setAside ? rest.join('. ') : null;
    },
    sentence(normalized) {
      const text = blank(normalized);
      const rule = byRules(text);
      if (rule || text.split(' ').length < SENTENCE_NET_WORDS) return rule;
      return byNet(text, SENTENCE_SURER);
    },
  };
}
