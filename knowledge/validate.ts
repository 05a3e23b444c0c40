import { CONVERSATION_ROUTES, TOPIC_ROUTES } from './contract.js';
import type { ContentIssue, KnowledgeBase } from './load.js';
import { fillHelplines, placeholdersIn } from './placeholders.js';
import { fleschKincaidGrade } from './readability.js';
import { ALONE_SECTIONS, type Template, type Topic } from './schema.js';

/** Limits a curator can look up in one place; the eval that motivated each is in the README. */
export const CONTENT_LIMITS = Object.freeze({
  maxGrade: 9,
  preferredAnswerChars: 320,
});

/** Hosts whose pages count as an authoritative source (at least one per topic). */
const AUTHORITATIVE_HOSTS = [
  'samhsa.gov',
  'findtreatment.gov',
  'nida.nih.gov',
  'nih.gov',
  'nlm.nih.gov',
  'medlineplus.gov',
  'fda.gov',
  'cdc.gov',
  'hhs.gov',
  'dea.gov',
  'usdoj.gov',
  '988lifeline.org',
  'hrsa.gov',
  'surgeongeneral.gov',
  'canada.ca',
  'nhs.uk',
  'talktofrank.com',
  'samaritans.org',
  'medicaid.gov',
  'healthcare.gov',
  'va.gov',
  'usa.gov',
];
/** Other hosts allowed beside an authoritative one: the services and fellowships themselves. */
const SERVICE_HOSTS = [
  'na.org',
  'smartrecovery.org',
  'nar-anon.org',
  'recoverydharma.org',
  'celebraterecovery.com',
  'neverusealone.com',
  'crisistextline.org',
  'mara-international.org',
  'poisonhelp.org',
  'kidshelpphone.ca',
  'asam.org',
];

function hostMatches(url: string, hosts: readonly string[]): boolean {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** NIDA "Words Matter": terms that must not appear in what the bot says, with what to say instead. */
const STIGMA: ReadonlyArray<[RegExp, string]> = [
  [/\baddicts?\b/i, 'person with a substance use disorder'],
  [/\b(?:ex|former|recovering)[- ]addicts?\b/i, 'person in recovery'],
  [/\b(?:drug |substance )?abusers?\b/i, 'person who uses drugs'],
  [/\b(?:substance|drug|opioid|heroin) abuse\b/i, 'substance use / misuse / substance use disorder'],
  [/\bjunkies?\b|\bdruggies?\b|\bdope ?fiends?\b|\bcrackheads?\b/i, 'person who uses drugs'],
  [/\bclean\b/i, 'in recovery / not using / tested negative / sterile (needles)'],
  [/\bdirty\b/i, 'tested positive / currently using / used (needles)'],
  [/\bdrug habit\b/i, 'substance use disorder'],
  [/\bborn addicted\b|\baddicted bab(?:y|ies)\b/i, 'baby with neonatal opioid withdrawal syndrome'],
  [/\breplacement therapy\b|\bsubstitution therapy\b/i, 'medication for opioid use disorder'],
  [/\bIV drug users?\b/i, 'person who injects drugs'],
  [/\brock bottom\b|\btough love\b/i, 'people do recover; treatment works'],
  [/\balcoholics?\b/i, 'person with alcohol use disorder'],
];

const DOSING = [
  /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|ml|mL|cc|milligrams?|micrograms?|milliliters?|grams?)\b/i,
  /\btake\s+(?:\d+|one|two|three|four|five|six|half)\b(?!\s+(?:days?|weeks?|months?|hours?|minutes?))/i,
  /\b\d+\s*(?:pills?|tablets?|strips?|films?|bags?|points?)\b/i,
];

/** Phone-number-like text written by hand instead of a {{helpline}} placeholder. */
const LITERAL_PHONE =
  /\b1?[-. (]*\d{3}[-. )]+\d{3}[-. ]+\d{4}\b|\b(?:911|988|741741|435748|838255|82111|116 ?123)\b|\b0\d{3} ?\d{3} ?\d{4}\b/;

