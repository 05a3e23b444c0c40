import { formatIssues, loadKnowledge } from '../../knowledge/load.js';

describe('loadKnowledge', () => {
  it('loads the real knowledge base without problems', () => {
    const result = loadKnowledge('knowledge');
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(result.kb.topics.length).toBeGreaterThan(50);
  });

  it('names file, field and problem for every bad entry', () => {
    const result = loadKnowledge('tests/fixtures/knowledge/bad');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssues(result.issues)).toMatchInlineSnapshot(`
"tests/fixtures/knowledge/bad/topics/broken-yaml.yml: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:
tests/fixtures/knowledge/bad/topics/missing-fields.yml at questions: needs at least 8 example questions in the words people use
tests/fixtures/knowledge/bad/topics/missing-fields.yml at answer: Too small: expected string to have >=20 characters
tests/fixtures/knowledge/bad/topics/missing-fields.yml at sources[0].url: must be an https:// address
tests/fixtures/knowledge/bad/topics/missing-fields.yml at reviewed: must be a date written YYYY-MM-DD
tests/fixtures/knowledge/bad/topics/missing-fields.yml at reviewBy: a topic needs a date its review expires
tests/fixtures/knowledge/bad/topics/wrong-name.yml at id: must be lowercase words joined by hyphens, e.g. "withdrawal-timeline"
tests/fixtures/knowledge/bad/topics/wrong-name.yml at reviewBy: must be after \`reviewed\`
tests/fixtures/knowledge/bad/safety/net.json at threshold: must be between 0 and 1: the chance of "none" under which a message is flagged
tests/fixtures/knowledge/bad/safety/net.json at bias: needs 2 numbers, one per route, but has 1
tests/fixtures/knowledge/bad/safety/net.json at cues[1]: "in my trunk": a cue is one word or two words in a row
tests/fixtures/knowledge/bad/safety/net.json at cues[3]: "rope" is listed twice
tests/fixtures/knowledge/bad/safety/net.json at weights: needs 8 numbers (2 routes for each of 4 cues) but has 7
tests/fixtures/knowledge/bad/safety/net.json at weights[5]: must be a number (cue "bridge"), not "x"
tests/fixtures/knowledge/bad/safety/literals.json at patterns.\\bno respira\\b: must be a list of sets (lists) of strings, one of each set in every match (none empty), or null when none is certain
tests/fixtures/knowledge/bad/safety/literals.json at patterns.\\bwont wake\\b: must be a list of sets (lists) of strings, one of each set in every match (none empty), or null when none is certain
tests/fixtures/knowledge/bad/safety/rules.yml at rules[0].match[0]: is not a valid regular expression (Unterminated group): \\bkill (myself
tests/fixtures/knowledge/bad/safety/rules.yml at rules[1].match[0]: uses {people} but vocab has no "people"
tests/fixtures/knowledge/bad/safety/rules.yml at rules[3].exceptionsOf: names "no-such-rule", which is not a rule with exceptions of its own
tests/fixtures/knowledge/bad/safety/rules.yml at netUnless[0]: is not a valid regular expression (Unterminated group): (?:fent in
tests/fixtures/knowledge/bad/safety/rules.yml at pastTime[0]: is not a valid regular expression (Unterminated group): \\b(?:back in (?:19|20)\\d\\d
tests/fixtures/knowledge/bad/safety/rules.yml at presentTime[0]: is not a valid regular expression (Unterminated group): \\b(?:right now|tonight
tests/fixtures/knowledge/bad/safety/rules.yml at afterRefusal.match[0]: is not a valid regular expression (Unterminated group): (?:half|whole
tests/fixtures/knowledge/bad/safety/rules.yml at overNow.ended[0]: is not a valid regular expression (Unterminated group): \\b(?:last night|this morning"
`);
  });
});
