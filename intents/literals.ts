/**
 * Required literals of a regular expression: a short list of plain strings such that any text the
 * pattern matches contains at least one of them. The safety gate uses them to skip, in one pass
 * over the message, every rule that cannot possibly match (see safety.ts), the way RE2 and code
 * search engines pre-filter with literals before running a full pattern.
 *
 * The extraction is conservative: wherever it cannot be sure (character sets such as \w or `.`,
 * optional parts, back-references, large classes) it gives up on that part, and a pattern with
 * nothing certain gets `null`, meaning "always run". Lookarounds and \b are zero-width and only
 * narrow a match further, so skipping them is safe.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';

/** Exact sets larger than this are not spelled out. */
const MAX_EXACT = 64;
/** Candidate sets larger than this are not worth their look-ups. */
const MAX_REQUIRED = 48;

/**
 * How many required sets a pattern keeps: every match holds one string of each, so a message must
 * hold one of each too. Two filter far more than one ("want to" and "die" rather than "die" alone);
 * a third seldom adds anything the two do not.
 */
const MAX_CONJUNCTS = 2;

interface Info {
  /** Every string the node can match, when few enough to list; null when not known. */
  exact: Set<string> | null;
  /**
   * Sets of strings such that anything the node matches holds at least one of each set, cheapest
   * first; empty when nothing is certain.
   */
  required: Set<string>[];
}

const NOTHING: Info = { exact: null, required: [] };
const EMPTY: Info = { exact: new Set(['']), required: [] };

/** Words in nearly every message: a literal made only of them filters nothing out. */
const COMMON = new Set(
  (
    'the a an and or to of in on at it is i you my me he she her his him they them their these ' +
    'those this that what how why when where which who do does did can be so if for with get got ' +
    'have has just not no all some any up out about there here good like want know going one time'
  ).split(' '),
);

/** How common a literal is likely to be in everyday text: lower is rarer, so better. */
export function literalCost(literal: string): number {
  const words = literal.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  if (words.length > 0 && words.every((w) => COMMON.has(w))) return 300;
  const longest = Math.max(0, ...words.map((w) => w.length));
  const costs = [1000, 300, 60, 12, 4, 2];
  return longest < costs.length ? (costs[longest] as number) : 1;
}

const costs = new Map<string, number>();

function setCost(set: Set<string>): number {
  let sum = 0;
  for (const s of set) {
    let cost = costs.get(s);
    if (cost === undefined) {
      cost = literalCost(s);
      costs.set(s, cost);
    }
    sum += cost;
  }
  return sum;
}

function usable(set: Set<string> | null): set is Set<string> {
  return set !== null && set.size > 0 && set.size <= MAX_REQUIRED;
}

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!usable(a)) return usable(b) ? b : null;
  if (!usable(b)) return a;
  return setCost(b) < setCost(a) ? b : a;
}

/** True when a text holding one of `a` surely holds one of `b` too: `b` then filters nothing more. */
function implies(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) {
    let found = false;
    for (const y of b) if (x.includes(y)) found = true;
    if (!found) return false;
  }
  return true;
}

/**
 * The few cheapest usable sets (ties keep the first seen), none implied by one kept: "die" beside
 * "want to die" would filter out nothing more.
 */
