import request from 'supertest';
import { buildTestApp } from '../helpers/app.js';

describe('HTTP server', () => {
  const { app } = buildTestApp();

  it('answers liveness and readiness', async () => {
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    const ready = await request(app).get('/readyz').expect(200);
    expect(ready.body.topics).toBeGreaterThan(50);
  });

  it('sends a content security policy the widget satisfies', async () => {
    const res = await request(app).get('/healthz');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('exposes metrics by route and channel, never message text', async () => {
    await request(app).post('/api/chat').send({ text: 'my secret question about narcan' }).expect(200);
    const metrics = await request(app).get('/metrics').expect(200);
    expect(metrics.text).toContain('bot_turns_total{route="naloxone",channel="web"}');
    expect(metrics.text).not.toContain('secret');
  });
});

describe('POST /api/chat', () => {
  const { app } = buildTestApp();

  it('gives a new conversation an unguessable id and the welcome', async () => {
    const res = await request(app).post('/api/chat').send({ text: 'what is narcan' }).expect(200);
    expect(res.body.conversationId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(res.body.route).toBe('naloxone');
    expect(res.body.messages).toHaveLength(2);
    expect(res.body.messages[1].suggestions).toContain('Tell me more');
  });

  it('keeps the conversation across turns', async () => {
    const first = await request(app).post('/api/chat').send({ text: 'what is narcan' }).expect(200);
    const second = await request(app)
      .post('/api/chat')
      .send({ text: 'tell me more', conversationId: first.body.conversationId })
      .expect(200);
    expect(second.body.conversationId).toBe(first.body.conversationId);
    expect(second.body.route).toBe('naloxone');
    expect(second.body.messages).toHaveLength(1);
  });

  it('starts a new conversation for an id it never gave out', async () => {
    const res = await request(app)
      .post('/api/chat')
      .send({ text: 'hi', conversationId: 'abcdefghijklmnopqrstuv' })
      .expect(200);
    expect(res.body.conversationId).not.toBe('abcdefghijklmnopqrstuv');
  });

  it('sends a crisis message the helpline numbers', async () => {
    const res = await request(app).post('/api/chat').send({ text: 'i want to kill myself' }).expect(200);
    expect(res.body.route).toBe('crisis-suicide');
    const text = res.body.messages.map((m: { text: string }) => m.text).join(' ');
    expect(text).toContain('988');
    expect(text).toContain('1-800-662-4357');
  });

  it('answers in Spanish when asked', async () => {
    const res = await request(app).post('/api/chat').send({ text: 'quiero morir', locale: 'es' }).expect(200);
    expect(res.body.messages[0].text).toMatch(/AYUDA/);
  });

  it.each([
    [{}, 'text: text must be a string'],
    [{ text: 42 }, 'text: text must be a string'],
    [{ text: 'hi', locale: 'fr' }, 'locale'],
    [{ text: 'hi', conversationId: '../../etc' }, 'conversationId is not one this server gave out'],
  ])('rejects %j with a clear message', async (body, message) => {
    const res = await request(app).post('/api/chat').send(body).expect(400);
    expect(res.body.error).toContain(message);
  });

  it('rejects a body that is not JSON', async () => {
    const res = await request(app)
      .post('/api/chat')
      .set('content-type', 'application/json')
      .send('{"text": ')
      .expect(400);
    expect(res.body.error).toBe('body is not valid JSON');
  });

  it('answers a very long message and still finds the crisis at its end', async () => {
    const text = `${'i have a question about my meds. '.repeat(1500)} and honestly i want to die`;
    const res = await request(app).post('/api/chat').send({ text }).expect(200);
    expect(res.body.route).toBe('crisis-suicide');
  });

  it('finds a crisis said once in the middle of a long story', async () => {
    const story = 'we moved again last year and work has been slow and the kids are ok. '.repeat(300);
    const text = `${story} last night i took all my pills on purpose. ${story}`;
    const res = await request(app).post('/api/chat').send({ text }).expect(200);
    expect(res.body.route).toMatch(/^crisis-/);
  });

  it('answers a body over 64 KB with 413 and the helplines', async () => {
    const res = await request(app)
      .post('/api/chat')
      .send({ text: 'x'.repeat(70_000) })
      .expect(413);
    expect(res.body.error).toBe('message too large');
    expect(res.body.messages[0].text).toContain('988');
  });
});

describe('abuse resistance', () => {
  it('answers a client over the rate limit politely, with the helplines', async () => {
    const { app } = buildTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) await request(app).post('/api/chat').send({ text: 'hi' }).expect(200);
    const res = await request(app).post('/api/chat').send({ text: 'hi' }).expect(429);
    expect(res.body.messages[0].text).toMatch(/wait a minute/);
    expect(res.body.messages[0].text).toContain('1-800-662-4357');
    expect(res.body.messages[0].text).toContain('988');
  });

  it('limits one conversation to its per-minute share, politely, whatever address it comes from', async () => {
    const { app } = buildTestApp({ RATE_LIMIT_PER_CONVERSATION: '3' });
    const first = await request(app).post('/api/chat').send({ text: 'hi' }).expect(200);
    const id = first.body.conversationId;
    for (let i = 0; i < 3; i++)
      await request(app).post('/api/chat').send({ text: 'what is narcan', conversationId: id }).expect(200);
    const res = await request(app)
      .post('/api/chat')
      .send({ text: 'ayuda', conversationId: id, locale: 'es' })
      .expect(429);
    expect(res.body.conversationId).toBe(id);
    expect(res.body.messages[0].text).toMatch(/Espera un minuto/);
    expect(res.body.messages[0].text).toContain('988');
    // A new conversation from the same address is still answered.
    await request(app).post('/api/chat').send({ text: 'hi' }).expect(200);
  });

  it('sends security headers from helmet', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/max-age/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows the widget only from configured origins', async () => {
    const { app } = buildTestApp({ WIDGET_ORIGINS: 'https://clinic.example' });
    const ok = await request(app)
      .post('/api/chat')
      .set('Origin', 'https://clinic.example')
      .send({ text: 'hi' })
      .expect(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://clinic.example');
    const other = await request(app)
      .post('/api/chat')
      .set('Origin', 'https://evil.example')
      .send({ text: 'hi' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
