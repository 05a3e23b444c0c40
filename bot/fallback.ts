/**
 * The reply of last resort. If the turn fails, the person still gets the helplines. The numbers
 * come from the knowledge base's fallback template; the constant below is used only if even that
 * is unavailable, and tests/bot/fallback.test.ts checks it against knowledge/helplines.yml.
 */
import type { KnowledgeBase } from '../knowledge/load.js';
import { fillHelplines } from '../knowledge/placeholders.js';
import { type ConversationState, type Locale, newConversationState, type Reply } from './reply.js';

export const LAST_RESORT_TEXT: Readonly<Record<Locale, string>> = Object.freeze({
  en: 'Sorry, something went wrong on my side. If you need help now: SAMHSA Helpline 1-800-662-4357 (free, 24/7), call or text 988 if you are in crisis, and 911 in an emergency.',
  es: 'Lo siento, algo falló. Si necesitas ayuda ahora: Línea de SAMHSA 1-800-662-4357 (gratis, 24/7, en español), llama o envía AYUDA al 988 si estás en crisis, y al 911 en una emergencia.',
});

function fallbackText(kb: KnowledgeBase | undefined, locale: Locale): string {
  const template = kb?.templates.find((t) => t.id === 'fallback');
  if (!kb || !template) return LAST_RESORT_TEXT[locale];
  try {
    return fillHelplines(template[locale], kb.helplines);
  } catch {
    return LAST_RESORT_TEXT[locale];
  }
}

/** A complete reply carrying the helplines, for any error path. Keeps the conversation going. */
export function fallbackReply(
  kb: KnowledgeBase | undefined,
  state: ConversationState | undefined,
  locale: Locale = 'en',
): Reply {
  const previous = state ?? newConversationState();
  return {
    route: 'fallback',
    confidence: 0,
    safety: 'crisis',
    locale,
    messages: [{ text: fallbackText(kb, locale), suggestions: [], links: [] }],
    state: { ...previous, welcomed: true, turns: previous.turns + 1 },
  };
}
