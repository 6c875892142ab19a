/**
 * A quick test that a regular expression cannot match a text, from the literal words any match
 * must contain. `/\b(?:fire|blaze)\s+(?:is|was)\s+out\b/` cannot match a passage that contains
 * none of "fire", "blaze", so the scan is skipped; most passages of a story contain none of a
 * detector's words, and looking for a few words is far cheaper than a pattern of many
 * alternatives tried at every position. A passage that every detector tries is read once for all
 * the patterns: one pass over it finds which patterns' literals it holds. The literals are read
 * from the pattern's source, and whatever the reader does not understand (a flag such as `i`, a
 * back-reference, a class of many characters) only makes the test weaker, never wrong: a text the
 * test lets through is matched by the pattern itself.
 */

/** What a part of a pattern can match: every string (when few), or strings of which any match contains one. */
interface Info {
  /** All the strings the part can match, when there are few ('' among them when it can match the empty string). */
  exact: Set<string> | null;
  /** Strings one of which every match contains; null when nothing is known. */
  any: Set<string> | null;
}

const EXACT_LIMIT = 64;
const UNKNOWN: Info = { exact: null, any: null };
const EMPTY: Info = { exact: new Set(['']), any: null };

/** The literals one of which every match of the pattern contains, or null when none can be said. */
export function requiredLiterals(re: RegExp): string[] | null {
  // Case-folding, sticky and set-notation patterns are left to the engine.
  if (/[iyv]/.test(re.flags)) return null;
  let info: Info;
  try {
    info = new Reader(re.source, re.flags.includes('u')).pattern();
  } catch {
    return null;
  }
  const need = best(info);
  if (!need || need.size === 0) return null;
  return shortest([...need]);
}

/** Literals without those that hold another: a text that holds "attacks" holds "attack". */
function shortest(literals: string[]): string[] {
  const kept: string[] = [];
  for (const x of literals.sort((a, b) => a.length - b.length)) if (!kept.some((k) => x.includes(k))) kept.push(x);
  return kept;
}
const LONGEST = 8;

/** The stronger of two requirements: the one whose shortest literal is longer, then the smaller set. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const sa = score(a);
  const sb = score(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.size <= b.size ? a : b;
}
function score(s: Set<string>): number {
  let min = Infinity;
  for (const x of s) min = Math.min(min, x.length);
  return min;
}
/** A set of exact strings as a requirement: none when one of them is empty. */
function asNeed(exact: Set<string> | null): Set<string> | null {
  if (!exact || exact.has('')) return null;
  return exact;
}
function best(info: Info): Set<string> | null {
  return better(info.any, asNeed(info.exact));
}
function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/**
 * A recursive-descent reader of JavaScript pattern syntax, enough to find literals. What it does not
 * read for sure (escapes whose meaning depends on the flags, characters outside the Basic
 * Multilingual Plane under `u`, where a quantifier or a class takes the whole pair) it gives up on.
 */
class Reader {
  private i = 0;
  constructor(private readonly src: string, private readonly unicode: boolean) {}

  /** A character as read: under `u`, half of a surrogate pair is not a character of its own. */
  private char(c: string): string {
    if (this.unicode && /[\uD800-\uDFFF]/.test(c)) throw new Error('a character outside the BMP');
    return c;
  }

  pattern(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Error('unread pattern');
    return info;
  }

  private alternation(): Info {
    const alts: Info[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0];
    let exact: Set<string> | null = new Set();
    for (const a of alts) {
      if (!a.exact || !exact) { exact = null; continue; }
      for (const x of a.exact) exact.add(x);
      if (exact.size > EXACT_LIMIT) exact = null;
    }
    // A match is a match of one of the alternatives: it contains one of that alternative's literals.
    let any: Set<string> | null = new Set();
    for (const a of alts) {
      const need = best(a);
      if (!need) { any = null; break; }
      for (const x of need) any.add(x);
    }
    return { exact, any };
  }

