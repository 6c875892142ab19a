// Quotations in a paragraph. Scraped news misuses quote marks (a closing mark used to
// open, a quotation left open to the paragraph's end), so the pairing is forgiving:
// quotations never cross a paragraph, and an unclosed one ends with its paragraph.

/** A quotation: `start`/`end` include the marks, `innerStart`/`innerEnd` do not. */
export interface Quote {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Finds the double-quoted and ‘single-quoted’ passages of prose[start, end) (one paragraph). */
export function findQuotes(prose: string, start: number, end: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  const close = (at: number, closed: boolean): void => {
    out.push({ start: open, end: closed ? at + 1 : at, innerStart: open + 1, innerEnd: at, closed });
    open = -1;
  };
  for (let p = start; p < end; p++) {
    const c = prose[p];
    if (OPENERS.has(c)) {
      // A second opener while one is open: the first was never closed.
      if (open >= 0) close(p, false);
      open = p;
    } else if (CLOSERS.has(c)) {
      if (open >= 0) close(p, true);
      // A closing mark used as an opener ("was ” in progress”").
      else if (isSpace(prose[p - 1]) || (p === start)) open = p;
    } else if (c === '"') {
      if (open >= 0) close(p, true);
      else if (isSpace(prose[p - 1]) || /[(\[—–-]/.test(prose[p - 1] ?? '') || isWordChar(prose[p + 1])) open = p;
    }
  }
  if (open >= 0) {
    let e = end;
    while (e > open + 1 && isSpace(prose[e - 1])) e--;
    close(e, false);
  }
  // Single quotes: ‘ opens at a word start; ’ closes when no letter follows (else it is an apostrophe).
  let s = -1;
  for (let p = start; p < end; p++) {
    const c = prose[p];
    if (c === '‘' && (p === start || !isWordChar(prose[p - 1]))) s = p;
    else if (c === '’' && s >= 0 && !isWordChar(prose[p + 1]) && !isSpace(prose[p - 1])) {
      out.push({ start: s, end: p + 1, innerStart: s + 1, innerEnd: p, closed: true });
      s = -1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
