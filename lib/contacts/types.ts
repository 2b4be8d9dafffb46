import type { PlatformId } from '../platforms/sites';

/** What the seller keeps about a contact. Nothing of the conversation itself is stored. */
export interface ContactProfile {
  /** `<platform>:<threadId>`: one DM thread is one contact. */
  key: string;
  platform: PlatformId;
  /** The name the page showed last (for the dashboard's lists). */
  displayName?: string;
  /** The first name to greet them by, when the display name gets it wrong. */
  firstNameOverride: string;
  tags: string[];
  notes: string;
  /** Custom fields usable as template variables: {{order_id}}. */
  fields: Record<string, string>;
  updatedAt: number;
}

/** One insertion of a template into a thread (what the anti-spam guard and usage counts read). */
export interface TemplateUse {
  id?: number;
  templateId: number;
  contactKey: string;
  kind: string;
  at: number;
}

export function emptyProfile(key: string, platform: PlatformId): ContactProfile {
  return { key, platform, firstNameOverride: '', tags: [], notes: '', fields: {}, updatedAt: 0 };
}

/** Custom field names must work as template variables. */
export const FIELD_NAME = /^[a-z_][a-z0-9_]{0,39}$/;
