// Calendar words for dates.ts, and for figures.ts to tell a day of the month from a count.

/** Month names and abbreviations (lower case) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4],
  ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11],
  ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday names (lower case) → JavaScript day number (Sunday = 0). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5],
  ['saturday', 6], ['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4],
  ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6],
]);

/** Parts of the day as news writes them (lower case) → the value reported. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'morning'], ['afternoon', 'afternoon'], ['evening', 'evening'], ['night', 'night'],
  ['overnight', 'night'], ['midday', 'midday'], ['noon', 'midday'], ['midnight', 'night'],
  ['dawn', 'morning'], ['daybreak', 'morning'], ['dusk', 'evening'], ['nightfall', 'evening'],
  ['lunchtime', 'midday'],
]);

/** Suffixes after a number that make it a clock time, not a count. */
export const CLOCK_SUFFIXES: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst',
  'pdt', "o'clock", 'hrs', 'h', 'msk', 'eet', 'eest',
]);
