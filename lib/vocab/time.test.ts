import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

describe('time units', () => {
  it('are the milliseconds of a minute, an hour and a 24-hour day', () => {
    expect(MINUTE_MS).toBe(60 * 1000);
    expect(HOUR_MS).toBe(60 * 60 * 1000);
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });

  it('agree with the calendar: one UTC day from midnight is the next midnight', () => {
    expect(Date.UTC(2026, 10, 26) + DAY_MS).toBe(Date.UTC(2026, 10, 27));
    expect(Date.UTC(2026, 10, 26, 10, 15) - Date.UTC(2026, 10, 26, 9, 14)).toBe(HOUR_MS + MINUTE_MS);
  });
});
