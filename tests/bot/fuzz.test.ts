import type { Server } from 'node:http';
import { newConversationState } from '../../bot/reply.js';
import { createBot } from '../../bot/turn.js';
import { loadKnowledge } from '../../knowledge/load.js';
import { buildTestApp, listen } from '../helpers/app.js';

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

  it('offers help for nothing typed and declines emoji or symbols alone', () => {
    for (const text of ['', ' ', '\n\t', '\u200b\u200b'])
      expect(bot.handleTurn({ text }, open).route).toBe('bot-help');
    for (const text of ['😀😀', '🍕🍕🍕?', '...', '$$$'])
      expect(bot.handleTurn({ text }, open).route).toBe('out-of-scope');
  });
});

describe('fuzzing POST /api/chat', () => {
  const { app } = buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await listen(app));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });
  const chat = async (text: string) => {
    const res = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { route: string; messages: Array<{ text: string }> },
    };
  };

  it('answers 10,000 generated inputs with 200 and a message, crisis text in noise included', async () => {
    const make = generator(99);
    for (let i = 0; i < 10_000; i++) {
      const crisis = i % 50 === 0;
      // Every 1,000th input is 100 KB (over the 64 KB body limit); every 500th a long story.
      const length = i % 1000 === 0 ? 100_000 : i % 500 === 0 ? 12_000 : (i * 13) % 400;
      const noise = make(length);
      const { status, body } = await chat(
        crisis ? `${noise} my friend od'd and isnt breathing ${noise}` : noise,
      );
      if (length === 100_000) {
        expect(status).toBe(413);
        expect(body.messages.map((m) => m.text).join(' ')).toContain('1-800-662-4357');
        continue;
      }
      expect(status).toBe(200);
      expect(body.messages.length).toBeGreaterThan(0);
      expect(body.route).not.toBe('fallback');
      if (crisis) {
        expect(body.route).toBe('crisis-overdose');
        expect(body.messages.map((m) => m.text).join(' ')).toContain('911');
      }
    }
  }, 300_000);
});
