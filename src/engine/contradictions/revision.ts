import type { Contradiction } from '../types';
import { REVISION } from './lexicon';
import { type Statement, perPassage, voiceOf } from './statements';
import { round } from './numeric';

const revises = perPassage<boolean>();

/** A source reporting that a speaker changed their own account ("initially said …, but later …"). */
export function revisionContradictions(statements: Statement[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const st of statements) {
    if (!revises(st, (s) => REVISION.test(s.lower))) continue;
    const m = REVISION.exec(st.lower)!;
    // The two sides are the clause before the turn and the clause after it.
    const turn = /\b(?:but|however|before|then)\b|,\s+(?=(?:now|later|have since|has since)\s)/.exec(st.lower.slice(m.index + 10));
    const cut = turn ? st.start + m.index + 10 + turn.index : st.start + m.index + Math.floor(m[0].length / 2);
    // Each side without the spaces at its edges, its offsets moved with its text.
    const side = (start: number, end: number) => {
      const raw = st.text.slice(start - st.start, end - st.start);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      return { start: start + lead, end: start + lead + text.length, text };
    };
    const first = side(st.start, cut);
    const second = side(cut, st.end);
    const base = { file: st.file, outlet: st.outlet, ...(st.claim?.speaker ? { speaker: st.claim.speaker } : {}), ...(st.speakerText ? { speakerText: st.speakerText } : {}) };
    out.push({
      id: '', kind: st.claim?.figures.length ? 'numeric' : 'status', topic: 'revised statement', revision: true,
      summary: `${voiceOf(st)} reports a revised account: ${first.text.slice(0, 80)} … ${second.text.slice(0, 80)}`,
      confidence: round(0.8),
      sides: [{ ...base, ...first, value: 'initially' }, { ...base, ...second, value: 'later' }],
    });
  }
  return out;
}
