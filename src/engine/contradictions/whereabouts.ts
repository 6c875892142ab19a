import type { Contradiction, Mention } from '../types';
import { type Statement, asks, perPassage, personNamedBefore, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { gated } from '../prefilter';

// Where a person is, as stories about an executive, a suspect or a leader under pressure dispute it:
// "Marius Yarovik left Estravia on Sunday evening", "flew to Sarvonia", "boarded an evening flight"
// against "Mr Yarovik is in Mirenza", "My client has not left the country".

// Gone: the words after the person, up to the place or the country they left for or from.
const GONE = /* @__PURE__ */ gated(/\b(?:(left|fled)\s+|(flew|fled)\s+(?:(?:out\s+of|from)\s+(?:the\s+)?[\w'’-]+\s+)?to\s+|flew\s+out\s+of\s+|(?:was|been|had\s+been)\s+flown\s+(?:out\s+of\s+|to\s+)|boarded\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:flight|plane)\b|(?:is|was|has\s+been)\s+(?:now\s+)?abroad\b)/g);
// Here: still in a named place, or not gone.
const HERE = /* @__PURE__ */ gated(/\b(?:is|was|remains|remained|stayed|is\s+still|was\s+still|has\s+been)\s+in\s+|\b(?:has|had|did)\s+not\s+(?:left|fled|gone\s+anywhere|gone\s+abroad)\b|\bhas(?:\s+not|n['’]t)\s+gone\s+anywhere\b|\bnever\s+left\s+the\s+country\b/g);
// A cheap test first: most passages say nothing of anyone's whereabouts.
const MAY_SAY = /* @__PURE__ */ gated(/\b(?:left|fled|flew|flown|boarded|abroad|(?:is|was|remains|remained|stayed|been)\s+(?:still\s+)?in|gone\s+anywhere)\b/);

interface Whereabouts {
  /** The actor of the person, or '' when the passage does not name them ("my client has not left"). */
  who: string;
  gone: boolean;
  /** The place named: where they went, or where they are. */
  place?: string;
}

/** The place mention that starts where the words of going or staying end, if any. */
function placeAt(st: Statement, at: number): Mention | undefined {
  return st.mentions.find((m) => m.type === 'place' && m.start >= at && m.start - at <= 1);
}

const whereOf = perPassage<Whereabouts | undefined>();
function readWhere(st: Statement): Whereabouts | undefined {
  if (!MAY_SAY.test(st.lower) || asks(st.lower) || /\b(?:if|whether|could|might|would|may|plans?\s+to|expected\s+to)\b/.test(st.lower)) return undefined;
  for (const m of st.lower.matchAll(HERE)) {
    const at = st.start + m.index;
    const end = at + m[0].length;
    const place = m[0].endsWith('in ') ? placeAt(st, end) : undefined;
    if (m[0].endsWith('in ') && !place) continue;
    // "Mr Yarovik is in Mirenza": the person right before; "my client has not left": anyone.
    const who = personNamedBefore(st, at, place ? 3 : 40);
    if (place && !who) continue;
    return { who: who?.actor ?? '', gone: false, place: place ? place.actor ?? place.text : undefined };
  }
  for (const m of st.lower.matchAll(GONE)) {
    const at = st.start + m.index;
    const end = at + m[0].length;
    if (/\b(?:not|never|no)\s+(?:\w+\s+)?$|n['’]t\s+$/.test(st.lower.slice(Math.max(0, m.index - 20), m.index))) continue;
    let place: Mention | undefined;
    if (m[1]) {
      // Left or fled a named country or city, or the country.
      place = placeAt(st, end);
      if (!place && !/^(?:the\s+country|abroad)\b/.test(st.lower.slice(end - st.start))) continue;
    } else if (m[2]) {
      place = placeAt(st, end);
      if (!place) continue;
    }
    const who = personNamedBefore(st, at, 90);
    return { who: who?.actor ?? '', gone: true, place: place ? place.actor ?? place.text : undefined };
  }
  return undefined;
}

/**
 * A person said to have left against the same person said to be still there, by another source. A
 * passage that names nobody ("my client has not left the country") is of the one person the others name.
 */
export function whereaboutsContradictions(statements: Statement[]): Contradiction[] {
  const readings: Array<{ st: Statement } & Whereabouts> = [];
  for (const st of statements) {
    const w = whereOf(st, readWhere);
    if (w) readings.push({ st, ...w });
  }
  if (readings.length < 2) return [];
  const named = new Set(readings.map((r) => r.who).filter(Boolean));
  const only = named.size === 1 ? [...named][0] : '';
  const out: Contradiction[] = [];
  for (const who of named) {
    const mine = readings.filter((r) => (r.who || only) === who);
    // Being where they went is no dispute: "flew to Pellan" and "was in Pellan".
    const went = new Set(mine.filter((r) => r.gone && r.place).map((r) => r.place));
    const gone = mine.filter((r) => r.gone);
    const here = mine.filter((r) => !r.gone && !(r.place && went.has(r.place)));
    const g = gone.filter((a) => here.some((b) => b.st.file !== a.st.file));
    const h = here.filter((b) => gone.some((a) => a.st.file !== b.st.file));
    // Both sides must name the person somewhere, not only by a pronoun.
    if (!g.length || !h.length || !g.some((r) => r.who) || !h.some((r) => r.who)) continue;
    const name = g.find((r) => r.who)!.st.mentions.find((m) => m.actor === who)?.text ?? 'the person';
    out.push({
      id: '', kind: 'status', topic: `whether ${name} left`,
      summary: `Has ${name} left: yes (${voicesOf(g.map((r) => r.st))}) vs still there (${voicesOf(h.map((r) => r.st))})`,
      confidence: round(0.55),
      sides: [...g.slice(0, 4), ...h.slice(0, 4)].map((r) => sideOf(r.st)),
    });
  }
  return out;
}
