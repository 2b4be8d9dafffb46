import { describe, expect, it } from 'vitest';
import type { MessageRow } from '../platforms/types';
import { NO_EVIDENCE, numericFormat, numericTime, pageNumericTimes, readNumericStamp, withStamp } from './numeric-dates';
import { parsePageTime } from './page-time';

const proven = (...labels: string[]) =>
  numericFormat(labels.map((l) => readNumericStamp(l)!).reduce((e, s) => withStamp(e, s), NO_EVIDENCE));
const timeOf = (label: string, ...page: string[]) => numericTime(readNumericStamp(label)!, proven(label, ...page));

describe('readNumericStamp', () => {
  it('reads time-first and date-first labels, 12- and 24-hour, with any of / . - between the numbers', () => {
    expect(readNumericStamp('10:54 PM, 12/9/2025')).toEqual({
      first: 12,
      second: 9,
      year: 2025,
      yearFirst: false,
      hour: 10,
      minute: 54,
      meridiem: 'pm',
    });
    expect(readNumericStamp('22:54, 9.12.2025')).toMatchObject({ first: 9, second: 12, hour: 22, meridiem: null });
    expect(readNumericStamp('9-12-2025 22:54')).toMatchObject({ first: 9, second: 12, year: 2025 });
    expect(readNumericStamp('2025/12/9 22:54')).toMatchObject({ first: 12, second: 9, year: 2025, yearFirst: true });
  });
  it('reads the markers pages print: "PM" after a narrow no-break space (Intl), "p. m.", "a.m."', () => {
    expect(readNumericStamp('10:54\u202fPM, 12/9/2025')?.meridiem).toBe('pm');
    expect(readNumericStamp('10:54 p. m., 12/9/2025')?.meridiem).toBe('pm');
    expect(readNumericStamp('9:05 a.m., 12/9/2025')?.meridiem).toBe('am');
    expect(readNumericStamp('午後10:54, 2025/12/9')?.meridiem).toBe('unknown');
  });
  it('leaves alone what is not an all-numeric date and time (page-time reads ISO and month names)', () => {
    for (const label of [
      '2026-11-20T14:05:00Z',
      '2026-11-20 14:05',
      'Nov 20, 2026, 2:05 PM',
      '20 nov 2026, 14:05',
      '10:54 PM',
      '12/9/2025',
      '10:54 PM, 12/9/25',
      '',
    ])
      expect(readNumericStamp(label), label).toBeNull();
  });
});

describe('the page proves its date order and clock', () => {
  it('a day above 12 anywhere on the page proves day-first; a second number above 12 proves month-first', () => {
    expect(proven('14:05, 20/11/2026', '09:00, 05/06/2026').order).toBe('dmy');
    expect(proven('2:05 PM, 11/20/2026', '9:00 AM, 5/6/2026').order).toBe('mdy');
  });
  it('nothing proves it: no order; proof both ways: no order', () => {
    expect(proven('09:00, 05/06/2026', '10:00, 06/05/2026').order).toBeNull();
    expect(proven('09:00, 20/11/2026', '10:00, 11/20/2026').order).toBeNull();
  });
  it('AM/PM on every label: 12-hour; on none: 24-hour; mixed or unknown markers: no clock', () => {
    expect(proven('2:05 PM, 11/20/2026', '9:00 AM, 11/21/2026').clock).toBe('12h');
    expect(proven('14:05, 20/11/2026', '09:00, 21/11/2026').clock).toBe('24h');
    expect(proven('2:05 PM, 11/20/2026', '14:05, 11/20/2026').clock).toBeNull();
    expect(proven('午後2:05, 2026/11/20').clock).toBeNull();
  });
});

describe('numericTime', () => {
  it('an ambiguous 05/06 is read with the order the page’s other rows prove', () => {
    expect(timeOf('09:00, 05/06/2026', '14:05, 20/11/2026')).toBe('2026-06-05 09:00');
    expect(timeOf('9:00 AM, 05/06/2026', '2:05 PM, 11/20/2026')).toBe('2026-05-06 09:00');
  });
  it('when nothing proves the order, an ambiguous label is not guessed', () => {
    expect(timeOf('09:00, 05/06/2026', '10:00, 07/08/2026')).toBeNull();
  });
  it('needs no proof where the order cannot matter: the same two numbers, or year first', () => {
    expect(timeOf('09:00, 05/05/2026')).toBe('2026-05-05 09:00');
    expect(timeOf('22:54, 2025/12/9')).toBe('2025-12-09 22:54');
  });
  it('turns 12-hour times into the day’s hours (12 AM is midnight, 12 PM noon)', () => {
    expect(timeOf('12:10 AM, 11/20/2026')).toBe('2026-11-20 00:10');
    expect(timeOf('12:10 PM, 11/20/2026')).toBe('2026-11-20 12:10');
    expect(timeOf('10:54 PM, 11/20/2026')).toBe('2026-11-20 22:54');
  });
  it('refuses days and times that do not exist', () => {
    expect(timeOf('09:00, 31/02/2026', '09:00, 20/11/2026')).toBeNull();
    expect(timeOf('13:10 PM, 11/20/2026', '1:00 PM, 11/21/2026')).toBeNull();
    expect(timeOf('24:10, 20/11/2026')).toBeNull();
  });
  it('gives what page-time reads, in local time', () => {
    const at = parsePageTime(timeOf('2:05 PM, 11/20/2026'), Date.UTC(2026, 11, 1))?.at;
    expect(at).toBe(new Date(2026, 10, 20, 14, 5).getTime());
  });
});

describe('pageNumericTimes', () => {
  const row = (time?: string): MessageRow => ({ element: {} as Element, direction: 'in', text: 'hi', ...(time ? { time } : {}) });

  it('rewrites the labels the page settles, leaves the others as printed, and keeps rows without such a label', () => {
    const times = pageNumericTimes();
    const iso = row('2026-11-20T14:05:00Z');
    const none = row();
    const ambiguous = row('09:00, 05/06/2026');
    const first = times([iso, none, ambiguous]);
    expect(first[0]).toBe(iso);
    expect(first[1]).toBe(none);
    expect(first[2]).toBe(ambiguous);
    // A later row proves day-first: the ambiguous one is read with it.
    const later = times([iso, none, ambiguous, row('14:05, 20/11/2026')]);
    expect(later.map((r) => r.time)).toEqual([iso.time, undefined, '2026-06-05 09:00', '2026-11-20 14:05']);
    // The same rewritten object on the next read (recorder fingerprints are cached per row object).
    expect(times([ambiguous])[0]).toBe(later[2]);
  });

  it('a contradiction found later withdraws the order for every row', () => {
    const times = pageNumericTimes();
    const a = row('09:00, 05/06/2026');
    expect(times([a, row('09:00, 20/11/2026')])[0]!.time).toBe('2026-06-05 09:00');
    expect(times([a, row('09:00, 11/21/2026')])[0]!.time).toBe('09:00, 05/06/2026');
  });
});
