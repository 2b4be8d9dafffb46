import { describe, expect, it } from 'vitest';
import { businessDuration, localParts, type BusinessSchedule } from './business-hours';
import { HOUR_MS as H, MINUTE_MS as MIN } from '../vocab/time';

const nineToFive = (timeZone: string): BusinessSchedule => ({
  timeZone,
  days: [[], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], []],
});
const utc = (s: string) => Date.parse(`${s}Z`);

describe('businessDuration', () => {
  const s = nineToFive('UTC');
  it('counts only time inside the schedule (the docs/metrics.md example)', () => {
    expect(businessDuration(utc('2026-11-26T08:30:00'), utc('2026-11-26T09:15:00'), s)).toBe(15 * MIN);
  });
  it('is zero when received and answered outside hours', () => {
    expect(businessDuration(utc('2026-11-26T18:00:00'), utc('2026-11-26T20:00:00'), s)).toBe(0);
  });
  it('spans midnight: 16:30 Thursday → 09:30 Friday is one hour', () => {
    expect(businessDuration(utc('2026-11-26T16:30:00'), utc('2026-11-27T09:30:00'), s)).toBe(H);
  });
  it('skips the weekend: Friday 16:00 → Monday 10:00 is two hours', () => {
    expect(businessDuration(utc('2026-11-27T16:00:00'), utc('2026-11-30T10:00:00'), s)).toBe(2 * H);
  });
  it('handles a schedule across midnight (a night shift 22:00–02:00)', () => {
    const night: BusinessSchedule = {
      timeZone: 'UTC',
      days: Array.from(
        { length: 7 },
        () =>
          [
            [0, 120],
            [1320, 1440],
          ] as [number, number][],
      ),
    };
    expect(businessDuration(utc('2026-11-26T21:00:00'), utc('2026-11-27T03:00:00'), night)).toBe(4 * H);
  });
  it('uses the schedule’s time zone', () => {
    const lisbonNoon = utc('2026-07-15T11:00:00'); // 12:00 in Lisbon (UTC+1 in summer)
    expect(businessDuration(lisbonNoon, lisbonNoon + 30 * MIN, nineToFive('Europe/Lisbon'))).toBe(30 * MIN);
    const tokyo = nineToFive('Asia/Tokyo'); // 09:00 Tokyo = 00:00 UTC
    expect(businessDuration(utc('2026-11-25T23:00:00'), utc('2026-11-26T01:00:00'), tokyo)).toBe(H);
  });
  it('survives a daylight-saving change', () => {
    // New York springs forward on 2026-03-08 (a Sunday); Monday 9–17 local is still 8 hours.
    const ny = nineToFive('America/New_York');
    expect(businessDuration(utc('2026-03-09T00:00:00'), utc('2026-03-10T04:00:00'), ny)).toBe(8 * H);
  });
  it('is zero for an empty or reversed span', () => {
    expect(businessDuration(5, 5, s)).toBe(0);
    expect(businessDuration(10, 5, s)).toBe(0);
  });
});

describe('localParts', () => {
  it('gives the local day, weekday and hour', () => {
    expect(localParts(utc('2026-11-26T23:30:00'), 'Asia/Tokyo')).toEqual({ day: '2026-11-27', weekday: 5, hour: 8 });
  });
});
