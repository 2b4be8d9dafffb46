import { tzOffset } from '@date-fns/tz';
import type { BusinessSchedule } from './schedule';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../vocab/time';

// Zone offsets change at most on hour boundaries (daylight saving), so one Intl lookup per zone and hour serves
// every timestamp in it: the dashboard's year of replies needs thousands of lookups, not millions.
const offsetCache = new Map<string, Map<number, number>>();
function offsetMs(timeZone: string, t: number): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map<number, number>()));
  const hour = Math.floor(t / HOUR_MS);
  let offset = zone.get(hour);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(hour * HOUR_MS)) * MINUTE_MS;
    if (zone.size > 200_000) zone.clear();
    zone.set(hour, offset);
  }
  return offset;
}

export { DEFAULT_SCHEDULE, type BusinessSchedule } from './schedule';

/** Local midnight (as an epoch ms) of the local day containing `t` in the zone, and that day's weekday. */
function localDay(t: number, timeZone: string): { start: number; weekday: number } {
  const offset = offsetMs(timeZone, t);
  const local = t + offset;
  const dayIndex = Math.floor(local / DAY_MS);
  // Midnight's own offset may differ from t's on a daylight-saving day.
  const guess = dayIndex * DAY_MS - offset;
  const start = dayIndex * DAY_MS - offsetMs(timeZone, guess);
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
    const nextDay = localDay(start + DAY_MS + 3 * HOUR_MS, schedule.timeZone).start;
    for (const [open, close] of schedule.days[weekday] ?? []) {
      const a = Math.max(cursor, start + open * MINUTE_MS);
      const b = Math.min(to, start + close * MINUTE_MS, nextDay);
      if (b > a) total += b - a;
    }
    cursor = nextDay;
  }
  return total;
}

/** The local calendar day ("2026-11-26"), weekday and hour of `t` in the zone. */
const dayNames = new Map<number, string>();

export function localParts(t: number, timeZone: string): { day: string; weekday: number; hour: number } {
  const local = t + offsetMs(timeZone, t);
  const dayIndex = Math.floor(local / DAY_MS);
  let day = dayNames.get(dayIndex);
  if (day === undefined) dayNames.set(dayIndex, (day = new Date(dayIndex * DAY_MS).toISOString().slice(0, 10)));
  return { day, weekday: (((dayIndex + 4) % 7) + 7) % 7, hour: Math.floor((local - dayIndex * DAY_MS) / HOUR_MS) };
}
