import { type KnowledgeBase, loadKnowledge } from '../../knowledge/load.js';
import type { Topic } from '../../knowledge/schema.js';
import { validateKnowledge } from '../../knowledge/validate.js';

const TODAY = '2026-11-24';

function realKb(): KnowledgeBase {
  const loaded = loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('the real knowledge base must load for these tests');
  return loaded.kb;
}

const base: Topic = {
  id: 'test-topic',
  kind: 'topic',
  title: 'A test topic',
  questions: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'].map(
    (w) => `question number ${w} here`,
  ),
  keywords: [],
  answer: 'Naloxone can undo an opioid overdose. Call {{emergency}} and stay with the person.',
  followUps: ['naloxone'],
  keyFacts: ['naloxone', '{{emergency}}'],
  sources: [{ title: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/national-helpline' }],
  reviewed: '2026-11-01',
  reviewBy: '2027-05-01',
};

/** Problems reported for the test topic alone, with the real KB around it. */
function problemsOf(change: Partial<Topic>): string[] {
  const kb = realKb();
  const topic = { ...base, ...change };
  const withTopic: KnowledgeBase = {
    ...kb,
    topics: [...kb.topics, topic],
    files: new Map([...kb.files, ['test-topic', 'test-topic.yml']]),
  };
  return validateKnowledge(withTopic, TODAY)
    .filter((i) => i.file === 'test-topic.yml')
    .map((i) => `${i.path}: ${i.message}`);
}

describe('validateKnowledge', () => {
  it('accepts a clean topic', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it.each([
    [
      'a stigmatizing word',
      { answer: 'Many addicts find help. Call {{emergency}} about naloxone.' },
      'stigmatizing term "addicts"',
    ],
    [
      '"clean" for a person',
      { answer: 'Staying clean is hard. Naloxone helps. Call {{emergency}}.' },
      'stigmatizing term "clean"',
    ],
    [
      '"substance abuse"',
      { answer: 'Substance abuse is common. Naloxone helps. Call {{emergency}}.' },
      'stigmatizing term "Substance abuse"',
    ],
    [
      'a phone number typed by hand',
      { answer: 'Call 1-800-662-4357 about naloxone, or {{emergency}}.' },
      'writes the number "1-800-662-4357"',
    ],
    [
      '911 typed by hand',
      { answer: 'Give naloxone and call 911 now. {{emergency}} too.' },
      'writes the number "911"',
    ],
    [
      'a dose in mg',
      { answer: 'Naloxone comes as a 4 mg spray. Call {{emergency}}.' },
      'dosing amount ("4 mg")',
    ],
    ['"take 2"', { answer: 'Take 2 naloxone sprays. Call {{emergency}}.' }, 'dosing amount ("Take 2")'],
    [
      'an unknown placeholder',
      { answer: 'Naloxone helps. Call {{nope}} or {{emergency}}.' },
      'uses {{nope}} but helplines.yml has no "nope"',
    ],
    [
      'a missing key fact',
      { keyFacts: ['rescue breathing'] },
      'key fact "rescue breathing" is not in the answer',
    ],
    ['an unknown follow-up', { followUps: ['no-such-topic'] }, 'unknown topic id "no-such-topic"'],
    ['a follow-up to itself', { followUps: ['test-topic'] }, 'points to the topic itself'],
    ['an expired review', { reviewBy: '2026-11-01' }, 'review expired on 2026-11-01'],
    [
      'a source that is not authoritative',
      { sources: [{ title: 'A blog', url: 'https://example.com/post' }] },
      'needs at least one source from an authoritative host',
    ],
    [
      'hard reading',
      {
        answer:
          'Naloxone administration constitutes an evidence-based pharmacological intervention counteracting opioid-induced respiratory depression; {{emergency}}.',
      },
      'reads at grade',
    ],
  ])('reports %s', (_name, change, expected) => {
    expect(problemsOf(change).join('\n')).toContain(expected);
  });

  it('reports an example question used by two topics', () => {
    const kb = realKb();
    const first = kb.topics[0];
    if (!first) throw new Error('no topics');
    const problems = problemsOf({ questions: [...base.questions, first.questions[0] ?? ''] });
    expect(problems.join('\n')).toContain(`is also an example of "${first.id}"`);
  });

  it('reports a missing contract topic and a missing template', () => {
    const kb = realKb();
    const issues = validateKnowledge(
      {
        ...kb,
        topics: kb.topics.filter((t) => t.id !== 'naloxone'),
        templates: kb.templates.filter((t) => t.id !== 'crisis-overdose'),
      },
      TODAY,
    );
    const text = issues.map((i) => i.message).join('\n');
    expect(text).toContain('the contract topic "naloxone" (shared/topics.md) is missing');
    expect(text).toContain('template "crisis-overdose" is missing');
  });

  it('reports an other-substances concept the lexicon does not have', () => {
    const kb = realKb();
    const other = kb.lexicon.otherSubstances;
    if (!other) throw new Error('the real lexicon lists other substances');
    const lexicon = { ...kb.lexicon, otherSubstances: { ...other, concepts: ['heroin', 'no-such-concept'] } };
    expect(
      validateKnowledge({ ...kb, lexicon }, TODAY)
        .filter((i) => i.file === 'knowledge/lexicon.yml')
        .map((i) => `${i.path}: ${i.message}`),
    ).toEqual([
      `otherSubstances.concepts[1]: names "no-such-concept", which is not one of the lexicon's concepts`,
    ]);
  });

  it('requires every crisis template to carry its numbers', () => {
    const kb = realKb();
    const templates = kb.templates.map((t) =>
      t.id === 'crisis-suicide' ? { ...t, es: 'Llama al {{emergency}} ahora mismo por favor.' } : t,
    );
    const text = validateKnowledge({ ...kb, templates }, TODAY)
      .map((i) => `${i.path}: ${i.message}`)
      .join('\n');
    expect(text).toContain('crisis-suicide.es: must include {{lifeline}}');
    expect(text).toContain('crisis-suicide.es: must include {{samhsa}}');
  });

  it('requires the overdose reply to name the 988 Lifeline, for an overdose taken on purpose', () => {
    const kb = realKb();
    const templates = kb.templates.map((t) =>
      t.id === 'crisis-overdose' ? { ...t, en: t.en.replace(/If it was on purpose[^.]*\./, '') } : t,
    );
    expect(templates.find((t) => t.id === 'crisis-overdose')?.en).not.toContain('{{lifeline}}');
    const text = validateKnowledge({ ...kb, templates }, TODAY)
      .map((i) => `${i.path}: ${i.message}`)
      .join('\n');
    expect(text).toContain('crisis-overdose.en: must include {{lifeline}}');
  });
});
