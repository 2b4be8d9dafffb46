import { describe, expect, it } from 'vitest';
import { diagnosticsFile } from './diagnostics';
import { DEFAULT_PREFERENCES } from './settings/preferences';

describe('diagnosticsFile', () => {
  const base = { now: new Date('2025-03-01T10:00:00Z'), version: '1.2.3', userAgent: 'UA', options: [] };

  it('keeps the settings that are not personal and leaves out the seller’s name and business', () => {
    const file = diagnosticsFile({
      ...base,
      prefs: { ...DEFAULT_PREFERENCES, myName: 'Ana from Velas', business: 'Velas Ana', promoCooldownDays: 3 },
      background: [{ time: 1, level: 'warn', scope: 'background', message: 'x' }],
    });
    expect(file.settings).toMatchObject({ promoCooldownDays: 3, shortcutTrigger: 'tab' });
    expect(JSON.stringify(file)).not.toMatch(/Ana|Velas|myName|business/);
    expect(file).toMatchObject({ kind: 'dm-sidekick-diagnostics', version: '1.2.3', createdAt: '2025-03-01T10:00:00.000Z' });
    expect(file.log.background).toHaveLength(1);
    expect(file.problems).toEqual([]);
  });

  it('still makes the file when the background cannot be asked, and says what is missing', () => {
    const file = diagnosticsFile({ ...base, prefs: new Error('no answer'), background: new Error('no answer') });
    expect(file.settings).toBeNull();
    expect(file.log.background).toBeNull();
    expect(file.problems).toEqual([
      'The settings could not be read: Error: no answer',
      "The background's log could not be read: Error: no answer",
    ]);
  });
});
