import * as v from 'valibot';
import type { SidekickDatabase } from '../../db/database';
import {
  getBackupState,
  backupDue,
  getPreferences,
  markBackedUp,
  noteLibraryChanges,
  savePreferences,
} from '../../db/settings-store';
import { spaceProblem } from '../../db/storage-health';
import { t } from '../../i18n/t';
import {
  deleteTemplate,
  importTemplates,
  LibraryFullError,
  listTemplates,
  recordTemplateUse,
  saveTemplate,
} from '../../db/templates-store';
import { log } from '../../log';
import { settingsMessages } from '../../messaging/messages/settings';
import type { ImportResult, SaveTemplateResult } from '../../messaging/protocol';
import { templateLibrary } from '../../search/template-library';
import { shortcutClashes, shortcutOwner } from '../../templates/conflicts';
import { checkTemplateEntry, describeProblems, readTemplatesFile, toTemplatesFile } from '../../templates/file-format';
import { IMPORT_LIMITS } from '../../templates/limits';
import type { TeamSync } from './team';
import type { Template } from '../../templates/types';

/** Imports above this size are checked against the space left first (a full disk is said in words up front). */
const BIG_IMPORT_CHARS = 1024 * 1024;

/**
 * The template library: its rules for saving (checked entry, one shortcut per template, one title per template,
 * the size limit), importing (with the backup's settings), exporting and backups; searching through the index kept
 * warm in the background (lib/search/template-library.ts). Every change counts towards the backup reminder.
 */
export function templateService(db: SidekickDatabase, team?: Pick<TeamSync, 'templateChanged' | 'publishShared'>) {
  /** The team's library follows a change here; a failure is logged (the template itself is saved). */
  const toTeam = (saved: Template | null, removed?: Template) =>
    team
      ?.templateChanged(saved, removed)
      .catch((e: unknown) => log.error('team', 'a shared template could not be sent to the team', e));
  const library = templateLibrary(() => listTemplates(db));
  const changed = async (n: number) => {
    library.changed();
    await noteLibraryChanges(db, n);
  };

  /** A backup file carries the settings too: restored through the same checks as the settings page. */
  const restoreSettings = async (content: string): Promise<boolean> => {
    let settings: unknown;
    try {
      settings = (JSON.parse(content) as { settings?: unknown }).settings;
    } catch {
      return false; // Not JSON: the import itself already said so.
    }
    if (!settings || typeof settings !== 'object') return false;
    const { sidebarCollapsed: _ui, ...rest } = settings as Record<string, unknown>;
    const checked = v.safeParse(settingsMessages.savePreferences.data, rest);
    if (!checked.success) {
      // The kind only: its message quotes the value, which could be anything the file holds.
      log.warn('background:import', `the backup's settings were not restored (a ${checked.issues[0]?.type ?? ''} check failed)`);
      return false;
    }
    await savePreferences(db, checked.output);
    return true;
  };

  return {
    library,
    async save(id: number | undefined, entry: Record<string, unknown>): Promise<SaveTemplateResult> {
      const checked = checkTemplateEntry(entry);
      if ('problems' in checked) return { ok: false, error: t('saveProblem.notSaved', { reasons: checked.problems.join('; ') }) };
      const existing = await listTemplates(db);
      const owner = shortcutOwner(checked.draft, id, existing);
      if (owner)
        return {
          ok: false,
          error: t('saveProblem.shortcutTaken', { shortcut: checked.draft.shortcut ?? '', title: owner.title }),
        };
      const sameTitle = existing.find((t) => t.title.toLowerCase() === checked.draft.title.toLowerCase() && t.id !== id);
      if (sameTitle) return { ok: false, error: t('saveProblem.titleTaken', { title: sameTitle.title }) };
      if (id === undefined && existing.length >= IMPORT_LIMITS.library)
        return { ok: false, error: t('saveProblem.libraryFull', { max: IMPORT_LIMITS.library }) };
      const template = await saveTemplate(db, checked.draft, id);
      await changed(1);
      await toTeam(template);
      return { ok: true, template };
    },
    async remove(id: number) {
      const gone = await db.templates.get(id);
      await deleteTemplate(db, id);
      await changed(1);
      if (gone) await toTeam(null, gone);
    },
    async importFile(content: string, format: 'json' | 'csv', validOnly = false): Promise<ImportResult> {
      if (content.length > BIG_IMPORT_CHARS) {
        const problem = await spaceProblem(content.length * 2);
        if (problem) return { ok: false, error: problem, validCount: 0 };
      }
      const read = readTemplatesFile(content, format);
      if (read.fatal !== undefined) return { ok: false, error: read.fatal, validCount: 0 };
      const clashes = shortcutClashes(read.templates, read.labels, await listTemplates(db));
      const problems = [...read.problems, ...clashes.problems];
      const valid = read.templates.filter((_, i) => !clashes.clashing.has(i));
      if (problems.length > 0 && !validOnly)
        return { ok: false, error: describeProblems(problems, valid.length), validCount: valid.length };
      let summary;
      try {
        summary = await importTemplates(db, valid);
      } catch (e) {
        if (e instanceof LibraryFullError) return { ok: false, error: e.message, validCount: 0 };
        throw e;
      }
      await changed(summary.added + summary.updated);
      await team
        ?.publishShared()
        .catch((e: unknown) => log.error('team', 'imported shared templates could not be sent to the team', e));
      const restored = format === 'json' ? await restoreSettings(content) : false;
      const notes = restored ? [...read.notes, t('saveProblem.settingsRestored')] : read.notes;
      return { ok: true, ...summary, skipped: read.rows - valid.length, notes };
    },
    exportFile: async () => toTemplatesFile(await listTemplates(db)),
    async exportBackup() {
      const file = { ...toTemplatesFile(await listTemplates(db)), settings: await getPreferences(db) };
      await markBackedUp(db);
      return file;
    },
    async backupStatus() {
      const state = await getBackupState(db);
      return { ...state, due: backupDue(state) };
    },
    async used(id: number, contactKey: string | undefined) {
      await recordTemplateUse(db, id, contactKey);
      await library.used(id);
    },
  };
}
