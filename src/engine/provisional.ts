import type { Actor, Claim, Contradiction, ContradictionSide, DocumentAnalysis, Mention, SourceMeta } from './types';
import { ReadOnlyMap, datedSources, eventOf, linkClaim, type CorpusView } from './view';
import { displayName } from './actors/index';
import { formKey } from './actors/alias-linker';

/**
 * The view with one document's new analysis in place of its old one, made without rebuilding the
 * cross-source view: what an edited article shows at once, while the full view is rebuilt.
 *
 * Its names are linked to the actors the view already has: a name the article used before keeps
 * its actor, another goes to the actor that has that name (of the same type when several do), and
 * a name no actor has yet is an actor of its own until the full view links it. Its claims get
 * their speakers from those names. Disputes keep the article's passages that are still there
 * (moved with the text) and drop those the edit removed. The other documents are untouched.
 * `was` is the article's analysis the view was made from, when known: the names the view left
 * out of it stay out.
 */
export function withDocument(view: CorpusView, analysis: DocumentAnalysis, was?: DocumentAnalysis): CorpusView {
  const file = analysis.doc.file;
  const text = analysis.doc.text;
  const before = view.mentionsByFile.get(file) ?? [];
  const depth = view.eventDepth ?? 0;
  const event = eventOf(file, depth);

  // How the article's names were linked before the edit: a text that went to one actor goes there again.
  const previous = new Map<string, string | null>();
  for (const m of before) {
    if (!m.actor) continue;
    const had = previous.get(m.text);
    previous.set(m.text, had === undefined || had === m.actor ? m.actor : null);
  }
  // A name the view left out before the edit (a demonym of a place the corpus names, a name the
  // journalist rejected) stays out, unless the view links the same words elsewhere in the article.
  const shown = new Set(before.map((m) => `${m.start}:${m.end}`));
  const leftOut = new Set((was?.mentions ?? []).filter((m) => !shown.has(`${m.start}:${m.end}`) && !previous.has(m.text)).map((m) => m.text));
  const fresh = new Map<string, Actor>();
  const actorFor = (m: Mention): { id: string; type: Actor['type'] } => {
    const was = previous.get(m.text);
    const known = was ? view.actorById.get(was) : undefined;
    if (known) return known;
    const key = formKey(displayName(m.text));
    // The view's names are indexed only when the article has a name it did not have before.
    // Names are linked within an event (see eventOf): an actor of another folder's story is not this one.
    const named = (namesOf(view).get(key) ?? []).filter((a) => depth === 0 || eventOf(a.mentions[0]?.file ?? '', depth) === event);
    const same = named.filter((a) => a.type === m.type);
    const one = same.length === 1 ? same[0] : named.length === 1 ? named[0] : undefined;
    if (one) return one;
    const id = `${m.type}\u0000${key}`;
    let a = fresh.get(id);
    if (!a) fresh.set(id, (a = { id: `a~${++provisionalIds}`, name: displayName(m.text), type: m.type, aliases: [], mentions: [] }));
    return a;
  };
  const mentions = analysis.mentions
    .filter((m) => !leftOut.has(m.text))
    .map((m) => {
      const a = actorFor(m);
      return { ...m, actor: a.id, type: a.type };
    })
    .sort((x, y) => x.start - y.start);

  // Actors that lose or gain the article's mentions are copied with their new lists; one left
  // without mentions is gone.
  const added = new Map<string, Mention[]>();
  for (const m of mentions) (added.get(m.actor) ?? added.set(m.actor, []).get(m.actor)!).push(m);
  const removed = new Map<string, Mention[]>();
  for (const m of before) (removed.get(m.actor!) ?? removed.set(m.actor!, []).get(m.actor!)!).push(m);
  // Only the touched actors are read (found by the view's index): the others stay where they are.
  const index = editIndex(view);
  const gone = new Set<string>();
  const changed = new Map<string, Actor>();
  const replaced = new Map<number, Actor | undefined>();
  const places = [...new Set([...removed.keys(), ...added.keys()])].map((id) => index.actorAt.get(id)).filter((at) => at !== undefined).sort((x, y) => x - y);
  for (const at of places) {
    const a = view.actors[at];
    const old = removed.get(a.id) ?? [];
    const mine = added.get(a.id) ?? [];
    if (old.length === a.mentions.length && !mine.length) {
      gone.add(a.id);
      replaced.set(at, undefined);
      continue;
    }
    const copy = { ...a, mentions: replaceFile(a.mentions, old.length, mine, file), aliases: aliasesAfter(a, old, mine) };
    replaced.set(at, copy);
    changed.set(a.id, copy);
  }
  const actors = withReplaced(view.actors, replaced);
  for (const a of fresh.values()) {
    const copy = { ...a, mentions: added.get(a.id)!, aliases: aliasesAfter(a, [], added.get(a.id)!) };
    actors.push(copy);
    changed.set(a.id, copy);
  }

  // The article's claims, with ids no other claim has, where its old ones stood.
  const old = view.claimsByFile.get(file) ?? [];
  const mine = analysis.claims.map((c) => linkClaim(c, `c~${++provisionalIds}`, mentions, text)).sort((x, y) => x.start - y.start);
  // A view lists each article's claims together: found from one of them, they are replaced as a block.
  let from = old.length ? view.claims.indexOf(old[0]) : -1;
  let to = from + 1;
  if (from >= 0) {
    while (from > 0 && view.claims[from - 1].file === file) from--;
    while (to < view.claims.length && view.claims[to].file === file) to++;
  }
  const claims: Claim[] = from < 0 ? view.claims.concat(mine)
    : to - from === old.length ? view.claims.slice(0, from).concat(mine, view.claims.slice(to))
    : view.claims.filter((c) => c.file !== file).concat(mine);

  const disputes = new Map<number, Contradiction | undefined>();
  for (const at of index.disputesOf.get(file) ?? []) {
    const x = view.contradictions[at];
    const sides = x.sides.flatMap((s) => (s.file === file ? moved(s, text, mine) : [s]));
    disputes.set(at, new Set(sides.map((s) => s.file)).size >= 2 || (x.revision && sides.length >= 2) ? { ...x, sides } : undefined);
  }
  const contradictions = withReplaced(view.contradictions, disputes);

  const mentionsByFile = new Map(view.mentionsByFile);
  mentionsByFile.set(file, mentions);
  const claimsByFile = new Map(view.claimsByFile);
  claimsByFile.set(file, mine);
  const own = datedSources([...(index.sourcesOf.get(event) ?? []).filter((s) => s.file !== file), analysis.doc.meta]).pop()!;
  const at = index.sourceAt.get(file);
  const sources = at === undefined ? [...view.sources, own] : withReplaced(view.sources, new Map(at.map((k) => [k, own])));
  return {
    version: view.version, eventDepth: view.eventDepth, sources, actors, claims, contradictions,
    actorById: new Overlay(view.actorById, changed, gone),
    claimById: new Overlay(view.claimById, new Map(mine.map((c) => [c.id, c])), new Set(old.map((c) => c.id))),
    mentionsByFile, claimsByFile,
  };
}

