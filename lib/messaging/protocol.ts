import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import { FIELD_NAME, type ContactProfile, type TemplateUse } from '../contacts/types';
import type { Preferences } from '../settings/preferences';
import type { TemplatesFile } from '../templates/file-format';
import type { Template } from '../templates/types';

export type ImportResult =
  | { ok: true; added: number; updated: number; skipped: number; notes: string[] }
  | { ok: false; error: string; validCount: number };

export type SaveTemplateResult = { ok: true; template: Template } | { ok: false; error: string };

/** What the sidebar needs to know about one thread beyond the page: the profile and recent template uses. */
export interface ThreadContext {
  contact: ContactProfile;
  /** Template insertions in this thread over the last 30 days, newest first. */
  uses: TemplateUse[];
}

export type ContactInput = Omit<ContactProfile, 'updatedAt'>;

/** Every message between the extension's parts: its name, what it carries, what it answers. */
export interface ProtocolMap {
  /** Content script or page → background: the template library. */
  listTemplates(): Template[];
  /** Options page → background: create (no id) or update a template from the editor. */
  saveTemplate(data: { id?: number; entry: Record<string, unknown> }): SaveTemplateResult;
  /** Options page → background. */
  deleteTemplate(data: { id: number }): void;
  /**
   * Options page → background: import a templates file's text (validated in the background). With a problem in any
   * row nothing is imported, unless `validOnly` says to import the valid rows and skip the rest.
   */
  importTemplatesFile(data: { content: string; format: 'json' | 'csv'; validOnly?: boolean }): ImportResult;
  /** Options page → background: the library in the import format. */
  exportTemplates(): TemplatesFile;
  /** Content script → background: the user inserted this template (in this thread). */
  recordTemplateUse(data: { id: number; contactKey?: string }): void;
  /** Content script → background: the contact profile and recent uses for the open thread. */
  getThreadContext(data: { contactKey: string; platform: 'instagram' | 'messenger' }): ThreadContext;
  /** Content script → background: the seller edited the contact profile. */
  saveContact(data: ContactInput): ContactProfile;
  /** Options page → background: custom field names in use (so `{{order_id}}` is not flagged as a typo). */
  listKnownFields(): string[];
  /** Content script or page → background: the user's preferences. */
  getPreferences(): Preferences;
  /** Content script or page → background: change some preferences; answers the result. */
  savePreferences(data: Partial<Preferences>): Preferences;
  /** Background → content script: the toolbar button or keyboard command was used. */
  toggleSidebar(): void;
}

export type MessageName = keyof ProtocolMap;
export type SenderKind = 'content' | 'page';

const none = v.optional(v.undefined());
const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const platform = v.picklist(['instagram', 'messenger']);
const contactKey = v.pipe(v.string(), v.regex(/^(instagram|messenger):[^\s]{1,200}$/));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** What the background accepts for each message it serves: the payload's shape and who may send it. */
export const REQUESTS = {
  listTemplates: { data: none, from: ['content', 'page'] },
  saveTemplate: { data: v.strictObject({ id: v.optional(id), entry: v.record(v.string(), v.unknown()) }), from: ['page'] },
  deleteTemplate: { data: v.strictObject({ id }), from: ['page'] },
  importTemplatesFile: {
    data: v.strictObject({
      content: v.pipe(v.string(), v.maxLength(20 * 1024 * 1024)),
      format: v.picklist(['json', 'csv']),
      validOnly: v.optional(v.boolean()),
    }),
    from: ['page'],
  },
  exportTemplates: { data: none, from: ['page'] },
  recordTemplateUse: { data: v.strictObject({ id, contactKey: v.optional(contactKey) }), from: ['content', 'page'] },
  getThreadContext: { data: v.strictObject({ contactKey, platform }), from: ['content'] },
  saveContact: {
    data: v.strictObject({
      key: contactKey,
      platform,
      firstNameOverride: v.pipe(v.string(), v.trim(), v.maxLength(100)),
      tags: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.nonEmpty(), v.maxLength(40))), v.maxLength(30)),
      notes: shortText(5000),
      fields: v.pipe(
        v.record(v.pipe(v.string(), v.regex(FIELD_NAME, 'field names are lower-case letters, digits and _')), shortText(500)),
        v.check((f) => Object.keys(f).length <= 50, 'at most 50 fields'),
      ),
    }),
    from: ['content'],
  },
  listKnownFields: { data: none, from: ['page'] },
  getPreferences: { data: none, from: ['content', 'page'] },
  savePreferences: {
    data: v.strictObject({
      sidebarCollapsed: v.optional(v.boolean()),
      myName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
      business: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
      shortcutTrigger: v.optional(v.picklist(['tab', 'space', 'both'])),
      promoCooldownDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
    }),
    from: ['content', 'page'],
  },
} satisfies Partial<Record<MessageName, { data: v.GenericSchema; from: SenderKind[] }>>;

export const messenger = defineExtensionMessaging<ProtocolMap>();
