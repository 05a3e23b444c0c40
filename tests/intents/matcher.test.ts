import { buildClassifier, conceptLookup } from '../../intents/classifier.js';
import {
  afterDeathDetector,
  createMatcher,
  DEFAULT_MATCHER,
  decide,
  elsewhereDetector,
  type MatcherConfig,
  otherSubjectDetector,
  otherSubstanceDetector,
  staffWorkDetector,
  termFinder,
} from '../../intents/matcher.js';
import { normalize } from '../../intents/normalize.js';
import { createSpeller } from '../../intents/spelling.js';
import { type KnowledgeBase, loadKnowledge } from '../../knowledge/load.js';
import type { Lexicon } from '../../knowledge/schema.js';

const data: Array<[string, string]> = [
  ['what time is it', 'time'],
  ['tell me the time', 'time'],
  ['current time please', 'time'],
  ['what is the time now', 'time'],
  ['how is the weather', 'weather'],
  ['will it rain today', 'weather'],
  ['is it sunny outside', 'weather'],
  ['weather forecast for tomorrow', 'weather'],
  ['play a song', 'music'],
  ['put on some music', 'music'],
  ['i want to hear a song', 'music'],
  ['start my playlist', 'music'],
];
const examples = data.map(([text, label]) => ({ text: normalize(text), label }));

describe('buildClassifier (generic over any labelled texts)', () => {
  const classifier = buildClassifier(examples, conceptLookup({ music: ['song', 'tune', 'playlist'] }));

  it.each([
    ['whats the time', 'time'],
    ['is it going to rain', 'weather'],
    ['play me a tune', 'music'],
  ])('labels %j as %s', (text, label) => {
    expect(classifier.score(normalize(text)).ranked[0]?.label).toBe(label);
  });

  it('gives the same scores every time it is built from the same data', () => {
    const again = buildClassifier(examples, conceptLookup({ music: ['song', 'tune', 'playlist'] }));
    expect(again.score('play me a tune')).toEqual(classifier.score('play me a tune'));
  });

  it('returns probabilities that sum to at most 1, best first', () => {
    const { ranked } = classifier.score('will it rain');
    const total = ranked.reduce((s, r) => s + r.p, 0);
    expect(total).toBeLessThanOrEqual(1.0001);
    expect(ranked.map((r) => r.p)).toEqual([...ranked.map((r) => r.p)].sort((a, b) => b - a));
  });

  it('names the closest example for explanations', () => {
    expect(classifier.nearest('will it rain tomorrow', 'weather')).toBe('will it rain today');
  });
});

describe('decide', () => {
  // Fixed thresholds, so these cases test the rule, not the tuned values.
  const config: MatcherConfig = {
    ...DEFAULT_MATCHER,
    answerThreshold: 0.5,
    clarifyRatio: 0.25,
  };

  it('answers when confident', () => {
    const r = decide(
      [
        { label: 'time', p: 0.9 },
        { label: 'out-of-scope', p: 0.05 },
      ],
      config,
    );
    expect(r).toMatchObject({ kind: 'answer', route: 'time' });
  });

  it('clarifies with up to 3 close topics when unsure about a message in the domain', () => {
    const r = decide(
      [
        { label: 'time', p: 0.3 },
        { label: 'weather', p: 0.25 },
        { label: 'out-of-scope', p: 0.2 },
        { label: 'music', p: 0.15 },
        { label: 'other', p: 0.01 },
      ],
      config,
      true,
    );
    expect(r).toMatchObject({ kind: 'clarify', candidates: ['time', 'weather', 'music'] });
  });

  it('declines an unsure message outside the domain instead of asking', () => {
    const r = decide(
      [
        { label: 'time', p: 0.3 },
        { label: 'weather', p: 0.25 },
        { label: 'out-of-scope', p: 0.2 },
      ],
      config,
    );
    expect(r.kind).toBe('out-of-scope');
  });

  it('never declines a message in the domain: it answers or asks', () => {
    const r = decide(
      [
        { label: 'out-of-scope', p: 0.6 },
        { label: 'time', p: 0.35 },
      ],
      config,
      true,
    );
    expect(r).toMatchObject({ kind: 'answer', route: 'time' });
  });

  it('declines when out-of-scope wins clearly', () => {
    const r = decide(
      [
        { label: 'out-of-scope', p: 0.9 },
        { label: 'time', p: 0.05 },
      ],
      config,
    );
    expect(r.kind).toBe('out-of-scope');
  });
});

describe('termFinder', () => {
  const find = termFinder(['heroin', 'dope sick']);
  it('finds one word or two in a row, and nothing else', () => {
    expect(find('i am so dope sick'.split(' '))).toBe('dope sick');
    expect(find('is heroin strong'.split(' '))).toBe('heroin');
    expect(find('sick of dope'.split(' '))).toBeUndefined();
  });
});