/**
 * Where a view's items are, for putting an edited article into it without going over them all:
 * each actor's place by id, the places of the disputes each file has a side in, each source's
 * place and each event's sources. Made once per view (see prepareEdits).
 */
interface EditIndex {
  actorAt: Map<string, number>;
  disputesOf: Map<string, number[]>;
  sourceAt: Map<string, number[]>;
  sourcesOf: Map<string, SourceMeta[]>;
}
const editIndexes = new WeakMap<CorpusView, EditIndex>();
function editIndex(view: CorpusView): EditIndex {
  let index = editIndexes.get(view);
  if (index) return index;
  const depth = view.eventDepth ?? 0;
  index = { actorAt: new Map(), disputesOf: new Map(), sourceAt: new Map(), sourcesOf: new Map() };
  view.actors.forEach((a, i) => index!.actorAt.set(a.id, i));
  view.contradictions.forEach((x, i) => {
    for (const file of new Set(x.sides.map((s) => s.file))) (index!.disputesOf.get(file) ?? index!.disputesOf.set(file, []).get(file)!).push(i);
  });
  view.sources.forEach((s, i) => {
    (index!.sourceAt.get(s.file) ?? index!.sourceAt.set(s.file, []).get(s.file)!).push(i);
    const event = eventOf(s.file, depth);
    (index!.sourcesOf.get(event) ?? index!.sourcesOf.set(event, []).get(event)!).push(s);
  });
  editIndexes.set(view, index);
  return index;
}

/**
 * Readies a view for an article's edit to be put into it (see withDocument): done when the view
 * is shown, so the edit itself reads only the article's own items.
 */
export function prepareEdits(view: CorpusView): void {
  editIndex(view);
}

