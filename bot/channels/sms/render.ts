/**
 * SMS rendering: plain GSM-7 text (a segment stays 160 characters), at most 320 characters a
 * message, longer answers continued with "Reply MORE", suggestions as numbered choices. A crisis
 * or refusal reply is sent whole, over several messages if needed, never cut before its numbers.
 */
import type { Reply } from '../../reply.js';

export const SMS_MAX = 320;
const MORE_NOTE = ' (Reply MORE)';

/** GSM 03.38 basic character set (plus the extension table's common symbols). */
const GSM7 = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€',
);
const REPLACE: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  '•': '-',
};

/** Text an SMS can carry as GSM-7: typographic marks made plain, accents dropped where needed, emoji removed. */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = REPLACE[ch] ?? ch;
    for (const c of mapped) {
      if (GSM7.has(c)) out += c;
      else {
        const plain = c.normalize('NFKD').replace(/\p{M}/gu, '');
        if (plain && [...plain].every((p) => GSM7.has(p))) out += plain;
      }
    }
  }
  return out.replace(/[ \t]+/g, ' ').trim();
}

/** Splits text into pieces of at most `max` characters, at sentence or word ends. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const at = cut > max / 2 ? cut + 1 : Math.max(window.lastIndexOf(' '), 1);
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

export interface SmsRendering {
  /** Messages to send now. */
  now: string[];
  /** Text held back for "MORE". */
  later: string[];
}

/** "Reply 1, 2 or 3: 1) A; 2) B; 3) C" for a message's suggestions, or nothing. */
function choicesLine(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  const numbers = labels.map((_, i) => String(i + 1));
  const which = numbers.length === 1 ? '1' : `${numbers.slice(0, -1).join(', ')} or ${numbers.at(-1)}`;
  return toGsm7(`Reply ${which}: ${labels.map((l, i) => `${i + 1}) ${l}`).join('; ')}`);
}

export function renderForSms(reply: Reply): SmsRendering {
  const texts = reply.messages.map((m) => toGsm7(m.text));
  const labels = reply.messages.flatMap((m) => m.suggestions.map((s) => s.label));
  const choices = choicesLine(labels).slice(0, SMS_MAX);
  if (reply.safety) {
    return {
      now: [...texts.flatMap((t) => splitText(t, SMS_MAX)), ...(choices ? [choices] : [])],
      later: [],
    };
  }
  // The first part of each message now (the welcome and the answer), the rest on "MORE", and the
  // numbered choices last, so "1" always means the first choice shown.
  const now: string[] = [];
  const later: string[] = [];
  for (const text of texts) {
    const [first, ...rest] = splitText(text, SMS_MAX - MORE_NOTE.length);
    if (first) now.push(first);
    later.push(...rest);
  }
  if (later.length > 0 && now.length > 0) now[now.length - 1] += MORE_NOTE;
  if (choices) now.push(choices);
  return { now, later };
}