function textsOf(topic: Topic): Array<[string, string]> {
  const out: Array<[string, string]> = [['answer', topic.answer]];
  if (topic.more) out.push(['more', topic.more]);
  return out;
}

function normQuestion(q: string): string {
  return q
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function checkSayable(
  file: string,
  path: string,
  text: string,
  kb: KnowledgeBase,
  issues: ContentIssue[],
): void {
  for (const id of placeholdersIn(text)) {
    if (!kb.helplines[id])
      issues.push({ file, path, message: `uses {{${id}}} but helplines.yml has no "${id}"` });
  }
  // The service's own name contains its number; that is not a number to dial typed by hand.
  const raw = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\b988 Suicide (?:&|and) Crisis Lifeline\b/g, 'the Lifeline');
  const phone = raw.match(LITERAL_PHONE);
  if (phone)
    issues.push({
      file,
      path,
      message: `writes the number "${phone[0]}" by hand: use a {{placeholder}} from helplines.yml`,
    });
  for (const [pattern, instead] of STIGMA) {
    const m = raw.match(pattern);
    if (m)
      issues.push({
        file,
        path,
        message: `uses the stigmatizing term "${m[0]}": say "${instead}" (NIDA Words Matter)`,
      });
  }
  for (const pattern of DOSING) {
    const m = raw.match(pattern);
    if (m)
      issues.push({ file, path, message: `gives a dosing amount ("${m[0]}"): the bot never gives doses` });
  }
}

function checkTopic(topic: Topic, kb: KnowledgeBase, today: string, issues: ContentIssue[]): void {
  const file = kb.files.get(topic.id) ?? topic.id;
  for (const [path, text] of textsOf(topic)) {
    checkSayable(file, path, text, kb, issues);
    const grade = fleschKincaidGrade(fillHelplines(text, kb.helplines));
    if (topic.kind === 'topic' && grade > CONTENT_LIMITS.maxGrade) {
      issues.push({
        file,
        path,
        message: `reads at grade ${grade.toFixed(1)}; keep it at grade ${CONTENT_LIMITS.maxGrade} or below (shorter sentences, simpler words)`,
      });
    }
  }
  const answer = fillHelplines(topic.answer, kb.helplines).toLowerCase();
  topic.keyFacts.forEach((fact, i) => {
    const options = fillHelplines(fact, kb.helplines)
      .toLowerCase()
      .split('|')
      .map((s) => s.trim());
    if (!options.some((o) => answer.includes(o))) {
      issues.push({ file, path: `keyFacts[${i}]`, message: `key fact "${fact}" is not in the answer` });
    }
  });
  if (topic.kind === 'topic') {
    if (!topic.sources.some((s) => hostMatches(s.url, AUTHORITATIVE_HOSTS))) {
      issues.push({
        file,
        path: 'sources',
        message: 'needs at least one source from an authoritative host (SAMHSA, NIDA, FDA, CDC, NIH ...)',
      });
    }
    topic.sources.forEach((s, i) => {
      if (!hostMatches(s.url, [...AUTHORITATIVE_HOSTS, ...SERVICE_HOSTS])) {
        issues.push({
          file,
          path: `sources[${i}].url`,
          message: `${new URL(s.url).hostname} is not an authoritative source`,
        });
      }
    });
    if (topic.reviewBy && topic.reviewBy < today) {
      issues.push({
        file,
        path: 'reviewBy',
        message: `review expired on ${topic.reviewBy}: re-check the facts and set new dates`,
      });
    }
  }
  topic.followUps.forEach((id, i) => {
    if (id === topic.id)
      issues.push({ file, path: `followUps[${i}]`, message: 'points to the topic itself' });
  });
}

const TEMPLATE_NEEDS: Record<string, string[]> = {
  'crisis-suicide': ['lifeline', 'samhsa', 'emergency'],
  // An overdose may be on purpose: the reply names the 988 Lifeline too.
  'crisis-overdose': ['emergency', 'samhsa', 'lifeline'],
  'crisis-other': ['emergency', 'samhsa', 'lifeline'],
  'refuse-harmful': ['samhsa'],
  fallback: ['samhsa', 'lifeline', 'emergency'],
  'out-of-scope': ['samhsa'],
  welcome: ['samhsa', 'lifeline'],
  clarify: [],
  'no-more': [],
  empty: [],
  'sms-help': ['samhsa', 'lifeline', 'emergency'],
  'sms-start': ['lifeline'],
  'rate-limited': ['samhsa', 'lifeline', 'emergency'],
};

