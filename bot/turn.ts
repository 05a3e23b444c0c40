/**
 * One channel-agnostic conversation turn: (text, state) -> reply model.
 * Order, always: safety gate -> conversation controls (numbers, "more") -> matcher -> reply.
 * The gate runs on every message before anything else, and an error anywhere still returns the
 * helplines (see fallback.ts).
 */

import type { Ranked } from '../intents/classifier.js';
import {
  createMatcher,
  DEFAULT_MATCHER,
  type Matcher,
  type MatcherConfig,
  type MatchResult,
} from '../intents/matcher.js';
import { normalize } from '../intents/normalize.js';
import { compileSafetyGate, type SafetyHit } from '../intents/safety.js';
import type { WeightCache } from '../intents/weight-cache.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { type Composer, createComposer } from './compose.js';
import { fallbackReply } from './fallback.js';
import {
  type ConversationState,
  type InboundMessage,
  type Locale,
  newConversationState,
  type Reply,
  type ReplyMessage,
} from './reply.js';

/** How the route was chosen: shown by `npm run chat -- --debug`, never logged with text. */
export interface TurnDebug {
  via: 'safety' | 'choice' | 'more' | 'matcher' | 'context' | 'empty' | 'fallback';
  corrected: string;
  safety: SafetyHit | null;
  ranked: Ranked[];
  nearest?: string | undefined;
  /** Why the matcher declined before scoring: an anchor and its other sense ("withdraw + coffee"). */
  elsewhere?: string | undefined;
}

export interface Bot {
  /** Never throws: on any internal error it returns the fallback reply with the helplines. */
  handleTurn(message: InboundMessage, state: ConversationState | undefined): Reply;
  /** Same turn with the reasons attached (for curators' tools). */
  debugTurn(message: InboundMessage, state: ConversationState | undefined): Reply & { debug: TurnDebug };
}

export interface BotOptions {
  matcher: MatcherConfig;
  /** Called with any internal error; the message text is never passed. */
  onError: (error: unknown) => void;
  /** Where the matcher's trained weights are kept between starts (weight-cache.ts); none: trained every time. */
  weightCache: WeightCache | undefined;
}

const DEFAULTS: BotOptions = Object.freeze({
  matcher: DEFAULT_MATCHER,
  onError: () => {},
  weightCache: undefined,
});

/** Longer messages are read whole by the safety gate in windows of this size, overlapping by a clause. */
const LONG_MESSAGE = 4000;
const WINDOW_OVERLAP = 400;
/** Short follow-ups that only make sense with the previous topic ("how long does it last?"). */
const CONTEXT_MAX_WORDS = 7;
const MORE =
  /^(?:(?:tell|show|give) me |i want |can i (?:get|have) |need )?(?:more|more info|more information|more details|details|the rest|go on|continue|keep going|and|what else|more please|please more|more about (?:it|that|this))$/;
