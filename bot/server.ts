/**
 * Composition root: wires the channels to the bot. Body parsers are per route; an error in any
 * handler still answers with the helplines (fallback reply) and logs no message text.
 */

import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { KnowledgeBase } from '../knowledge/load.js';
import { createBotFrameworkRoute } from './channels/botframework/handler.js';
import {
  createSlackEventsHandler,
  createSlackInteractionsHandler,
  type SlackPoster,
} from './channels/slack/handler.js';
import { createSmsHandler, type SmsState } from './channels/sms/handler.js';
import { createChatHandler } from './channels/web/chat.js';
import { createComposer } from './compose.js';
import type { Config } from './config.js';
import { fallbackReply } from './fallback.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { ConversationState } from './reply.js';
import type { StateStore } from './store/store.js';
import type { Bot } from './turn.js';

export interface AppDeps {
  bot: Bot;
  kb: KnowledgeBase;
  store: StateStore<ConversationState>;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** Folder with the built widget (widget.js, widget.css, index.html). */
  widgetDir: string;
  /** Stores for the SMS channel (durable: opt-outs must survive restarts). */
  smsStores: { states: StateStore<SmsState>; optOuts: StateStore<boolean> } | undefined;
  /** Slack Web API client (WebClient in production, a fake in tests). */
  slackClient: SlackPoster | undefined;
  /** Clock for request-age checks, in seconds. */
  nowSeconds: () => number;
}

const STATIC_TYPES: Record<string, string> = {
  'widget.js': 'text/javascript; charset=utf-8',
  'widget.css': 'text/css; charset=utf-8',
  'demo.css': 'text/css; charset=utf-8',
  'index.html': 'text/html; charset=utf-8',
};

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
  );
  next();
}

export function createApp(deps: AppDeps): express.Express {
  const { config, logger, metrics } = deps;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(securityHeaders);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready', topics: deps.kb.topics.length });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  const cors = (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin && config.widgetOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    }
    if (req.method === 'OPTIONS') {
      res.sendStatus(204);
      return;
    }
    next();
  };
  // Too many messages get a polite answer that still carries the helplines, never a silent drop.
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.rateLimitPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      const help = fallbackReply(deps.kb, undefined).messages[0]?.text ?? '';
      res.status(429).json({
        route: 'rate-limited',
        confidence: 0,
        messages: [
          {
            text: `You're sending messages faster than I can answer. Please wait a minute. ${help.replace(/^[^.]*\.\s*/, '')}`,
            suggestions: [],
            links: [],
          },
        ],
      });
    },
  });
  app.options('/api/chat', cors);
  app.post(
    '/api/chat',
    cors,
    limiter,
    express.json({ limit: '256kb' }),
    createChatHandler({
      bot: deps.bot,
      store: deps.store,
      maxMessageChars: config.maxMessageChars,
      onTurn: (reply, seconds) => {
        metrics.turns.inc({ route: reply.route, channel: 'web' });
        metrics.latency.observe({ channel: 'web' }, seconds);
        if (reply.route === 'fallback') metrics.errors.inc({ channel: 'web' });
      },
    }),
  );

  const hashId = (id: string) => createHmac('sha256', config.hashSalt).update(id).digest('base64url');

  if (config.slack && deps.slackClient) {
    const slack = {
      bot: deps.bot,
      signingSecret: config.slack.signingSecret,
      client: deps.slackClient,
      states: deps.store,
      hashId,
      nowSeconds: deps.nowSeconds,
      onTurn: (reply: { route: string }, seconds: number) => {
        metrics.turns.inc({ route: reply.route, channel: 'slack' });
        metrics.latency.observe({ channel: 'slack' }, seconds);
      },
      onError: (error: unknown) => {
        metrics.errors.inc({ channel: 'slack' });
        logger.error(
          { channel: 'slack', err: error instanceof Error ? error.name : 'unknown' },
          'slack reply failed',
        );
      },
    };
    const raw = express.raw({ type: () => true, limit: '1mb' });
    app.post('/api/slack/events', raw, createSlackEventsHandler(slack));
    app.post('/api/slack/interactions', raw, createSlackInteractionsHandler(slack));
  }

  if (config.botFramework) {
    app.post(
      '/api/messages',
      ...createBotFrameworkRoute({
        bot: deps.bot,
        auth: config.botFramework,
        states: deps.store,
        hashId,
        fallbackText: fallbackReply(deps.kb, undefined).messages[0]?.text ?? '',
        onTurn: (reply, seconds) => {
          metrics.turns.inc({ route: reply.route, channel: 'botframework' });
          metrics.latency.observe({ channel: 'botframework' }, seconds);
        },
        onError: (error) => {
          metrics.errors.inc({ channel: 'botframework' });
          logger.error(
            { channel: 'botframework', err: error instanceof Error ? error.name : 'unknown' },
            'turn failed',
          );
        },
      }),
    );
  }

  const sms = config.sms;
  if (sms && deps.smsStores) {
    app.post(
      '/api/sms/twilio',
      express.urlencoded({ extended: false, limit: '64kb' }),
      createSmsHandler({
        bot: deps.bot,
        composer: createComposer(deps.kb),
        authToken: sms.authToken,
        webhookUrl: sms.webhookUrl,
        states: deps.smsStores.states,
        optOuts: deps.smsStores.optOuts,
        hashId,
        onTurn: (reply, seconds) => {
          metrics.turns.inc({ route: reply.route, channel: 'sms' });
          metrics.latency.observe({ channel: 'sms' }, seconds);
        },
      }),
    );
  }

  for (const [file, type] of Object.entries(STATIC_TYPES)) {
    const path = file === 'index.html' ? '/' : `/${file}`;
    app.get(path, (_req, res) => {
      const full = join(deps.widgetDir, file);
      if (!existsSync(full)) {
        res
          .status(503)
          .type('text/plain')
          .send(`The widget is not built yet: run "npm run build". Help now: SAMHSA 1-800-662-4357, 988.`);
        return;
      }
      res.type(type).setHeader('Cache-Control', 'no-cache');
      res.send(readFileSync(full));
    });
  }

  // Express 5 sends errors thrown by async handlers here. The person still gets the helplines.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    logger.error(
      {
        path: req.path,
        status,
        code: (error as { type?: string }).type ?? 'internal',
        err: error instanceof Error ? { name: error.name } : 'unknown',
      },
      'request failed',
    );
    metrics.errors.inc({ channel: 'web' });
    if (res.headersSent) return;
    if (status === 400 || status === 413) {
      res.status(status).json({ error: status === 413 ? 'message too large' : 'body is not valid JSON' });
      return;
    }
    const reply = fallbackReply(deps.kb, undefined);
    res.status(500).json({
      route: reply.route,
      confidence: 0,
      messages: reply.messages.map((m) => ({ text: m.text, suggestions: [], links: [] })),
    });
  });
  return app;
}
