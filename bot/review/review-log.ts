/**
 * The optional review log (REVIEW_LOG=on): messages the bot could not answer or had to clarify,
 * redacted before they are stored, with no user or conversation id, only the day, and a
 * retention limit enforced by the store's expiry. Crisis messages are never recorded.
 */
import { randomBytes } from 'node:crypto';
import type { KnowledgeBase } from '../../knowledge/load.js';
import type { Reply } from '../reply.js';
import type { StateStore } from '../store/store.js';
import type { Bot } from '../turn.js';
import { createRedactor, type Redactor } from './redact.js';

/** The routes worth a curator's look: nothing fitted, or the bot had to ask. */
export const REVIEWED_ROUTES: ReadonlySet<string> = new Set(['out-of-scope', 'clarify']);

export interface ReviewEntry {
  /** The message after redaction. */
  text: string;
  route: string;
  /** Topics the bot offered when it asked (clarify), best first. */
  offered: string[];
  channel: string;
  /** UTC day (YYYY-MM-DD): enough to see trends, too coarse to match a message to a person. */
  day: string;
}

/** Lower-case words the knowledge base itself uses, so they are never mistaken for names. */
export function knowledgeWords(kb: KnowledgeBase): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []) words.add(word);
  };
  for (const topic of kb.topics) {
    add(topic.title);
    add(topic.answer);
    if (topic.more) add(topic.more);
    for (const question of topic.questions) add(question);
  }
  return words;
}

export function reviewEntry(redactor: Redactor, text: string, reply: Reply, channel: string, now: Date) {
  return {
    text: redactor.redact(text),
    route: reply.route,
    offered: reply.route === 'clarify' ? (reply.state.offered ?? []) : [],
    channel,
    day: now.toISOString().slice(0, 10),
  } satisfies ReviewEntry;
}

/**
 * Wraps a bot so each channel's unanswered and clarified messages are recorded. Recording never
 * delays or changes the reply; a failed write is reported through `onError` without the text.
 */
export function withReviewLog(
  bot: Bot,
  options: {
    kb: KnowledgeBase;
    store: StateStore<ReviewEntry>;
    channel: string;
    now?: () => Date;
    onError: (error: unknown) => void;
  },
): Bot {
  const redactor = createRedactor(knowledgeWords(options.kb));
  const now = options.now ?? (() => new Date());
  return {
    ...bot,
    handleTurn(message, state) {
      const reply = bot.handleTurn(message, state);
      if (reply.safety === null && REVIEWED_ROUTES.has(reply.route) && message.text.trim() !== '') {
        const entry = reviewEntry(redactor, message.text, reply, options.channel, now());
        const key = `${Date.now().toString(36)}-${randomBytes(6).toString('base64url')}`;
        options.store.put(key, entry).catch(options.onError);
      }
      return reply;
    },
  };
}
