import { foldText } from '../vocab/fold';
import { MINUTE_MS } from '../vocab/time';

/** A message time read from the page, and how precise it is. */
export interface PageTime {
  at: number;
  precisionMs: number;
}

const EARLIEST = Date.UTC(2000, 0, 1);

// Month names of the interface languages we read (English, Spanish, Portuguese), by their first three letters
// without accents: "nov", "noviembre", "novembro" and "nov." are all November.
const MONTHS: Record<string, number> = {};
[
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'ene feb mar abr may jun jul ago sep oct nov dic',
  'jan fev mar abr mai jun jul ago set out nov dez',
].forEach((names) => names.split(' ').forEach((m, i) => (MONTHS[m] = i)));

/** "20 nov 2026, 14:05", "20 de nov. de 2026, 14:05", "20 de noviembre de 2026 a las 2:05 p.m.", "20 Nov 2026, 14:05". */
const DAY_FIRST =
  /^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?\s+(?:de\s+)?(\d{4})(?:,|\s+a\s+las|\s+às|\s+at)?\s+(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s*m\.?)?$/iu;

function dayFirst(text: string): number | null {
  const m = DAY_FIRST.exec(text);
  if (!m) return null;
  const month = MONTHS[foldText(m[2]!).slice(0, 3)];
  let hour = +m[4]!;
  const meridiem = m[6]?.toLowerCase();
  if (month === undefined || +m[1]! < 1 || +m[1]! > 31 || hour > 23 || +m[5]! > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return new Date(+m[3]!, month, +m[1]!, hour, +m[5]!).getTime();
}

/**
 * Parses the timestamps DM pages show on message rows: ISO 8601 (`time[datetime]`), "2026-11-26 10:15" (Alibaba),
 * month-name dates such as "Nov 26, 2026, 10:15 AM" or "November 26, 2026 at 10:15" (Messenger's English labels),
 * and day-first labels in English, Spanish and Portuguese ("26 nov 2026, 10:15", "26 de nov. de 2026, 10:15").
 * Anything else — relative labels like "Mon 14:32", dates without a time — is not guessed at: null.
 */
export function parsePageTime(raw: string | null | undefined, now: number): PageTime | null {
  const text = raw?.trim();
  if (!text) return null;
  let at: number;
  let precisionMs = MINUTE_MS;
  let m: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) {
    at = Date.parse(text);
    if (/T\d{2}:\d{2}:\d{2}/.test(text)) precisionMs = 1000;
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text))) {
    if (+m[2]! > 12 || +m[3]! > 31 || +m[4]! > 23 || +m[5]! > 59) return null;
    at = new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)).getTime();
    if (m[6]) precisionMs = 1000;
  } else if (/^[A-Za-z]{3,9}\.? \d{1,2},? \d{4}/.test(text) || /^\w+, [A-Za-z]{3,9} \d{1,2},? \d{4}/.test(text)) {
    at = Date.parse(text.replace(/ at /, ' ').replace(/,(?=\s*\d{1,2}:\d{2})/, ''));
  } else {
    const parsed = dayFirst(text);
    if (parsed === null) return null;
    at = parsed;
  }
  if (!Number.isFinite(at) || at < EARLIEST || at > now + MINUTE_MS) return null;
  return { at, precisionMs };
}
