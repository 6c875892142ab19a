import type { Contradiction } from '../types';
import { type Statement, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { contentWords } from './polarity';

// "on the ministry's orders", "on the instruction of the dispatch centre", "ordered by the governor".
const ORDERED = /\b(?:on|at|under|following)\s+(?:the\s+)?(?:instructions?|orders?|direction|request)\s+(?:of|from)\b|\bon\s+(?:the\s+)?(?:[\w-]+(?:['’]s?)?\s+){1,3}(?:orders|instructions?)\b|\b(?:ordered|instructed|directed)\s+by\b/;
// "on its own initiative", "without any instruction", "of its own accord".
const OWN = /\b(?:on|of)\s+(?:its|his|her|their)\s+own\s+(?:initiative|authority|accord|decision)\b|\bwithout\s+(?:any\s+)?(?:instructions?|orders?)\s+(?:from|of)\b/;
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
