/**
 * The reply model: what the core decides, before any channel renders it. Channels turn this into
 * their own format (JSON, Activity, Block Kit, TwiML); they never change its content.
 */
export type Locale = 'en' | 'es';

/** A next question offered to the user. Sending `label` back (or its number) picks it. */
export interface Suggestion {
  label: string;
  route: string;
}

export interface Link {
  title: string;
  url: string;
}

export interface ReplyMessage {
  text: string;
  suggestions: Suggestion[];
  links: Link[];
}

/** 'crisis' and 'refusal' replies come from fixed, reviewed templates; channels must send them whole. */
export type SafetyFlag = 'crisis' | 'refusal' | null;

/**
 * Small plain object the caller stores between turns (any store: memory, SQLite, Redis).
 * It holds route ids only, never message text.
 */
export interface ConversationState {
  v: 1;
  welcomed: boolean;
  turns: number;
  locale?: Locale;
  /** Last knowledge topic answered, for follow-ups like "tell me more" or "how long does it last". */
  lastTopic?: string;
  /** Routes offered as suggestions in the last reply, in order ("1" picks the first). */
  offered?: string[];
  /** The last reply was a refusal: a short follow-up asking the same again is refused too. */
  refused?: boolean;
}

export interface Reply {
  route: string;
  confidence: number;
  safety: SafetyFlag;
  locale: Locale;
  /** First the welcome (on first contact), then the answer. */
  messages: ReplyMessage[];
  state: ConversationState;
}

export interface InboundMessage {
  text: string;
  /** The locale the client asked for; a Spanish crisis message gets Spanish help whatever this says. */
  locale?: Locale;
}

export function newConversationState(): ConversationState {
  return { v: 1, welcomed: false, turns: 0 };
}
