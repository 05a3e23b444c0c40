/** Builds the real app (real knowledge base, real bot) for HTTP and browser tests. */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SlackPoster } from '../../bot/channels/slack/handler.js';
import type { SmsState } from '../../bot/channels/sms/handler.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/log.js';
import { createMetrics } from '../../bot/metrics.js';
import type { ConversationState } from '../../bot/reply.js';
import { createApp } from '../../bot/server.js';
import { createFileStore } from '../../bot/store/file-store.js';
import { createMemoryStore } from '../../bot/store/store.js';
import { createBot } from '../../bot/turn.js';
import { loadKnowledge } from '../../knowledge/load.js';

export interface TestAppOptions {
  slackClient?: SlackPoster;
  nowSeconds?: () => number;
}

export function buildTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}) {
  const loaded = loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge base must load');
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  if (!config.ok) throw new Error(config.message);
  const bot = createBot(loaded.kb);
  const store = createMemoryStore<ConversationState>({ ttlMs: 3_600_000, maxEntries: 1000, now: Date.now });
  const metrics = createMetrics();
  const dataDir = config.config.dataDir;
  const smsStores = {
    states: createFileStore<SmsState>(dataDir, 'sms-conversations'),
    optOuts: createFileStore<boolean>(dataDir, 'sms-opt-outs'),
  };
  const logger = createLogger('silent');
  const app = createApp({
    bot,
    kb: loaded.kb,
    store,
    config: config.config,
    logger,
    metrics,
    widgetDir: 'dist/widget',
    smsStores,
    slackClient: options.slackClient,
    nowSeconds: options.nowSeconds ?? (() => Math.floor(Date.now() / 1000)),
  });
  return { app, store, metrics };
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
