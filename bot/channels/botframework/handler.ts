/**
 * Bot Framework Activity protocol through the Microsoft 365 Agents SDK: one endpoint for Teams,
 * Azure Web Chat / Direct Line and Azure Bot Service's other channels. JWT is checked by the
 * SDK's middleware (anonymous only without a client id and outside production). Conversation state
 * is kept in the project's own store, keyed by a salted hash of the channel and conversation ids.
 */
import { ActionTypes, ActivityTypes } from '@microsoft/agents-activity';
import {
  type AuthConfiguration,
  authorizeJWT,
  CloudAdapter,
  getAuthConfigWithDefaults,
  MessageFactory,
  type TurnContext,
} from '@microsoft/agents-hosting';
import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import type { ConversationState, Reply, ReplyMessage } from '../../reply.js';
import type { StateStore } from '../../store/store.js';
import type { Bot } from '../../turn.js';
import type { Guards } from '../guards.js';
import { storedTurn } from '../stored-turn.js';

export interface BotFrameworkOptions {
  bot: Bot;
  auth: AuthConfiguration;
  states: StateStore<ConversationState>;
  hashId: (id: string) => string;
  guards: Guards;
  /** Text sent if a turn fails inside the adapter (carries the helplines). */
  fallbackText: string;
  onTurn: (reply: Reply, seconds: number) => void;
  onError: (error: unknown) => void;
}

/** A reply message as an Activity: suggestions become suggested actions that send their label back. */
export function toActivity(message: ReplyMessage) {
  if (message.suggestions.length === 0) return MessageFactory.text(message.text);
  const actions = message.suggestions.map((s) => ({
    type: ActionTypes.ImBack,
    title: s.label,
    value: s.label,
  }));
  return MessageFactory.suggestedActions(actions, message.text);
}

/** The least an Activity needs before the SDK sees it; the SDK checks the rest. */
const IncomingActivity = z.looseObject({
  type: z.string().min(1, 'an Activity needs a type'),
  conversation: z.looseObject({ id: z.string().min(1) }),
});

export function createBotFrameworkRoute(options: BotFrameworkOptions): RequestHandler[] {
  // The JWT check needs the same defaults the adapter applies (the connection map that matches a
  // token's audience to this bot); given the bare settings it would refuse every token.
  const auth = getAuthConfigWithDefaults(options.auth);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    options.onError(error);
    await context.sendActivity(MessageFactory.text(options.fallbackText));
  };

  async function onActivity(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message) return;
    const key = options.hashId(`${activity.channelId ?? ''}:${activity.conversation?.id ?? ''}`);
    const reply = await storedTurn(
      options.bot,
      options.states,
      key,
      { text: activity.text ?? '' },
      options.onTurn,
    );
    for (const message of reply.messages) await context.sendActivity(toActivity(message));
  }

  const handle: RequestHandler = async (req, res) => {
    const shape = IncomingActivity.safeParse(req.body);
    if (!shape.success) {
      res.status(400).json({
        error: shape.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      });
      return;
    }
    // Tokens are bearer tokens reused for an hour, so a replay is caught by the activity's id.
    const { id, conversation } = shape.data;
    if (typeof id === 'string' && !(await options.guards.firstSight(`bf:${conversation.id}:${id}`))) {
      res.status(403).json({ error: 'activity already received' });
      return;
    }
    await adapter.process(req, res, onActivity);
  };
  return [express.json({ limit: '1mb' }), authorizeJWT(auth) as RequestHandler, handle];
}
