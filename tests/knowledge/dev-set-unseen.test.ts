import { existsSync, readFileSync } from 'node:fs';
import { normalize } from '../../intents/normalize.js';
import { loadKnowledge } from '../../knowledge/load.js';

// The dev set is for measuring. If its lines were training examples, its score would mean nothing.
describe('the knowledge base and the dev set', () => {
  it('share no example message', () => {
    const file = '../shared/eval/dev.jsonl';
    if (!existsSync(file))
      throw new Error(`${file} is missing: CI clones the project with shared/ beside it`);
    const dev = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => normalize((JSON.parse(l) as { text: string }).text)),
    );
    const loaded = loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('knowledge base must load');
    const examples = [
      ...loaded.kb.topics.flatMap((t) => [...t.questions, ...t.keywords]),
      ...loaded.kb.outOfScope,
    ];
    expect(examples.filter((q) => dev.has(normalize(q)))).toEqual([]);
  });
});
