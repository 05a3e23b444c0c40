/** Block Kit rendering: each message as a section, suggestions as buttons that send their label. */
import type { Reply } from '../../reply.js';

/** Slack's mrkdwn needs &, < and > escaped; nothing else in bot text is treated as markup. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SlackMessage {
  text: string;
  blocks: unknown[];
}

export function renderForSlack(reply: Reply): SlackMessage {
  const blocks: unknown[] = [];
  for (const m of reply.messages) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackEscape(m.text) } });
    if (m.suggestions.length > 0) {
      blocks.push({
        type: 'actions',
        elements: m.suggestions.map((s, i) => ({
          type: 'button',
          action_id: `suggestion_${i}`,
          text: { type: 'plain_text', text: s.label.slice(0, 75) },
          value: s.label.slice(0, 2000),
        })),
      });
    }
  }
  // `text` is the notification and screen-reader fallback: the full reply, helplines included.
  return { text: slackEscape(reply.messages.map((m) => m.text).join('\n\n')), blocks };
}
