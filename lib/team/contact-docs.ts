// A contact profile as the team's database holds it — only when the team shares contact profiles (a setting of each
// member's team sync): the name to greet, tags, notes and custom fields the seller keeps about a customer. Any member
// may write one; the newest edit (by its time) is the profile on every device.
import * as v from 'valibot';
import type { ContactProfile } from '../contacts/types';
import { contactProfile } from '../messaging/schemas';

export const CONTACT_PREFIX = 'contact:';

export interface ContactDoc extends Omit<ContactProfile, 'key'> {
  _id: string;
  _rev?: string;
  type: 'contact';
  key: string;
  /** The member who saved this version. */
  by: string;
}

export const contactDocId = (key: string): string => `${CONTACT_PREFIX}${encodeURIComponent(key)}`;

export function toContactDoc(p: ContactProfile, member: string): ContactDoc {
  return {
    _id: contactDocId(p.key),
    type: 'contact',
    key: p.key,
    platform: p.platform,
    ...(p.displayName ? { displayName: p.displayName } : {}),
    firstNameOverride: p.firstNameOverride,
    tags: [...p.tags],
    notes: p.notes,
    fields: { ...p.fields },
    updatedAt: p.updatedAt,
    by: member,
  };
}

/** A team document back into a profile, checked like the seller's own edits; null for anything else. */
export function profileOfDoc(doc: unknown): ContactProfile | null {
  if (!doc || typeof doc !== 'object') return null;
  const { _id, _rev: _r, _conflicts: _c, type, by: _by, updatedAt, ...rest } = doc as Record<string, unknown>;
  if (type !== 'contact' || typeof _id !== 'string' || _id !== contactDocId(String(rest.key))) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return null;
  const checked = v.safeParse(contactProfile, rest);
  return checked.success ? { ...checked.output, updatedAt } : null;
}

/** True when the team's copy says what the local profile says (nothing to write either way). */
export const sameProfile = (a: ContactProfile, b: ContactProfile): boolean =>
  JSON.stringify(toContactDoc(a, '')) === JSON.stringify(toContactDoc(b, ''));
