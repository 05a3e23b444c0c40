/**
 * Opens the configured store backend and the namespaces the bot uses. Conversation state expires
 * (STATE_TTL_HOURS), SMS opt-outs never do, review-log entries expire after their retention.
 */
import type { SmsState } from './channels/sms/handler.js';
import type { Config } from './config.js';
import type { ConversationState } from './reply.js';
import type { ReviewEntry } from './review/review-log.js';
import { createRedisBackend } from './store/redis-store.js';
import { withResilience } from './store/resilient.js';
import { createSqliteBackend } from './store/sqlite-store.js';
import { createMemoryBackend, type StateStore, type StoreBackend } from './store/store.js';

export interface BotStores {
  backend: StoreBackend;
  /** Widget, Slack and Teams conversations (keys: random widget ids or salted hashes). */
  conversations: StateStore<ConversationState>;
  sms: StateStore<SmsState>;
  optOuts: StateStore<boolean>;
  /** Hashes of signed requests already handled, to refuse replays (kept 7 days). */
  seen: StateStore<1>;
  /** Only when REVIEW_LOG=on. */
  review: StateStore<ReviewEntry> | undefined;
}

export interface StoreHooks {
  onDegraded: (reason: string) => void;
  onRecovered: () => void;
}

/** The raw backend, without the resilience wrapper (curator tools want errors, not silence). */
export async function openBackend(config: Config): Promise<StoreBackend> {
  const choice = config.store;
  if (choice.kind === 'redis') {
    const redis = createRedisBackend(choice.url);
    await redis.ready(2000);
    return redis;
  }
  if (choice.kind === 'memory') return createMemoryBackend();
  return createSqliteBackend(config.dataDir);
}

export function openStores(backend: StoreBackend, config: Config, hooks: StoreHooks): BotStores {
  const safe = withResilience(backend, { timeoutMs: config.storeTimeoutMs, ...hooks });
  const conversation = { ttlMs: config.stateTtlMs };
  return {
    backend: safe,
    conversations: safe.open<ConversationState>('conversations', conversation),
    sms: safe.open<SmsState>('sms-conversations', conversation),
    optOuts: safe.open<boolean>('sms-opt-outs'),
    seen: safe.open<1>('seen-requests', { ttlMs: 7 * 86_400_000 }),
    review: config.reviewLog
      ? safe.open<ReviewEntry>('review', { ttlMs: config.reviewLog.retentionMs })
      : undefined,
  };
}
