import { describe, expect, it } from 'vitest';
import { parsePageTime } from './page-time';
import { MINUTE_MS } from '../vocab/time';

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('parsePageTime', () => {
  it('reads ISO times to the second', () => {
    expect(parsePageTime('2026-11-26T10:15:30Z', NOW)).toEqual({ at: Date.parse('2026-11-26T10:15:30Z'), precisionMs: 1000 });
    expect(parsePageTime('2026-11-26T10:15+01:00', NOW)).toEqual({
      at: Date.parse('2026-11-26T09:15:00Z'),
      precisionMs: MINUTE_MS,
    });
  });
  it('reads "YYYY-MM-DD HH:MM" in local time, to the minute', () => {
    const local = new Date(2026, 10, 25, 9, 5).getTime();
    expect(parsePageTime('2026-11-25 09:05', NOW)).toEqual({ at: local, precisionMs: MINUTE_MS });
  });
  it('reads English month-name labels', () => {
    const expected = new Date(2026, 10, 26, 10, 15).getTime();
    expect(parsePageTime('Nov 26, 2026, 10:15 AM', NOW)?.at).toBe(expected);
    expect(parsePageTime('November 26, 2026 at 10:15 AM', NOW)?.at).toBe(expected);
    expect(parsePageTime('Thursday, November 26, 2026 at 10:15', NOW)?.at).toBe(expected);
  });
  it('reads day-first labels in English, Spanish and Portuguese, as Intl prints them', () => {
    const expected = new Date(2026, 10, 20, 14, 5).getTime();
    for (const label of [
      '20 nov 2026, 14:05',
      '20 de nov. de 2026, 14:05',
      '20 de noviembre de 2026 a las 14:05',
      '20 de novembro de 2026 às 14:05',
      '20 nov 2026, 2:05 p.m.',
      '20 Nov 2026, 14:05',
      '20 November 2026 at 14:05',
    ]) {
      expect(parsePageTime(label, NOW)?.at, label).toBe(expected);
    }
    expect(parsePageTime('20 dic 2025, 09:00', NOW)?.at).toBe(new Date(2025, 11, 20, 9, 0).getTime());
    expect(parsePageTime('3 de fev. de 2026, 09:00', NOW)?.at).toBe(new Date(2026, 1, 3, 9, 0).getTime());
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
      '20 foo 2026, 14:05',
      '32 nov 2026, 14:05',
      '20 nov 2026, 13:05 p.m.',
    ]) {
      expect(parsePageTime(raw, NOW)).toBeNull();
    }
  });
});
