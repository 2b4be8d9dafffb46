import { tzOffset } from '@date-fns/tz';
import type { BusinessSchedule } from './schedule';

const DAY_MS = 86_400_000;

export { DEFAULT_SCHEDULE, type BusinessSchedule } from './schedule';

/** Local midnight (as an epoch ms) of the local day containing `t` in the zone, and that day's weekday. */
function localDay(t: number, timeZone: string): { start: number; weekday: number } {
  const offsetMs = tzOffset(timeZone, new Date(t)) * 60_000;
  const local = t + offsetMs;
  const dayIndex = Math.floor(local / DAY_MS);
  // Midnight's own offset may differ from t's on a daylight-saving day.
  const guess = dayIndex * DAY_MS - offsetMs;
  const start = dayIndex * DAY_MS - tzOffset(timeZone, new Date(guess)) * 60_000;
  return { start, weekday: (((dayIndex + 4) % 7) + 7) % 7 };
}

/**
 * The part of [from, to) inside the schedule, in ms ("message at 08:30, reply at 09:15, open 09:00 → 15 min";
 * received and answered outside hours → 0). Daylight-saving days are handled through the zone's real offsets.
 */
export function businessDuration(from: number, to: number, schedule: BusinessSchedule): number {
  if (!(to > from)) return 0;
  let total = 0;
  let cursor = from;
  for (let guard = 0; cursor < to && guard < 4000; guard++) {
    const { start, weekday } = localDay(cursor, schedule.timeZone);
    const nextDay = localDay(start + DAY_MS + 3 * 3_600_000, schedule.timeZone).start;
    for (const [open, close] of schedule.days[weekday] ?? []) {
      const a = Math.max(cursor, start + open * 60_000);
      const b = Math.min(to, start + close * 60_000, nextDay);
      if (b > a) total += b - a;
    }
    cursor = nextDay;
  }
  return total;
}

/** The local calendar day ("2026-11-26"), weekday and hour of `t` in the zone. */
export function localParts(t: number, timeZone: string): { day: string; weekday: number; hour: number } {
  const local = t + tzOffset(timeZone, new Date(t)) * 60_000;
  const d = new Date(local);
  return { day: d.toISOString().slice(0, 10), weekday: d.getUTCDay(), hour: d.getUTCHours() };
}
