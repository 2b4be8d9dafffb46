import { emptyProfile, type ContactProfile, type TemplateUse } from '../contacts/types';
import type { PlatformId } from '../platforms/sites';
import type { SidekickDatabase } from './database';

export async function getContact(db: SidekickDatabase, key: string, platform: PlatformId): Promise<ContactProfile> {
  return (await db.contacts.get(key)) ?? emptyProfile(key, platform);
}

export async function saveContact(db: SidekickDatabase, profile: Omit<ContactProfile, 'updatedAt'>): Promise<ContactProfile> {
  const saved = { ...profile, updatedAt: Date.now() };
  await db.contacts.put(saved);
  return saved;
}

/** Template insertions in one thread since `since`, newest first. */
export async function usesInThread(db: SidekickDatabase, key: string, since: number): Promise<TemplateUse[]> {
  const uses = await db.templateUses.where('[contactKey+at]').between([key, since], [key, Infinity]).toArray();
  return uses.reverse();
}

/** Every custom field name any contact has (so the template editor knows `{{order_id}}` is not a typo). */
export async function knownFieldNames(db: SidekickDatabase): Promise<string[]> {
  const names = new Set<string>();
  await db.contacts.each((c) => Object.keys(c.fields).forEach((k) => names.add(k)));
  return [...names].sort();
}

/** The display names kept for these contacts (for the dashboard's lists); contacts with none are left out. */
export async function displayNames(db: SidekickDatabase, keys: readonly string[]): Promise<Record<string, string>> {
  const rows = await db.contacts.bulkGet([...keys]);
  return Object.fromEntries(rows.flatMap((r) => (r?.displayName ? [[r.key, r.displayName]] : [])));
}
