/**
 * Route ids from shared/topics.md: a public contract. Evaluation sets are labelled with them, so
 * they are never renamed. tests/knowledge/contract.test.ts checks this list against topics.md.
 */
export const SAFETY_ROUTES = ['crisis-suicide', 'crisis-overdose', 'crisis-other', 'refuse-harmful'] as const;
export type SafetyRoute = (typeof SAFETY_ROUTES)[number];

export const OUT_OF_SCOPE = 'out-of-scope' as const;

export const CONVERSATION_ROUTES = [
  'greeting',
  'thanks',
  'goodbye',
  'bot-about',
  'bot-help',
  'talk-to-human',
] as const;

export const TOPIC_ROUTES = [
  'moud-overview',
  'methadone',
  'buprenorphine',
  'naltrexone',
  'naloxone',
  'moud-myths',
  'moud-getting-started',
  'moud-pregnancy',
  'moud-stopping',
  'withdrawal-medications',
  'withdrawal-symptoms',
  'withdrawal-timeline',
  'withdrawal-detox',
  'withdrawal-precipitated',
  'withdrawal-protracted',
  'withdrawal-self-care',
  'overdose-signs',
  'overdose-response',
  'overdose-tolerance',
  'fentanyl',
  'xylazine',
  'good-samaritan',
  'harm-reduction',
  'support-groups',
  'narcotics-anonymous',
  'smart-recovery',
  'support-groups-other',
  'family-support',
  'online-support',
  'treatment-overview',
  'treatment-inpatient',
  'treatment-outpatient',
  'treatment-find',
  'treatment-cost',
  'therapy-cbt',
  'therapy-contingency-management',
  'therapy-motivational-interviewing',
  'telehealth',
  'aftercare',
  'co-occurring',
  'opioid-use-disorder',
  'signs-of-addiction',
  'cravings-triggers',
  'relapse',
  'recovery-long-term',
  'helpline-samhsa',
  'helpline-988',
  'helplines-other',
  'helplines-international',
] as const;

export const CRISIS_ROUTES: readonly string[] = ['crisis-suicide', 'crisis-overdose', 'crisis-other'];
