/** Shared start-up for the command-line tools: load, validate and build, or exit with the problems. */
import { performance } from 'node:perf_hooks';
import { defaultWeightCacheDir, directoryWeightCache, type WeightCache } from '../../intents/weight-cache.js';
import { formatIssues, type KnowledgeBase, loadKnowledge } from '../../knowledge/load.js';
import { validateKnowledge } from '../../knowledge/validate.js';
import { type Bot, type BotOptions, createBot } from '../turn.js';

export interface LoadedBot {
  bot: Bot;
  kb: KnowledgeBase;
  startupMs: number;
  /** Whether the matcher's weights were read from the cache ('hit'), trained ('miss'), or no cache is used ('none'). */
  weights: WeightCache['last'];
}

/**
 * The weight cache the tools share with `npm start`: MODEL_CACHE_DIR, or the usual tool cache under
 * node_modules; MODEL_CACHE_DIR=off trains at every start.
 */
export function toolWeightCache(env: NodeJS.ProcessEnv = process.env): WeightCache | undefined {
  const dir = env.MODEL_CACHE_DIR;
  if (dir === 'off') return undefined;
  return directoryWeightCache(dir || defaultWeightCacheDir(process.cwd()));
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
  const weightCache = 'weightCache' in options ? options.weightCache : toolWeightCache();
  const bot = createBot(loaded.kb, { ...options, weightCache });
  return {
    bot,
    kb: loaded.kb,
    startupMs: performance.now() - t0,
    weights: weightCache?.last ?? 'none',
  };
}
