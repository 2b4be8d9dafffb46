import { describe, expect, it } from 'vitest';
import { parsePageTime } from './page-time';

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('parsePageTime', () => {
  it('reads ISO times to the second', () => {
    expect(parsePageTime('2026-11-26T10:15:30Z', NOW)).toEqual({ at: Date.parse('2026-11-26T10:15:30Z'), precisionMs: 1000 });
    expect(parsePageTime('2026-11-26T10:15+01:00', NOW)).toEqual({ at: Date.parse('2026-11-26T09:15:00Z'), precisionMs: 60_000 });
  });
  it('reads "YYYY-MM-DD HH:MM" in local time, to the minute', () => {
    const local = new Date(2026, 10, 25, 9, 5).getTime();
    expect(parsePageTime('2026-11-25 09:05', NOW)).toEqual({ at: local, precisionMs: 60_000 });
  });
  it('reads English month-name labels', () => {
    const expected = new Date(2026, 10, 26, 10, 15).getTime();
    expect(parsePageTime('Nov 26, 2026, 10:15 AM', NOW)?.at).toBe(expected);
    expect(parsePageTime('November 26, 2026 at 10:15 AM', NOW)?.at).toBe(expected);
    expect(parsePageTime('Thursday, November 26, 2026 at 10:15', NOW)?.at).toBe(expected);
  });
  it('does not guess at relative, partial, localised, future or nonsense times', () => {
    for (const raw of [
      'Mon 14:32',
      '14:32',
      'Yesterday',
      '26 de novembro de 2026',
      '2027-01-01T00:00:00Z',
      '1999-12-31T23:00:00Z',
      '2026-13-45 99:99',
      '',
      null,
      '<script>',
    ]) {
      expect(parsePageTime(raw, NOW)).toBeNull();
    }
  });
});
