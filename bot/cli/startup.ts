/**
 * One start-up, in a fresh process, as a restart sees it: load and check the knowledge base, build
 * the bot. Prints one JSON line: `{"startup_ms", "weights"}` (weights: "hit" when the matcher's
 * weights came from the cache, "miss" when it trained and stored them, "none" with
 * MODEL_CACHE_DIR=off). `npm run bench` runs it to time start-up with and without the cache.
 */
import { loadBotOrExit } from './load-bot.js';

const { startupMs, weights } = loadBotOrExit();
console.log(JSON.stringify({ startup_ms: Math.round(startupMs), weights }));
