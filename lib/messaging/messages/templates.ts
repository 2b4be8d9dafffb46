// The template library: content scripts and extension pages → background.
import * as v from 'valibot';
import type { SearchResult, SidebarLibrary } from '../../search/template-library';
import type { TemplatesFile } from '../../templates/file-format';
import { IMPORT_LIMITS } from '../../templates/limits';
import type { Template } from '../../templates/types';
import type { Preferences } from '../../settings/preferences';
import { request, typed } from '../define';
import type { ImportResult, SaveTemplateResult } from '../protocol';
import { contactKey, id, none, shortText } from '../schemas';

export const templateMessages = {
  /** The whole library. */
  listTemplates: request({ data: none, from: ['content', 'page'], answer: typed<Template[]>() }),
  /** The replies a sidebar lists (the most used), every shortcut, the library's size. */
  sidebarTemplates: request({
    data: v.strictObject({ listed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)) }),
    from: ['content'],
    answer: typed<SidebarLibrary>(),
  }),
  /** The seller is about to search (the search box got focus): build the index now. */
  warmSearch: request({ data: none, from: ['content'], answer: typed<void>() }),
  /** Search the library (the index lives in the background); best first. */
  searchTemplates: request({
    data: v.strictObject({
      query: shortText(500),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
    }),
    from: ['content', 'page'],
    answer: typed<SearchResult[]>(),
  }),
  /** Create (no id) or update a template from the editor; the entry is checked in the background. */
  saveTemplate: request({
    data: v.strictObject({ id: v.optional(id), entry: v.record(v.string(), v.unknown()) }),
    from: ['page'],
    answer: typed<SaveTemplateResult>(),
  }),
  deleteTemplate: request({ data: v.strictObject({ id }), from: ['page'], answer: typed<void>() }),
  /**
   * Import a templates file's text (validated in the background). With a problem in any row nothing is imported,
   * unless `validOnly` says to import the valid rows and skip the rest.
   */
  importTemplatesFile: request({
    data: v.strictObject({
      content: v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.fileBytes, 'the file is larger than 20 MB')),
      format: v.picklist(['json', 'csv']),
      validOnly: v.optional(v.boolean()),
    }),
    from: ['page'],
    answer: typed<ImportResult>(),
  }),
  /** The library in the import format. */
  exportTemplates: request({ data: none, from: ['page'], answer: typed<TemplatesFile>() }),
  /** The library and the settings, as one file the seller keeps; counts as backed up. */
  exportBackup: request({ data: none, from: ['page'], answer: typed<TemplatesFile & { settings: Preferences }>() }),
  /** Changes since the last backup, and whether a reminder is due. */
  backupStatus: request({ data: none, from: ['page'], answer: typed<{ lastAt?: number; changes: number; due: boolean }>() }),
  /** The user inserted this template (in this thread). */
  recordTemplateUse: request({
    data: v.strictObject({ id, contactKey: v.optional(contactKey) }),
    from: ['content', 'page'],
    answer: typed<void>(),
  }),
};