/** A list with the items at some places replaced, or dropped where the replacement is undefined. */
function withReplaced<T>(list: readonly T[], replaced: ReadonlyMap<number, T | undefined>): T[] {
  if (!replaced.size) return list.slice();
  const out: T[] = [];
  let from = 0;
  for (const at of [...replaced.keys()].sort((a, b) => a - b)) {
    for (let i = from; i < at; i++) out.push(list[i]);
    const item = replaced.get(at);
    if (item !== undefined) out.push(item);
    from = at + 1;
  }
  for (let i = from; i < list.length; i++) out.push(list[i]);
  return out;
}

// Ids of the actors and claims of edited articles, unique across provisional views.
let provisionalIds = 0;

/** A side moved to where its passage now is in the edited text (the place nearest its old one), or nothing when the passage is gone. */
function moved(s: ContradictionSide, text: string, claims: Claim[]): ContradictionSide[] {
  if (!s.text) return [];
  let at = -1;
  for (let p = text.indexOf(s.text); p >= 0; p = text.indexOf(s.text, p + 1)) {
    if (at < 0 || Math.abs(p - s.start) < Math.abs(at - s.start)) at = p;
  }
  if (at < 0) return [];
  const side: ContradictionSide = { ...s, start: at, end: at + s.text.length };
  const claim = claims.find((c) => c.start <= side.start && side.end <= c.end);
  if (claim) side.claim = claim.id;
  else delete side.claim;
  return [side];
}

/**
 * An actor's mentions with one file's replaced by `mine`: `count` is how many the file had. A
 * view lists an actor's mentions file by file in name order, so the file's block is found by
 * halving rather than by comparing every mention's file (an actor named in every article has
 * thousands); a list in another order is filtered instead.
 */
function replaceFile(mentions: Mention[], count: number, mine: Mention[], file: string): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].file < file) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < mentions.length && mentions[end].file === file) end++;
  const block = end - lo === count && (lo === 0 || mentions[lo - 1].file < file) && (end === mentions.length || mentions[end].file > file);
  if (block) return mentions.slice(0, lo).concat(mine, mentions.slice(end));
  const others = mentions.filter((m) => m.file !== file);
  const at = others.findIndex((m) => m.file > file);
  return at < 0 ? others.concat(mine) : others.slice(0, at).concat(mine, others.slice(at));
}

/**
 * An actor's aliases once the file's mentions `old` are replaced by `mine`: an alias only the
 * file's old text had is dropped, the others are kept, and the new text's are added.
 */
function aliasesAfter(a: Actor, old: Mention[], mine: Mention[]): string[] {
  const aliases = new Set(a.aliases);
  const now = new Set(mine.map((m) => displayName(m.text)));
  const dropped = new Set(old.map((m) => displayName(m.text)).filter((alias) => !now.has(alias)));
  if (dropped.size) {
    // Still an alias when another mention of the actor has it: one pass over them, only when an alias may go.
    const others = new Map<string, number>();
    for (const m of a.mentions) {
      const alias = displayName(m.text);
      if (dropped.has(alias)) others.set(alias, (others.get(alias) ?? 0) + 1);
    }
    for (const alias of dropped) {
      if ((others.get(alias) ?? 0) <= old.filter((m) => displayName(m.text) === alias).length) aliases.delete(alias);
    }
  }
  for (const alias of now) aliases.add(alias);
  return [...aliases].sort();
}

/**
 * A map that reads through to another with some entries replaced, added or removed: the lookups of
 * a view that differs from another in one article, without copying the entries of all the others.
 */
class Overlay<K, V> extends ReadOnlyMap<K, V> {
  constructor(private readonly base: ReadonlyMap<K, V>, private readonly own: ReadonlyMap<K, V>, private readonly removed: ReadonlySet<K>) {
    super();
  }
  override get(key: K): V | undefined {
    return this.own.has(key) ? this.own.get(key) : this.removed.has(key) ? undefined : this.base.get(key);
  }
  override has(key: K): boolean {
    return this.own.has(key) || (!this.removed.has(key) && this.base.has(key));
  }
  override *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.base) if (!this.own.has(k) && !this.removed.has(k)) yield [k, v];
    yield* this.own;
  }
}

// The view's actors by the keys of their names and aliases, built once per view.
const namesByView = new WeakMap<CorpusView, Map<string, Actor[]>>();
function namesOf(view: CorpusView): Map<string, Actor[]> {
  let names = namesByView.get(view);
  if (names) return names;
  names = new Map();
  for (const a of view.actors) {
    for (const key of new Set([a.name, ...a.aliases].map((n) => formKey(n)))) (names.get(key) ?? names.set(key, []).get(key)!).push(a);
  }
  namesByView.set(view, names);
  return names;
}
