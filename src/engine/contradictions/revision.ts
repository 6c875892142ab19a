import type { Contradiction } from '../types';
import { REVISION } from './lexicon';
import { type Statement, voiceOf } from './statements';
import { round } from './numeric';

/** A source reporting that a speaker changed their own account ("initially said …, but later …"). */
export function revisionContradictions(statements: Statement[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const st of statements) {
    const m = REVISION.exec(st.lower);
    if (!m) continue;
    // The two sides are the clause before the turn and the clause after it.
    const turn = /\b(?:but|however|before|then)\b|,\s+(?=(?:now|later|have since|has since)\s)/.exec(st.lower.slice(m.index + 10));
    const cut = turn ? st.start + m.index + 10 + turn.index : st.start + m.index + Math.floor(m[0].length / 2);
    const first = { start: st.start, end: cut };
    const second = { start: cut, end: st.end };
    const text = (s: { start: number; end: number }) => st.text.slice(s.start - st.start, s.end - st.start).trim();
    const base = { file: st.file, outlet: st.outlet, ...(st.claim?.speaker ? { speaker: st.claim.speaker } : {}), ...(st.speakerText ? { speakerText: st.speakerText } : {}) };
    out.push({
      id: '', kind: st.claim?.figures.length ? 'numeric' : 'status', topic: 'revised statement', revision: true,
      summary: `${voiceOf(st)} reports a revised account: ${text(first).slice(0, 80)} … ${text(second).slice(0, 80)}`,
      confidence: round(0.8),
      sides: [{ ...base, ...first, text: text(first), value: 'initially' }, { ...base, ...second, text: text(second), value: 'later' }],
    });
  }
  return out;
}
