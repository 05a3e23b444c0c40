import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { renderForSms, splitText, toGsm7 } from '../../../../bot/channels/sms/render.js';
import { twilioSignature, verifyTwilioSignature } from '../../../../bot/channels/sms/verify.js';
import { buildTestApp } from '../../../helpers/app.js';

const TOKEN = 'test-auth-token';
const URL = 'https://bot.example/api/sms/twilio';

describe('Twilio signature', () => {
  it("matches Twilio's documented example", () => {
    const params = {
      CallSid: 'CA1234567890ABCDE',
      Caller: '+12349013030',
      Digits: '1234',
      From: '+12349013030',
      To: '+18005551212',
    };
    expect(twilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe(
      '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
    );
  });

  it('rejects a missing, forged or other-URL signature', () => {
    const params = { Body: 'hi', From: '+15555550100' };
    const good = twilioSignature(TOKEN, URL, params);
    expect(verifyTwilioSignature(TOKEN, URL, params, good)).toBe(true);
    expect(verifyTwilioSignature(TOKEN, URL, params, undefined)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, URL, { ...params, Body: 'changed' }, good)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, 'https://evil.example/api/sms/twilio', params, good)).toBe(false);
    expect(verifyTwilioSignature('other-token', URL, params, good)).toBe(false);
  });
});

describe('SMS rendering', () => {
  it('keeps only GSM-7 characters', () => {
    expect(toGsm7('It’s “fine” — really… 😀 Línea')).toBe('It\'s "fine" - really... Linea');
  });

  it('splits long text at sentence ends within the limit', () => {
    const pieces = splitText('One sentence here. '.repeat(40), 320);
    expect(pieces.every((p) => p.length <= 320)).toBe(true);
    expect(pieces.join(' ')).toContain('One sentence here.');
  });

  it('sends a crisis reply whole, never cut before its numbers', () => {
    const text = `${'Call 911 now. Give naloxone. '.repeat(15)}SAMHSA 1-800-662-4357.`;
    const out = renderForSms({
      route: 'crisis-overdose',
      confidence: 1,
      safety: 'crisis',
      locale: 'en',
      state: { v: 1, welcomed: true, turns: 1 },
      messages: [{ text, suggestions: [], links: [] }],
    });
    expect(out.later).toEqual([]);
    expect(out.now.join(' ')).toContain('1-800-662-4357');
    expect(out.now.every((m) => m.length <= 320)).toBe(true);
  });
});

