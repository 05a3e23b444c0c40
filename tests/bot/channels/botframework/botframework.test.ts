import { readFileSync } from 'node:fs';
import request from 'supertest';
import { buildTestApp } from '../../../helpers/app.js';

let activityCount = 0;
/** The fixture activity with a new id each time, as a channel sends them. */
const activity = (text?: string): Record<string, unknown> => {
  const a = JSON.parse(
    readFileSync('tests/fixtures/botframework/message-expect-replies.json', 'utf8'),
  ) as Record<string, unknown>;
  activityCount += 1;
  const fresh = { ...a, id: `activity-${activityCount}` };
  return text === undefined ? fresh : { ...fresh, text };
};

type Reply = {
  type: string;
  text?: string;
  suggestedActions?: { actions: Array<{ type: string; title: string; value: string }> };
};
const repliesOf = (body: { activities?: Reply[] }) => body.activities ?? [];

describe('POST /api/messages (Bot Framework, anonymous dev mode)', () => {
  const { app } = buildTestApp();

  it('returns the replies in the body for deliveryMode expectReplies, with suggested actions', async () => {
    const res = await request(app).post('/api/messages').send(activity()).expect(200);
    const replies = repliesOf(res.body);
    expect(replies.length).toBeGreaterThan(0);
    const answer = replies.find((r) => /naloxone/i.test(r.text ?? ''));
    expect(answer).toBeDefined();
    expect(answer?.suggestedActions?.actions[0]?.type).toBe('imBack');
  });

  it('sends a crisis message the helpline numbers', async () => {
    const res = await request(app).post('/api/messages').send(activity('i want to kill myself')).expect(200);
    const text = repliesOf(res.body)
      .map((r) => r.text ?? '')
      .join(' ');
    expect(text).toContain('988');
    expect(text).toContain('1-800-662-4357');
  });

  it('keeps the conversation across activities', async () => {
    const conv = { ...activity('what is narcan'), conversation: { id: 'a:conversation-0002' } };
    await request(app).post('/api/messages').send(conv).expect(200);
    const more = await request(app)
      .post('/api/messages')
      .send({ ...conv, id: 'activity-more', text: 'tell me more' })
      .expect(200);
    expect(repliesOf(more.body)[0]?.text).toMatch(/30 to 90 minutes/);
  });

  it('rejects an activity without a type', async () => {
    const { type: _type, ...rest } = activity();
    await request(app).post('/api/messages').send(rest).expect(400);
  });
});

describe('POST /api/messages with a client id configured', () => {
  const { app } = buildTestApp({
    clientId: '00000000-0000-0000-0000-000000000001',
    tenantId: '00000000-0000-0000-0000-000000000002',
  });

  it('rejects a request without a token and sends nothing', async () => {
    const res = await request(app).post('/api/messages').send(activity()).expect(401);
    expect(res.body.activities).toBeUndefined();
  });

  it('rejects a forged token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'forged' })).toString(
      'base64url',
    );
    const payload = Buffer.from(
      JSON.stringify({
        aud: '00000000-0000-0000-0000-000000000001',
        iss: 'https://api.botframework.com',
        exp: 4102444800,
      }),
    ).toString('base64url');
    await request(app)
      .post('/api/messages')
      .set('Authorization', `Bearer ${header}.${payload}.c2lnbmF0dXJl`)
      .send(activity())
      .expect(401);
  });

  it('rejects a malformed authorization header', async () => {
    await request(app).post('/api/messages').set('Authorization', 'Basic abc').send(activity()).expect(401);
  });
});