  private sequence(): Info {
    let need: Set<string> | null = null;
    // The strings the items since the last break can match, joined; all the sequence's while it is unbroken.
    let run = new Set(['']);
    let unbroken = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified();
      if (item.exact && item.any) need = better(need, item.any);
      const joined = item.exact && cross(run, item.exact);
      if (joined) {
        run = joined;
        continue;
      }
      // The run ends here (too many strings, or an item of unknown strings): keep what it requires.
      unbroken = false;
      need = better(need, asNeed(run));
      if (item.exact) run = item.exact;
      else {
        need = better(need, item.any);
        run = new Set(['']);
      }
    }
    need = better(need, asNeed(run));
    return { exact: unbroken ? run : null, any: need };
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { min = 1; max = Infinity; this.i++; }
    else if (c === '?') { min = 0; max = 1; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.i += m[0].length;
      }
    }
    if (min === 1 && max === 1) return atom;
    if (this.src[this.i] === '?') this.i++; // lazy
    if (min === 0) {
      if (max === 1 && atom.exact) return { exact: new Set([...atom.exact, '']), any: null };
      return max === 0 ? EMPTY : UNKNOWN;
    }
    if (min === max && atom.exact && min <= 8) {
      let exact: Set<string> | null = new Set(['']);
      for (let k = 0; k < min && exact; k++) exact = cross(exact, atom.exact);
      if (exact) return { exact, any: atom.any };
    }
    return { exact: null, any: best(atom) };
  }

  private atom(): Info {
    const c = this.src[this.i++];
    switch (c) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return UNKNOWN;
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case ')':
      case '|':
        throw new Error('unexpected');
      default:
        return { exact: new Set([this.char(c)]), any: null };
    }
  }

  private group(): Info {
    let zeroWidth = false;
    let ahead = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) { ahead = rest[1] === '='; this.i += 2; zeroWidth = true; }
      else if (rest === '?<=' || rest === '?<!') { ahead = rest[2] === '='; this.i += 3; zeroWidth = true; }
      else if (rest.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Error('unnamed group');
        this.i = close + 1;
      } else throw new Error('unknown group'); // modifiers such as (?i:...)
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error('unclosed group');
    this.i++;
    // What a positive look-around requires is in the text, though not in the match.
    if (zeroWidth) return ahead ? { exact: new Set(['']), any: best(inner) } : EMPTY;
    return inner;
  }

  private charClass(): Info {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let known = !negated;
    // In JavaScript a ']' right after '[' closes the class: "[]" matches nothing, "[^]" anything.
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let ch: string | null;
      if (this.src[this.i] === '\\') {
        this.i++;
        ch = this.classEscape();
      } else ch = this.char(this.src[this.i++]);
      if (ch === null) { known = false; continue; }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let to: string | null;
        if (this.src[this.i] === '\\') { this.i++; to = this.classEscape(); }
        else to = this.char(this.src[this.i++]);
        if (to === null) { known = false; continue; }
        const a = ch.codePointAt(0)!;
        const b = to.codePointAt(0)!;
        if (b - a > 8) { known = false; continue; }
        for (let k = a; k <= b; k++) chars.add(String.fromCodePoint(k));
        continue;
      }
      chars.add(ch);
    }
    if (this.src[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    if (!known || chars.size === 0 || chars.size > 8) return UNKNOWN;
    return { exact: chars, any: null };
  }

  /** One escaped character inside a class, or null for a class escape such as \w. */
  private classEscape(): string | null {
    const c = this.src[this.i];
    if (c === 'b') { this.i++; return '\b'; }
    if ('dDwWsS'.includes(c)) { this.i++; return null; }
    if (c === 'p' || c === 'P') { this.property(); return null; }
    // "[\1]" is a legacy octal escape without `u`.
    if (/\d/.test(c ?? '')) throw new Error('a digit escaped in a class');
    return this.charEscape();
  }

  /** A Unicode property escape (\p{…}), read from its letter; without `u` it is not one. */
  private property(): void {
    const close = this.src.indexOf('}', this.i);
    if (!this.unicode || this.src[this.i + 1] !== '{' || close < 0) throw new Error('not a property escape');
    this.i = close + 1;
  }

  private escape(): Info {
    const c = this.src[this.i];
    if (c === 'b' || c === 'B') { this.i++; return EMPTY; }
    if ('dDwWsS'.includes(c)) { this.i++; return UNKNOWN; }
    if (c === 'p' || c === 'P') {
      this.property();
      return UNKNOWN;
    }
    if (/[1-9]/.test(c)) { while (/\d/.test(this.src[this.i] ?? '')) this.i++; return UNKNOWN; }
    if (c === 'k') {
      // A named back-reference only under `u` or with named groups; else "\k" is a plain "k".
      const close = this.src.indexOf('>', this.i);
      if (!(this.unicode || /\(\?<[^=!]/.test(this.src)) || this.src[this.i + 1] !== '<' || close < 0) throw new Error('not a back-reference');
      this.i = close + 1;
      return UNKNOWN;
    }
    const ch = this.charEscape();
    return ch === null ? UNKNOWN : { exact: new Set([ch]), any: null };
  }

  /** A character escape (\n, \x41, \u00e9, \., …) read from after the backslash. */
  private charEscape(): string | null {
    const c = this.src[this.i++];
    switch (c) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      case '0':
        // "\012" is a legacy octal escape: a character this reader does not spell out.
        if (/\d/.test(this.src[this.i] ?? '')) throw new Error('octal escape');
        return '\0';
      case 'x': {
        const h = this.src.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new Error('bad \\x');
        this.i += 2;
        return String.fromCharCode(parseInt(h, 16));
      }
      case 'u': {
        if (this.src[this.i] === '{') {
          // Without `u`, "\u{3}" is three "u"s.
          const close = this.src.indexOf('}', this.i);
          if (!this.unicode || close < 0) throw new Error('not a code point escape');
          const cp = parseInt(this.src.slice(this.i + 1, close), 16);
          this.i = close + 1;
          return this.char(String.fromCodePoint(cp));
        }
        const h = this.src.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new Error('bad \\u');
        this.i += 4;
        return this.char(String.fromCharCode(parseInt(h, 16)));
      }
      case 'c':
        // A control character, or (not followed by a letter, without `u`) a backslash and a "c".
        throw new Error('a control escape');
      default:
        if (c === undefined) throw new Error('trailing backslash');
        return c;
    }
  }
}

