import { t } from '../i18n/words';
import { IMPORT_LIMITS } from '../templates/limits';
import type { SidekickDatabase } from './database';
import type { Template, TemplateDraft } from '../templates/types';

/** All templates, most used first, then by title. */
export async function listTemplates(db: SidekickDatabase): Promise<Template[]> {
  const all = await db.templates.toArray();
  return all.sort((a, b) => b.useCount - a.useCount || a.title.localeCompare(b.title));
}

export interface ImportSummary {
  added: number;
  updated: number;
}

/**
 * Adds templates, updating the one with the same title (ignoring case) instead of duplicating it. All or nothing:
 * one transaction, so a failure part-way leaves the library as it was.
 */
/** Adding these templates would take the library past its limit (nothing was added). */
export class LibraryFullError extends Error {
  constructor(
    readonly existing: number,
    readonly adding: number,
  ) {
    super(t('saveProblem.libraryWouldBeFull', { existing, adding, max: IMPORT_LIMITS.library }));
    this.name = 'LibraryFullError';
  }
}

export async function importTemplates(db: SidekickDatabase, drafts: readonly TemplateDraft[]): Promise<ImportSummary> {
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.toArray();
    const byTitle = new Map(existing.map((t) => [t.title.toLowerCase(), t]));
    const now = Date.now();
    const toAdd: Omit<Template, 'id'>[] = [];
    const toUpdate: Template[] = [];
    for (const draft of drafts) {
      const same = byTitle.get(draft.title.toLowerCase());
      if (same) toUpdate.push({ ...same, ...draft, id: same.id, updatedAt: now });
      else toAdd.push({ ...draft, createdAt: now, updatedAt: now, useCount: 0 });
    }
    if (existing.length + toAdd.length > IMPORT_LIMITS.library) throw new LibraryFullError(existing.length, toAdd.length);
    // Dexie assigns ids on add; the cast drops the optional id the table type expects.
    await db.templates.bulkAdd(toAdd as Template[]);
    await db.templates.bulkPut(toUpdate);
    return { added: toAdd.length, updated: toUpdate.length };
  });
}

/** Counts one use of a template (the user inserted it), and logs it against the thread when there is one. */
export async function recordTemplateUse(db: SidekickDatabase, id: number, contactKey?: string, at = Date.now()): Promise<void> {
  await db.transaction('rw', db.templates, db.templateUses, async () => {
    const template = await db.templates.get(id);
    if (!template) return;
    await db.templates.update(id, { useCount: template.useCount + 1, lastUsedAt: at });
    if (contactKey) await db.templateUses.add({ templateId: id, contactKey, kind: template.kind, at });
  });
}

/** Creates a template, or updates the one with `id`, keeping its usage counts. */
export async function saveTemplate(db: SidekickDatabase, draft: TemplateDraft, id?: number): Promise<Template> {
  const now = Date.now();
  return db.transaction('rw', db.templates, async () => {
    const existing = id === undefined ? undefined : await db.templates.get(id);
    if (id !== undefined && !existing) throw new Error(t('saveProblem.gone'));
    // Optional fields absent from the draft are cleared, not kept from the old version.
    const base = existing
      ? {
          id: existing.id,
          createdAt: existing.createdAt,
          useCount: existing.useCount,
          lastUsedAt: existing.lastUsedAt,
          ...(existing.teamId ? { teamId: existing.teamId } : {}),
        }
      : { createdAt: now, useCount: 0 };
    const template = { ...base, ...draft, updatedAt: now } as Template;
    const newId = await db.templates.put(template);
    return { ...template, id: newId };
  });
}

export async function deleteTemplate(db: SidekickDatabase, id: number): Promise<void> {
  await db.templates.delete(id);
}
