/** Shared start-up for the command-line tools: load, validate and build, or exit with the problems. */
import { performance } from 'node:perf_hooks';
import { formatIssues, type KnowledgeBase, loadKnowledge } from '../../knowledge/load.js';
import { validateKnowledge } from '../../knowledge/validate.js';
import { type Bot, type BotOptions, createBot } from '../turn.js';

export interface LoadedBot {
  bot: Bot;
  kb: KnowledgeBase;
  startupMs: number;
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
  const bot = createBot(loaded.kb, options);
  return { bot, kb: loaded.kb, startupMs: performance.now() - t0 };
}
