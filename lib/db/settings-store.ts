import { DEFAULT_PREFERENCES, type Preferences } from '../settings/preferences';
import type { SidekickDatabase } from './database';

export async function getPreferences(db: SidekickDatabase): Promise<Preferences> {
  const row = await db.settings.get('preferences');
  return { ...DEFAULT_PREFERENCES, ...(row?.value as Partial<Preferences> | undefined) };
}

/** Merges `change` into the stored preferences and returns the result. */
export async function savePreferences(db: SidekickDatabase, change: Partial<Preferences>): Promise<Preferences> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getPreferences(db)), ...change };
    await db.settings.put({ key: 'preferences', value: next });
    return next;
  });
}

/** The install's secret salt for hashing message keys (so stored keys reveal no text). Created on first use. */
export async function eventSalt(db: SidekickDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('salt');
    if (typeof row?.value === 'string') return row.value;
    const salt = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    await db.settings.put({ key: 'salt', value: salt });
    return salt;
  });
}
