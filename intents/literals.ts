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

interface Info {
  /** Every string the node can match, when few enough to list; null when not known. */
  exact: Set<string> | null;
  /** At least one of these appears in anything the node matches; null when nothing is certain. */
  required: Set<string> | null;
}

const NOTHING: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set(['']), required: null };

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

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || a.size > MAX_REQUIRED) return b && b.size <= MAX_REQUIRED ? b : null;
  if (!b || b.size > MAX_REQUIRED) return a;
  return setCost(b) < setCost(a) ? b : a;
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

function union(infos: Info[]): Info {
  let exact: Set<string> | null = new Set();
  let required: Set<string> | null = new Set();
  for (const info of infos) {
    if (exact && info.exact && exact.size + info.exact.size <= MAX_EXACT) {
      for (const s of info.exact) exact.add(s);
    } else exact = null;
    const req = better(info.required, asRequired(info.exact));
    if (required && req) for (const s of req) required.add(s);
    else required = null;
  }
  return { exact, required: required && required.size > 0 ? required : null };
}

/**
 * A run of elements whose exact strings are all known is itself a requirement (the match holds
 * one of their products); an unknown element ends the run, as does a product grown too large.
 */
function sequence(elements: readonly Element[]): Info {
  let exact: Set<string> | null = new Set(['']);
  let run: Set<string> | null = new Set(['']);
  let required: Set<string> | null = null;
  // Plain characters in a row are read as one literal: the same result, far fewer sets.
  const parts: Array<Element | string> = [];
  for (const element of elements) {
    const last = parts[parts.length - 1];
    if (element.type !== 'Character') parts.push(element);
    else if (typeof last === 'string') parts[parts.length - 1] = last + String.fromCodePoint(element.value);
    else parts.push(String.fromCodePoint(element.value));
  }
  for (const part of parts) {
    const info: Info = typeof part === 'string' ? { exact: new Set([part]), required: null } : of(part);
    required = better(required, info.required);
    if (info.exact) {
      const next: Set<string> | null = run ? product(run, info.exact) : null;
      if (next) run = next;
      else {
        required = better(required, asRequired(run));
        run = info.exact;
      }
      // Every state of the run is a requirement too: "cook" beats "cook" x 60 endings.
      required = better(required, asRequired(run));
    } else {
      required = better(required, asRequired(run));
      run = null;
    }
    exact = exact && info.exact ? product(exact, info.exact) : null;
  }
  return { exact, required: better(required, asRequired(run)) };
}

function of(node: Node): Info {
  switch (node.type) {
    case 'Character':
      return { exact: new Set([String.fromCodePoint(node.value)]), required: null };
    case 'CharacterClass': {
      if (node.negate || node.unicodeSets) return NOTHING;
      const chars = new Set<string>();
      for (const e of node.elements) {
        if (e.type === 'Character') chars.add(String.fromCodePoint(e.value));
        else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 16) {
          for (let c = e.min.value; c <= e.max.value; c++) chars.add(String.fromCodePoint(c));
        } else return NOTHING;
      }
      return { exact: chars, required: null };
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
          return { exact: new Set(['', ...inner.exact]), required: null };
        }
        return NOTHING;
      }
      const required = better(inner.required, asRequired(inner.exact));
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
 * The required literals of `source`, or null when the pattern has none that are certain.
 * @example requiredLiterals('\\b(?:want|wanna) to die\\b') // ['want to die', 'wanna to die'] or a subset that must appear
 */
export function requiredLiterals(source: string, flags = ''): string[] | null {
  const pattern = new RegExpParser().parsePattern(source, 0, source.length, {
    unicode: flags.includes('u'),
    unicodeSets: flags.includes('v'),
  });
  const info = union(pattern.alternatives.map(sequenceOf));
  const required = better(info.required, asRequired(info.exact));
  return required ? [...required].sort() : null;
}

/** Literals already read, by pattern source (knowledge/safety/literals.json). */
export type LiteralCache = Readonly<Record<string, readonly string[] | null>>;

/** `requiredLiterals(source)`, from `cache` when it holds this very source. */
export function cachedLiterals(source: string, cache?: LiteralCache): readonly string[] | null {
  return cache && Object.hasOwn(cache, source) ? (cache[source] ?? null) : requiredLiterals(source);
}

/**
 * Finds, in one pass over a text, which of many literals it contains (Aho-Corasick, compiled to
 * a table of next states so each character costs one array read).
 */
export class LiteralIndex {
  private readonly classes: Uint8Array;
  private readonly width: number;
  private readonly next: Int32Array;
  /** Literal ids found at each state (its own and those of its suffixes), as ranges of `outs`. */
  private readonly outStart: Int32Array;
  private readonly outs: Int32Array;

  constructor(literals: readonly string[]) {
    const alphabet = new Map<number, number>();
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (!alphabet.has(code)) alphabet.set(code, alphabet.size + 1);
      }
    }
    if (alphabet.size > 254) throw new Error('LiteralIndex: more than 254 distinct characters');
    this.classes = new Uint8Array(65536);
    for (const [code, cls] of alphabet) this.classes[code] = cls;
    this.width = alphabet.size + 1;
    // The trie.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let node = 0;
      for (let i = 0; i < literal.length; i++) {
        const cls = this.classes[literal.charCodeAt(i)] as number;
        let child = children[node]?.get(cls);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[node]?.set(cls, child);
        }
        node = child;
      }
      ends[node]?.push(id);
    });
    // Breadth first: failure links become full transitions, outputs gather along suffixes.
    const n = children.length;
    this.next = new Int32Array(n * this.width);
    const found: number[][] = ends.map((e) => [...e]);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < this.width; c++) {
      const child = children[0]?.get(c);
      if (child !== undefined) {
        this.next[c] = child;
        queue.push(child);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (let c = 0; c < this.width; c++) {
        const child = children[node]?.get(c);
        const viaFail = this.next[(fail[node] as number) * this.width + c] as number;
        if (child === undefined) {
          this.next[node * this.width + c] = viaFail;
        } else {
          this.next[node * this.width + c] = child;
          fail[child] = viaFail;
          (found[child] as number[]).push(...(found[viaFail] as number[]));
          queue.push(child);
        }
      }
    }
    this.outStart = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) this.outStart[s + 1] = (this.outStart[s] as number) + (found[s]?.length ?? 0);
    this.outs = Int32Array.from(found.flat());
  }

  /** Calls `hit` with the id of every literal found in `text` (an id may come more than once). */
  scan(text: string, hit: (id: number) => void): void {
    let state = 0;
    const { classes, width, next, outStart, outs } = this;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + (classes[text.charCodeAt(i)] as number)] as number;
      const end = outStart[state + 1] as number;
      for (let j = outStart[state] as number; j < end; j++) hit(outs[j] as number);
    }
  }
}
