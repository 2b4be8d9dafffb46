/** A message time read from the page, and how precise it is. */
export interface PageTime {
  at: number;
  precisionMs: number;
}

const EARLIEST = Date.UTC(2000, 0, 1);

/**
 * Parses the timestamps DM pages show on message rows: ISO 8601 (`time[datetime]`), "2026-11-26 10:15" (Alibaba),
 * and month-name dates such as "Nov 26, 2026, 10:15 AM" or "November 26, 2026 at 10:15" (Messenger's English
 * labels). Anything else — relative labels like "Mon 14:32", other languages — is not guessed at: null.
 */
export function parsePageTime(raw: string | null | undefined, now: number): PageTime | null {
  const text = raw?.trim();
  if (!text) return null;
  let at: number;
  let precisionMs = 60_000;
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
  } else return null;
  if (!Number.isFinite(at) || at < EARLIEST || at > now + 60_000) return null;
  return { at, precisionMs };
}
