import { DEFAULT_PREFERENCES, type Preferences } from '../settings/preferences';
import { randomHex } from '../events/key-salts';
import { DAY_MS } from '../vocab/time';
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

/**
 * The install's salt for keys built from a page's own message ids (lib/events/key-salts.ts). Those keys hold no
 * text, so this salt may live beside them; text-based keys use the session salt, which is never stored. Created on
 * first use.
 */
export async function idSalt(db: SidekickDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('idSalt');
    if (typeof row?.value === 'string') return row.value;
    const salt = randomHex(16);
    await db.settings.put({ key: 'idSalt', value: salt });
    return salt;
  });
}

/** Library changes since the seller last saved a backup file (Chromium can clear an extension's storage). */
export interface BackupState {
  lastAt?: number;
  changes: number;
}

export async function getBackupState(db: SidekickDatabase): Promise<BackupState> {
  const row = await db.settings.get('backup');
  return { changes: 0, ...(row?.value as Partial<BackupState> | undefined) };
}

/** Counts `n` changes to the library (saved, deleted or imported templates). */
export async function noteLibraryChanges(db: SidekickDatabase, n: number): Promise<void> {
  if (n <= 0) return;
  await db.transaction('rw', db.settings, async () => {
    const state = await getBackupState(db);
    await db.settings.put({ key: 'backup', value: { ...state, changes: state.changes + n } });
  });
}

export async function markBackedUp(db: SidekickDatabase, at = Date.now()): Promise<void> {
  await db.settings.put({ key: 'backup', value: { lastAt: at, changes: 0 } });
}

/** A backup is due after 20 changes, or after any change when the last backup is a month old (or never made). */
export function backupDue(state: BackupState, now = Date.now()): boolean {
  if (state.changes >= 20) return true;
  return state.changes > 0 && (state.lastAt === undefined || now - state.lastAt > 30 * DAY_MS);
}
