import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ConversationState } from '../../bot/reply.js';
import { createBot } from '../../bot/turn.js';
import { loadKnowledge } from '../../knowledge/load.js';

interface Turn {
  user: string;
  route: string | string[];
  says?: string[];
  first?: boolean;
}
interface Conversation {
  name: string;
  turns: Turn[];
}

const loaded = loadKnowledge('knowledge');
if (!loaded.ok) throw new Error('knowledge base must load');
const bot = createBot(loaded.kb);
const conversations = parse(readFileSync('tests/conversations/multi-turn.yml', 'utf8')) as Conversation[];

describe('conversations (tests/conversations/multi-turn.yml)', () => {
  it.each(conversations.map((c) => [c.name, c] as const))('%s', (_name, conversation) => {
    let state: ConversationState | undefined;
    for (const turn of conversation.turns) {
      const reply = bot.handleTurn({ text: turn.user }, state);
      const routes = Array.isArray(turn.route) ? turn.route : [turn.route];
      expect({ user: turn.user, route: routes.includes(reply.route) ? routes : reply.route }).toEqual({
        user: turn.user,
        route: routes,
      });
      const text = reply.messages.map((m) => m.text).join('\n');
      for (const s of turn.says ?? []) expect(text).toContain(s);
      if (turn.first) expect(reply.messages).toHaveLength(1);
      state = reply.state;
    }
  });
});
