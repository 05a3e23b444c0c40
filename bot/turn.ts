/**
 * One channel-agnostic conversation turn: (text, state) -> reply model.
 * Order, always: crisis/safety gate -> conversation controls (numbers, "more") -> matcher -> reply.
 * (Implementation in progress: see createBot below.)
 */
import type { KnowledgeBase } from '../knowledge/load.js';
import type { ConversationState, InboundMessage, Reply } from './reply.js';

export interface Bot {
  /** Never throws: on any internal error it returns the fallback reply with the helplines. */
  handleTurn(message: InboundMessage, state: ConversationState | undefined): Reply;
}

export declare function createBot(kb: KnowledgeBase): Bot;