function cheapest(sets: ReadonlyArray<Set<string> | null>): Set<string>[] {
  const ok = sets.filter(usable).map((set, at) => ({ set, at, cost: setCost(set) }));
  ok.sort((x, y) => x.cost - y.cost || x.at - y.at);
  const kept: Set<string>[] = [];
  for (const { set } of ok) {
    if (kept.length === MAX_CONJUNCTS) break;
    if (!kept.some((k) => implies(k, set))) kept.push(set);
  }
  return kept;
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The literal set of a known-exact run: usable as a requirement only if it never matches "". */
function asRequired(exact: Set<string> | null): Set<string> | null {
  return exact && !exact.has('') ? exact : null;
}

/**
 * Alternatives: a match holds what one of them requires. Their requirements are paired in order of
 * cost, the cheapest of each together, then the next: (a1 and b1) or (a2 and b2) surely holds
 * (a1 or a2) and (b1 or b2).
 */
function union(infos: Info[]): Info {
  let exact: Set<string> | null = new Set();
  for (const info of infos) {
    if (exact && info.exact && exact.size + info.exact.size <= MAX_EXACT) {
      for (const s of info.exact) exact.add(s);
    } else exact = null;
  }
  const each = infos.map((info) => cheapest([...info.required, asRequired(info.exact)]));
  const depth = Math.min(...each.map((sets) => sets.length));
  const paired: Set<string>[] = [];
  for (let k = 0; k < depth; k++) {
    const set = new Set<string>();
    for (const sets of each) for (const s of sets[k] as Set<string>) set.add(s);
    paired.push(set);
  }
  return { exact, required: cheapest(paired) };
}

/**
 * A run of elements whose exact strings are all known is itself a requirement (the match holds
 * one of their products); an unknown element ends the run, as does a product grown too large.
 * Every element's requirements hold too, so the sequence keeps the cheapest few of them all.
 */
function sequence(elements: readonly Element[]): Info {
  let exact: Set<string> | null = new Set(['']);
  let run: Set<string> | null = new Set(['']);
  // The cheapest state of the current run: "cook" beats "cook" x 60 endings.
  let runBest: Set<string> | null = null;
  const found: Array<Set<string> | null> = [];
  // Plain characters in a row are read as one literal: the same result, far fewer sets.
  const parts: Array<Element | string> = [];
  for (const element of elements) {
    const last = parts[parts.length - 1];
    if (element.type !== 'Character') parts.push(element);
    else if (typeof last === 'string') parts[parts.length - 1] = last + String.fromCodePoint(element.value);
    else parts.push(String.fromCodePoint(element.value));
  }
  for (const part of parts) {
    const info: Info = typeof part === 'string' ? { exact: new Set([part]), required: [] } : of(part);
    found.push(...info.required);
    if (info.exact) {
      const next: Set<string> | null = run ? product(run, info.exact) : null;
      if (next) run = next;
      else {
        found.push(runBest);
        runBest = null;
        run = info.exact;
      }
      runBest = better(runBest, asRequired(run));
    } else {
      found.push(runBest);
      runBest = null;
      run = null;
    }
    exact = exact && info.exact ? product(exact, info.exact) : null;
  }
  found.push(runBest);
  return { exact, required: cheapest(found) };
}

function of(node: Node): Info {
  switch (node.type) {
    case 'Character':
      return { exact: new Set([String.fromCodePoint(node.value)]), required: [] };
    case 'CharacterClass': {
      if (node.negate || node.unicodeSets) return NOTHING;
      const chars = new Set<string>();
      for (const e of node.elements) {
        if (e.type === 'Character') chars.add(String.fromCodePoint(e.value));
        else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 16) {
          for (let c = e.min.value; c <= e.max.value; c++) chars.add(String.fromCodePoint(c));
        } else return NOTHING;
      }
      return { exact: chars, required: [] };
    }
    case 'Assertion':
      return EMPTY;
    case 'Group':
    case 'CapturingGroup':
      return union(node.alternatives.map(sequenceOf));
    case 'Quantifier': {
      if (node.max === 0) return EMPTY;
      const inner = of(node.element);
      if (node.min === 0) {
        if (node.max === 1 && inner.exact && inner.exact.size < MAX_EXACT) {
          return { exact: new Set(['', ...inner.exact]), required: [] };
        }
        return NOTHING;
      }
      const required = cheapest([...inner.required, asRequired(inner.exact)]);
      if (node.min === 1 && node.max === 1) return { exact: inner.exact, required };
      return { exact: null, required };
    }
    default:
      // CharacterSet (\w \d \s .), Backreference, anything new: nothing certain.
      return NOTHING;
  }
}

