import { readdirSync, readFileSync } from 'node:fs';
import { cachedLiterals, LiteralIndex, requiredConjuncts, requiredLiterals } from '../../intents/literals.js';
import { normalize } from '../../intents/normalize.js';
import { compileSafetyGate, idiomBlanker, literalSources, rulePatterns } from '../../intents/safety.js';
import { expandVocab, loadKnowledge, ruleExceptions } from '../../knowledge/load.js';

describe('requiredLiterals', () => {
  it.each([
    ['\\bkill myself\\b', ['kill myself']],
    // "want" alone is in nearly every message: the whole phrase filters far more.
    ['\\b(?:want|wanna) to die\\b', ['wanna to die', 'want to die']],
    ['\\bthe (?:dog|cat) goes\\b', ['the cat goes', 'the dog goes']],
    ['\\bcook (?:down |up )?(?:the |some )?(?:tar|dope)\\b', ['cook ']],
    ['\\w+ \\w+', [' ']],
    ['(?:abc)?x', ['abcx', 'x']],
    ['\\bno respira|dejo de respirar\\b', ['dejo de respirar', 'no respira']],
    ['\\bsui?cide\\b', ['sucide', 'suicide']],
  ])('%s needs one of %j', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals);
  });

  it.each([
    // Two parts far apart: a message needs both, so both are kept ("die" is the rarer).
    ['\\b(?:want|wanna) to\\b.{0,20}\\bdie\\b', [['die'], ['wanna', 'want']]],
    ['\\bcook (?:down |up )?(?:the |some )?(?:tar|dope)\\b', [['cook '], ['dope', 'tar']]],
    // One literal holds the other: "kill" adds nothing to "kill myself".
    ['\\bkill myself\\b', [['kill myself']]],
    // Alternatives pair their cheapest sets, then their next: each alternative's match holds one of
    // each pair.
    [
      '\\b(?:took|ate) \\w+ (?:pills|bars)\\b|\\bswallowed \\w+ (?:pills|tabs)\\b',
      [
        ['bars', 'pills', 'swallowed '],
        [' bars', ' pills', 'pills', 'tabs'],
      ],
    ],
  ])('%s needs one of each of %j', (source, sets) => {
    expect(requiredConjuncts(source)).toEqual(sets);
    expect(requiredLiterals(source)).toEqual(sets[0]);
  });

  it.each(['\\w+', '(?:abc)?', '.{0,20}', '[^a]+'])(
    '%s has nothing certain, so it must always run',
    (source) => {
      expect(requiredLiterals(source)).toBeNull();
      expect(requiredConjuncts(source)).toBeNull();
    },
  );
});

