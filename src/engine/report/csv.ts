import type { Report } from '../types';
import { sourceLabel } from './render';

/** Quotes a CSV field (RFC 4180), and defuses spreadsheet formulas from article text. */
export function csvField(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  // A cell starting with = + - @ is run as a formula by spreadsheets; article text must not be.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rows(header: string[], data: unknown[][]): string {
  return [header, ...data].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One row per side of each contradiction: what a fact-checker pastes into a spreadsheet. */
export function contradictionsCsv(report: Report): string {
  const data: unknown[][] = [];
  for (const x of report.contradictions) {
    for (const s of x.sides) {
      data.push([x.id, x.kind, x.revision ? 'yes' : '', x.topic, x.confidence, x.summary, s.outlet ?? sourceLabel(report, s.file), s.speakerText ?? '', s.value ?? '', s.file, s.start, s.end, s.text]);
    }
  }
  return rows(['contradiction', 'kind', 'revision', 'topic', 'confidence', 'summary', 'outlet', 'speaker', 'value', 'file', 'start', 'end', 'passage'], data);
}

/** One row per claim, with its speaker, cue, hedges and figures. */
export function claimsCsv(report: Report): string {
  const names = new Map(report.actors.map((a) => [a.id, a.name]));
  const data = report.claims.map((c) => [
    c.id, sourceLabel(report, c.file), (c.speaker && names.get(c.speaker)) || c.speakerText || '', c.cue, c.direct ? 'direct' : 'reported',
    c.hedged ? (c.hedges ?? []).join('; ') || 'yes' : '', c.polarity,
    c.figures.map((f) => `${f.text}${f.unit ? ` ${f.unit}` : ''}${f.event ? ` ${f.event}` : ''}`).join('; '),
    c.file, c.start, c.end, c.text,
  ]);
  return rows(['claim', 'outlet', 'speaker', 'cue', 'form', 'hedged', 'polarity', 'figures', 'file', 'start', 'end', 'passage'], data);
}
