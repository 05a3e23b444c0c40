import { loadConfig } from '../../bot/config.js';

describe('loadConfig', () => {
  it('runs on defaults with no environment at all', () => {
    const result = loadConfig({});
    if (!result.ok) throw new Error(result.message);
    expect(result.config.port).toBe(3978);
    expect(result.config.sms).toBeUndefined();
    expect(result.config.slack).toBeUndefined();
    expect(result.config.botFramework).toEqual({});
    expect(result.sources.PORT).toBe('default');
  });

  it('keeps state in SQLite by default, in Redis when REDIS_URL is set, and the review log off', () => {
    const plain = loadConfig({});
    const shared = loadConfig({ REDIS_URL: 'redis://redis:6379/0' });
    if (!plain.ok || !shared.ok) throw new Error('both must load');
    expect(plain.config.store).toEqual({ kind: 'sqlite' });
    expect(plain.config.reviewLog).toBeUndefined();
    expect(shared.config.store).toEqual({ kind: 'redis', url: 'redis://redis:6379/0' });
    const review = loadConfig({ REVIEW_LOG: 'on', REVIEW_RETENTION_DAYS: '7' });
    expect(review.ok && review.config.reviewLog).toEqual({ retentionMs: 7 * 86_400_000 });
  });

  it('refuses STORE=redis without REDIS_URL, and a REDIS_URL that is not redis', () => {
    const missing = loadConfig({ STORE: 'redis' });
    expect(!missing.ok && missing.message).toContain('REDIS_URL (STORE is redis)');
    const wrong = loadConfig({ REDIS_URL: 'http://redis:6379' });
    expect(!wrong.ok && wrong.message).toContain('REDIS_URL must be a redis:// or rediss:// URL');
  });

  it('keeps trained weights in the default folder, another one, or none with MODEL_CACHE_DIR=off', () => {
    const cases: Array<[Record<string, string>, string | null | undefined]> = [
      [{}, undefined],
      [{ MODEL_CACHE_DIR: '/var/cache/bot' }, '/var/cache/bot'],
      [{ MODEL_CACHE_DIR: 'off' }, null],
    ];
    for (const [env, dir] of cases) {
      const result = loadConfig(env);
      expect(result.ok && result.config.modelCacheDir).toBe(dir);
    }
  });

  it('treats an empty variable as unset (compose files pass empty secrets)', () => {
    const result = loadConfig({ TWILIO_AUTH_TOKEN: '', REDIS_URL: '', clientId: '' });
    if (!result.ok) throw new Error(result.message);
    expect(result.config.sms).toBeUndefined();
    expect(result.config.store).toEqual({ kind: 'sqlite' });
  });

  it('names a bad value', () => {
    const result = loadConfig({ PORT: 'eighty' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('PORT');
  });

  it.each([
    [{ NODE_ENV: 'production', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    [{ NODE_ENV: 'production', SLACK_BOT_TOKEN: 'xoxb' }, 'SLACK_SIGNING_SECRET'],
    [
      {
        NODE_ENV: 'production',
        TWILIO_AUTH_TOKEN: 't',
        TWILIO_WEBHOOK_URL: 'https://b.example/api/sms/twilio',
      },
      'HASH_SALT',
    ],
    [{ NODE_ENV: 'production', TWILIO_AUTH_TOKEN: 't', HASH_SALT: 'x'.repeat(20) }, 'TWILIO_WEBHOOK_URL'],
    [{ TWILIO_WEBHOOK_URL: 'https://b.example/api/sms/twilio' }, 'TWILIO_AUTH_TOKEN'],
    [{ NODE_ENV: 'production', clientId: 'abc' }, 'tenantId'],
  ])('in production, a half-configured channel stops start-up naming the variable (%j)', (env, variable) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(variable);
  });

  it('turns Bot Framework off in production without a client id, and on with one', () => {
    const off = loadConfig({ NODE_ENV: 'production' });
    const on = loadConfig({ NODE_ENV: 'production', clientId: 'abc', tenantId: 'def' });
    expect(off.ok && off.config.botFramework).toBeUndefined();
    expect(on.ok && on.config.botFramework).toEqual({ clientId: 'abc', tenantId: 'def' });
  });

  it('accepts the older MicrosoftApp* names', () => {
    const result = loadConfig({
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppTenantId: 'tid',
    });
    expect(result.ok && result.config.botFramework).toEqual({
      clientId: 'id',
      clientSecret: 'pw',
      tenantId: 'tid',
    });
  });
});
