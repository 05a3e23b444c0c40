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
  /** Longest message read, in characters; longer input is answered from its start and end. */
  MAX_MESSAGE_CHARS: z.coerce.number().int().min(100).max(100_000).default(4000),
  /** Messages one client address may send to /api/chat per minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Set when a load balancer or proxy sits in front, so client addresses come from X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Where the embedded store keeps SMS opt-outs and SMS conversation state. */
  DATA_DIR: z.string().default('.data'),
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
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  widgetOrigins: string[];
  stateTtlMs: number;
  maxMessageChars: number;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  dataDir: string;
  hashSalt: string;
  /** SMS is on only when its credentials are set. */
  sms: { authToken: string; webhookUrl: string | undefined } | undefined;
  /** Slack is on only when both its signing secret and bot token are set. */
  slack: { signingSecret: string; botToken: string } | undefined;
  /**
   * Bot Framework (/api/messages) is on with a client id, or anonymously outside production for
   * local testing; in production without a client id it is off.
   */
  botFramework: { clientId?: string; clientSecret?: string; tenantId?: string } | undefined;
}

/** Used only outside production, so a developer's opt-outs survive restarts; production must set HASH_SALT. */
const DEV_SALT = 'development-only-salt-not-secret';

export type ConfigResult =
  | { ok: true; config: Config; sources: Record<string, 'environment' | 'default'> }
  | { ok: false; message: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
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
      maxMessageChars: e.MAX_MESSAGE_CHARS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      trustProxy: e.TRUST_PROXY === 'true',
      dataDir: e.DATA_DIR,
      hashSalt: e.HASH_SALT ?? DEV_SALT,
      sms: e.TWILIO_AUTH_TOKEN
        ? { authToken: e.TWILIO_AUTH_TOKEN, webhookUrl: e.TWILIO_WEBHOOK_URL }
        : undefined,
      botFramework:
        clientId || e.NODE_ENV !== 'production'
          ? {
              ...(clientId ? { clientId } : {}),
              ...(clientSecret ? { clientSecret } : {}),
              ...(tenantId ? { tenantId } : {}),
            }
          : undefined,
      slack:
        e.SLACK_SIGNING_SECRET && e.SLACK_BOT_TOKEN
          ? { signingSecret: e.SLACK_SIGNING_SECRET, botToken: e.SLACK_BOT_TOKEN }
          : undefined,
    },
  };
}
