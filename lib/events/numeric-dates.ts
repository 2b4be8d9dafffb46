import type { MessageRow } from '../platforms/types';

/**
 * All-numeric row times ("10:54 PM, 12/9/2025", "22:54, 9/12/2025") are printed in the user's locale, and one label
 * alone cannot say which day it is: 12/9 is 12 September or December 9. A page prints every row in the same locale,
 * so its rows together prove the order: a first number above 12 anywhere proves day-first, a second number above 12
 * proves month-first. The clock is 12-hour when the labels carry AM/PM, 24-hour when none do. With no proof, or with
 * proof both ways, nothing is guessed: such labels stay unread (the recorder then times the row by observation).
 */
export interface NumericStamp {
  /** The two day/month numbers, in the order printed (year-first labels: month, day). */
  first: number;
  second: number;
  year: number;
  /** "2025/12/9": year first, then month and day (no locale prints year, day, month). */
  yearFirst: boolean;
  hour: number;
  minute: number;
  /** AM/PM where printed; null for none; 'unknown' for a marker in words we do not read ("午後"). */
  meridiem: 'am' | 'pm' | null | 'unknown';
}

const DATE = /(?<!\d)(\d{4}|\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{1,2})\.?(?!\d)/;
const CLOCK = /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/;
const MERIDIEM = /^([ap])\.?\s?m\.?$/i;

/** Reads an all-numeric date-and-time label; null for anything else (ISO and month-name labels: lib/events/page-time). */
export function readNumericStamp(label: string): NumericStamp | null {
  const date = DATE.exec(label);
  const rest = label.replace(DATE, ' ');
  const clock = CLOCK.exec(rest);
  if (!date || !clock || /\d{4}-\d{2}-\d{2}/.test(label)) return null;
  const [a, b, c] = [date[1]!, date[3]!, date[4]!];
  // One four-digit year, at either end.
  const yearFirst = a.length === 4;
  if (yearFirst === (c.length === 4)) return null;
  const marker = rest
    .replace(CLOCK, ' ')
    .replace(/[\s,[\]]+/g, ' ')
    .trim();
  const m = MERIDIEM.exec(marker)?.[1]?.toLowerCase();
  return {
    first: yearFirst ? +b : +a,
    second: yearFirst ? +c : +b,
    year: yearFirst ? +a : +c,
    yearFirst,
    hour: +clock[1]!,
    minute: +clock[2]!,
    meridiem: !marker ? null : m === 'a' ? 'am' : m === 'p' ? 'pm' : 'unknown',
  };
}

/** What a page's labels have proven so far (counts of labels showing each). */
export interface NumericEvidence {
  dayFirst: number;
  monthFirst: number;
  twelveHour: number;
  twentyFourHour: number;
  unknownClock: number;
}

export const NO_EVIDENCE: NumericEvidence = { dayFirst: 0, monthFirst: 0, twelveHour: 0, twentyFourHour: 0, unknownClock: 0 };

/** The evidence with one more label. */
export function withStamp(e: NumericEvidence, s: NumericStamp): NumericEvidence {
  const next = { ...e };
  if (!s.yearFirst && s.first > 12 && s.second <= 12) next.dayFirst++;
  if (!s.yearFirst && s.second > 12 && s.first <= 12) next.monthFirst++;
  if (s.meridiem === 'unknown') next.unknownClock++;
  else if (s.meridiem) next.twelveHour++;
  else next.twentyFourHour++;
  return next;
}

export interface NumericFormat {
  /** Day-first or month-first, where the page proves it (year-first labels need no proof). */
  order: 'dmy' | 'mdy' | null;
  clock: '12h' | '24h' | null;
}

/** The page's format, as far as its labels prove it: anything unproven or contradicted is null. */
export function numericFormat(e: NumericEvidence): NumericFormat {
  return {
    order: e.dayFirst > 0 && e.monthFirst === 0 ? 'dmy' : e.monthFirst > 0 && e.dayFirst === 0 ? 'mdy' : null,
    clock:
      e.unknownClock > 0
        ? null
        : e.twelveHour > 0 && e.twentyFourHour === 0
          ? '12h'
          : e.twentyFourHour > 0 && e.twelveHour === 0
            ? '24h'
            : null,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The label's time as "YYYY-MM-DD HH:MM" (local time, which lib/events/page-time reads), or null when the page's
 * format does not settle it or the label names no real day or time. A label whose two numbers are equal (5/5) names
 * the same day in either order.
 */
export function numericTime(s: NumericStamp, format: NumericFormat): string | null {
  const order = s.yearFirst || s.first === s.second ? 'mdy' : format.order;
  if (!order || !format.clock) return null;
  const [month, day] = order === 'mdy' || s.yearFirst ? [s.first, s.second] : [s.second, s.first];
  if (month < 1 || month > 12 || day < 1 || day > new Date(s.year, month, 0).getDate() || s.minute > 59) return null;
  let hour = s.hour;
  if (format.clock === '12h') {
    if (!s.meridiem || s.meridiem === 'unknown' || hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (s.meridiem === 'pm' ? 12 : 0);
  } else if (hour > 23) return null;
  return `${s.year}-${two(month)}-${two(day)} ${two(hour)}:${two(s.minute)}`;
}

/**
 * The page's numeric row times, read together: returns a function that takes the rows of each read and gives them
 * back with every numeric label the page's rows (this read's and every earlier one's: one page, one locale) settle
 * rewritten as "YYYY-MM-DD HH:MM"; other rows are returned as they are. Rows are the page reader's cached objects, so
 * each is parsed once and a rewritten row stays the same object while the page's format stays the same.
 */
export function pageNumericTimes(): (rows: MessageRow[]) => MessageRow[] {
  let evidence = NO_EVIDENCE;
  const stamps = new WeakMap<MessageRow, NumericStamp | null>();
  const rewritten = new WeakMap<MessageRow, { format: string; row: MessageRow }>();
  return (rows) => {
    for (const row of rows) {
      if (stamps.has(row)) continue;
      const stamp = row.time ? readNumericStamp(row.time) : null;
      stamps.set(row, stamp);
      if (stamp) evidence = withStamp(evidence, stamp);
    }
    const format = numericFormat(evidence);
    const key = `${format.order}|${format.clock}`;
    return rows.map((row) => {
      const stamp = stamps.get(row);
      if (!stamp) return row;
      let done = rewritten.get(row);
      if (done?.format !== key) {
        const time = numericTime(stamp, format);
        done = { format: key, row: time ? { ...row, time } : row };
        rewritten.set(row, done);
      }
      return done.row;
    });
  };
}