/** The real knowledge base, loaded once for the tests below. */
let loadedKb: KnowledgeBase | undefined;
function knowledgeBase(): KnowledgeBase {
  if (loadedKb) return loadedKb;
  const loaded = loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge base must load');
  loadedKb = loaded.kb;
  return loadedKb;
}

/** The real knowledge base's example questions that a detector built from its lexicon declines. */
function declinedExamples(
  detector: (lexicon: Lexicon) => (normalized: string) => string | undefined,
): string[] {
  const kb = knowledgeBase();
  const declines = detector(kb.lexicon);
  return kb.topics.flatMap((t) =>
    t.questions
      .filter((q) => declines(normalize(q)))
      .map((q) => `${t.id}: "${q}" (${declines(normalize(q))})`),
  );
}

describe('elsewhereDetector', () => {
  const elsewhere = elsewhereDetector({
    domain: ['heroin', 'detox', 'in recovery'],
    concepts: {},
    elsewhere: {
      anchors: { withdraw: ['coffee', 'screen time'], detox: ['juice'], recover: ['knee', 'recovery mode'] },
      unlessAlso: ['pills'],
    },
  });

  it.each([
    ['coffee withdrawal headaches', 'withdraw + coffee'],
    ['i am withdrawing from too much screen time', 'withdraw + screen time'],
    ['a juice detox before the wedding', 'detox + juice'],
  ])('sends %j elsewhere (%s)', (text, why) => {
    expect(elsewhere(text)).toBe(why);
  });

  it.each([
    ['can i drink coffee in heroin withdrawal'],
    ['knee surgery and i am in recovery'],
    ['my knee hurts and i want pills how long is recovery'],
    ['coffee in the morning'],
    ['how long does withdrawal last'],
  ])('keeps %j: it names opioids or recovery, or has no anchor with another sense', (text) => {
    expect(elsewhere(text)).toBeUndefined();
  });

  it("lets a phrase with the anchor in it ('recovery mode') outweigh the anchor's own phrase ('in recovery')", () => {
    expect(elsewhere('how do i put my phone in recovery mode')).toBe('recover + recovery mode');
    expect(elsewhere('phone in recovery mode and i want heroin')).toBeUndefined();
  });

  it("does not count an anchor's own domain word as naming opioids, but another anchor's does", () => {
    expect(elsewhere('juice cleanse to detox')).toBe('detox + juice');
    expect(elsewhere('juice cleanse to detox so i do not touch heroin')).toBeUndefined();
  });

  it("never declines one of the knowledge base's own example questions", () => {
    expect(declinedExamples(elsewhereDetector)).toEqual([]);
  });

  it('sends nothing elsewhere when the lexicon lists no anchors', () => {
    const none = elsewhereDetector({ domain: [], concepts: {}, elsewhere: { anchors: {}, unlessAlso: [] } });
    expect(none('coffee withdrawal')).toBeUndefined();
  });
});

describe('otherSubstanceDetector', () => {
  const other = otherSubstanceDetector({
    domain: ['heroin', 'relapse', 'methadone'],
    concepts: { methadone: ['methadone', 'the done'], heroin: ['heroin', 'boy'] },
    elsewhere: { anchors: {}, unlessAlso: [] },
    otherSubstances: {
      words: ['beer', 'beers', 'vape', 'sleeping pills'],
      concepts: ['methadone', 'heroin'],
      notEnough: ['relapse', 'boy'],
      alsoClear: ['pills', 'drugs'],
      domainClears: true,
    },
  });

  it.each([
    ['is 3 or 4 beers a night a problem', 'other substance + beers'],
    ['my daughter will not stop using her vape', 'other substance + vape'],
    // Recovery words alone do not make it an opioid question, nor does an everyday sense of slang.
    ['how do i avoid a relapse on beer', 'other substance + beer'],
    ['my boy drinks a beer every night', 'other substance + beer'],
    // The substance's own words clear nothing.
    ['can i stop my sleeping pills cold', 'other substance + sleeping pills'],
    // Nor does a word said not to be the subject.
    ['beer is my problem not heroin', 'other substance + beer'],
    ['no drugs just 6 beers a night', 'other substance + beers'],
  ])('declines %j (%s)', (text, why) => {
    expect(other(text)).toBe(why);
  });

  it.each([
    ['can i have a beer on methadone'],
    ['can i drink a beer on the done'],
    ['he mixes beer with heroin'],
    ['he drinks beer and takes pills'],
    ['how long does heroin withdrawal last'],
    ['not drinking beer anymore but still on methadone'],
  ])('keeps %j: it also names opioids, their medicines or drugs, or no other substance', (text) => {
    expect(other(text)).toBeUndefined();
  });

  it('declines nothing when the lexicon lists no other substances', () => {
    const none = otherSubstanceDetector({
      domain: [],
      concepts: {},
      elsewhere: { anchors: {}, unlessAlso: [] },
    });
    expect(none('is 3 or 4 beers a night a problem')).toBeUndefined();
  });

  it("never declines one of the knowledge base's own example questions", () => {
    expect(declinedExamples(otherSubstanceDetector)).toEqual([]);
  });
});