describe('POST /api/sms/twilio', () => {
  function setup() {
    const dataDir = mkdtempSync(join(tmpdir(), 'sms-'));
    const env = {
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_WEBHOOK_URL: URL,
      DATA_DIR: dataDir,
      HASH_SALT: 'a-test-salt-of-16+chars',
    };
    const built = buildTestApp(env);
    return { env, app: built.app, stores: built.stores };
  }
  let sid = 0;
  const sms = (
    app: ReturnType<typeof setup>['app'],
    body: string,
    from = '+15555550100',
    signature?: string,
  ) => {
    sid += 1;
    const params = { Body: body, From: from, To: '+15555550199', MessageSid: `SM${sid}` };
    return request(app)
      .post('/api/sms/twilio')
      .type('form')
      .set('X-Twilio-Signature', signature ?? twilioSignature(TOKEN, URL, params))
      .send(params);
  };
  const messages = (xml: string) =>
    [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => m[1] ?? '');

  it('answers a signed message with TwiML, at most 320 characters each, GSM-7 only', async () => {
    const { app } = setup();
    const res = await sms(app, 'how long am i gonna be dope sick').expect(200);
    expect(res.type).toBe('text/xml');
    const out = messages(res.text);
    expect(out.length).toBeGreaterThan(0);
    for (const m of out) {
      expect(m.length).toBeLessThanOrEqual(320);
      expect(m).not.toMatch(/[’“”—😀]/u);
    }
  });

  it('rejects a forged or missing signature with 403, sends nothing and stores nothing', async () => {
    const { app, stores } = setup();
    const res = await sms(app, 'STOP', '+15555550100', 'forged=').expect(403);
    expect(res.text).not.toContain('<Message>');
    const params = { Body: 'hi', From: '+15555550100', To: '+15555550199', MessageSid: 'SMnosig' };
    await request(app).post('/api/sms/twilio').type('form').send(params).expect(403);
    expect(await stores.optOuts.entries()).toEqual([]);
    expect(await stores.sms.entries()).toEqual([]);
  });

  it('rejects a replayed signed request with 403 and sends nothing', async () => {
    const { app, stores } = setup();
    const params = { Body: 'what is narcan', From: '+15555550100', To: '+15555550199', MessageSid: 'SMonce' };
    const signature = twilioSignature(TOKEN, URL, params);
    const post = () =>
      request(app).post('/api/sms/twilio').type('form').set('X-Twilio-Signature', signature).send(params);
    expect(messages((await post().expect(200)).text).length).toBeGreaterThan(0);
    const saved = await stores.sms.entries();
    const replay = await post().expect(403);
    expect(replay.text).not.toContain('<Message>');
    expect(await stores.sms.entries()).toEqual(saved);
  });

  it('answers a number over its per-minute limit politely, with the helplines', async () => {
    const { app } = setup();
    for (let i = 0; i < 20; i++) await sms(app, 'hi', '+15555550177').expect(200);
    const limited = messages((await sms(app, 'hi', '+15555550177').expect(200)).text).join(' ');
    expect(limited).toMatch(/faster than I can answer/);
    expect(limited).toContain('1-800-662-4357');
    // Another number is not affected.
    expect(messages((await sms(app, 'hi', '+15555550178').expect(200)).text).join(' ')).not.toMatch(/faster/);
  });

  it('sends a crisis text the helpline numbers', async () => {
    const { app } = setup();
    const text = messages((await sms(app, 'i want to kill myself').expect(200)).text).join(' ');
    expect(text).toContain('988');
    expect(text).toContain('1-800-662-4357');
  });

  it('honours STOP, sends nothing while opted out, and START resubscribes', async () => {
    const { app } = setup();
    expect(messages((await sms(app, 'STOP').expect(200)).text)).toEqual([]);
    expect(messages((await sms(app, 'what is narcan').expect(200)).text)).toEqual([]);
    expect(messages((await sms(app, 'start').expect(200)).text)[0]).toMatch(/again/);
    expect(messages((await sms(app, 'what is narcan').expect(200)).text).length).toBeGreaterThan(0);
  });

  it('keeps an opt-out across a restart', async () => {
    const { env, app } = setup();
    await sms(app, 'UNSUBSCRIBE').expect(200);
    const restarted = buildTestApp(env).app;
    expect(messages((await sms(restarted, 'hello').expect(200)).text)).toEqual([]);
  });

  it('answers HELP with what the service is and the numbers', async () => {
    const { app } = setup();
    const text = messages((await sms(app, 'HELP').expect(200)).text).join(' ');
    expect(text).toMatch(/automated/);
    expect(text).toContain('1-800-662-4357');
    expect(text).toContain('988');
  });

  it('offers numbered choices and picks one by number', async () => {
    const { app } = setup();
    const first = messages((await sms(app, 'what is narcan').expect(200)).text).join(' ');
    expect(first).toMatch(/Reply 1, 2 or 3/);
    const second = messages((await sms(app, '1').expect(200)).text).join(' ');
    expect(second.length).toBeGreaterThan(20);
  });

  it('continues a long answer on MORE', async () => {
    const { app } = setup();
    const first = messages((await sms(app, 'hi').expect(200)).text);
    const more = first.join(' ').includes('(Reply MORE)');
    const next = messages((await sms(app, 'MORE').expect(200)).text);
    expect(next.length).toBeGreaterThan(0);
    if (more) expect(next[0]).not.toBe(first[0]);
  });
});
