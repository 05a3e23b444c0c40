import request from 'supertest';
import { newConversationState } from '../../bot/reply.js';
import { createBot } from '../../bot/turn.js';
import { loadKnowledge } from '../../knowledge/load.js';
import { buildTestApp } from '../helpers/app.js';

// Generated hostile input: random Unicode, zero-width and right-to-left marks, emoji, control
// characters, huge strings, HTML and JSON in text. Seeded, so a failure can be replayed.
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const pieces = [
    () => String.fromCodePoint(Math.floor(next() * 0x2fff)),
    () => String.fromCodePoint(0x1f300 + Math.floor(next() * 0x300)),
    () =>
      pick([
        '\u200b',
        '\u200d',
        '\u202e',
        '\u2066',
        '\ufeff',
        '\u0000',
        '\u0007',
        '\u001b[31m',
        '\r\n',
        '\t',
      ]),
    () =>
      pick([
        '<script>alert(1)</script>',
        '"><img src=x onerror=alert(1)>',
        '{"text": "hi"}',
        "'; DROP TABLE users; --",
        '{{samhsa}}',
        '$(rm -rf /)',
      ]),
    () => pick(['narcan', 'subs', 'withdrawal', 'the', 'help', 'dope', 'sick', 'clinic', ' ', '  ']),
  ];
  return (length: number) => {
    let out = '';
    while (out.length < length) out += pick(pieces)();
    return out;
  };
}

const loaded = loadKnowledge('knowledge');
if (!loaded.ok) throw new Error('knowledge base must load');
const bot = createBot(loaded.kb);
const open = { ...newConversationState(), welcomed: true };

describe('fuzzing the turn', () => {
  it('answers 10,000 generated inputs without throwing, always with a message', () => {
    const make = generator(20261124);
    for (let i = 0; i < 10_000; i++) {
      const text = make(i % 500 === 0 ? 100_000 : Math.floor((i * 37) % 300));
      const reply = bot.handleTurn({ text }, open);
      expect(reply.messages.length).toBeGreaterThan(0);
      expect(reply.route).not.toBe('fallback');
    }
  }, 120_000);

  it('still finds a crisis wrapped in noise', () => {
    const make = generator(7);
    for (let i = 0; i < 300; i++) {
      const text = `${make(i % 200)} i want to kill myself ${make((i * 7) % 200)}`;
      expect(bot.handleTurn({ text }, open).route).toBe('crisis-suicide');
    }
  });

  it('handles empty and blank input with a prompt', () => {
    for (const text of ['', ' ', '\n\t', '\u200b\u200b', '😀😀']) {
      const reply = bot.handleTurn({ text }, open);
      expect(reply.messages[0]?.text.length).toBeGreaterThan(10);
    }
  });
});

describe('fuzzing POST /api/chat', () => {
  const { app } = buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  it('returns 200 with messages for 300 generated inputs', async () => {
    const make = generator(99);
    for (let i = 0; i < 300; i++) {
      const res = await request(app)
        .post('/api/chat')
        .send({ text: make(i * 13) });
      expect(res.status).toBe(200);
      expect(res.body.messages.length).toBeGreaterThan(0);
    }
  }, 120_000);
});
