// Number words, multipliers and the qualifiers news uses around figures.

/** Cardinal words below one hundred. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words after a number ("10 billion", "two hundred", "1.2m", "$5bn"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['millions', 1e6], ['mln', 1e6],
  ['mn', 1e6], ['m', 1e6], ['billion', 1e9], ['bn', 1e9], ['bln', 1e9], ['b', 1e9],
  ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12],
]);

/** Suffixes glued to a number that may only be multipliers when glued ("1.2m" but not "1.2 m"). */
export const GLUED_ONLY_MULTIPLIERS: ReadonlySet<string> = new Set(['k', 'm', 'b', 'mn', 'bn', 'tn', 'trn']);

/**
 * Indefinite quantity words, as the range of counts a news writer uses them for.
 * "dozens" starts at two dozen and stops below a hundred (a writer with 100+ says
 * "more than 100" or "hundreds"); the others follow the same reading.
 */
export const VAGUE_QUANTITIES: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['dozens', [24, 99]],
  ['scores', [40, 199]],
  ['hundreds', [200, 999]],
  ['thousands', [2000, 9999]],
  ['millions', [2e6, 999e6]],
  ['billions', [2e9, 999e9]],
  ['several', [3, 9]],
  ['a few', [2, 5]],
  ['a couple of', [2, 3]],
  ['a handful of', [2, 6]],
]);

/** How a qualifier bends the stated number into a range (see figures.ts for the rules). */
export type Qualifier = 'more' | 'atLeast' | 'less' | 'atMost' | 'about' | 'nearly' | 'asManyAs' | 'exact';

/** Qualifier phrases, longest first so "no more than" wins over "more than". */
export const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['no more than', 'atMost'], ['not more than', 'atMost'], ['no fewer than', 'atLeast'],
  ['no less than', 'atLeast'], ['not less than', 'atLeast'], ['not fewer than', 'atLeast'],
  ['a minimum of', 'atLeast'], ['a maximum of', 'atMost'], ['in excess of', 'more'],
  ['upwards of', 'more'], ['upward of', 'more'], ['well over', 'more'], ['well above', 'more'],
  ['just over', 'more'], ['slightly more than', 'more'], ['a little over', 'more'],
  ['more than', 'more'], ['greater than', 'more'], ['over', 'more'], ['above', 'more'],
  ['north of', 'more'], ['exceeding', 'more'], ['at least', 'atLeast'], ['at most', 'atMost'],
  ['up to', 'atMost'], ['as many as', 'asManyAs'], ['as much as', 'asManyAs'],
  ['just under', 'nearly'], ['just shy of', 'nearly'], ['close to', 'nearly'], ['nearly', 'nearly'],
  ['almost', 'nearly'], ['less than', 'less'], ['fewer than', 'less'], ['under', 'less'],
  ['below', 'less'], ['an estimated', 'about'], ['estimated', 'about'], ['approximately', 'about'],
  ['approx.', 'about'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['some', 'about'], ['circa', 'about'], ['ca.', 'about'], ['an approximate', 'about'],
  ['only', 'exact'], ['just', 'exact'], ['exactly', 'exact'], ['precisely', 'exact'],
];

/** Words that make "no"/"none" not a zero count ("no longer", "no more than"). */
export const NOT_ZERO_AFTER_NO: ReadonlySet<string> = new Set([
  'longer', 'more', 'less', 'fewer', 'matter', 'doubt', 'sooner', 'way', 'one\'s', 'sign', 'signs',
  'comment', 'evidence', 'details', 'immediate', 'official', 'reason', 'further', 'other', 'such',
]);
