/**
 * Turns route ids into reply messages: fills helpline numbers, adds follow-up suggestions and
 * source links. Content comes only from the knowledge base; nothing here writes advice.
 */

import { normalize } from '../intents/normalize.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { fillHelplines } from '../knowledge/placeholders.js';
import type { Topic } from '../knowledge/schema.js';
import type { Locale, ReplyMessage, Suggestion } from './reply.js';

const MORE_LABEL: Record<Locale, string> = { en: 'Tell me more', es: 'Más información' };

export interface TopicReply {
  route: string;
  messages: ReplyMessage[];
  lastTopic?: string;
}

export interface Composer {
  template(id: string, locale: Locale): ReplyMessage;
  topic(id: string, more: boolean, locale: Locale): TopicReply;
  clarify(candidates: readonly string[], locale: Locale): ReplyMessage;
  /** Normalized button label of a route, to recognise a tapped suggestion. */
  labelKey(route: string): string;
  /** The route whose label or title is exactly this normalized text, if any. */
  routeForLabel(normalized: string): string | undefined;
  /** Words that stand for a topic when a short follow-up needs context ("what about fentanyl?"). */
  contextOf(route: string): string;
}

/** Freezes a reply and everything in it: shared replies must not be changed by any caller. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Replies are fixed for the composer's life, like the texts they are made of: each one is built
 * on first use, then shared (frozen) by every turn that needs it.
 */
function memo<A extends Array<string | boolean>, R>(build: (...args: A) => R): (...args: A) => R {
  const built = new Map<string, R>();
  return (...args) => {
    const key = args.join('\u0000');
    let out = built.get(key);
    if (out === undefined) {
      out = deepFreeze(build(...args));
      built.set(key, out);
    }
    return out;
  };
}

export function createComposer(kb: KnowledgeBase): Composer {
  const topics = new Map(kb.topics.map((t) => [t.id, t]));
  // Knowledge-base texts are fixed for the composer's life: fill each one's numbers once.
  const filled = new Map<string, string>();
  const fill = (text: string): string => {
    let out = filled.get(text);
    if (out === undefined) {
      out = fillHelplines(text, kb.helplines);
      filled.set(text, out);
    }
    return out;
  };
  const templates = new Map(kb.templates.map((t) => [t.id, t]));
  const labelOf = (route: string, locale: Locale): string =>
    route === 'more' ? MORE_LABEL[locale] : (topics.get(route)?.label ?? topics.get(route)?.title ?? route);
  const byLabel = new Map<string, string>();
  for (const t of kb.topics) {
    for (const l of [t.label, t.title]) if (l) byLabel.set(normalize(l), t.id);
  }
  for (const locale of ['en', 'es'] as const) byLabel.set(normalize(MORE_LABEL[locale]), 'more');
  const suggest = (routes: readonly string[], locale: Locale): Suggestion[] =>
    routes
      .filter((r) => r === 'more' || topics.has(r))
      .map((route) => ({ label: labelOf(route, locale), route }));

  function template(id: string, locale: Locale): ReplyMessage {
    const t = templates.get(id);
    if (!t) throw new Error(`template "${id}" is missing`);
    return {
      text: fill(t[locale]),
      suggestions: suggest(t.suggestions, locale),
      links: [],
    };
  }

  function topic(id: string, more: boolean, locale: Locale): TopicReply {
    const t: Topic | undefined = topics.get(id);
    if (!t) throw new Error(`topic "${id}" is missing`);
    const text = more ? (t.more ?? null) : t.answer;
    if (text === null) {
      return {
        route: id,
        messages: [{ ...template('no-more', locale), suggestions: suggest(t.followUps, locale) }],
        lastTopic: id,
      };
    }
    const canSayMore = !more && Boolean(t.more);
    const suggestions = suggest(canSayMore ? ['more', ...t.followUps.slice(0, 2)] : t.followUps, locale);
    const links = t.sources.map((s) => ({ title: s.title, url: s.url }));
    const message: ReplyMessage = { text: fill(text), suggestions, links };
    if (t.kind !== 'topic') return { route: id, messages: [message] };
    return { route: id, messages: [message], lastTopic: id };
  }

  return {
    template: memo(template),
    topic: memo(topic),
    clarify: (candidates, locale) => ({
      ...template('clarify', locale),
      suggestions: suggest(candidates, locale),
    }),
    labelKey: (route) => normalize(labelOf(route, 'en')),
    routeForLabel: (normalized) => byLabel.get(normalized),
    contextOf: (route) => normalize(topics.get(route)?.title ?? ''),
  };
}
