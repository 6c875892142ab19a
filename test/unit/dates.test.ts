import { strict as assert } from 'node:assert';
import { extractDates } from '../../src/engine/dates';
import type { DateRef } from '../../src/engine/types';

// 2026-03-18 is a Wednesday.
const PUB = '2026-03-18';

function dates(text: string, published: string | null = PUB): DateRef[] {
  return extractDates(text, 0, text.length, published ?? undefined);
}

function one(text: string, published: string | null = PUB): Pick<DateRef, 'text' | 'date' | 'partOfDay'> {
  const d = dates(text, published);
  assert.equal(d.length, 1, `${text}: ${JSON.stringify(d)}`);
  const { text: t, date, partOfDay } = d[0];
  const out: Pick<DateRef, 'text' | 'date' | 'partOfDay'> = { text: t };
  if (date) out.date = date;
  if (partOfDay) out.partOfDay = partOfDay;
  return out;
}

describe('extractDates', () => {
  it('resolves weekdays to the latest such day on or before the article date', () => {
    assert.deepEqual(one('The raid began on Sunday.'), { text: 'Sunday', date: '2026-03-15' });
    assert.deepEqual(one('The raid began on Wednesday.'), { text: 'Wednesday', date: '2026-03-18' });
    assert.deepEqual(one('It began Sunday evening, officials said.'), { text: 'Sunday evening', date: '2026-03-15', partOfDay: 'evening' });
    assert.deepEqual(one('Fighting resumed late on Tuesday.'), { text: 'late on Tuesday', date: '2026-03-17', partOfDay: 'late' });
    assert.deepEqual(one('Shelling was heard early Wednesday.'), { text: 'early Wednesday', date: '2026-03-18', partOfDay: 'early' });
    assert.deepEqual(one('Drones struck on Monday night.'), { text: 'Monday night', date: '2026-03-16', partOfDay: 'night' });
    assert.deepEqual(one('It happened last Wednesday.'), { text: 'last Wednesday', date: '2026-03-11' });
    assert.deepEqual(one('in the early hours of Tuesday'), { text: 'early hours of Tuesday', date: '2026-03-17', partOfDay: 'night' });
  });

  it('takes a weekday before a date as that date, not the weekday nearest the article', () => {
    assert.deepEqual(one('The terms were agreed on Friday 6 March in a phone call.'), { text: '6 March', date: '2026-03-06' });
    assert.deepEqual(one('The terms were agreed on Friday, March 6, by phone.'), { text: 'March 6', date: '2026-03-06' });
  });

  it('looks forward for future clauses and "next"', () => {
    assert.deepEqual(one('The ministers will meet on Friday.'), { text: 'Friday', date: '2026-03-20' });
    assert.deepEqual(one('They meet next Wednesday.'), { text: 'next Wednesday', date: '2026-03-25' });
    assert.deepEqual(one('The road stays closed until Friday.'), { text: 'Friday', date: '2026-03-20' });
  });

  it('reads "by" as a deadline only right before the day and in no past clause', () => {
    assert.deepEqual(one('Eleven suspects had been arrested by Sunday evening.'), { text: 'Sunday evening', date: '2026-03-15', partOfDay: 'evening' });
    assert.deepEqual(one('The claim published by the group on Sunday was genuine.'), { text: 'Sunday', date: '2026-03-15' });
    assert.deepEqual(one('The report is due by Friday.'), { text: 'Friday', date: '2026-03-20' });
  });

  it('reads month-day, day-month and ISO dates', () => {
    assert.deepEqual(one('On March 12 the talks failed.'), { text: 'March 12', date: '2026-03-12' });
    assert.deepEqual(one('It was signed on 18 March 2025.'), { text: '18 March 2025', date: '2025-03-18' });
    assert.deepEqual(one('On May 22nd, 2023, the groups crossed.'), { text: 'May 22nd, 2023', date: '2023-05-22' });
    assert.deepEqual(one('Dated 2026-03-01 in the filing.'), { text: '2026-03-01', date: '2026-03-01' });
    assert.deepEqual(one('The fire of December 28 was the worst.', '2026-01-05'), { text: 'December 28', date: '2025-12-28' });
    assert.deepEqual(one('Published 25 May. 2023 by the agency.'), { text: '25 May. 2023', date: '2023-05-25' });
  });

  it('resolves relative references against the article date', () => {
    assert.deepEqual(one('Officials said yesterday that…'), { text: 'yesterday', date: '2026-03-17' });
    assert.deepEqual(one('Explosions were heard last night.'), { text: 'last night', date: '2026-03-17', partOfDay: 'night' });
    assert.deepEqual(one('He spoke this morning.'), { text: 'this morning', date: '2026-03-18', partOfDay: 'morning' });
    assert.deepEqual(one('The group was founded last August.'), { text: 'last August', date: '2025-08' });
    assert.deepEqual(one('It was seized in February.'), { text: 'February', date: '2026-02' });
    assert.deepEqual(one('Prices rose last year.'), { text: 'last year', date: '2025' });
    assert.deepEqual(one('The unit was formed in 2022.'), { text: '2022', date: '2022' });
    assert.deepEqual(one('Figures from last month show…'), { text: 'last month', date: '2026-02' });
  });

  it('keeps references unresolved without an article date', () => {
    assert.deepEqual(one('The raid began on Sunday.', null), { text: 'Sunday' });
    assert.deepEqual(one('They met yesterday.', null), { text: 'yesterday' });
  });

  it('does not read modal "may" or a bare "march" as dates', () => {
    assert.deepEqual(dates('Ukraine may conduct more raids, and troops march on.'), []);
    assert.deepEqual(dates('The 2022 invasion and 300 soldiers.'), []);
  });

  it('uses absolute offsets', () => {
    const text = 'Intro text. It began on Sunday evening.';
    const s = text.indexOf('It');
    const [d] = extractDates(text, s, text.length, PUB);
    assert.equal(text.slice(d.start, d.end), 'Sunday evening');
  });
});
