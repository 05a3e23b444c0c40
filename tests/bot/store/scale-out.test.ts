/**
 * Two server instances sharing one real Redis behave as one bot; with Redis away or asleep the
 * bot still answers (crisis replies included), reports it once, and recovers when Redis returns.
 */
import request from 'supertest';
import { twilioSignature } from '../../../bot/channels/sms/verify.js';
import { createRedisBackend } from '../../../bot/store/redis-store.js';
import { buildTestApp, sharedBot } from '../../helpers/app.js';
import { type RedisServer, startRedis } from '../../helpers/redis.js';

const TOKEN = 'test-auth-token';
const WEBHOOK = 'https://bot.example/api/sms/twilio';
const ENV = {
  TWILIO_AUTH_TOKEN: TOKEN,
  TWILIO_WEBHOOK_URL: WEBHOOK,
  HASH_SALT: 'a-shared-salt-of-16+chars',
  STORE_TIMEOUT_MS: '300',
};

let redis: RedisServer;
let instances: Array<ReturnType<typeof buildTestApp>> = [];

async function instance() {
  const backend = createRedisBackend(redis.url, { prefix: 'scale:' });
  expect(await backend.ready(5000)).toBe(true);
  const built = buildTestApp({ ...ENV, REDIS_URL: redis.url }, { backend });
  instances.push(built);
  return built;
}

let sid = 0;
function sms(app: ReturnType<typeof buildTestApp>['app'], body: string, from = '+15555550100') {
  sid += 1;
  const params = { Body: body, From: from, To: '+15555550199', MessageSid: `SMscale${sid}` };
  return request(app)
    .post('/api/sms/twilio')
    .type('form')
    .set('X-Twilio-Signature', twilioSignature(TOKEN, WEBHOOK, params))
    .send(params);
}
const smsMessages = (xml: string) => [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => m[1]);
const chatText = (body: { messages: Array<{ text: string }> }) => body.messages.map((m) => m.text).join(' ');

beforeAll(async () => {
  // Build the bot here, where a slow build on a loaded machine has its own time, not the first test's.
  sharedBot();
  redis = await startRedis();
}, 60_000);
afterEach(async () => {
  await Promise.all(instances.map((i) => i.backend.close()));
  instances = [];
});
afterAll(async () => {
  await redis?.stop();
});

describe('two instances sharing one Redis', () => {
  it('carries a conversation that hops from one instance to the other', async () => {
    const a = await instance();
    const b = await instance();
    const first = await request(a.app).post('/api/chat').send({ text: 'what is narcan' }).expect(200);
    expect(first.body.route).toBe('naloxone');
    const more = await request(b.app)
      .post('/api/chat')
      .send({ text: 'tell me more', conversationId: first.body.conversationId })
      .expect(200);
    expect(more.body.conversationId).toBe(first.body.conversationId);
    expect(chatText(more.body)).toMatch(/30 to 90 minutes/);
  });

  it('honours on one instance an SMS opt-out recorded by the other', async () => {
    const a = await instance();
    const b = await instance();
    await sms(a.app, 'STOP', '+15555550111').expect(200);
    expect(smsMessages((await sms(b.app, 'what is narcan', '+15555550111').expect(200)).text)).toEqual([]);
    await sms(b.app, 'START', '+15555550111').expect(200);
    expect(
      smsMessages((await sms(a.app, 'what is narcan', '+15555550111').expect(200)).text).join(' '),
    ).toMatch(/naloxone/i);
  });

  it('refuses on one instance a signed request already handled by the other', async () => {
    const a = await instance();
    const b = await instance();
    const params = { Body: 'hi', From: '+15555550112', To: '+15555550199', MessageSid: 'SMreplayed' };
    const signature = twilioSignature(TOKEN, WEBHOOK, params);
    const send = (app: typeof a.app) =>
      request(app).post('/api/sms/twilio').type('form').set('X-Twilio-Signature', signature).send(params);
    await send(a.app).expect(200);
    const replay = await send(b.app).expect(403);
    expect(replay.text).not.toContain('<Message>');
  });
});

describe('when Redis fails', () => {
  it('keeps answering while Redis is down, says so once, and recovers when it returns', async () => {
    const a = await instance();
    const before = await request(a.app).post('/api/chat').send({ text: 'what is narcan' }).expect(200);
    await redis.stop();

    const crisis = await request(a.app)
      .post('/api/chat')
      .send({ text: 'i want to kill myself', conversationId: before.body.conversationId })
      .expect(200);
    expect(crisis.body.route).toBe('crisis-suicide');
    expect(chatText(crisis.body)).toContain('988');
    expect(chatText(crisis.body)).toContain('1-800-662-4357');
    const overdose = smsMessages((await sms(a.app, 'my friend wont wake up and hes blue').expect(200)).text);
    expect(overdose.join(' ')).toMatch(/911/);
    for (let i = 0; i < 5; i++) {
      const answer = await request(a.app).post('/api/chat').send({ text: 'how long does withdrawal last' });
      expect(answer.status).toBe(200);
      expect(answer.body.route).toBe('withdrawal-timeline');
    }
    expect(a.degraded).toHaveLength(1);
    expect((await request(a.app).get('/metrics')).text).toMatch(/bot_store_degraded 1/);

    redis = await startRedis(redis.port);
    let recovered = false;
    for (let attempt = 0; attempt < 50 && !recovered; attempt++) {
      await new Promise((r) => setTimeout(r, 100));
      await request(a.app).post('/api/chat').send({ text: 'hi' });
      recovered = a.degraded.includes('recovered');
    }
    expect(a.degraded).toEqual([a.degraded[0], 'recovered']);
    const first = await request(a.app).post('/api/chat').send({ text: 'what is methadone' }).expect(200);
    const more = await request(a.app)
      .post('/api/chat')
      .send({ text: 'tell me more', conversationId: first.body.conversationId })
      .expect(200);
    expect(more.body.conversationId).toBe(first.body.conversationId);
    expect(more.body.route).toBe('methadone');
  }, 30_000);

  it('answers a crisis while Redis is too slow to reply', async () => {
    const a = await instance();
    const sleeper = createRedisBackend(redis.url);
    await sleeper.ready(5000);
    // DEBUG SLEEP blocks the whole server: every store call of the bot waits on it.
    const { createClient } = await import('redis');
    const client = createClient({ url: redis.url });
    await client.connect();
    let asleep = true;
    const sleeping = client.sendCommand(['DEBUG', 'SLEEP', '3']).then(() => {
      asleep = false;
    });
    await new Promise((r) => setTimeout(r, 50));
    const crisis = await request(a.app)
      .post('/api/chat')
      .send({ text: 'im going to end it tonight' })
      .expect(200);
    expect(asleep).toBe(true);
    expect(crisis.body.route).toBe('crisis-suicide');
    expect(chatText(crisis.body)).toContain('988');
    await sleeping;
    await client.close();
    await sleeper.close();
  }, 20_000);
});
