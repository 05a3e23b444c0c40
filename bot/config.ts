/**
 * The only place that reads process.env. Everything is parsed with zod at start-up; a bad value
 * stops the server with a message naming the variable. Secrets are never logged.
 */
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Comma-separated origins allowed to call /api/chat from a browser (the widget's host pages). */
  WIDGET_ORIGINS: z.string().default(''),
  /** Conversation state lifetime in hours. */
  STATE_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  /** Messages one client address may send to /api/chat per minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000_000).default(60),
  /** Set when a load balancer or proxy sits in front, so client addresses come from X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Where the embedded store (a SQLite file) keeps conversation state, SMS opt-outs and the review log. */
  DATA_DIR: z.string().default('.data'),
  /** Messages one conversation (widget id or SMS number) may send per minute. */
  RATE_LIMIT_PER_CONVERSATION: z.coerce.number().int().min(1).max(100_000_000).default(20),
  /** Where state lives: sqlite (default, one machine), redis (several instances) or memory (lost on restart). */
  STORE: z.enum(['sqlite', 'redis', 'memory']).optional(),
  /** Shared state for several instances, e.g. redis://redis:6379/0. Setting it selects STORE=redis. */
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, message: 'REDIS_URL must be a redis:// or rediss:// URL' })
    .optional(),
  /** Longest wait for one store call before the bot answers without saved state. */
  STORE_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(250),
  /** Curators' review log of unanswered and clarified messages, redacted: off unless "on". */
  REVIEW_LOG: z.enum(['on', 'off']).default('off'),
  /** Days a review-log entry is kept before it is deleted. */
  REVIEW_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** Secret salt for hashing phone numbers and channel user ids before they are stored. */
  HASH_SALT: z.string().min(16, 'HASH_SALT must be at least 16 characters').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  /** The exact webhook URL configured in Twilio (the signature covers it). */
  TWILIO_WEBHOOK_URL: z.url().optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_BOT_TOKEN: z.string().min(1).optional(),
  /** Azure Bot / Entra app registration (the Agents SDK's names; MicrosoftApp* also accepted). */
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
  tenantId: z.string().min(1).optional(),
  MicrosoftAppId: z.string().min(1).optional(),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppTenantId: z.string().min(1).optional(),
  /** Entra authority for other clouds (the Agents SDK's name); its /discovery/v2.0/keys signs tokens. */
  authority: z.url().optional(),
  /** Folder of the knowledge base to serve (default: the one in this repository). */
  KNOWLEDGE_DIR: z.string().min(1).optional(),
  /**
   * Folder for the matcher's trained weights, so a restart with unchanged content skips training
   * (default: node_modules/.cache/recovery-support-bot); "off" trains at every start.
   */
  MODEL_CACHE_DIR: z.string().min(1).optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  widgetOrigins: string[];
  stateTtlMs: number;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  dataDir: string;
  rateLimitPerConversation: number;
  store: { kind: 'sqlite' | 'memory' } | { kind: 'redis'; url: string };
  storeTimeoutMs: number;
  /** Present only when REVIEW_LOG=on. */
  reviewLog: { retentionMs: number } | undefined;
  hashSalt: string;
  /** SMS is on only when its credentials are set. */
  sms: { authToken: string; webhookUrl: string | undefined } | undefined;
  /** Slack is on only when both its signing secret and bot token are set. */
  slack: { signingSecret: string; botToken: string } | undefined;
  /**
   * Bot Framework (/api/messages) is on with a client id, or anonymously outside production for
   * local testing; in production without a client id it is off.
   */
  botFramework:
    | { clientId?: string; clientSecret?: string; tenantId?: string; authority?: string }
    | undefined;
  knowledgeDir: string | undefined;
  /** undefined: the default folder; null: no cache (MODEL_CACHE_DIR=off). */
  modelCacheDir: string | null | undefined;
}

/** Used only outside production, so a developer's opt-outs survive restarts; production must set HASH_SALT. */
const DEV_SALT = 'development-only-salt-not-secret';

export type ConfigResult =
  | { ok: true; config: Config; sources: Record<string, 'environment' | 'default'> }
  | { ok: false; message: string };

/** MODEL_CACHE_DIR as `Config.modelCacheDir`: undefined for the default folder, null for "off". */
export function modelCacheDir(
  given: { MODEL_CACHE_DIR?: string | undefined } = process.env,
): string | null | undefined {
  const dir = given.MODEL_CACHE_DIR;
  return dir === 'off' ? null : dir || undefined;
}