/**
 * A pattern that first asks whether the text holds one of the literals every match contains, and
 * runs only when it does. It answers `test`, `exec`, `match`, `matchAll`, `replace`, `search` and
 * `split` as the pattern would. The literals are read on first use, so a module of patterns costs
 * nothing to load; a pattern without literals to look for simply runs.
 */
export class Gated extends RegExp {
  private read = false;
  private lits: string[] | null = null;
  /** The pattern's number among all gated patterns (see `readAll`), once its literals are read. */
  private id = -1;
  private copy: RegExp | undefined;
  constructor(pattern: RegExp | string, flags?: string) {
    super(pattern, flags);
  }
  private get literals(): string[] | null {
    if (!this.read) {
      this.read = true;
      const lits = requiredLiterals(this);
      // A literal of one or two characters ("is", "20") is in nearly every text: no use looking for it.
      // Long literals are cut to their first characters: "production has resumed", "production
      // resumed" and the like are all looked for as "producti", which is as rare and found once.
      if (lits && lits.every((x) => x.length >= 3)) {
        this.lits = shortest([...new Set(lits.map((x) => x.slice(0, LONGEST)))]);
        this.id = register(this.lits);
      }
    }
    return this.lits;
  }
  /** The same pattern as a plain RegExp, for the string methods' fast paths. */
  private get plain(): RegExp {
    return (this.copy ??= new RegExp(this.source, this.flags));
  }
  /** Whether the pattern has literals to look for (else every text may hold a match). */
  get gates(): boolean {
    return this.literals !== null;
  }
  /** Whether the text may hold a match (false only when it surely does not). */
  may(text: string): boolean {
    const lits = this.literals;
    if (!lits) return true;
    const id = this.id;
    let k = seenOf(text);
    // A text tried again and again (a passage, by every detector) is read once for all the patterns.
    // A text read before this pattern was first used (the patterns' literals are read lazily) is read again.
    if (ats[k] >= 0 ? id >= counts[k] : ++tries[k] >= REUSED) k = readAll(text, k);
    const at = ats[k];
    if (at >= 0) return (pool[at + (id >>> 5)] & (1 << (id & 31))) !== 0;
    for (let e = 0; e < lits.length; e++) if (text.includes(lits[e])) return true;
    return false;
  }
  override exec(text: string): RegExpExecArray | null {
    if (!this.may(String(text))) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
  override test(text: string): boolean {
    return this.exec(text) !== null;
  }
  // The string methods: no match when the literals are missing, else the plain pattern's fast path
  // (a sticky pattern reads and sets lastIndex: it takes the generic path).
  override [Symbol.match](input: string): RegExpMatchArray | null {
    const text = String(input);
    if (this.sticky) return super[Symbol.match](text);
    if (this.global) this.lastIndex = 0;
    if (!this.may(text)) return null;
    return this.global ? this.plain[Symbol.match](text) : this.exec(text);
  }
  override [Symbol.matchAll](input: string): RegExpStringIterator<RegExpMatchArray> {
    const text = String(input);
    if (this.sticky) return super[Symbol.matchAll](text);
    if (!this.may(text)) return NO_MATCHES[Symbol.iterator]() as unknown as RegExpStringIterator<RegExpMatchArray>;
    this.plain.lastIndex = this.lastIndex;
    return this.plain[Symbol.matchAll](text);
  }
  override [Symbol.replace](input: string, replacement: never): string {
    const text = String(input);
    if (this.sticky) return super[Symbol.replace](text, replacement);
    if (this.global) this.lastIndex = 0;
    if (!this.may(text)) return text;
    return this.plain[Symbol.replace](text, replacement);
  }
  override [Symbol.search](input: string): number {
    const text = String(input);
    if (this.sticky) return super[Symbol.search](text);
    return this.may(text) ? this.plain[Symbol.search](text) : -1;
  }
  override [Symbol.split](text: string, limit?: number): string[] {
    return this.plain[Symbol.split](text, limit);
  }
}
const NO_MATCHES: RegExpExecArray[] = [];

const BITS = 4096;
/** A hash of the three characters at a position, one of BITS buckets. */
function trigram(text: string, i: number): number {
  return ((text.charCodeAt(i) * 961 + text.charCodeAt(i + 1) * 31 + text.charCodeAt(i + 2)) >>> 0) % BITS;
}

// Every gated pattern's literals filed by the hash of their first three characters: in each
// bucket, the patterns' numbers and the literals, side by side.
const bucketIds: Array<number[] | undefined> = new Array(BITS);
const bucketLiterals: Array<string[] | undefined> = new Array(BITS);
let patterns = 0;
function register(literals: readonly string[]): number {
  const id = patterns++;
  for (const lit of literals) {
    const h = trigram(lit, 0);
    (bucketIds[h] ??= []).push(id);
    (bucketLiterals[h] ??= []).push(lit);
  }
  return id;
}

/**
 * What is known of the texts tried: each has a number (its place in these arrays), how often it
 * was tried, and once it was tried often, which of the first `counts[k]` gated patterns may match
 * it (a bit each, in `pool` from `ats[k]` on, -1 before it is read), found in one pass over the
 * text; and the number of the text tried right after it the last time another was (-1: none).
 * Arrays rather than an object per text: detectors read the texts in the order they were first
 * tried, and the arrays are then read in order too.
 */
// A story's rebuild tries every passage of the story again: the texts kept must cover a large one
// (2,000 articles of some 70 passages each), or each rebuild would read them all again.
const CACHED_TEXTS = 1 << 17;
const REUSED = 3;
const seenTexts = new Map<string, number>();
let texts: string[] = [];
let tries = new Int32Array(0);
let counts = new Int32Array(0);
let ats = new Int32Array(0);
let nexts = new Int32Array(0);
// Detectors go over a story's passages one after another, each in the same order: the text tried
// after another is most often the one tried after it before, found through `nexts` rather than
// looked up in a map of a hundred thousand texts (a look-up there waits on memory).
let last = -1;
function seenOf(text: string): number {
  if (last >= 0) {
    if (texts[last] === text) return last;
    const next = nexts[last];
    if (next >= 0 && texts[next] === text) return (last = next);
    // Texts are numbered in the order first tried, most often a story's passages in order: a
    // detector going over all of them tries them in that order (`nexts` may hold a detector's that
    // skips some).
    if (last + 1 < texts.length && texts[last + 1] === text) return (last = last + 1);
  }
  // The texts about to be tried in order (see tryInOrder): a detector that skips a few of them.
  if (orderLength > 0) {
    for (let p = cursor + 1, end = Math.min(orderLength, cursor + 1 + WINDOW); p < end; p++) {
      const k = order[p];
      if (texts[k] === text) {
        cursor = p;
        if (last >= 0) nexts[last] = k;
        return (last = k);
      }
    }
  }
  let k = seenTexts.get(text);
  if (k === undefined) {
    // Emptied when full; the texts of before are then no longer linked to (nor from) the new ones.
    if (texts.length >= CACHED_TEXTS) forgetTexts();
    k = addText(text);
  } else if (orderLength > 0 && positions[k] >= 0) cursor = positions[k];
  if (last >= 0) nexts[last] = k;
  return (last = k);
}

// The texts a caller is about to try, each in turn and most of them by many patterns (a story's
// passages, by every detector): a text not found through the one tried before is looked for a
// few places further on in this order before the map.
const WINDOW = 16;
let order = new Int32Array(0);
let orderLength = 0;
let cursor = -1;
// Each text's place in the order (the last, for a text there more than once), or -1.
let positions = new Int32Array(0);

/** Says which texts will be tried next, in which order (see `order`); replaces the order said before. */
export function tryInOrder(list: readonly string[]): void {
  for (let p = 0; p < orderLength; p++) positions[order[p]] = -1;
  orderLength = 0;
  cursor = -1;
  if (list.length > CACHED_TEXTS) return;
  if (order.length < list.length) order = new Int32Array(Math.max(list.length, order.length * 2, 1024));
  for (const text of list) {
    let k = seenTexts.get(text);
    if (k === undefined) {
      // No room for them all with the texts kept: those are forgotten (and the order with them), once.
      if (texts.length >= CACHED_TEXTS) {
        forgetTexts();
        tryInOrder(list);
        return;
      }
      k = addText(text);
    }
    positions[k] = orderLength;
    order[orderLength++] = k;
  }
}
function addText(text: string): number {
  if (tries.length === 0) {
    tries = new Int32Array(CACHED_TEXTS);
    counts = new Int32Array(CACHED_TEXTS);
    ats = new Int32Array(CACHED_TEXTS);
    nexts = new Int32Array(CACHED_TEXTS);
    positions = new Int32Array(CACHED_TEXTS).fill(-1);
  }
  const k = texts.length;
  texts.push(text);
  seenTexts.set(text, k);
  tries[k] = 0;
  counts[k] = 0;
  ats[k] = -1;
  nexts[k] = -1;
  return k;
}

// The texts' bits, one run of words after another in the order the texts were read (as detectors
// will read them again), rather than an array of their own each: a third of the memory, and close
// together. Emptied with the texts.
let pool = new Uint32Array(1 << 16);
let used = 0;
function forgetTexts(): void {
  seenTexts.clear();
  texts = [];
  last = -1;
  used = 0;
  for (let p = 0; p < orderLength; p++) positions[order[p]] = -1;
  orderLength = 0;
  cursor = -1;
}
/** Reads text number `k` for every gated pattern's literals; returns its number (another when the texts had to be forgotten). */
function readAll(text: string, k: number): number {
  const width = (patterns >>> 5) + 1;
  // A text read again for patterns first used since keeps its place while its bits fit there.
  let at = ats[k];
  if (at < 0 || (counts[k] >>> 5) + 1 < width) {
    if (used + width > pool.length) {
      // Texts read again and again as patterns came into use leave runs behind: past twice what
      // every text kept needs, all are forgotten (and read again when tried again), as when full.
      if (used + width > 2 * CACHED_TEXTS * width) {
        forgetTexts();
        k = addText(text);
      } else {
        const larger = new Uint32Array(Math.max(pool.length * 2, used + width));
        larger.set(pool.subarray(0, used));
        pool = larger;
      }
    }
    at = used;
    used += width;
  }
  const bits = pool;
  bits.fill(0, at, at + width);
  for (let i = 0; i + 2 < text.length; i++) {
    const h = trigram(text, i);
    const ids = bucketIds[h];
    if (ids === undefined) continue;
    const lits = bucketLiterals[h]!;
    for (let e = 0; e < ids.length; e++) {
      const p = ids[e];
      const w = at + (p >>> 5);
      if ((bits[w] & (1 << (p & 31))) === 0 && text.startsWith(lits[e], i)) bits[w] |= 1 << (p & 31);
    }
  }
  ats[k] = at;
  counts[k] = patterns;
  return k;
}

/** Whether a pattern may match a text: false only when it is gated and the text lacks its literals. */
export function mayMatch(re: RegExp, text: string): boolean {
  return !(re instanceof Gated) || re.may(text);
}

/** The pattern with the literal test in front of it. */
export function gated(re: RegExp): RegExp {
  return re instanceof Gated ? re : new Gated(re);
}
