/** Shared start-up for the command-line tools: load, validate and build, or exit with the problems. */
import { performance } from 'node:perf_hooks';
import { openWeightCache, type WeightCache } from '../../intents/weight-cache.js';
import { formatIssues, type KnowledgeBase, loadKnowledge } from '../../knowledge/load.js';
import { validateKnowledge } from '../../knowledge/validate.js';
import { modelCacheDir } from '../config.js';
import { type Bot, type BotOptions, createBot } from '../turn.js';

export interface LoadedBot {
  bot: Bot;
  kb: KnowledgeBase;
  startupMs: number;
  /** Whether the matcher's weights were read from the cache ('hit'), trained ('miss'), or no cache is used ('none'). */
  weights: WeightCache['last'];
}

export function loadBotOrExit(root = 'knowledge', options: Partial<BotOptions> = {}): LoadedBot {
  const t0 = performance.now();
  const loaded = loadKnowledge(root);
  const issues = loaded.ok
    ? validateKnowledge(loaded.kb, new Date().toISOString().slice(0, 10))
    : loaded.issues;
  if (!loaded.ok || issues.length > 0) {
    process.stderr.write(`Knowledge base has ${issues.length} problem(s):\n${formatIssues(issues)}\n`);
    process.exit(1);
  }
  // The same cache as `npm start` (MODEL_CACHE_DIR, read by config.ts), unless the caller gives one.
  const weightCache =
    'weightCache' in options ? options.weightCache : openWeightCache(modelCacheDir(), process.cwd());
  const bot = createBot(loaded.kb, { ...options, weightCache });
  return {
    bot,
    kb: loaded.kb,
    startupMs: performance.now() - t0,
    weights: weightCache?.last ?? 'none',
  };
}