export function loadConfig(given: NodeJS.ProcessEnv = process.env): ConfigResult {
  // An empty variable (as compose files and CI pass for unset secrets) means "not set".
  const env = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    return { ok: false, message: `Invalid configuration:\n${lines.join('\n')}` };
  }
  const e = parsed.data;
  const missing: string[] = [];
  if (e.TWILIO_WEBHOOK_URL && !e.TWILIO_AUTH_TOKEN)
    missing.push('TWILIO_AUTH_TOKEN (TWILIO_WEBHOOK_URL is set, so SMS is meant to be on)');
  if (e.NODE_ENV === 'production' && e.TWILIO_AUTH_TOKEN && !e.TWILIO_WEBHOOK_URL)
    missing.push('TWILIO_WEBHOOK_URL (needed to check Twilio signatures behind a proxy)');
  if (e.NODE_ENV === 'production' && e.TWILIO_AUTH_TOKEN && !e.HASH_SALT)
    missing.push('HASH_SALT (phone numbers are stored only as salted hashes)');
  if (e.NODE_ENV === 'production' && Boolean(e.SLACK_SIGNING_SECRET) !== Boolean(e.SLACK_BOT_TOKEN)) {
    missing.push(
      e.SLACK_SIGNING_SECRET
        ? 'SLACK_BOT_TOKEN (SLACK_SIGNING_SECRET is set)'
        : 'SLACK_SIGNING_SECRET (SLACK_BOT_TOKEN is set)',
    );
  }
  if (e.NODE_ENV === 'production' && e.SLACK_SIGNING_SECRET && !e.HASH_SALT) {
    missing.push('HASH_SALT (Slack user ids are stored only as salted hashes)');
  }
  if (e.STORE === 'redis' && !e.REDIS_URL) missing.push('REDIS_URL (STORE is redis)');
  const clientId = e.clientId ?? e.MicrosoftAppId;
  const clientSecret = e.clientSecret ?? e.MicrosoftAppPassword;
  const tenantId = e.tenantId ?? e.MicrosoftAppTenantId;
  if (e.NODE_ENV === 'production' && clientId && !tenantId)
    missing.push('tenantId (single-tenant Azure Bot: the Entra tenant of clientId)');
  if (missing.length > 0)
    return { ok: false, message: `Invalid configuration, missing:\n${missing.join('\n')}` };
  const sources = Object.fromEntries(
    Object.keys(Env.shape).map((k) => [k, env[k] === undefined ? 'default' : 'environment']),
  ) as Record<string, 'environment' | 'default'>;
  return {
    ok: true,
    sources,
    config: {
      env: e.NODE_ENV,
      port: e.PORT,
      host: e.HOST,
      logLevel: e.LOG_LEVEL,
      widgetOrigins: e.WIDGET_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      stateTtlMs: e.STATE_TTL_HOURS * 3_600_000,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      trustProxy: e.TRUST_PROXY === 'true',
      dataDir: e.DATA_DIR,
      rateLimitPerConversation: e.RATE_LIMIT_PER_CONVERSATION,
      store:
        e.REDIS_URL && (e.STORE === undefined || e.STORE === 'redis')
          ? { kind: 'redis', url: e.REDIS_URL }
          : { kind: e.STORE === 'memory' ? 'memory' : 'sqlite' },
      storeTimeoutMs: e.STORE_TIMEOUT_MS,
      reviewLog: e.REVIEW_LOG === 'on' ? { retentionMs: e.REVIEW_RETENTION_DAYS * 86_400_000 } : undefined,
      hashSalt: e.HASH_SALT ?? DEV_SALT,
      knowledgeDir: e.KNOWLEDGE_DIR,
      modelCacheDir: modelCacheDir(e),
      sms: e.TWILIO_AUTH_TOKEN
        ? { authToken: e.TWILIO_AUTH_TOKEN, webhookUrl: e.TWILIO_WEBHOOK_URL }
        : undefined,
      botFramework:
        clientId || e.NODE_ENV !== 'production'
          ? {
              ...(clientId ? { clientId } : {}),
              ...(clientSecret ? { clientSecret } : {}),
              ...(tenantId ? { tenantId } : {}),
              ...(e.authority ? { authority: e.authority } : {}),
            }
          : undefined,
      slack:
        e.SLACK_SIGNING_SECRET && e.SLACK_BOT_TOKEN
          ? { signingSecret: e.SLACK_SIGNING_SECRET, botToken: e.SLACK_BOT_TOKEN }
          : undefined,
    },
  };
}
