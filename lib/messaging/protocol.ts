import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import type { Template } from '../templates/types';
import type { TemplatesFile } from '../templates/file-format';
import type { Preferences } from '../settings/preferences';

export type ImportResult = { ok: true; added: number; updated: number; notes: string[] } | { ok: false; error: string };

/** Every message between the extension's parts: its name, what it carries, what it answers. */
export interface ProtocolMap {
  /** Content script or page → background: the template library. */
  listTemplates(): Template[];
  /** Options page → background: import a templates file's text (validated in the background). */
  importTemplatesFile(data: { content: string }): ImportResult;
  /** Options page → background: the library in the import format. */
  exportTemplates(): TemplatesFile;
  /** Content script → background: the user inserted this template. */
  recordTemplateUse(data: { id: number }): void;
  /** Content script or page → background: the user's preferences. */
  getPreferences(): Preferences;
  /** Content script or page → background: change some preferences; answers the result. */
  savePreferences(data: Partial<Preferences>): Preferences;
  /** Background → content script: the toolbar button or keyboard command was used. */
  toggleSidebar(): void;
}

export type MessageName = keyof ProtocolMap;
export type SenderKind = 'content' | 'page';

/** What the background accepts for each message it serves: the payload's shape and who may send it. */
export const REQUESTS = {
  listTemplates: { data: v.optional(v.undefined()), from: ['content', 'page'] },
  importTemplatesFile: {
    data: v.strictObject({ content: v.pipe(v.string(), v.maxLength(20 * 1024 * 1024)) }),
    from: ['page'],
  },
  exportTemplates: { data: v.optional(v.undefined()), from: ['page'] },
  getPreferences: { data: v.optional(v.undefined()), from: ['content', 'page'] },
  savePreferences: { data: v.strictObject({ sidebarCollapsed: v.optional(v.boolean()) }), from: ['content', 'page'] },
  recordTemplateUse: {
    data: v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
    from: ['content', 'page'],
  },
} satisfies Partial<Record<MessageName, { data: v.GenericSchema; from: SenderKind[] }>>;

export const messenger = defineExtensionMessaging<ProtocolMap>();