describe('LiteralIndex', () => {
  const found = (literals: string[], text: string) => {
    const ids = new Set<number>();
    new LiteralIndex(literals).scan(text, (id) => ids.add(id));
    return [...ids].sort().map((i) => literals[i]);
  };

  it('finds every literal inside a text, overlapping ones and suffixes of others too', () => {
    expect(found(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he', 'she', 'hers']);
    expect(found(['die', 'i want to die', 'want'], 'i want to die now')).toEqual([
      'die',
      'i want to die',
      'want',
    ]);
  });

  it('finds nothing in a text made of other letters', () => {
    expect(found(['overdose', 'kill'], 'what time is the meeting 🙂')).toEqual([]);
  });
});

// The literal pre-filter may only skip a pattern, or an exception, that cannot match. Checked
// against the plain reading of the rules (every rule in order, every pattern, every exception) on
// every labelled line we have and the whole CLINC150 set: the same rule, or none, every time.
describe('the safety gate with its literal pre-filter', () => {
  const loaded = loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge base must load');
  const { safety } = loaded.kb;
  const gate = compileSafetyGate(safety);
  const patterns = rulePatterns(safety);
  const blank = idiomBlanker(safety);
  const unless = safety.rules.map((r) =>
    ruleExceptions(safety, r).map((u) => new RegExp(expandVocab(u, safety.vocab))),
  );
  const plain = (normalized: string): string | null => {
    const text = blank(normalized);
    for (const [r, rule] of safety.rules.entries()) {
      if (!patterns.some((p) => p.rule === r && p.test.test(text))) continue;
      if ((unless[r] ?? []).some((u) => u.test(text))) continue;
      return rule.id;
    }
    return null;
  };
  const texts = [
    ...readdirSync('tests/conversations')
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(`tests/conversations/${f}`, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => (JSON.parse(l) as { text: string }).text),
      ),
    ...safety.rules.flatMap((r) => [...r.examples, ...r.notExamples]),
    ...Object.values(
      JSON.parse(readFileSync('../shared/eval/clinc150/data_full.json', 'utf8')) as Record<
        string,
        Array<[string, string]>
      >,
    ).flatMap((pairs) => pairs.map(([text]) => text)),
  ].map((t) => normalize(t));

  it('blanks idioms exactly as trying every idiom in file order does (its pre-filter skips none)', () => {
    const plainIdioms = safety.idioms.map((i) => new RegExp(expandVocab(i, safety.vocab), 'g'));
    const plainBlank = (t: string) => plainIdioms.reduce((text, idiom) => text.replace(idiom, ' ~ '), t);
    const differ = texts.filter((t) => blank(t) !== plainBlank(t));
    expect(differ).toEqual([]);
    expect(texts.filter((t) => blank(t) !== t).length).toBeGreaterThan(500);
  });

  it(`decides as the plain reading does on ${'all'} labelled lines and CLINC150`, () => {
    const differ = texts.filter((t) => (gate.rules(t)?.ruleId ?? null) !== plain(t));
    expect(texts.length).toBeGreaterThan(25_000);
    expect(differ).toEqual([]);
  });

  it('also finds each pattern literal in every rule example the pattern matches', () => {
    for (const rule of safety.rules) {
      for (const example of rule.examples) {
        const text = blank(normalize(example));
        for (const p of patterns.filter((x) => x.test.test(text))) {
          expect(p.literals?.every((set) => set.some((l) => text.includes(l)))).toBe(true);
        }
      }
    }
  });
});

// The gate's speed rests on the pre-filter: a pattern runs only when the message holds one of each
// of its required literal sets. A pattern whose literal is a common word ("re", "h", "sister") runs on nearly every
// message and the median turn slows (stop 9 measured it: 11.3 candidates a message became 13.1 on a
// wider mix, and the median went from about 17 to 20 µs). This counts that work on the bench's own mix, so a
// costly pattern fails here, with its name, rather than showing up later as a slower benchmark.
describe('the work the pre-filter leaves per message', () => {
  const loaded = loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge base must load');
  const { safety } = loaded.kb;
  const blank = idiomBlanker(safety);
  const texts = ['messages.jsonl', 'crisis.jsonl'].flatMap((f) =>
    readFileSync(`tests/conversations/${f}`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => blank(normalize((JSON.parse(l) as { text: string }).text))),
  );
  const runs = (p: { literals: ReadonlyArray<readonly string[]> | null }) =>
    texts.filter((t) => !p.literals || p.literals.every((set) => set.some((l) => t.includes(l)))).length;

  it.each([
    // Measured at stop 10: 10.6 and 6.9 at its start; 11.3 and 8.4 at its end (the two split rules
    // count their shared exceptions twice, but exceptions only run once a rule's pattern matched).
    // Stop 12: 11.97 and 9.26, the second raised from 9 for the past-story exceptions of five
    // overdose and emergency rules (safe since every sentence after a story is also read alone)
    // and for other-violence's, counted twice once the rule was split in two.
    // Stop 13: 12.00 and 9.33, raised to 12.1 and 9.4 for about 90 patterns from rounds 58-60
    // (pain patients' and caregivers' refusals, teens' plugs, crises told beside a past), each
    // rewritten to look for its rarest words first; the per-message median stayed at 18.5-18.8 us.
    // Stop 14: 12.06 and 9.47 after round 63, 12.11 and 9.49 at its end. Raised to 12.15 and 9.5:
    // harmful-get-high passed 20 KB and was split in two, so its exceptions are counted twice
    // (they still run once its pattern matched), and about 100 patterns from rounds 62-66, each
    // written to look for its rarest words first.
    // Stop 15: raised step by step to 12.4 and 10.3 (12.38 and 10.27 measured at its end) for about
    // 200 patterns and exceptions from rounds 67-73 (dictated, regional, insider and negated
    // wordings). harmful-get-drugs passed 20 KB and was split in two, so its exceptions count twice,
    // and the denial exception ("i would never kill myself") sits in four suicide rules, so it counts
    // four times; both still run only once a rule's pattern matched. The bench median read 20.1-20.2
    // us after round 68 and 22.4-23.5 us at the end (stop 14's code: 20.8-21.8 us in the same period).
    // Stop 16: a pattern now keeps two literal sets where it has two apart ("die" and "want to"),
    // and runs only when the message holds one of each: 12.44 and 10.33 became 3.36 and 5.29, and
    // 3.41 and 5.37 at the end of the stop, after about 180 patterns and exceptions (rounds 74-78).
    // Stop 17: 3.42 and 5.41 after round 79; exceptions raised to 5.45 for "asking for someone else"
    // (askingforothers), which sits in three suicide rules and so counts three times. 3.475 and
    // 5.448 at the end of the stop, after about 150 patterns and exceptions (rounds 79-83).
    // Stop 18: held at 3.5 and 5.45 through rounds 84-87 (about 160 patterns and exceptions, each
    // rewritten until its literals were exact where they cost anything). Raised to 3.51 and 5.465 in
    // round 88 for three that cost what they must: two crises that lines of crisis.jsonl hold
    // ("everyone would be happier if i ...", "disappear forever") and "if i find someone passed out
    // ... do i" (3 lines), measured 3.507 and 5.462.
    // Stop 19: held at 3.507 and 5.462 through rounds 89-93 (about 250 patterns and exceptions).
    // Exceptions raised to 5.47 in round 94 for one that costs what it must: "what do i do if he
    // ..." at the start of a message is a question about someone else for the last suicide rule,
    // and a line of messages.jsonl begins that way (measured 5.466).
    // Stop 20: held at 3.507 and 5.466 through rounds 98-99 (about 150 patterns and exceptions).
    // Exceptions raised to 6.02 in round 100, when other-medical and suicide-indirect passed 20 KB
    // and each got a third or second part (other-medical-b, suicide-indirect-c) that shares its
    // exceptions, so those are counted twice; they still run only once a rule's pattern matched
    // (measured 6.018).
    // Stop 21 and rounds 108-113 of stop 22: held at 3.507 and 6.018. Exceptions raised to 6.33 at
    // the end of stop 22, when suicide-indirect-c passed 20 KB and got a fourth part
    // (suicide-indirect-d) that shares suicide-indirect's exceptions, so those are counted once
    // more; they still run only once a rule's pattern matched (measured 6.327).
    ['match', 3.51],
    ['unless', 6.33],
  ] as const)('%s patterns: at most %d candidates a message on average', (key, budget) => {
    const patterns = rulePatterns(safety, key);
    const total = patterns.reduce((sum, p) => sum + runs(p), 0);
    expect(texts.length).toBeGreaterThan(200);
    expect(total / texts.length).toBeLessThanOrEqual(budget);
  });

  it('no single pattern runs on more than one message in five', () => {
    const costly = (['match', 'unless'] as const).flatMap((key) =>
      rulePatterns(safety, key)
        .filter((p) => runs(p) > texts.length / 5)
        .map(
          (p) =>
            `${safety.rules[p.rule]?.id}: ${p.test.source.slice(0, 80)} (${p.literals?.map((set) => set.join(' | ')).join(' and ')})`,
        ),
    );
    expect(costly).toEqual([]);
  });
});

describe('the literal cache (knowledge/safety/literals.json)', () => {
  const loaded = loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge base does not load');
  const { safety, safetyLiterals } = loaded.kb;

  it('holds every pattern the gate reads, with the literals it has now (else: npm run safety:train)', () => {
    const cache = safetyLiterals ?? {};
    const stale = literalSources(safety).filter(
      (source) =>
        !Object.hasOwn(cache, source) ||
        JSON.stringify(cache[source]) !== JSON.stringify(requiredConjuncts(source)),
    );
    expect(stale.map((source) => source.slice(0, 80))).toEqual([]);
  });

  it('is read only for the very same source: an edited pattern is read afresh', () => {
    const cache = { '\\bkill myself\\b': [['kill myself']], '\\bstale\\b': [['wrong']] };
    expect(cachedLiterals('\\bkill myself\\b', cache)).toEqual([['kill myself']]);
    expect(cachedLiterals('\\bstale now\\b', cache)).toEqual([['stale now']]);
    expect(cachedLiterals('\\w+', { '\\w+': null })).toBeNull();
  });
});