function sequenceOf(alternative: Alternative): Info {
  return sequence(alternative.elements);
}

/**
 * What any match of `source` holds: a few sets of strings, at least one string of each (cheapest
 * set first), or null when the pattern has nothing certain.
 * @example requiredConjuncts('\\b(?:want|wanna) to\\b.{0,20}\\bdie\\b') // [['die'], ['wanna', 'want']]
 */
export function requiredConjuncts(source: string, flags = ''): string[][] | null {
  const pattern = new RegExpParser().parsePattern(source, 0, source.length, {
    unicode: flags.includes('u'),
    unicodeSets: flags.includes('v'),
  });
  const info = union(pattern.alternatives.map(sequenceOf));
  const required = cheapest([...info.required, asRequired(info.exact)]);
  return required.length > 0 ? required.map((set) => [...set].sort()) : null;
}

/**
 * The cheapest set of `requiredConjuncts(source)`: any match holds one of these strings.
 * @example requiredLiterals('\\b(?:want|wanna) to die\\b') // ['wanna to die', 'want to die']
 */
export function requiredLiterals(source: string, flags = ''): string[] | null {
  return requiredConjuncts(source, flags)?.[0] ?? null;
}

/** Literals already read, by pattern source (knowledge/safety/literals.json). */
export type LiteralCache = Readonly<Record<string, ReadonlyArray<readonly string[]> | null>>;

/** `requiredConjuncts(source)`, from `cache` when it holds this very source. */
export function cachedLiterals(
  source: string,
  cache?: LiteralCache,
): ReadonlyArray<readonly string[]> | null {
  return cache && Object.hasOwn(cache, source) ? (cache[source] ?? null) : requiredConjuncts(source);
}

/** How many states a trie of `literals` has: one per distinct prefix, the empty one included. */
function trieStates(literals: readonly string[]): number {
  const sorted = [...literals].sort();
  let n = 1;
  sorted.forEach((word, i) => {
    const before = i > 0 ? (sorted[i - 1] as string) : '';
    let shared = 0;
    while (shared < word.length && shared < before.length && word[shared] === before[shared]) shared++;
    n += word.length - shared;
  });
  return n;
}

/**
 * Finds, in one pass over a text, which of many literals it contains (Aho-Corasick, with a table
 * of next states so each character costs one array read). The table is filled lazily: the trie's
 * own edges at construction, every other entry the first time a scan needs it (by the failure
 * links). Filling all of it up front cost most of the gate's start-up, for entries few messages
 * ever reach.
 */
export class LiteralIndex {
  private readonly classes: Uint8Array;
  private readonly width: number;
  /** Next state by state and character class; -1 where it is not worked out yet (`step`). */
  private readonly next: Int32Array;
  /** Each state's failure link: the state of its longest proper suffix in the trie. */
  private readonly fail: Int32Array;
  /** Literal ids found at each state (its own and those of its suffixes), as ranges of `outs`. */
  private readonly outStart: Int32Array;
  private readonly outs: Int32Array;

