/**
 * Slack Events API and interactivity: verify the signature over the raw body -> answer
 * url_verification -> acknowledge at once -> handle the turn -> post the reply with the Web API.
 * Retries, bot messages and message subtypes are ignored. Works in DMs and on @mentions.
 */
import type { Request, Response } from 'express';
import type { ConversationState, Reply } from '../../reply.js';
import type { StateStore } from '../../store/store.js';
import type { Bot } from '../../turn.js';
import type { Guards } from '../guards.js';
import { storedTurn } from '../stored-turn.js';
import { renderForSlack } from './render.js';
import { verifySlackRequest } from './verify.js';

/** The one Web API call the channel makes; @slack/web-api's WebClient fits, tests pass a fake. */
export interface SlackPoster {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks: unknown[];
      thread_ts?: string;
    }): Promise<unknown>;
  };
}

export interface SlackOptions {
  bot: Bot;
  signingSecret: string;
  client: SlackPoster;
  states: StateStore<ConversationState>;
  hashId: (id: string) => string;
  guards: Guards;
  nowSeconds: () => number;
  onTurn: (reply: Reply, seconds: number) => void;
  onError: (error: unknown) => void;
}

interface SlackEvent {
  type?: string;
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  channel?: string;
  thread_ts?: string;
  ts?: string;
}

async function verified(options: SlackOptions, req: Request, res: Response): Promise<string | undefined> {
  const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
  const verdict = verifySlackRequest(
    options.signingSecret,
    req.get('X-Slack-Request-Timestamp'),
    req.get('X-Slack-Signature'),
    raw,
    options.nowSeconds(),
  );
  if (verdict !== 'ok') {
    res.status(401).json({ error: `signature ${verdict}` });
    return undefined;
  }
  // Within the 5-minute window a replay would still verify; its signature has been seen before.
  if (!(await options.guards.firstSight(`slack:${req.get('X-Slack-Signature')}`))) {
    res.status(401).json({ error: 'signature replayed' });
    return undefined;
  }
  return raw;
}

async function answer(
  options: SlackOptions,
  who: string,
  channel: string,
  text: string,
  thread?: string,
): Promise<void> {
  const key = options.hashId(`${who}:${channel}`);
  const reply = await storedTurn(options.bot, options.states, key, { text }, options.onTurn);
  const rendered = renderForSlack(reply);
  await options.client.chat.postMessage({ channel, ...rendered, ...(thread ? { thread_ts: thread } : {}) });
}

export function createSlackEventsHandler(options: SlackOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const raw = await verified(options, req, res);
    if (raw === undefined) return;
    let body: { type?: string; challenge?: string; event?: SlackEvent; team_id?: string };
    try {
      body = JSON.parse(raw);
    } catch {
      res.status(400).json({ error: 'body is not valid JSON' });
      return;
    }
    if (body.type === 'url_verification') {
      res.json({ challenge: body.challenge });
      return;
    }
    res.sendStatus(200);
    if (req.get('X-Slack-Retry-Num')) return;
    const e = body.event;
    if (!e || e.bot_id || e.subtype || !e.channel || !e.user) return;
    const isDm = e.type === 'message' && e.channel_type === 'im';
    const isMention = e.type === 'app_mention';
    if (!isDm && !isMention) return;
    const text = (e.text ?? '').replace(/<@[A-Z0-9]+>/g, ' ').trim();
    answer(
      options,
      `${body.team_id ?? ''}:${e.user}`,
      e.channel,
      text,
      isMention ? (e.thread_ts ?? e.ts) : undefined,
    ).catch(options.onError);
  };
}

export function createSlackInteractionsHandler(options: SlackOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const raw = await verified(options, req, res);
    if (raw === undefined) return;
    const payloadText = new URLSearchParams(raw).get('payload');
    let payload: {
      type?: string;
      user?: { id?: string; team_id?: string };
      channel?: { id?: string };
      actions?: Array<{ value?: string }>;
    };
    try {
      payload = JSON.parse(payloadText ?? '');
    } catch {
      res.status(400).json({ error: 'payload is not valid JSON' });
      return;
    }
    res.sendStatus(200);
    const value = payload.actions?.[0]?.value;
    const channel = payload.channel?.id;
    const user = payload.user?.id;
    if (payload.type !== 'block_actions' || !value || !channel || !user) return;
    answer(options, `${payload.user?.team_id ?? ''}:${user}`, channel, value).catch(options.onError);
  };
}
