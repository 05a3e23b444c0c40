/**
 * Structured logs (pino). Message text and user identifiers are never passed to the logger; the
 * redact list is a second line of defence in case a payload is ever logged by mistake.
 */
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'recovery-support-bot' },
    redact: {
      paths: [
        'text',
        '*.text',
        'body',
        '*.body',
        'req.body',
        'message',
        '*.message.text',
        'conversationId',
        '*.conversationId',
        'from',
        '*.from',
      ],
      censor: '[redacted]',
    },
  });
}
