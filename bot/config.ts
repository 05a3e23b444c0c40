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
}

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
    },
  };
}
