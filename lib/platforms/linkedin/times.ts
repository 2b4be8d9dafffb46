// LinkedIn prints a message's day once, on the list's day heading ("Today", "Yesterday", "Monday", "Jan 5",
// "Dec 12, 2024"; "hoy", "5 ene"; "hoje", "5 de jan."), and its clock once per group ("10:32 AM", "14:05").
// Together they make a local "YYYY-MM-DD HH:MM" that lib/events/page-time parses.
import { foldText } from '../../vocab/fold';

const TODAY = new Set(['today', 'hoy', 'hoje']);
const YESTERDAY = new Set(['yesterday', 'ayer', 'ontem']);
// Month names by their first three letters, without accents (English, Spanish, Portuguese).
const MONTHS: Record<string, number> = {};
[
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'ene feb mar abr may jun jul ago sep oct nov dic',
  'jan fev mar abr mai jun jul ago set out nov dez',
].forEach((names) => names.split(' ').forEach((m, i) => (MONTHS[m] = i)));
// Weekday names (Sunday first), their first three letters without accents.
const WEEKDAYS: Record<string, number> = {};
['sun mon tue wed thu fri sat', 'dom lun mar mie jue vie sab', 'dom seg ter qua qui sex sab'].forEach((names) =>
  names.split(' ').forEach((d, i) => (WEEKDAYS[d] ??= i)),
);

const startOfDay = (at: number) => {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
};

/** The local day a day heading names, or null when it names none we read. */
export function headingDay(label: string | null, now: number): Date | null {
  if (!label) return null;
  const text = foldText(label).toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
  const today = startOfDay(now);
  if (TODAY.has(text)) return today;
  if (YESTERDAY.has(text)) return new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  let m = /^(\p{L}{3,12}) (\d{1,2})(?:,? (\d{4}))?$/u.exec(text);
  let month: number | undefined;
  let day: number;
  let year: number | undefined;
  if (m) [month, day, year] = [MONTHS[m[1]!.slice(0, 3)], +m[2]!, m[3] ? +m[3] : undefined];
  else if ((m = /^(\d{1,2}) (?:de )?(\p{L}{3,12})(?:,? (?:de )?(\d{4}))?$/u.exec(text)))
    [month, day, year] = [MONTHS[m[2]!.slice(0, 3)], +m[1]!, m[3] ? +m[3] : undefined];
  else if (/^\p{L}+(?:-feira)?$/u.test(text) && WEEKDAYS[text.slice(0, 3)] !== undefined) {
    // A weekday: the most recent such day before today (this week's headings).
    const back = (today.getDay() - WEEKDAYS[text.slice(0, 3)]! + 7) % 7 || 7;
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
  } else return null;
  if (month === undefined || day < 1 || day > 31) return null;
  if (year !== undefined) return new Date(year, month, day);
  // No year: this year's, unless that is still to come.
  const date = new Date(today.getFullYear(), month, day);
  return date > today ? new Date(today.getFullYear() - 1, month, day) : date;
}

/** Hours and minutes of a clock label ("10:32 AM", "14:05", "2:05 p. m."), or null. */
export function clockOf(label: string | null): { hour: number; minute: number } | null {
  const m = label && /^(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s*m\.?)?$/i.exec(label.trim());
  if (!m) return null;
  let hour = +m[1]!;
  const minute = +m[2]!;
  if (minute > 59 || hour > 23) return null;
  if (m[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  }
  return { hour, minute };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A row's time: "YYYY-MM-DD HH:MM" (local) when both the day heading and the clock are read; the clock label as
 * printed when only it is (nothing parses it, but the row shows a time); undefined without a clock.
 */
export function rowTime(dayLabel: string | null, clockLabel: string | null, now: number): string | undefined {
  if (!clockLabel) return undefined;
  const day = headingDay(dayLabel, now);
  const clock = clockOf(clockLabel);
  if (!day || !clock) return clockLabel;
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())} ${pad(clock.hour)}:${pad(clock.minute)}`;
}