describe('otherSubjectDetector', () => {
  const other = otherSubjectDetector(knowledgeBase().lexicon);

  it.each([
    [
      'how do i get my record expunged, all my charges are from using and im 5 yrs clean',
      'other subject + expunged',
    ],
    ['does medicaid cover dentures, im in recovery', 'other subject + dentures'],
    ['what do i say at a job interview about the years i was in rehab', 'other subject + job interview'],
  ])('declines %j (%s): recovery words alone do not keep it', (text, why) => {
    expect(other(normalize(text))).toBe(why);
  });

  it.each([
    ['need a treatment center that takes people with felonies'],
    ['can i get hep c treatment while on methadone'],
    ['does going to the gym help with cravings'],
    ['what is mat, the judge wants it before visitation'],
  ])('keeps %j: it also names treatment, a medicine or cravings', (text) => {
    expect(other(normalize(text))).toBeUndefined();
  });

  it("never declines one of the knowledge base's own example questions", () => {
    expect(declinedExamples(otherSubjectDetector)).toEqual([]);
  });
});

// The sections that decline a message even though it names a medicine or an overdose
// (`domainClears: false`), each checked the same three ways.
describe.each([
  {
    name: 'staffWorkDetector',
    detector: staffWorkDetector,
    declines: [
      ['whats the hcpcs code for the weekly methadone bundle', 'staff work + hcpcs'],
      ['need ce hours on naloxone for my license renewal', 'staff work + ce hours'],
    ],
    // No word of a service's own business.
    keeps: ['does medicaid cover methadone', 'is there a grant to help pay for rehab'],
  },
  {
    name: 'afterDeathDetector',
    detector: afterDeathDetector,
    declines: [
      ['the funeral home wants cash upfront, my brother odd tuesday', 'after a death + funeral home'],
      [
        'life insurance says an overdose is not an accident, can they deny it',
        'after a death + life insurance',
      ],
    ],
    // It asks about a medicine, someone using or treatment.
    keeps: [
      'the autopsy said xylazine, what is that',
      'after the funeral home visit my other son is using again, how do i get him into treatment',
    ],
  },
])('$name', ({ detector, declines, keeps }) => {
  const detect = detector(knowledgeBase().lexicon);

  it.each(declines)('declines %j (%s) though it names a medicine or an overdose', (text, why) => {
    expect(detect(normalize(text))).toBe(why);
  });

  it.each(keeps)('keeps %j', (text) => {
    expect(detect(normalize(text))).toBeUndefined();
  });

  it("never declines one of the knowledge base's own example questions", () => {
    expect(declinedExamples(detector)).toEqual([]);
  });
});

describe('createSpeller', () => {
  const speller = createSpeller(new Set(['what', 'is', 'banana']), [
    'methadone',
    'withdrawal',
    'fentanyl',
    'naloxone',
    'roxys',
  ]);
  it.each([
    ['what is methadon', 'what is methadone'],
    ['fentnayl', 'fentanyl'],
    ['naloxome', 'naloxone'],
    ['roxyy', 'roxys'],
    ['proxy access', 'proxy access'],
    ['withdrawl', 'withdrawal'],
    ['fentynal', 'fentanyl'],
    ['banana', 'banana'],
    ['bananas are nice', 'bananas are nice'],
  ])('reads %j as %j', (input, expected) => {
    expect(speller.correct(input)).toBe(expected);
  });
});

describe("the knowledge base's speller", () => {
  const loaded = loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge base must load');
  const matcher = createMatcher(loaded.kb);
  it.each([
    // Everyday words it once "corrected" into alarm words or other topics.
    ['is there a training for spotting an overdose', 'is there a training for spotting an overdose'],
    ['she is leading the group tonight', 'she is leading the group tonight'],
    ['my sitter is late', 'my sitter is late'],
    ['the eviction notice came', 'the eviction notice came'],
    ['writing a draft of my story', 'writing a draft of my story'],
    // Typos of our words are still fixed.
    ['sucide hotline', 'suicide hotline'],
    ['opiods and famly', 'opioids and family'],
    ['cuting myself again', 'cutting myself again'],
  ])('reads %j as %j', (input, expected) => {
    expect(matcher.correct(normalize(input))).toBe(expected);
  });
});
