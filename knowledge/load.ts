import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type * as Yaml from 'yaml';
import type { z } from 'zod';
import {
  Helplines,
  Lexicon,
  OutOfScopeSet,
  SafetyLiterals,
  SafetyNet,
  type SafetyRule,
  SafetyRules,
  type Template,
  Templates,
  Topic,
} from './schema.js';

/** One problem with one file: where it is and what is wrong, in words a curator can act on. */
export interface ContentIssue {
  file: string;
  path: string;
  message: string;
}

export interface KnowledgeBase {
  topics: Topic[];
  helplines: Helplines;
  templates: Template[];
  safety: SafetyRules;
  /** The learned net behind the rules (knowledge/safety/net.json); absent only when loaded without it. */
  safetyNet?: SafetyNet;
  /** The rule patterns' literals as safety:train read them (knowledge/safety/literals.json), when present. */
  safetyLiterals?: SafetyLiterals['patterns'];
  lexicon: Lexicon;
  /** Example messages the bot should decline (knowledge/out-of-scope/*.yml). */
  outOfScope: string[];
  /** Which file each topic came from, for error messages and reports. */
  files: Map<string, string>;
}

export type LoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; issues: ContentIssue[] };

export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map((i) => `${i.file}${i.path ? ` at ${i.path}` : ''}: ${i.message}`).join('\n');
}

function dotPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function readYaml(file: string, display: string, issues: ContentIssue[]): unknown {
  if (!existsSync(file)) {
    issues.push({ file: display, path: '', message: 'file is missing' });
    return undefined;
  }
  try {
    const text = readFileSync(file, 'utf8');
    // Generated files are JSON: the same checks, a much faster parser.
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    if (file.endsWith('.json')) {
      issues.push({ file: display, path: '', message: `is not valid JSON: ${(err as Error).message}` });
      return undefined;
    }
    issues.push({ file: display, path: '', message: `is not valid YAML: ${explain(file, err)}` });
    return undefined;
  }
}

/**
 * js-yaml reads the files (2-3x faster at start-up than the `yaml` package); when one is broken,
 * `yaml` reads it again, loaded only then, for its clearer message ("Flow sequence ... must end
 * with a ]" where js-yaml says "deficient indentation").
 */
function explain(file: string, err: unknown): string {
  const yaml = createRequire(import.meta.url)('yaml') as typeof Yaml;
  try {
    yaml.parse(readFileSync(file, 'utf8'), { prettyErrors: true });
  } catch (clearer) {
    if (clearer instanceof yaml.YAMLParseError) return clearer.message.split('\n')[0] as string;
  }
  return err instanceof Error ? (err.message.split('\n')[0] as string) : String(err);
}

function check<S extends z.ZodType>(
  schema: S,
  data: unknown,
  display: string,
  issues: ContentIssue[],
): z.infer<S> | undefined {
  if (data === undefined) return undefined;
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    issues.push({ file: display, path: dotPath(issue.path), message: issue.message });
  }
  return undefined;
}

/** Expands `{name}` word lists from `vocab` into a regular-expression source. */
export function expandVocab(pattern: string, vocab: Readonly<Record<string, string>>): string {
  // A list may use another ("{odnow}" inside "{whyquestion}"): a few rounds settle it.
  let out = pattern;
  for (let round = 0; round < 3 && /\{[a-z]+\}/.test(out); round++)
    out = out.replace(/\{([a-z]+)\}/g, (whole, name: string) => vocab[name] ?? whole);
  return out;
}

/** The rule a split rule names in `exceptionsOf`, if it names one that exists. */
function sharedExceptions(rules: SafetyRules, rule: SafetyRule): SafetyRule | undefined {
  return rule.exceptionsOf ? rules.rules.find((r) => r.id === rule.exceptionsOf) : undefined;
}

/** A rule's exceptions: its own `unless`, then those of the rule named by `exceptionsOf`. */
export function ruleExceptions(rules: SafetyRules, rule: SafetyRule): string[] {
  return [...rule.unless, ...(sharedExceptions(rules, rule)?.unless ?? [])];
}

