/**
 * One turn with its conversation state loaded from and saved to the store, under the store's
 * version check (a conversation may hop between instances). Shared by the channels whose state
 * is just the conversation.
 */
import type { ConversationState, InboundMessage, Reply } from '../reply.js';
import { type Entry, type StateStore, transact } from '../store/store.js';
import type { Bot } from '../turn.js';

export async function storedTurn(
  bot: Bot,
  store: StateStore<ConversationState>,
  key: string,
  input: InboundMessage,
  onTurn: (reply: Reply, seconds: number) => void,
  preread?: { entry: Entry<ConversationState> | undefined },
): Promise<Reply> {
  let seconds = 0;
  const reply = await transact(
    store,
    key,
    (state) => {
      const started = process.hrtime.bigint();
      const result = bot.handleTurn(input, state);
      seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return { value: result.state, result };
    },
    preread,
  );
  onTurn(reply, seconds);
  return reply;
}
