/**
 * The widget's JSON API: POST /api/chat {text, conversationId?, locale?} ->
 * {conversationId, route, confidence, messages: [{text, suggestions}]}.
 * verify (shape) -> load state -> handle -> render -> save state.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { ConversationState, Locale, Reply, ReplyMessage } from '../../reply.js';
import type { StateStore } from '../../store/store.js';
import type { Bot } from '../../turn.js';
import type { Guards } from '../guards.js';
import { storedTurn } from '../stored-turn.js';

export const ChatRequest = z.object({
  text: z.string({ message: 'text must be a string' }),
  conversationId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/, 'conversationId is not one this server gave out')
    .optional(),
  locale: z.enum(['en', 'es']).optional(),
});

export interface ChatResponse {
  conversationId: string;
  route: string;
  confidence: number;
  messages: Array<{ text: string; suggestions: string[]; links: Array<{ title: string; url: string }> }>;
}

export interface WebChatOptions {
  bot: Bot;
  store: StateStore<ConversationState>;
  guards: Guards;
  /** The polite reply for a conversation over its limit (it still carries the helplines). */
  rateLimited: (locale: Locale) => ReplyMessage;
  onTurn: (reply: Reply, seconds: number) => void;
}

/** 128 bits from the system's secure random source. */
export function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

/** Renders a reply for the widget: text, suggestion labels and links, nothing else. */
export function renderForWeb(conversationId: string, reply: Reply): ChatResponse {
  return {
    conversationId,
    route: reply.route,
    confidence: Number(reply.confidence.toFixed(4)),
    messages: reply.messages.map((m) => ({
      text: m.text,
      suggestions: m.suggestions.map((s) => s.label),
      links: m.links,
    })),
  };
}

export function rateLimitedResponse(conversationId: string, message: ReplyMessage): ChatResponse {
  return {
    conversationId,
    route: 'rate-limited',
    confidence: 0,
    messages: [{ text: message.text, suggestions: [], links: [] }],
  };
}

export function createChatHandler(options: WebChatOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = ChatRequest.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({
        error: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      });
      return;
    }
    const { text, locale, conversationId: asked } = parsed.data;
    if (asked && !(await options.guards.underLimit(`web:${asked}`))) {
      res.status(429).json(rateLimitedResponse(asked, options.rateLimited(locale ?? 'en')));
      return;
    }
    // An id this server never gave out, or one that has expired, starts a new conversation.
    const known = asked ? await options.store.get(asked) : undefined;
    const conversationId = known && asked ? asked : newConversationId();
    const input = { text, ...(locale ? { locale } : {}) };
    const reply = await storedTurn(options.bot, options.store, conversationId, input, options.onTurn, {
      entry: known,
    });
    res.json(renderForWeb(conversationId, reply));
  };
}
