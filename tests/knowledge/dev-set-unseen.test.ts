import { existsSync, readFileSync } from 'node:fs';
import { safetyCorpus } from '../../bot/cli/safety-corpus.js';
import { normalize } from '../../intents/normalize.js';
import { loadKnowledge } from '../../knowledge/load.js';

// The dev set is for measuring. If its lines were training examples, for the matcher or the
// safety net, its score would mean nothing.
describe('the dev set', () => {
  const file = '../shared/eval/dev.jsonl';
  if (!existsSync(file)) throw new Error(`${file} is missing: CI clones the project with shared/ beside it`);
  const dev = new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => normalize((JSON.parse(l) as { text: string }).text)),
  );
  const loaded = loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge base must load');
  const { kb } = loaded;

  it('shares no message with the knowledge base examples', () => {
    const examples = [...kb.topics.flatMap((t) => [...t.questions, ...t.keywords]), ...kb.outOfScope];
    expect(examples.filter((q) => dev.has(normalize(q)))).toEqual([]);
  });

  it('shares no message with what the safety net learned from', () => {
    const corpus = safetyCorpus(kb).examples.map((e) => e.text);
    expect(corpus.filter((t) => dev.has(normalize(t)))).toEqual([]);
  });
});