const PICK = /^(?:#|option |number |choice |no )?([1-9])$/;
/** A visible character: a letter, digit, punctuation mark, symbol or emoji (not only spaces or invisible marks). */
const TYPED = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Words that point back to the last topic ("how long does it last", "what about fentanyl"). */
const ANAPHORA =
  /\b(?:it|its|that|this|those|these|them|they|the same|what about|how about|and if|also)\b|^and\b/;

interface Decision {
  route: string;
  confidence: number;
  messages: ReplyMessage[];
  safety: Reply['safety'];
  lastTopic?: string | undefined;
  debug: TurnDebug;
}

function pickOffered(normalized: string, state: ConversationState, composer: Composer): string | undefined {
  const offered = state.offered ?? [];
  const n = PICK.exec(normalized);
  if (n) return offered[Number(n[1]) - 1];
  return (
    offered.find((route) => composer.labelKey(route) === normalized) ?? composer.routeForLabel(normalized)
  );
}

export function createBot(kb: KnowledgeBase, options: Partial<BotOptions> = {}): Bot {
  const config: BotOptions = { ...DEFAULTS, ...options };
  const gate = compileSafetyGate(kb.safety, kb.safetyNet, kb.safetyLiterals);
  const matcher: Matcher = createMatcher(kb, config.matcher, config.weightCache);
  const composer = createComposer(kb);

  /**
   * Every view of the message (as typed, spelling-corrected, and a long one in overlapping
   * windows, so a crisis said once in the middle of a long story is still found) goes to the
   * gate, which tries the rules on all of them before the learned net.
   */
  function safetyCheck(text: string, normalized: string, corrected: string, told = -1): SafetyHit | null {
    const hit = readWhole(text, normalized, corrected, told);
    // An alarm told in the past ("that night in 2019 I had the whole bottle in my hand") is part of a
    // story: the message is read again without that clause, so a crisis told beside it still counts,
    // and every sentence after it is still read alone.
    const past = hit && gate.toldInThePast(text, normalized, hit);
    if (!past) return hit && hit.route !== 'refuse-harmful' ? overNow(hit, text, normalized) : hit;
    const at = text.indexOf(past);
    const rest = `${text.slice(0, at)} ${text.slice(at + past.length)}`;
    const again = normalize(rest);
    return safetyCheck(rest, again, matcher.correct(again), told < 0 ? at : Math.min(told, at));
  }

  /**
   * A crisis told of earlier today, with help come or over ("he overdosed at lunch, he's stable
   * now"): the message is read again without the clauses that tell of it, so a danger told anywhere
   * else still counts. A refusal is never excused this way.
   */
  function overNow(hit: SafetyHit, text: string, normalized: string): SafetyHit | null {
    const rest = gate.overNow(text, normalized);
    if (rest === null) return hit;
    // What is left is read again, the rules and then the net.
    const again = normalize(rest);
    return again ? gate.check(again) : null;
  }

  function readWhole(text: string, normalized: string, corrected: string, told: number): SafetyHit | null {
    const views = [normalized];
    if (corrected !== normalized) views.push(corrected);
    if (text.length > LONG_MESSAGE) {
      const step = LONG_MESSAGE - WINDOW_OVERLAP;
      for (let start = 0; start < text.length; start += step) {
        views.push(normalize(text.slice(start, start + LONG_MESSAGE)));
      }
    }
    const hit = gate.check(...views);
    if (hit && hit.route !== 'refuse-harmful') return hit;
    // A crisis told after a back story: each later sentence is read alone. A crisis there outranks
    // a refusal of the whole.
    let refusal = hit;
    for (const sentence of gate.afterTheStory(text, normalized, told)) {
      const found = gate.sentence(sentence);
      if (found && found.route !== 'refuse-harmful') return found;
      refusal ??= found;
    }
    return refusal;
  }

  function fromMatch(result: MatchResult, locale: Locale, debug: TurnDebug): Decision {
    if (result.kind === 'answer') {
      return {
        ...composer.topic(result.route, false, locale),
        confidence: result.confidence,
        safety: null,
        debug,
      };
    }
    if (result.kind === 'clarify') {
      return {
        route: 'clarify',
        confidence: result.confidence,
        messages: [composer.clarify(result.candidates, locale)],
        safety: null,
        debug,
      };
    }
    if (result.elsewhere) debug.elsewhere = result.elsewhere;
    return {
      route: 'out-of-scope',
      confidence: result.confidence,
      messages: [composer.template('out-of-scope', locale)],
      safety: null,
      debug,
    };
  }

  function decide(text: string, state: ConversationState, locale: Locale): Decision {
    const normalized = normalize(text);
    const corrected = matcher.correct(normalized);
    const debug: TurnDebug = { via: 'matcher', corrected, safety: null, ranked: [] };
    const hit =
      safetyCheck(text, normalized, corrected) ??
      (state.refused && !pickOffered(normalized, state, composer) ? gate.afterRefusal(normalized) : null);
    if (hit) {
      debug.via = 'safety';
      debug.safety = hit;
      const safety = hit.route === 'refuse-harmful' ? 'refusal' : 'crisis';
      const hitLocale = hit.locale === 'es' ? 'es' : locale;
      return {
        route: hit.route,
        confidence: 1,
        messages: [composer.template(hit.route, hitLocale)],
        safety,
        lastTopic: state.lastTopic,
        debug,
      };
    }
    if (!normalized) {
      debug.via = 'empty';
      return {
        // Nothing typed: help. Only symbols or emoji with no meaning to the bot ("🍕🍕🍕"): not
        // something it covers, with the same prompt to ask in words.
        route: TYPED.test(text) ? 'out-of-scope' : 'bot-help',
        confidence: 1,
        messages: [composer.template('empty', locale)],
        safety: null,
        lastTopic: state.lastTopic,
        debug,
      };
    }
    if (MORE.test(normalized) && state.lastTopic) {
      debug.via = 'more';
      return { ...composer.topic(state.lastTopic, true, locale), confidence: 1, safety: null, debug };
    }
    const picked = pickOffered(normalized, state, composer);
    if (picked) {
      debug.via = 'choice';
      const more = picked === 'more' && state.lastTopic;
      return {
        ...composer.topic(more ? (state.lastTopic as string) : picked, Boolean(more), locale),
        confidence: 1,
        safety: null,
        debug,
      };
    }
    let result = matcher.match(corrected);
    debug.ranked = result.ranked.slice(0, 3);
    const refersBack = ANAPHORA.test(corrected);
    if (
      (result.kind !== 'answer' || refersBack) &&
      state.lastTopic &&
      corrected.split(' ').length <= CONTEXT_MAX_WORDS
    ) {
      const withContext = matcher.match(`${composer.contextOf(state.lastTopic)} ${corrected}`);
      if (withContext.kind === 'answer') {
        debug.via = 'context';
        debug.ranked = withContext.ranked.slice(0, 3);
        result = withContext;
      }
    }
    return fromMatch(result, locale, debug);
  }

  function run(message: InboundMessage, previous: ConversationState | undefined, withDebug: boolean) {
    const state = previous ?? newConversationState();
    const locale: Locale = message.locale ?? state.locale ?? 'en';
    try {
      const d = decide(message.text, state, locale);
      const replyLocale =
        d.safety && d.messages.length > 0 && d.debug.safety?.locale === 'es' ? 'es' : locale;
      const first = !state.welcomed;
      // A crisis reply always comes first; the welcome would only delay the numbers.
      const messages =
        first && !d.safety
          ? [composer.template('welcome', replyLocale), ...(d.route === 'greeting' ? [] : d.messages)]
          : d.messages;
      const offered = messages.flatMap((m) => m.suggestions.map((s) => s.route));
      const next: ConversationState = {
        v: 1,
        welcomed: true,
        turns: state.turns + 1,
        locale: replyLocale,
        ...(d.lastTopic ? { lastTopic: d.lastTopic } : {}),
        ...(offered.length > 0 ? { offered } : {}),
        ...(d.route === 'refuse-harmful' ? { refused: true } : {}),
      };
      if (withDebug && d.debug.ranked[0] && !d.safety)
        d.debug.nearest = matcher.explain(d.debug.corrected, d.route);
      return {
        route: d.route,
        confidence: d.confidence,
        safety: d.safety,
        locale: replyLocale,
        messages,
        state: next,
        debug: d.debug,
      };
    } catch (error) {
      config.onError(error);
      const reply = fallbackReply(kb, state, locale);
      return { ...reply, debug: { via: 'fallback' as const, corrected: '', safety: null, ranked: [] } };
    }
  }

  return {
    handleTurn(message, state) {
      const { debug: _debug, ...reply } = run(message, state, false);
      return reply;
    },
    debugTurn: (message, state) => run(message, state, true),
  };
}
