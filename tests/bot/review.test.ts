import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { groupEntries } from '../../bot/review/group.js';
import { createRedactor } from '../../bot/review/redact.js';
import { knowledgeWords, type ReviewEntry, withReviewLog } from '../../bot/review/review-log.js';
import { createSqliteBackend } from '../../bot/store/sqlite-store.js';
import { createMemoryBackend } from '../../bot/store/store.js';
import { createBot } from '../../bot/turn.js';
import { loadKnowledge } from '../../knowledge/load.js';
import { buildTestApp } from '../helpers/app.js';

const loaded = loadKnowledge('knowledge');
if (!loaded.ok) throw new Error('knowledge base must load');
const kb = loaded.kb;
const redactor = createRedactor(knowledgeWords(kb));

describe('review-log redaction', () => {
  it.each([
    ['call me at 555-123-4567 tonight', 'call me at [phone] tonight'],
    ['my cell is (617) 555 0199', 'my cell is [phone]'],
    ['text +1 415 555 2671 pls', 'text [phone] pls'],
    ['email me jane.doe+help@gmail.com', 'email me [email]'],
    ['is https://example.com/pills?x=1 legit', 'is [url] legit'],
    ['what about recoverystuff.org', 'what about [url]'],
    ['i live at 42 West Elm Street apt 3b', 'i live at [address] [address]'],
    ['clinic near 1600 pennsylvania ave', 'clinic near [address]'],
    ['my name is Dana and my son Tyler uses', 'my name is [name] and my son [name] uses'],
    ['my name is dana', 'my name is [name]'],
    ['hi im Marcus, is suboxone safe', 'hi im [name], is suboxone safe'],
    ['does Kaiser cover Suboxone', 'does [name] cover Suboxone'],
    ['born 04/12/1990 and my id is 123456789', 'born [date] and my id is [phone]'],
    ['hey <@U024BE7LH> and @jdoe99 help', 'hey [user] and [user] help'],
  ])('%s', (input, expected) => {
    expect(redactor.redact(input)).toBe(expected);
  });

  it('keeps the words curators need: drug and program names, days, the start of a sentence', () => {
    const text = 'Can I get Narcan on Monday? Does Medicaid pay for NA or SMART Recovery meetings';
    expect(redactor.redact(text)).toBe(text);
  });

  it('cuts very long messages', () => {
    expect(redactor.redact('word '.repeat(500)).length).toBeLessThanOrEqual(500);
  });
});

describe('review log through the server', () => {
  const { app, stores } = buildTestApp({ REVIEW_LOG: 'on' });
  const entries = async () => (await stores.review?.entries())?.map(([, e]) => e.value) ?? [];

  it('records unanswered and clarified messages, redacted, without any id', async () => {
    await request(app)
      .post('/api/chat')
      .send({ text: 'whats the weather in boston, call me at 555-123-4567' });
    await request(app).post('/api/chat').send({ text: 'how do i get narcan' });
    await request(app).post('/api/chat').send({ text: 'i want to kill myself' });
    await new Promise((r) => setTimeout(r, 20));
    const saved = await entries();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toEqual({
      text: 'whats the weather in boston, call me at [phone]',
      route: 'out-of-scope',
      offered: [],
      channel: 'web',
      day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(JSON.stringify(saved)).not.toMatch(/conversation|555|kill/i);
  });

  it('is off by default', () => {
    expect(buildTestApp().stores.review).toBeUndefined();
  });
});

describe('review log retention', () => {
  it('forgets entries after the retention period', async () => {
    let now = 0;
    const backend = createMemoryBackend({ now: () => now });
    const store = backend.open<ReviewEntry>('review', { ttlMs: 30 * 86_400_000 });
    const bot = withReviewLog(createBot(kb), { kb, store, channel: 'sms', onError: () => {} });
    bot.handleTurn({ text: 'who won the game last night' }, undefined);
    await new Promise((r) => setTimeout(r, 5));
    expect(await store.entries()).toHaveLength(1);
    now += 31 * 86_400_000;
    expect(await store.entries()).toHaveLength(0);
  });
});

describe('grouping and npm run review', () => {
  const entry = (text: string, route = 'out-of-scope'): ReviewEntry => ({
    text,
    route,
    offered: [],
    channel: 'web',
    day: '2026-11-20',
  });

  it('puts similar questions together, largest group first', () => {
    const groups = groupEntries([
      entry('does medicare pay for suboxone'),
      entry('what time is it'),
      entry('will medicare pay for my suboxone'),
      entry('medicare pay suboxone?'),
    ]);
    expect(groups.map((g) => g.entries.length)).toEqual([3, 1]);
    expect(groups[0]?.words).toEqual(expect.arrayContaining(['medicare', 'pay']));
  });

  it('lists the stored log grouped, with the closest topics', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'review-'));
    const backend = createSqliteBackend(dataDir);
    const store = backend.open<ReviewEntry>('review', { ttlMs: 86_400_000 });
    await store.put('1', entry('does medicare pay for suboxone'));
    await store.put('2', entry('will medicare pay for my suboxone'));
    await store.put('3', entry('best pizza near me'));
    await backend.close();
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'bot/cli/review.ts', '--json'], {
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test' },
    });
    const report = JSON.parse(stdout) as {
      total: number;
      groups: Array<{ size: number; closest: Array<{ topic: string }>; messages: Array<{ text: string }> }>;
    };
    expect(report.total).toBe(3);
    expect(report.groups.map((g) => g.size)).toEqual([2, 1]);
    expect(report.groups[0]?.closest.map((c) => c.topic)).toContain('treatment-cost');
  }, 60_000);
});
