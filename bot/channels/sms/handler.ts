/**
 * SMS bridge (Twilio webhook): verify the signature -> parse the form -> opt-out keywords ->
 * handle the turn -> render GSM-7 text as TwiML. Phone numbers are kept only as salted hashes.
 */
import type { Request, Response } from 'express';
import type { Composer } from '../../compose.js';
import type { ConversationState, Reply } from '../../reply.js';
import { type StateStore, transact } from '../../store/store.js';
import type { Bot } from '../../turn.js';
import type { Guards } from '../guards.js';
import { renderForSms, SMS_MAX, toGsm7 } from './render.js';
import { verifyTwilioSignature } from './verify.js';

const STOP = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
const START = new Set(['START', 'UNSTOP', 'YES']);
const HELP = new Set(['HELP', 'INFO']);

export interface SmsState {
  conversation: ConversationState;
  /** Parts of the last answer held back for "MORE". */
  later: string[];
}

export interface SmsOptions {
  bot: Bot;
  composer: Composer;
  authToken: string;
  /** The exact URL configured in Twilio; the signature covers it. Derived from the request if unset. */
  webhookUrl: string | undefined;
  states: StateStore<SmsState>;
  optOuts: StateStore<boolean>;
  /** Salted hash of the sender's number: the only form in which it is stored. */
  hashId: (phone: string) => string;
  guards: Guards;
  onTurn: (reply: Reply, seconds: number) => void;
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function twiml(messages: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${messages.map((m) => `<Message>${xml(m)}</Message>`).join('')}</Response>`;
}

export function createSmsHandler(options: SmsOptions) {
  const send = (res: Response, messages: readonly string[]) => {
    res.type('text/xml').send(twiml(messages));
  };
  return async (req: Request, res: Response): Promise<void> => {
    const params = (req.body ?? {}) as Record<string, string>;
    const url = options.webhookUrl ?? `${req.protocol}://${req.get('host')}${req.originalUrl}`;
    if (!verifyTwilioSignature(options.authToken, url, params, req.get('X-Twilio-Signature'))) {
      res.status(403).type('text/plain').send('forbidden');
      return;
    }
    // Twilio signatures carry no time: a replayed request is recognized by its signature and id.
    if (
      !(await options.guards.firstSight(`sms:${req.get('X-Twilio-Signature')}:${params.MessageSid ?? ''}`))
    ) {
      res.status(403).type('text/plain').send('replayed');
      return;
    }
    const from = params.From ?? '';
    const text = params.Body ?? '';
    const key = options.hashId(from);
    const keyword = text.trim().toUpperCase();
    if (!STOP.has(keyword) && !(await options.guards.underLimit(`sms:${key}`))) {
      send(res, [toGsm7(options.composer.template('rate-limited', 'en').text)]);
      return;
    }
    if (STOP.has(keyword)) {
      await options.optOuts.put(key, true);
      send(res, []);
      return;
    }
    if (START.has(keyword)) {
      await options.optOuts.put(key, false);
      send(res, [toGsm7(options.composer.template('sms-start', 'en').text)]);
      return;
    }
    if ((await options.optOuts.get(key))?.value === true) {
      send(res, []);
      return;
    }
    if (HELP.has(keyword)) {
      send(res, [toGsm7(options.composer.template('sms-help', 'en').text)]);
      return;
    }
    const saved = await options.states.get(key);
    if (keyword === 'MORE' && saved && saved.value.later.length > 0) {
      const [next, ...rest] = saved.value.later;
      await options.states.put(key, { ...saved.value, later: rest });
      send(res, [rest.length > 0 ? `${next} (Reply MORE)` : (next ?? '')]);
      return;
    }
    let seconds = 0;
    const { reply, rendered } = await transact(
      options.states,
      key,
      (state) => {
        const started = process.hrtime.bigint();
        const result = options.bot.handleTurn({ text }, state?.conversation);
        seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const parts = renderForSms(result);
        return {
          value: { conversation: result.state, later: parts.later },
          result: { reply: result, rendered: parts },
        };
      },
      { entry: saved },
    );
    options.onTurn(reply, seconds);
    send(
      res,
      rendered.now.map((m) => m.slice(0, SMS_MAX)),
    );
  };
}
