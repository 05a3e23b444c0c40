import { expandVocab } from '../knowledge/load.js';
import type { SafetyNet, SafetyRules } from '../knowledge/schema.js';
import { compileSafetyNet } from './safety-net.js';

export type SafetyRoute = 'crisis-suicide' | 'crisis-overdose' | 'crisis-other' | 'refuse-harmful';

/** Why a message was flagged: enough for a clinician to read and check. */
export interface SafetyHit {
  route: SafetyRoute;
  ruleId: string;
  why: string;
  locale: 'en' | 'es';
  /** The words that fired the rule (shown only in the debug tools, never logged). */
  matched: string;
}

interface CompiledRule {
  id: string;
  route: SafetyRoute;
  why: string;
  locale: 'en' | 'es';
  match: RegExp;
  unless: RegExp | null;
}

export interface SafetyGate {
  /** Checks normalized text (see normalize.ts): the rules, then the net. The first hit, or null. */
  check(normalized: string): SafetyHit | null;
  /** The hand-written rules alone: the first rule that fires, or null. */
  rules(normalized: string): SafetyHit | null;
  /** The learned net alone (null when the gate was built without one). */
  net(normalized: string): SafetyHit | null;
}

/** Largest source of one piece of the combined pre-check, well under V8's 20 KB limit. */
const PRECHECK_CHARS = 6000;

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

/**
 * The combined "does any rule match at all" test, in pieces of whole rules (in file order), so a
 * piece that matches also says which rules to try. V8 compiles a regular expression to machine
 * code only while its source is under 20 KB; above that it is interpreted, about 50x slower here,
 * so the pieces stay well under it.
 */
export function precheck(rules: SafetyRules): Array<{ test: RegExp; first: number; end: number }> {
  const pieces: Array<{ test: RegExp; first: number; end: number }> = [];
  let first = 0;
  let size = 0;
  const close = (end: number) => {
    const patterns = rules.rules.slice(first, end).flatMap((r) => r.match);
    if (patterns.length > 0) pieces.push({ test: anyOf(patterns, rules.vocab) as RegExp, first, end });
    first = end;
    size = 0;
  };
  rules.rules.forEach((rule, i) => {
    const length = rule.match.reduce((n, m) => n + expandVocab(m, rules.vocab).length + 1, 0);
    if (i > first && size + length > PRECHECK_CHARS) close(i);
    size += length;
  });
  close(rules.rules.length);
  return pieces;
}

/**
 * Blanks idioms ("dying to know", "kill time") out of normalized text, as every rule and the net
 * see it. Most messages hold no idiom: a plain test first spares them the replace.
 */
export function idiomBlanker(rules: SafetyRules): (normalized: string) => string {
  const idioms = anyOf(rules.idioms, rules.vocab, 'g');
  if (!idioms) return (normalized) => normalized;
  const hasIdiom = new RegExp(idioms.source);
  return (normalized) => (hasIdiom.test(normalized) ? normalized.replace(idioms, ' ~ ') : normalized);
}

/** The rule id a flag from the learned net carries (the rules' ids are in rules.yml). */
export const NET_RULE_ID = 'learned-net';

/**
 * Compiles the rule file once, and the learned net behind it when given. Checking is a few
 * combined tests for the common case (no rule matches at all), then, inside a piece that
 * matched, its rules in file order; when no rule fires, the net has the last word.
 * @example const gate = compileSafetyGate(kb.safety, kb.safetyNet); gate.check(normalize("hes turning blue"))?.route === 'crisis-overdose'
 */
export function compileSafetyGate(rules: SafetyRules, learned?: SafetyNet): SafetyGate {
  const compiled: CompiledRule[] = rules.rules.map((r) => ({
    id: r.id,
    route: r.route,
    why: r.why,
    locale: r.locale,
    match: anyOf(r.match, rules.vocab) as RegExp,
    unless: anyOf(r.unless, rules.vocab),
  }));
  const blank = idiomBlanker(rules);
  const net = learned ? compileSafetyNet(learned) : null;
  const any = precheck(rules);
  const spanish =
    /\b(?:quiero|morir|matarme|vida|sobredosis|respira|despierta|pega|golpea|ayuda|dolor|pecho|sangrando|tengo|estoy)\b/;

  function byRules(normalized: string): SafetyHit | null {
    const text = blank(normalized);
    for (const piece of any) {
      if (!piece.test.test(text)) continue;
      for (let i = piece.first; i < piece.end; i++) {
        const rule = compiled[i] as CompiledRule;
        const m = rule.match.exec(text);
        if (!m || rule.unless?.test(text)) continue;
        const locale = rule.locale === 'es' || spanish.test(text) ? 'es' : 'en';
        return { route: rule.route, ruleId: rule.id, why: rule.why, locale, matched: m[0] };
      }
    }
    return null;
  }

  function byNet(normalized: string): SafetyHit | null {
    const text = blank(normalized);
    const hit = net?.check(text);
    if (!hit) return null;
    return {
      route: hit.route,
      ruleId: NET_RULE_ID,
      why: `no rule matched, but the learned net leans ${hit.route} (chance of "none" ${hit.none.toFixed(2)})`,
      locale: spanish.test(text) ? 'es' : 'en',
      matched: hit.because.join(', '),
    };
  }

  return { check: (normalized) => byRules(normalized) ?? byNet(normalized), rules: byRules, net: byNet };
}
