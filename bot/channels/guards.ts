/**
 * Two guards every public channel shares. `firstSight` rejects a request seen before (a replayed
 * signed request carries the same signature; a replayed activity the same id). `perConversation`
 * caps how fast one conversation (a widget id, a phone number) may send, on top of the per-address
 * limit, so one sender cannot hide behind many addresses or many senders behind one.
 */
import { createHash } from 'node:crypto';
import { MemoryStore, type Options } from 'express-rate-limit';
import type { StateStore } from '../store/store.js';

export interface Guards {
  /** True the first time an id is seen; false for a replay. */
  firstSight(id: string): Promise<boolean>;
  /** True while the conversation is under its per-minute limit. */
  underLimit(conversationKey: string): Promise<boolean>;
}

export function createGuards(seen: StateStore<1>, perMinute: number): Guards {
  const counts = new MemoryStore();
  counts.init({ windowMs: 60_000 } as Options);
  return {
    firstSight: (id) => seen.put(createHash('sha256').update(id).digest('base64url'), 1, { ifVersion: 0 }),
    async underLimit(key) {
      return (await counts.increment(key)).totalHits <= perMinute;
    },
  };
}
