/**
 * `npm start`: load and check the knowledge base (refuse to start if it is invalid: never serve
 * half a knowledge base), build the bot, listen, and shut down gracefully on SIGTERM.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { WebClient } from '@slack/web-api';
import { openWeightCache } from '../intents/weight-cache.js';
import { formatIssues, loadKnowledge } from '../knowledge/load.js';
import { validateKnowledge } from '../knowledge/validate.js';
import { loadConfig } from './config.js';
import { createLogger } from './log.js';
import { createMetrics } from './metrics.js';
import { createApp } from './server.js';
import { openBackend, openStores } from './stores.js';
import { createBot } from './turn.js';

// The repository root: one level up from bot/main.ts (tsx), two from dist/bot/main.js (npm start).
const here = dirname(fileURLToPath(import.meta.url));
const root = existsSync(join(here, '..', 'knowledge', 'helplines.yml'))
  ? join(here, '..')
  : join(here, '..', '..');
const loaded = loadConfig();
if (!loaded.ok) {
  console.error(loaded.message);
  process.exit(1);
}
const { config, sources } = loaded;
const logger = createLogger(config.logLevel);
for (const [name, source] of Object.entries(sources)) logger.info({ setting: name, source }, 'config');

const kbResult = loadKnowledge(config.knowledgeDir ?? join(root, 'knowledge'));
const issues = kbResult.ok
  ? validateKnowledge(kbResult.kb, new Date().toISOString().slice(0, 10))
  : kbResult.issues;
if (!kbResult.ok || issues.length > 0) {
  console.error(
    `Refusing to start: the knowledge base has ${issues.length} problem(s):\n${formatIssues(issues)}`,
  );
  process.exit(1);
}
const kb = kbResult.kb;
const weightCache = openWeightCache(config.modelCacheDir, root);
const buildStart = performance.now();
const bot = createBot(kb, {
  onError: (error) =>
    logger.error({ err: error instanceof Error ? error.name : 'unknown' }, 'turn failed; sent fallback'),
  weightCache,
});
logger.info(
  { ms: Math.round(performance.now() - buildStart), weights: weightCache?.last ?? 'none' },
  weightCache?.last === 'hit' ? 'bot built; matcher weights read from cache' : 'bot built; matcher trained',
);
const metrics = createMetrics();
const backend = await openBackend(config);
const stores = openStores(backend, config, {
  // Logged once when it starts and once when it ends, not per message.
  onDegraded: (reason) => {
    metrics.storeDegraded.set(1);
    logger.error({ store: backend.kind, reason }, 'state store unavailable: answering without saved state');
  },
  onRecovered: () => {
    metrics.storeDegraded.set(0);
    logger.info({ store: backend.kind }, 'state store available again');
  },
});
logger.info(
  { store: backend.kind, reviewLog: stores.review ? 'on' : 'off' },
  backend.kind === 'sqlite' ? `state in ${join(config.dataDir, 'bot.sqlite')}` : 'state store',
);
const widgetDir = join(root, 'dist', 'widget');
const slackClient = config.slack ? new WebClient(config.slack.botToken) : undefined;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const app = createApp({
  bot,
  kb,
  stores,
  config,
  logger,
  metrics,
  widgetDir,
  slackClient,
  nowSeconds,
});
const channels: Array<[string, boolean, string]> = [
  ['web', true, 'always on'],
  ['sms', Boolean(config.sms), config.sms ? 'TWILIO_AUTH_TOKEN set' : 'TWILIO_AUTH_TOKEN not set'],
  [
    'slack',
    Boolean(config.slack),
    config.slack
      ? 'SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN set'
      : 'SLACK_SIGNING_SECRET or SLACK_BOT_TOKEN not set',
  ],
  [
    'botframework',
    Boolean(config.botFramework),
    config.botFramework?.clientId
      ? 'clientId set (JWT checked)'
      : config.botFramework
        ? 'anonymous: no clientId, not production'
        : 'no clientId in production',
  ],
];
for (const [channel, on, why] of channels) logger.info({ channel, on, why }, 'channel');

const server = app.listen(config.port, config.host, () => {
  logger.info(
    { port: config.port, topics: kb.topics.length },
    `listening on http://localhost:${config.port}`,
  );
});

/**
 * Stop accepting connections, let in-flight requests finish (their turns and store writes), then
 * close the store. Idle keep-alive connections are closed so they do not hold the exit open.
 */
function shutdown(signal: string): void {
  logger.info({ signal }, 'shutting down: no new connections, finishing open requests');
  server.close(() => {
    void backend.close().then(
      () => {
        logger.info('stopped cleanly');
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
