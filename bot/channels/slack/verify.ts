/**
 * Slack request signing (v0): HMAC-SHA256 with the signing secret over "v0:{timestamp}:{raw body}",
 * compared in constant time; requests older than five minutes are refused (replays).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SLACK_MAX_AGE_SECONDS = 5 * 60;

export function slackSignature(secret: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export type SlackVerdict = 'ok' | 'missing' | 'stale' | 'forged';

export function verifySlackRequest(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  rawBody: string,
  nowSeconds: number,
): SlackVerdict {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return 'missing';
  if (Math.abs(nowSeconds - Number(timestamp)) > SLACK_MAX_AGE_SECONDS) return 'stale';
  const expected = Buffer.from(slackSignature(secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? 'ok' : 'forged';
}