  constructor(literals: readonly string[]) {
    // Each character that occurs in a literal gets a class of its own; every other one is class 0.
    this.classes = new Uint8Array(65536);
    let width = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (this.classes[code] === 0) {
          if (width > 254) throw new Error('LiteralIndex: more than 254 distinct characters');
          this.classes[code] = width++;
        }
      }
    }
    this.width = width;
    // Counted first, so the table is allocated once (start-up reads tens of thousands of literals).
    const n = trieStates(literals);
    const next = new Int32Array(n * width).fill(-1);
    this.next = next;
    // The trie, written straight into the table, with each state's parent, character and depth.
    const parent = new Int32Array(n);
    const via = new Uint8Array(n);
    const depth = new Int32Array(n);
    const endOf = new Int32Array(literals.length);
    let states = 1;
    literals.forEach((literal, id) => {
      let node = 0;
      for (let i = 0; i < literal.length; i++) {
        const c = this.classes[literal.charCodeAt(i)] as number;
        const at = node * width + c;
        if (next[at] === -1) {
          parent[states] = node;
          via[states] = c;
          depth[states] = (depth[node] as number) + 1;
          next[at] = states++;
        }
        node = next[at] as number;
      }
      endOf[id] = node;
    });
    // A character with no edge from the root stays at the root: the one row that is complete.
    for (let c = 0; c < width; c++) if (next[c] === -1) next[c] = 0;
    // Breadth first (by depth): a state's failure link is where its parent's link goes on its
    // character; `step` works that out from shallower states only, whose links are known.
    let deepest = 0;
    for (let s = 0; s < n; s++) deepest = Math.max(deepest, depth[s] as number);
    const atDepth = new Int32Array(deepest + 2);
    for (let s = 0; s < n; s++)
      atDepth[(depth[s] as number) + 1] = (atDepth[(depth[s] as number) + 1] as number) + 1;
    for (let d = 0; d <= deepest; d++) atDepth[d + 1] = (atDepth[d + 1] as number) + (atDepth[d] as number);
    const order = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      const d = depth[s] as number;
      order[atDepth[d] as number] = s;
      atDepth[d] = (atDepth[d] as number) + 1;
    }
    const fail = new Int32Array(n);
    this.fail = fail;
    for (let k = 1; k < n; k++) {
      const s = order[k] as number;
      const up = parent[s] as number;
      fail[s] = up === 0 ? 0 : this.step(fail[up] as number, via[s] as number);
    }
    // A state finds its own literals and those of its failure link's state (its longest suffix).
    // own[s] to own[s + 1]: where state s's own literal ids sit in ownIds.
    const own = new Int32Array(n + 1);
    for (let id = 0; id < literals.length; id++) {
      const after = (endOf[id] as number) + 1;
      own[after] = (own[after] as number) + 1;
    }
    for (let s = 0; s < n; s++) own[s + 1] = (own[s + 1] as number) + (own[s] as number);
    const ownIds = new Int32Array(literals.length);
    const filled = own.slice(0, n);
    for (let id = 0; id < literals.length; id++) {
      const end = endOf[id] as number;
      ownIds[filled[end] as number] = id;
      filled[end] = (filled[end] as number) + 1;
    }
    const count = new Int32Array(n);
    for (let k = 1; k < n; k++) {
      const s = order[k] as number;
      count[s] = (own[s + 1] as number) - (own[s] as number) + (count[fail[s] as number] as number);
    }
    this.outStart = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) this.outStart[s + 1] = (this.outStart[s] as number) + (count[s] as number);
    this.outs = new Int32Array(this.outStart[n] as number);
    for (let k = 1; k < n; k++) {
      const s = order[k] as number;
      let at = this.outStart[s] as number;
      for (let j = own[s] as number; j < (own[s + 1] as number); j++) this.outs[at++] = ownIds[j] as number;
      const f = fail[s] as number;
      this.outs.copyWithin(at, this.outStart[f] as number, this.outStart[f + 1] as number);
    }
  }

  /** The next state from `state` on character class `c`, worked out by the failure links and kept. */
  private step(state: number, c: number): number {
    const at = state * this.width + c;
    let to = this.next[at] as number;
    if (to === -1) {
      // Never the root (its row is complete): its failure link is shallower, so this ends.
      to = this.step(this.fail[state] as number, c);
      this.next[at] = to;
    }
    return to;
  }

  /** Calls `hit` with the id of every literal found in `text` (an id may come more than once). */
  scan(text: string, hit: (id: number) => void): void {
    let state = 0;
    const { classes, width, next, outStart, outs } = this;
    for (let i = 0; i < text.length; i++) {
      const c = classes[text.charCodeAt(i)] as number;
      const to = next[state * width + c] as number;
      state = to === -1 ? this.step(state, c) : to;
      const end = outStart[state + 1] as number;
      for (let j = outStart[state] as number; j < end; j++) hit(outs[j] as number);
    }
  }
}
