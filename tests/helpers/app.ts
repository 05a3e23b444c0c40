/** Builds the real app (real knowledge base, real bot) for HTTP and browser tests. */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SlackPoster } from '../../bot/channels/slack/handler.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/log.js';
import { createMetrics } from '../../bot/metrics.js';
import { createApp } from '../../bot/server.js';
import { createSqliteBackend } from '../../bot/store/sqlite-store.js';
import { createMemoryBackend, type StoreBackend } from '../../bot/store/store.js';
import { openStores } from '../../bot/stores.js';
import { type Bot, createBot } from '../../bot/turn.js';
import { type KnowledgeBase, loadKnowledge } from '../../knowledge/load.js';

export interface TestAppOptions {
  slackClient?: SlackPoster;
  nowSeconds?: () => number;
  /** Defaults: a SQLite file when DATA_DIR is set (restarts keep state), else memory. */
  backend?: StoreBackend;
}

let built: { kb: KnowledgeBase; bot: Bot } | undefined;

/**
 * The knowledge base and bot, built once per test file: the bot keeps no conversation state (that
 * lives in the stores), so every app of a file can share it, and a test that starts two instances
 * does not pay for two builds (about a second each, several on a loaded CI machine).
 */
export function sharedBot(): { kb: KnowledgeBase; bot: Bot } {
  if (!built) {
    const loaded = loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('knowledge base must load');
    built = { kb: loaded.kb, bot: createBot(loaded.kb) };
  }
  return built;
}

export function buildTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}) {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  if (!config.ok) throw new Error(config.message);
  const { kb, bot } = sharedBot();
  const metrics = createMetrics();
  const backend =
    options.backend ?? (env.DATA_DIR ? createSqliteBackend(env.DATA_DIR) : createMemoryBackend());
  const degraded: string[] = [];
  const stores = openStores(backend, config.config, {
    onDegraded: (reason) => degraded.push(reason),
    onRecovered: () => degraded.push('recovered'),
  });
  const logger = createLogger('silent');
  const app = createApp({
    bot,
    kb,
    stores,
    config: config.config,
    logger,
    metrics,
    widgetDir: 'dist/widget',
    slackClient: options.slackClient,
    nowSeconds: options.nowSeconds ?? (() => Math.floor(Date.now() / 1000)),
  });
  return { app, stores, metrics, backend, degraded };
}

export async function listen(
  app: ReturnType<typeof buildTestApp>['app'],
): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}
