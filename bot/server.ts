/**
 * Composition root: wires the channels to the bot. Body parsers are per route; an error in any
 * handler still answers with the helplines (fallback reply) and logs no message text.
 */

import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { KnowledgeBase } from '../knowledge/load.js';
import { createBotFrameworkRoute } from './channels/botframework/handler.js';
import { createGuards } from './channels/guards.js';
import {
  createSlackEventsHandler,
  createSlackInteractionsHandler,
  type SlackPoster,
} from './channels/slack/handler.js';
import { createSmsHandler } from './channels/sms/handler.js';
import { createChatHandler, rateLimitedResponse } from './channels/web/chat.js';
import { createComposer } from './compose.js';
import type { Config } from './config.js';
import { fallbackReply } from './fallback.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import { withReviewLog } from './review/review-log.js';
import type { BotStores } from './stores.js';
import type { Bot } from './turn.js';

export interface AppDeps {
  bot: Bot;
  kb: KnowledgeBase;
  stores: BotStores;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** Folder with the built widget (widget.js, widget.css, index.html). */
  widgetDir: string;
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

/** The widget and demo page load only their own script and styles, so the policy can be strict. */
const security = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      connectSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      frameAncestors: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'sameorigin' },
});

export function createApp(deps: AppDeps): express.Express {
  const { config, logger, metrics } = deps;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(security);
  const composer = createComposer(deps.kb);
  const guards = createGuards(deps.stores.seen, config.rateLimitPerConversation);
  // With REVIEW_LOG=on, each channel's unanswered and clarified messages are kept, redacted.
  const review = deps.stores.review;
  const botFor = (channel: string): Bot =>
    review
      ? withReviewLog(deps.bot, {
          kb: deps.kb,
          store: review,
          channel,
          onError: (error) =>
            logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'review log write failed'),
        })
      : deps.bot;

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
      res.status(429).json(rateLimitedResponse('', composer.template('rate-limited', 'en')));
    },
  });
  app.options('/api/chat', cors);
  app.post(
    '/api/chat',
    cors,
    limiter,
    // The widget sends at most 2,000 characters; the gate reads every character of what arrives.
    express.json({ limit: '64kb' }),
    createChatHandler({
      bot: botFor('web'),
      store: deps.stores.conversations,
      guards,
      rateLimited: (locale) => composer.template('rate-limited', locale),
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
      bot: botFor('slack'),
      signingSecret: config.slack.signingSecret,
      client: deps.slackClient,
      states: deps.stores.conversations,
      hashId,
      guards,
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
        bot: botFor('botframework'),
        auth: config.botFramework,
        states: deps.stores.conversations,
        hashId,
        guards,
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
  if (sms) {
    app.post(
      '/api/sms/twilio',
      express.urlencoded({ extended: false, limit: '64kb' }),
      createSmsHandler({
        bot: botFor('sms'),
        composer,
        authToken: sms.authToken,
        webhookUrl: sms.webhookUrl,
        states: deps.stores.sms,
        optOuts: deps.stores.optOuts,
        hashId,
        guards,
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
      // Still a reply a person can act on: the helplines come with the error.
      const help = fallbackReply(deps.kb, undefined);
      res.status(status).json({
        error: status === 413 ? 'message too large' : 'body is not valid JSON',
        route: 'fallback',
        confidence: 0,
        messages: help.messages.map((m) => ({ text: m.text, suggestions: [], links: [] })),
      });
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
