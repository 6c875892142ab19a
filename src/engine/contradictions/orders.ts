import type { Contradiction } from '../types';
import { type Statement, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { contentWords } from './polarity';
import { gated } from '../prefilter';

// "on the ministry's orders", "on the instruction of the dispatch centre", "ordered by the governor".
const ORDERED = /* @__PURE__ */ gated(/\b(?:on|at|under|following)\s+(?:the\s+)?(?:instructions?|orders?|direction|request)\s+(?:of|from)\b|\bon\s+(?:the\s+)?(?:[\w-]+(?:['’]s?)?\s+){1,3}(?:orders|instructions?)\b|\b(?:ordered|instructed|directed)\s+by\b/);
// "on its own initiative", "without any instruction", "of its own accord".
const OWN = /* @__PURE__ */ gated(/\b(?:on|of)\s+(?:its|his|her|their)\s+own\s+(?:initiative|authority|accord|decision)\b|\bwithout\s+(?:any\s+)?(?:instructions?|orders?)\s+(?:from|of)\b/);
// The act both sides speak of: words of the passage other than the order phrases themselves.
const ORDER_WORDS = new Set(['instruction', 'order', 'initiativ', 'accord', 'authority', 'direction', 'request', 'own', 'decision']);

/** Whether a passage says an act was done on orders or on the doer's own initiative (not both). */
const decisionOf = perPassage<'ordered' | 'own' | undefined>();
function readDecision(st: Statement): 'ordered' | 'own' | undefined {
  const ordered = ORDERED.test(st.lower);
  const own = OWN.test(st.lower);
  return ordered === own ? undefined : ordered ? 'ordered' : 'own';
}

/**
 * The same act said to be done on someone's orders in one source and on the doer's own initiative
 * in another: "opened the gates on the ministry's orders" vs "opened the gates on its own initiative".
 */
export function orderContradictions(statements: Statement[]): Contradiction[] {
  const ordered = statements.filter((st) => decisionOf(st, readDecision) === 'ordered');
  const own = statements.filter((st) => decisionOf(st, readDecision) === 'own');
  if (!ordered.length || !own.length) return [];
  const act = (st: Statement) => new Set([...contentWords(st.lower)].filter((w) => !ORDER_WORDS.has(w)));
  const shares = (a: Statement, b: Statement): boolean => {
    const wa = act(a);
    let n = 0;
    for (const w of act(b)) if (wa.has(w)) n++;
    return n >= 2;
  };
  const byOrder = ordered.filter((o) => own.some((w) => w.file !== o.file && shares(o, w)));
  const byOwn = own.filter((w) => ordered.some((o) => o.file !== w.file && shares(o, w)));
  if (!byOrder.length || !byOwn.length) return [];
  return [{
    id: '', kind: 'attribution', topic: 'who ordered it',
    summary: `On whose decision: on orders (${voicesOf(byOrder)}) vs on its own initiative (${voicesOf(byOwn)})`,
    confidence: round(0.5),
    sides: [...byOrder.slice(0, 4), ...byOwn.slice(0, 4)].map((s) => sideOf(s)),
  }];
}

// The operations whose orders news disputes: "ordered the assault", "the order to go in", "the decision to storm".
const OPERATION = '(?:assault|operation|raid|storming|strike|strikes|attack|offensive|crackdown|go\\s+in|storm\\s+\\w+|send\\s+in\\s+\\w+|open\\s+fire|fire)';
// "X said she had personally ordered the assault", "X said he had given the order to go in", "the decision to go in was hers".
const SELF_ORDERED = /* @__PURE__ */ gated(new RegExp(`\\b(?:said|says|told\\s+[\\w\\s'’-]{1,40}?|insisted|confirmed|acknowledged)\\s+(?:that\\s+)?(?:she|he)\\s+(?:had\\s+|has\\s+)?(?:personally\\s+|herself\\s+|himself\\s+)?(?:ordered\\s+(?:the\\s+)?${OPERATION}|given\\s+the\\s+order\\s+(?:to|for)\\s+(?:the\\s+)?${OPERATION})\\b|\\b(?:decision|order)\\s+to\\s+${OPERATION}\\s+(?:was|had\\s+been)\\s+(?:hers|his)\\b`));
// "the order to go in came from Governor Mirela Kostadin", "the assault was ordered by the governor".
const ORDER_FROM = /* @__PURE__ */ gated(new RegExp(`\\b(?:the\\s+)?(?:order|decision|command)\\s+(?:to|for)\\s+(?:the\\s+)?${OPERATION}\\s+(?:came|had\\s+come|was\\s+given)\\s+(?:from|by)\\s+|\\b${OPERATION}\\s+(?:was|had\\s+been)\\s+ordered\\s+by\\s+`));

/**
 * Who a passage says gave the order for an operation: a person's actor id, or undefined. Read for
 * each view, not kept with the passage: actor ids belong to one view.
 */
function ordererOf(st: Statement): string | undefined {
  const people = st.mentions.filter((m) => m.type === 'person' && m.actor);
  const self = SELF_ORDERED.exec(st.lower);
  if (self) {
    // The speaker: the person named last before the verb of saying, or the claim's speaker.
    const at = st.start + self.index;
    const before = people.filter((m) => m.end <= at).pop();
    return before?.actor ?? (st.claim?.speaker && people.some((m) => m.actor === st.claim!.speaker) ? st.claim.speaker : undefined);
  }
  const from = ORDER_FROM.exec(st.lower);
  if (from) {
    const at = st.start + from.index + from[0].length;
    return people.find((m) => m.start >= at && m.start - at <= 40)?.actor;
  }
  return undefined;
}

/**
 * Two people each said to have given the order for the operation, in different sources: "Prohaska
 * said she had personally ordered the assault" against "the order to go in came from Governor Kostadin".
 */
export function ordererContradictions(statements: Statement[]): Contradiction[] {
  const by = new Map<string, Statement[]>();
  for (const st of statements) {
    const who = ordererOf(st);
    if (who) (by.get(who) ?? by.set(who, []).get(who)!).push(st);
  }
  if (by.size < 2) return [];
  const camps = [...by].sort((a, b) => b[1].length - a[1].length);
  const [[pa, a], [pb, b]] = camps;
  if (!a.some((x) => b.some((y) => y.file !== x.file))) return [];
  const name = (who: string, st: Statement[]) => st[0].mentions.find((m) => m.actor === who)?.text ?? 'someone';
  return [{
    id: '', kind: 'attribution', topic: 'who gave the order',
    summary: `Who gave the order: ${name(pa, a)} (${voicesOf(a)}) vs ${name(pb, b)} (${voicesOf(b)})`,
    confidence: round(0.5),
    sides: [...a.slice(0, 4), ...b.slice(0, 4)].map((s) => sideOf(s)),
  }];
}
