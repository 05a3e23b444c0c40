import { expandVocab } from '../knowledge/load.js';
import type { SafetyRules } from '../knowledge/schema.js';

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
  /** Checks normalized text (see normalize.ts). Returns the first rule that fires, or null. */
  check(normalized: string): SafetyHit | null;
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
  // inside words instead of trying every alternative at every letter: about 2-3x faster here.
  if (expanded.every((s) => s.startsWith('\\b'))) {
    return new RegExp(`\\b(?:${expanded.map((s) => `(?:${s.slice(2)})`).join('|')})`, flags);
  }
  return new RegExp(expanded.map((s) => `(?:${s})`).join('|'), flags);
}

/**
 * The combined "does any rule match at all" test, in pieces. V8 compiles a regular expression to
 * machine code only while its source is under 20 KB; above that it is interpreted, about 50x
 * slower here, so the pieces stay well under it.
 */
export function precheck(rules: SafetyRules): RegExp[] {
  const pieces: RegExp[] = [];
  let piece: string[] = [];
  let size = 0;
  for (const pattern of rules.rules.flatMap((r) => r.match)) {
    const length = expandVocab(pattern, rules.vocab).length;
    if (piece.length > 0 && size + length > PRECHECK_CHARS) {
      pieces.push(anyOf(piece, rules.vocab) as RegExp);
      piece = [];
      size = 0;
    }
    piece.push(pattern);
    size += length + 1;
  }
  if (piece.length > 0) pieces.push(anyOf(piece, rules.vocab) as RegExp);
  return pieces;
}

/**
 * Compiles the rule file once. Checking is one combined test for the common case (no rule
 * matches at all), then the rules in file order.
 * @example const gate = compileSafetyGate(kb.safety); gate.check(normalize("hes turning blue"))?.route === 'crisis-overdose'
 */
export function compileSafetyGate(rules: SafetyRules): SafetyGate {
  const compiled: CompiledRule[] = rules.rules.map((r) => ({
    id: r.id,
    route: r.route,
    why: r.why,
    locale: r.locale,
    match: anyOf(r.match, rules.vocab) as RegExp,
    unless: anyOf(r.unless, rules.vocab),
  }));
  const idioms = anyOf(rules.idioms, rules.vocab, 'g');
  const any = precheck(rules);
  const spanish =
    /\b(?:quiero|morir|matarme|vida|sobredosis|respira|despierta|pega|golpea|ayuda|dolor|pecho|sangrando|tengo|estoy)\b/;

  return {
    check(normalized) {
      const text = idioms ? normalized.replace(idioms, ' ~ ') : normalized;
      if (!any.some((re) => re.test(text))) return null;
      for (const rule of compiled) {
        const m = rule.match.exec(text);
        if (!m || rule.unless?.test(text)) continue;
        const locale = rule.locale === 'es' || spanish.test(text) ? 'es' : 'en';
        return { route: rule.route, ruleId: rule.id, why: rule.why, locale, matched: m[0] };
      }
      return null;
    },
  };
}
