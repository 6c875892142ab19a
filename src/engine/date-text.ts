// Absolute dates as articles state them in metadata: "2026-03-18", "March 18, 2026",
// "18 March 2026", "May 22nd, 2023", "Mar. 18 2026", "18.03.2026".

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// "2026-11-12" alone or opening a timestamp ("2026-11-12T20:05:00+02:00").
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
const MDY = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
// "16.04.2026": dots put the day first wherever they are used (slashes do not, and are left alone).
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** Returns the ISO date (YYYY-MM-DD) a short text states, if it states a full one. */
export function parseDateText(s: string): string | undefined {
  const text = s.slice(0, 200);
  let m = ISO.exec(text);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = MDY.exec(text);
  if (m && MONTHS[m[1].toLowerCase()]) return valid(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = DMY.exec(text);
  if (m && MONTHS[m[2].toLowerCase()]) return valid(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = DOTTED.exec(text);
  if (m) return valid(+m[3], +m[2], +m[1]);
  return undefined;
}

function valid(y: number, mo: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1) return undefined;
  return isoDay(y, mo, d);
}

/** Whether a day of a month (1-12) falls on a weekday (0 for Sunday) in a year. */
export function dayFits(year: number, { month, day, weekday }: { month: number; day: number; weekday: number }): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCDate() === day && d.getUTCDay() === weekday;
}

/** "2026-07-16". */
export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