function checkTemplate(t: Template, kb: KnowledgeBase, today: string, issues: ContentIssue[]): void {
  const file = 'knowledge/safety/templates.yml';
  const needs = TEMPLATE_NEEDS[t.id];
  if (!needs) issues.push({ file, path: t.id, message: `unknown template id "${t.id}"` });
  for (const locale of ['en', 'es'] as const) {
    checkSayable(file, `${t.id}.${locale}`, t[locale], kb, issues);
    const used = placeholdersIn(t[locale]);
    for (const need of needs ?? []) {
      if (!used.includes(need))
        issues.push({ file, path: `${t.id}.${locale}`, message: `must include {{${need}}}` });
    }
  }
  if (t.id === 'crisis-overdose' && !/naloxone|narcan/i.test(t.en)) {
    issues.push({ file, path: `${t.id}.en`, message: 'must give the naloxone steps' });
  }
  if (t.reviewBy < today)
    issues.push({ file, path: `${t.id}.reviewBy`, message: `review expired on ${t.reviewBy}` });
}

/**
 * Cross-file and content checks: ids, follow-ups, duplicate examples, contract coverage, key facts,
 * helpline numbers, NIDA language, reading level, dosing, sources and review dates.
 * `today` is passed in (YYYY-MM-DD) so the date check is testable.
 */
export function validateKnowledge(kb: KnowledgeBase, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = new Map<string, string>();
  for (const t of kb.topics) {
    const file = kb.files.get(t.id) ?? t.id;
    if (ids.has(t.id))
      issues.push({ file, path: 'id', message: `"${t.id}" is also used by ${ids.get(t.id)}` });
    ids.set(t.id, file);
  }
  for (const id of [...TOPIC_ROUTES, ...CONVERSATION_ROUTES]) {
    if (!ids.has(id))
      issues.push({
        file: 'knowledge/',
        path: '',
        message: `the contract topic "${id}" (shared/topics.md) is missing`,
      });
  }
  const seen = new Map<string, string>();
  for (const t of kb.topics) {
    const file = kb.files.get(t.id) ?? t.id;
    t.followUps.forEach((f, i) => {
      if (!ids.has(f) && !TEMPLATE_NEEDS[f])
        issues.push({ file, path: `followUps[${i}]`, message: `unknown topic id "${f}"` });
    });
    [...t.questions, ...t.keywords].forEach((q, i) => {
      const key = normQuestion(q);
      const other = seen.get(key);
      if (other && other !== t.id) {
        issues.push({
          file,
          path: i < t.questions.length ? `questions[${i}]` : `keywords[${i - t.questions.length}]`,
          message: `"${q}" is also an example of "${other}"`,
        });
      }
      seen.set(key, t.id);
    });
    if ((TOPIC_ROUTES as readonly string[]).includes(t.id) && t.keyFacts.length === 0) {
      issues.push({
        file,
        path: 'keyFacts',
        message: 'a contract topic must list its key facts (shared/topics.md)',
      });
    }
    checkTopic(t, kb, today, issues);
  }
  for (const need of Object.keys(TEMPLATE_NEEDS)) {
    if (!kb.templates.some((t) => t.id === need))
      issues.push({
        file: 'knowledge/safety/templates.yml',
        path: '',
        message: `template "${need}" is missing`,
      });
  }
  for (const t of kb.templates) checkTemplate(t, kb, today, issues);
  for (const key of ALONE_SECTIONS) {
    (kb.lexicon[key]?.concepts ?? []).forEach((c, i) => {
      if (!Object.hasOwn(kb.lexicon.concepts, c)) {
        issues.push({
          file: 'knowledge/lexicon.yml',
          path: `${key}.concepts[${i}]`,
          message: `names "${c}", which is not one of the lexicon's concepts`,
        });
      }
    });
  }
  return issues;
}