function checkPatterns(safety: SafetyRules, file: string, issues: ContentIssue[]): void {
  const tryCompile = (source: string, path: string) => {
    const expanded = expandVocab(source, safety.vocab);
    const unknown = expanded.match(/\{([a-z]+)\}/);
    if (unknown) {
      issues.push({ file, path, message: `uses {${unknown[1]}} but vocab has no "${unknown[1]}"` });
      return;
    }
    try {
      new RegExp(expanded);
    } catch (err) {
      const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
      issues.push({ file, path, message: `is not a valid regular expression (${reason}): ${source}` });
    }
  };
  for (const [i, p] of safety.idioms.entries()) tryCompile(p, `idioms[${i}]`);
  for (const [r, rule] of safety.rules.entries()) {
    for (const [i, p] of rule.match.entries()) tryCompile(p, `rules[${r}].match[${i}]`);
    for (const [i, p] of rule.unless.entries()) tryCompile(p, `rules[${r}].unless[${i}]`);
    const shared = sharedExceptions(safety, rule);
    if (rule.exceptionsOf && (!shared || shared.exceptionsOf))
      issues.push({
        file,
        path: `rules[${r}].exceptionsOf`,
        message: `names "${rule.exceptionsOf}", which is not a rule with exceptions of its own`,
      });
  }
  for (const key of ['netUnless', 'pastTime', 'safeNow', 'presentTime', 'pastReturns'] as const) {
    for (const [i, p] of safety[key].entries()) tryCompile(p, `${key}[${i}]`);
  }
  for (const key of ['match', 'unless'] as const) {
    for (const [i, p] of (safety.afterRefusal?.[key] ?? []).entries())
      tryCompile(p, `afterRefusal.${key}[${i}]`);
  }
  for (const key of ['ended', 'safe', 'still'] as const) {
    for (const [i, p] of (safety.overNow?.[key] ?? []).entries()) tryCompile(p, `overNow.${key}[${i}]`);
  }
}

function yamlFiles(dir: string, issues: ContentIssue[]): string[] {
  if (!existsSync(dir)) {
    issues.push({ file: dir, path: '', message: 'folder is missing' });
    return [];
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Reads the knowledge base under `root` (topics/, conversation/, helplines.yml, safety/templates.yml)
 * and checks every file's shape. Cross-file checks live in validate.ts.
 * @example const result = loadKnowledge('knowledge'); if (!result.ok) console.error(formatIssues(result.issues));
 */
export function loadKnowledge(root: string, options: { safetyNet?: boolean } = {}): LoadResult {
  const issues: ContentIssue[] = [];
  const show = (file: string) => relative(process.cwd(), file) || file;
  const topics: Topic[] = [];
  const files = new Map<string, string>();
  for (const dir of ['topics', 'conversation']) {
    for (const file of yamlFiles(join(root, dir), issues)) {
      const topic = check(Topic, readYaml(file, show(file), issues), show(file), issues);
      if (!topic) continue;
      const expected = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
      if (topic.id !== expected) {
        issues.push({
          file: show(file),
          path: 'id',
          message: `is "${topic.id}" but the file is named "${expected}.yml": name the file after the id`,
        });
      }
      topics.push(topic);
      files.set(topic.id, show(file));
    }
  }
  const readFile = <S extends z.ZodType>(schema: S, ...path: string[]) => {
    const file = join(root, ...path);
    return check(schema, readYaml(file, show(file), issues), show(file), issues);
  };
  const helplines = readFile(Helplines, 'helplines.yml');
  const templates = readFile(Templates, 'safety', 'templates.yml');
  const safety = readFile(SafetyRules, 'safety', 'rules.yml');
  // Only the trainer reads the rest without the net: it is what writes the net.
  const withNet = options.safetyNet ?? true;
  const safetyNet = withNet ? readFile(SafetyNet, 'safety', 'net.json') : undefined;
  // Optional: without it the gate reads every pattern for its literals at start-up.
  const literalsFile = join(root, 'safety', 'literals.json');
  const safetyLiterals =
    withNet && existsSync(literalsFile) ? readFile(SafetyLiterals, 'safety', 'literals.json') : undefined;
  if (safety) checkPatterns(safety, show(join(root, 'safety', 'rules.yml')), issues);
  const lexicon = readFile(Lexicon, 'lexicon.yml');
  const outOfScope: string[] = [];
  for (const file of yamlFiles(join(root, 'out-of-scope'), issues)) {
    const set = check(OutOfScopeSet, readYaml(file, show(file), issues), show(file), issues);
    if (set) outOfScope.push(...set.examples);
  }
  if (issues.length > 0 || !helplines || !templates || !safety || (withNet && !safetyNet) || !lexicon) {
    return { ok: false, issues };
  }
  const kb: KnowledgeBase = { topics, helplines, templates, safety, lexicon, outOfScope, files };
  if (safetyNet) kb.safetyNet = safetyNet;
  if (safetyLiterals) kb.safetyLiterals = safetyLiterals.patterns;
  return { ok: true, kb };
}
