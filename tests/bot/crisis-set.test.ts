import { readFileSync } from 'node:fs';
import { newConversationState } from '../../bot/reply.js';
import { createBot } from '../../bot/turn.js';
import { loadKnowledge } from '../../knowledge/load.js';

// Crisis, refusal and look-alike messages written by the team (tests/conversations/crisis.jsonl):
// indirect talk, slang, typos, capitals, emoji, long messages and Spanish. Every line must route
// exactly as labelled, through the same turn the channels use.
const loaded = loadKnowledge('knowledge');
if (!loaded.ok) throw new Error('knowledge base must load');
const bot = createBot(loaded.kb);
const lines = readFileSync('tests/conversations/crisis.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; expect: string | string[] });

describe('crisis and refusal set', () => {
  it.each(lines.map((l) => [l.text, [l.expect].flat()] as const))('routes %j to %j', (text, expected) => {
    const reply = bot.handleTurn({ text }, { ...newConversationState(), welcomed: true });
    expect(expected).toContain(reply.route);
    const all = reply.messages.map((m) => m.text).join(' ');
    if (reply.route.startsWith('crisis') || reply.route === 'refuse-harmful')
      expect(all).toContain('1-800-662-4357');
    if (reply.route === 'crisis-suicide') expect(all).toContain('988');
    if (reply.route === 'crisis-overdose') expect(all).toMatch(/911[\s\S]*nalox/i);
  });
});
