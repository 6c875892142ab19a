import type { Report } from '../types';
import type { CorpusView } from '../view';

export const GENERATOR = 'triangulate 0.1.0';

/** The JSON report (schema v1) of a corpus view: the engine's types, serialized. */
export function buildReport(view: CorpusView): Report {
  return {
    schemaVersion: 1,
    generator: GENERATOR,
    sources: view.sources.map((s) => ({ ...s })),
    actors: view.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      aliases: [...a.aliases],
      mentions: a.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end, text: m.text, type: m.type })),
    })),
    claims: view.claims.map((c) => ({
      id: c.id, file: c.file, start: c.start, end: c.end, text: c.text,
      ...(c.speaker ? { speaker: c.speaker } : {}),
      ...(c.speakerText ? { speakerText: c.speakerText } : {}),
      cue: c.cue,
      content: c.content,
      direct: c.direct,
      hedged: c.hedged,
      ...(c.hedges?.length ? { hedges: c.hedges } : {}),
      polarity: c.polarity,
      figures: c.figures.map((f) => ({
        text: f.text, start: f.start, end: f.end, low: f.low, high: f.high, unit: f.unit, event: f.event,
        ...(f.unitClass ? { unitClass: f.unitClass } : {}),
        ...(f.eventClass ? { eventClass: f.eventClass } : {}),
      })),
      ...(c.dates?.length ? { dates: c.dates } : {}),
      // Corrections, when the view has them applied.
      ...((c as { verdict?: string }).verdict ? { verdict: (c as { verdict?: string }).verdict } : {}),
      ...((c as { notes?: string[] }).notes?.length ? { notes: (c as { notes?: string[] }).notes } : {}),
    })),
    contradictions: view.contradictions.map((x) => ({ ...x, sides: x.sides.map((s) => ({ ...s })) })),
  };
}
