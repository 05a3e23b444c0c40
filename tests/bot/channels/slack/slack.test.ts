import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { SlackPoster } from '../../../../bot/channels/slack/handler.js';
import { slackSignature, verifySlackRequest } from '../../../../bot/channels/slack/verify.js';
import { buildTestApp } from '../../../helpers/app.js';

const SECRET = 'test-signing-secret';
const NOW = 1_795_486_000;
const env = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test' };
const fixture = (name: string) => readFileSync(`tests/fixtures/slack/${name}.json`, 'utf8').trim();

/** A collecting Slack client: records what would be posted. */
function fakeSlack() {
  const posted: Array<{ channel: string; text: string; blocks: unknown[]; thread_ts?: string }> = [];
  const client: SlackPoster = {
    chat: {
      postMessage: async (args) => {
        posted.push(args);
        return { ok: true };
      },
    },
  };
  return { client, posted };
}

function setup() {
  const slack = fakeSlack();
  const { app, stores } = buildTestApp(env, { slackClient: slack.client, nowSeconds: () => NOW });
  return { app, stores, ...slack };
}

function send(
  app: ReturnType<typeof setup>['app'],
  path: string,
  body: string,
  options: { age?: number; signature?: string; headers?: Record<string, string> } = {},
) {
  const ts = String(NOW - (options.age ?? 0));
  const req = request(app)
    .post(path)
    .set('Content-Type', path.endsWith('events') ? 'application/json' : 'application/x-www-form-urlencoded')
    .set('X-Slack-Request-Timestamp', ts)
    .set('X-Slack-Signature', options.signature ?? slackSignature(SECRET, ts, body));
  for (const [k, v] of Object.entries(options.headers ?? {})) req.set(k, v);
  return req.send(body);
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('Slack signature', () => {
  it('accepts a fresh, correct signature and refuses the rest', () => {
    const body = '{"a":1}';
    const sig = slackSignature(SECRET, String(NOW), body);
    expect(verifySlackRequest(SECRET, String(NOW), sig, body, NOW)).toBe('ok');
    expect(verifySlackRequest(SECRET, String(NOW), sig, '{"a":2}', NOW)).toBe('forged');
    expect(
      verifySlackRequest(
        SECRET,
        String(NOW - 360),
        slackSignature(SECRET, String(NOW - 360), body),
        body,
        NOW,
      ),
    ).toBe('stale');
    expect(verifySlackRequest(SECRET, undefined, sig, body, NOW)).toBe('missing');
  });
});

describe('POST /api/slack/events', () => {
  it('answers url_verification with the challenge', async () => {
    const { app } = setup();
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'x' });
    const res = await send(app, '/api/slack/events', body).expect(200);
    expect(res.body).toEqual({ challenge: 'c-123' });
  });

  it('acknowledges a DM and replies through the Web API with buttons', async () => {
    const { app, posted } = setup();
    await send(app, '/api/slack/events', fixture('dm-message')).expect(200);
    await settle();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.channel).toBe('D0001');
    expect(posted[0]?.text.length).toBeGreaterThan(20);
    const actions = posted[0]?.blocks.find((b) => (b as { type: string }).type === 'actions') as
      | { elements: Array<{ value: string }> }
      | undefined;
    expect(actions?.elements.length).toBeGreaterThan(0);
  });

  it('answers a crisis mention in its thread with the helplines', async () => {
    const { app, posted } = setup();
    await send(app, '/api/slack/events', fixture('app-mention')).expect(200);
    await settle();
    expect(posted[0]?.thread_ts).toBe('1795486001.000200');
    expect(posted[0]?.text).toContain('988');
    expect(posted[0]?.text).toContain('1-800-662-4357');
  });

  it('rejects a Slack request signed 6 minutes ago and sends nothing', async () => {
    const { app, posted } = setup();
    await send(app, '/api/slack/events', fixture('dm-message'), { age: 360 }).expect(401);
    await settle();
    expect(posted).toHaveLength(0);
  });

  it('rejects a replayed request within the time window, and stores nothing for it', async () => {
    const { app, posted, stores } = setup();
    await send(app, '/api/slack/events', fixture('dm-message')).expect(200);
    await settle();
    const saved = await stores.conversations.entries();
    const replay = await send(app, '/api/slack/events', fixture('dm-message')).expect(401);
    expect(replay.body.error).toBe('signature replayed');
    await settle();
    expect(posted).toHaveLength(1);
    expect(await stores.conversations.entries()).toEqual(saved);
  });

  it('rejects a forged signature and a missing one, storing nothing', async () => {
    const { app, posted, stores } = setup();
    await send(app, '/api/slack/events', fixture('dm-message'), { signature: 'v0=deadbeef' }).expect(401);
    await request(app)
      .post('/api/slack/events')
      .set('Content-Type', 'application/json')
      .send(fixture('dm-message'))
      .expect(401);
    await settle();
    expect(posted).toHaveLength(0);
    expect(await stores.conversations.entries()).toEqual([]);
  });

  it('ignores retries and bot messages', async () => {
    const { app, posted } = setup();
    await send(app, '/api/slack/events', fixture('dm-message'), {
      headers: { 'X-Slack-Retry-Num': '1' },
    }).expect(200);
    await send(app, '/api/slack/events', fixture('bot-message')).expect(200);
    await settle();
    expect(posted).toHaveLength(0);
  });
});

describe('POST /api/slack/interactions', () => {
  it('answers a tapped suggestion button', async () => {
    const { app, posted } = setup();
    const payload = {
      type: 'block_actions',
      user: { id: 'U0001', team_id: 'T0001' },
      channel: { id: 'D0001' },
      actions: [{ action_id: 'suggestion_0', value: 'Naloxone / Narcan' }],
    };
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await send(app, '/api/slack/interactions', body).expect(200);
    await settle();
    expect(posted[0]?.text).toMatch(/Naloxone/);
  });
});
