import { existsSync, readFileSync } from 'node:fs';
import { CONVERSATION_ROUTES, OUT_OF_SCOPE, SAFETY_ROUTES, TOPIC_ROUTES } from '../../knowledge/contract.js';

// The route ids are a public contract (shared/topics.md): the evaluation sets are labelled with them.
describe('route contract', () => {
  const file = '../shared/topics.md';
  it('lists exactly the ids of shared/topics.md', () => {
    if (!existsSync(file))
      throw new Error(`${file} is missing: CI clones the project with shared/ beside it`);
    const ids = [...readFileSync(file, 'utf8').matchAll(/^\| ([a-z0-9]+(?:-[a-z0-9]+)*) \|/gm)].map(
      (m) => m[1],
    );
    const ours = [...SAFETY_ROUTES, OUT_OF_SCOPE, ...CONVERSATION_ROUTES, ...TOPIC_ROUTES];
    expect([...ours].sort()).toEqual([...new Set(ids)].filter((id) => id !== 'id').sort());
  });
});
