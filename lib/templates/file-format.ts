import Papa from 'papaparse';
import * as v from 'valibot';
import { SURVEY_SCALES } from '../feedback/rating-scales';
import { PLATFORM_IDS } from '../platforms/sites';
import { parseTags, tagList } from '../vocab/tags';
import { t, tn } from '../i18n/words';
import { TEMPLATE_KINDS, type Template, type TemplateDraft } from './types';

import { IMPORT_LIMITS } from './limits';

export { IMPORT_LIMITS };

/**
 * How a field this version does not know can be kept: null when it fits, or what is wrong, in words. Walks the value
 * iteratively (a hostile file can nest thousands deep) and stops as soon as a bound is passed.
 */
function extraFieldProblem(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 1]];
  let size = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (depth > IMPORT_LIMITS.extraFieldDepth) return t('fileCheck.nestedDeep', { levels: IMPORT_LIMITS.extraFieldDepth });
    if (v && typeof v === 'object') {
      const children = Array.isArray(v) ? v : Object.entries(v).flat();
      size += 2;
      for (const c of children) stack.push([c, depth + 1]);
    } else size += typeof v === 'string' ? v.length : String(v).length;
    if (size > IMPORT_LIMITS.extraFieldChars) return t('fileCheck.tooLargeToKeep', { max: IMPORT_LIMITS.extraFieldChars });
  }
  return null;
}

const KNOWN_FIELDS = new Set(['title', 'body', 'shortcut', 'tags', 'kind', 'survey', 'platforms', 'language', 'shared']);
// Keys that would reach an object's prototype if copied naively.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Messages are worded when a check fails (valibot calls them), so they follow the interface's language.
const mustBeText = () => t('fileCheck.mustBeText');
const trueOrFalse = () => t('fileCheck.trueOrFalse');
/** The file format's shape, the same in every language. */
const EXPECTED = '{"templates": [ … ]}';

/** "Template 3" (a JSON entry, counted from 1), with its title when it has one. Row numbers are never grouped (1002). */
export const templateLabel = (index: number, title = '') => t('fileCheck.template', { n: String(index + 1), title });

const text = (max: number) =>
  v.pipe(
    v.string(mustBeText),
    v.trim(),
    v.nonEmpty(() => t('fileCheck.notEmpty')),
    v.maxLength(max, () => t('fileCheck.atMostChars', { max })),
  );

const wordList = (example: string) =>
  v.pipe(
    v.unknown(),
    v.check(
      (given) => typeof given === 'string' || (Array.isArray(given) && given.every((s) => typeof s === 'string')),
      () => t('fileCheck.wordList', { example }),
    ),
    v.transform((given) => (typeof given === 'string' ? parseTags(given, /[,;|]/) : tagList(given as string[]))),
    v.maxLength(IMPORT_LIMITS.tags, () => t('fileCheck.atMostEntries', { max: IMPORT_LIMITS.tags })),
    v.check(
      (list) => list.every((s) => s.length <= IMPORT_LIMITS.tag),
      () => t('fileCheck.entryAtMost', { max: IMPORT_LIMITS.tag }),
    ),
  );

/** One template as a file or the template editor gives it. */
export const TemplateEntrySchema = v.looseObject({
  title: text(IMPORT_LIMITS.title),
  body: v.pipe(
    v.string(mustBeText),
    v.check(
      (s) => s.trim().length > 0,
      () => t('fileCheck.notEmpty'),
    ),
    v.maxLength(IMPORT_LIMITS.body, () => t('fileCheck.atMostChars', { max: IMPORT_LIMITS.body })),
  ),
  shortcut: v.optional(
    v.nullable(
      v.pipe(
        v.string(mustBeText),
        v.trim(),
        v.transform((s) => s.replace(/^\//, '').toLowerCase()),
        v.regex(/^[\p{L}\p{N}_-]*$/u, () => t('fileCheck.shortcutCharacters')),
        v.maxLength(IMPORT_LIMITS.shortcut, () => t('fileCheck.atMostChars', { max: IMPORT_LIMITS.shortcut })),
      ),
    ),
  ),
  tags: v.optional(v.nullable(wordList('["shipping", "price"]'))),
  kind: v.optional(v.nullable(v.picklist(TEMPLATE_KINDS, () => t('fileCheck.oneOf', { choices: TEMPLATE_KINDS.join(', ') })))),
  survey: v.optional(v.nullable(v.picklist(SURVEY_SCALES, () => t('fileCheck.oneOf', { choices: SURVEY_SCALES.join(', ') })))),
  platforms: v.optional(v.nullable(wordList(JSON.stringify(PLATFORM_IDS.slice(0, 2))))),
  language: v.optional(
    v.nullable(
      v.pipe(
        v.string(mustBeText),
        v.trim(),
        v.maxLength(20, () => t('fileCheck.languageCode', { example: 'en' })),
      ),
    ),
  ),
  // JSON true/false; a CSV cell "true"/"yes"/"1" or "false"/"no"/"0"/empty.
  shared: v.optional(
    v.nullable(
      v.pipe(
        v.union([v.boolean(), v.string()], trueOrFalse),
        v.transform((s) => (typeof s === 'boolean' ? s : s.trim().toLowerCase())),
        v.check((s) => typeof s === 'boolean' || ['true', 'yes', '1', 'false', 'no', '0', ''].includes(s), trueOrFalse),
        v.transform((s) => s === true || s === 'true' || s === 'yes' || s === '1'),
      ),
    ),
  ),
});

/** What a value is, in words ("a list", "text", "a number"). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('fileCheck.what.list');
  switch (typeof value) {
    case 'string':
      return t('fileCheck.what.text');
    case 'number':
      return t('fileCheck.what.number');
    case 'boolean':
      return t('fileCheck.what.boolean');
    case 'object':
      return t('fileCheck.what.object');
    default:
      return t('fileCheck.what.nothing');
  }
}

/**
 * Checks one template entry. Returns the draft, or the problems naming each field ("\"body\" is missing").
 * Fields this version does not know are kept in `extra`.
 */
export function checkTemplateEntry(entry: unknown): { draft: TemplateDraft; notes: string[] } | { problems: string[] } {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    return { problems: [t('fileCheck.notAnObject', { what: describe(entry) })] };
  }
  const result = v.safeParse(TemplateEntrySchema, entry);
  if (!result.success) {
    return {
      problems: result.issues.slice(0, 3).map((issue) => {
        const field = v.getDotPath(issue) ?? 'template';
        const given = (entry as Record<string, unknown>)[field.split('.')[0]!];
        if (given === undefined) return t('fileCheck.missing', { field });
        if (issue.kind !== 'schema') return t('fileCheck.field', { field, problem: issue.message });
        const what = issue.type === 'picklist' ? JSON.stringify(given).slice(0, 40) : describe(given);
        return t('fileCheck.fieldGot', { field, problem: issue.message, what });
      }),
    };
  }
  const out = result.output;
  const notes: string[] = [];
  const kind = out.kind ?? 'reply';
  const draft: TemplateDraft = { title: out.title, body: out.body, tags: out.tags ?? [], kind };
  if (out.shortcut) draft.shortcut = out.shortcut;
  if (kind === 'survey') {
    draft.survey = out.survey ?? 'text';
    if (!out.survey) notes.push(t('fileCheck.surveyWithoutScale'));
  }
  if (out.platforms?.length) draft.platforms = out.platforms;
  if (out.language) draft.language = out.language;
  if (out.shared) draft.shared = true;
  const extra: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (KNOWN_FIELDS.has(key) || UNSAFE_KEYS.has(key)) continue;
    const problem = extraFieldProblem(value);
    if (problem) problems.push(t('fileCheck.extraField', { name: key.slice(0, 40), problem }));
    else extra[key] = value;
  }
  const extras = Object.keys(extra).length;
  if (extras > IMPORT_LIMITS.extraFields)
    problems.push(t('fileCheck.extraFields', { n: extras, max: IMPORT_LIMITS.extraFields }));
  if (problems.length) return { problems };
  if (extras > 0) draft.extra = extra;
  return { draft, notes };
}

export type TemplatesFileFormat = 'json' | 'csv';

/** A file read row by row: the valid templates, and a problem line for every row that is not. */
export type ReadTemplates =
  | { fatal: string }
  | { fatal?: undefined; templates: TemplateDraft[]; labels: string[]; problems: string[]; notes: string[]; rows: number };

function label(format: TemplatesFileFormat, index: number, entry: unknown): string {
  const title =
    entry && typeof entry === 'object' && typeof (entry as { title?: unknown }).title === 'string'
      ? ` ("${(entry as { title: string }).title.trim().slice(0, 60)}")`
      : '';
  // CSV rows are numbered as a spreadsheet shows them: the header is row 1.
  return format === 'csv' ? t('fileCheck.row', { n: String(index + 2), title }) : templateLabel(index, title);
}

function entriesOf(content: string, format: TemplatesFileFormat): { entries: unknown[]; notes: string[] } | { fatal: string } {
  if (format === 'csv') {
    const parsed = Papa.parse<Record<string, string>>(content, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim().toLowerCase(),
    });
    const fields = parsed.meta.fields ?? [];
    if (!fields.includes('title') || !fields.includes('body')) {
      return {
        fatal: t('fileCheck.csvHeader', { found: fields.slice(0, 8).join(', ') || t('fileCheck.none') }),
      };
    }
    const broken = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
    // Papaparse numbers quote errors from 0 counting the header line, so +1 gives the spreadsheet row.
    if (broken) return { fatal: t('fileCheck.csvMalformed', { row: String((broken.row ?? 0) + 1), reason: broken.message }) };
    // Empty cells mean "not given", as a spreadsheet user means them.
    const entries = parsed.data.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([k, val]) => k && val !== '' && !UNSAFE_KEYS.has(k))),
    );
    return { entries, notes: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    // A stack overflow is how a JSON parser meets a file nested thousands deep: say it in words.
    if (e instanceof RangeError) return { fatal: t('fileCheck.tooDeep') };
    // The engine's own words say where the JSON breaks.
    return { fatal: t('fileCheck.notJson', { reason: (e as Error).message }) };
  }
  if (Array.isArray(data)) return { entries: data, notes: [t('fileCheck.bareList', { example: '{"templates": [...]}' })] };
  if (!data || typeof data !== 'object') return { fatal: t('fileCheck.expected', { example: EXPECTED, what: describe(data) }) };
  const entries = (data as { templates?: unknown }).templates;
  if (entries === undefined) return { fatal: t('fileCheck.noList', { example: EXPECTED }) };
  if (!Array.isArray(entries)) return { fatal: t('fileCheck.notAList', { what: describe(entries) }) };
  return { entries, notes: [] };
}

/**
 * Reads a templates file: JSON in the format this extension exports (`{"templates":[…]}`), or CSV with the columns
 * title, body, shortcut, tags (kind and survey optional). Every row is checked; duplicate titles and shortcuts within
 * the file are problems too.
 */
export function readTemplatesFile(content: string, format: TemplatesFileFormat): ReadTemplates {
  if (content.length > IMPORT_LIMITS.fileBytes)
    return { fatal: t('fileCheck.tooBig', { mb: IMPORT_LIMITS.fileBytes / 1024 / 1024 }) };
  const got = entriesOf(content.replace(/^\uFEFF/, ''), format);
  if ('fatal' in got) return got;
  const { entries } = got;
  if (entries.length === 0) return { fatal: t('fileCheck.noTemplates') };
  if (entries.length > IMPORT_LIMITS.templates)
    return { fatal: t('fileCheck.tooMany', { n: entries.length, max: IMPORT_LIMITS.templates }) };
  const templates: TemplateDraft[] = [];
  const labels: string[] = [];
  const problems: string[] = [];
  const notes = [...got.notes];
  const shortcuts = new Map<string, number>();
  const titles = new Map<string, number>();
  entries.forEach((entry, index) => {
    const where = label(format, index, entry);
    const checked = checkTemplateEntry(entry);
    if ('problems' in checked) {
      problems.push(...checked.problems.map((p) => t('fileCheck.at', { where, text: p })));
      return;
    }
    const { draft } = checked;
    const titleClash = titles.get(draft.title.toLowerCase());
    if (titleClash !== undefined) {
      problems.push(t('fileCheck.titleUsed', { where, other: label(format, titleClash, entries[titleClash]) }));
      return;
    }
    const clash = draft.shortcut ? shortcuts.get(draft.shortcut) : undefined;
    if (clash !== undefined) {
      problems.push(
        t('fileCheck.shortcutUsed', { where, shortcut: draft.shortcut ?? '', other: label(format, clash, entries[clash]) }),
      );
      return;
    }
    titles.set(draft.title.toLowerCase(), index);
    if (draft.shortcut) shortcuts.set(draft.shortcut, index);
    notes.push(...checked.notes.map((n) => t('fileCheck.at', { where, text: n })));
    templates.push(draft);
    labels.push(where);
  });
  return { templates, labels, problems, notes, rows: entries.length };
}

/** The message for a file with problems: the first few, how many more, and what importing only the valid rows means. */
export function describeProblems(problems: readonly string[], validCount: number): string {
  const shown = problems.slice(0, 5);
  const lines = [tn('fileCheck.nothingImported', problems.length), ...shown];
  if (problems.length > shown.length) lines.push(tn('fileCheck.more', problems.length - shown.length));
  if (validCount > 0) lines.push(tn('fileCheck.onlyValid', validCount));
  return lines.join('\n');
}

/** The templates file as DM Sidekick writes it: `{"templates":[…]}`. */
export interface TemplatesFile {
  templates: Record<string, unknown>[];
}

/** Writes templates in the format `readTemplatesFile` reads. */
export function toTemplatesFile(templates: readonly (Template | TemplateDraft)[]): TemplatesFile {
  return {
    templates: templates.map((t) => {
      const out: Record<string, unknown> = { ...(t.extra ?? {}) };
      out.title = t.title;
      out.body = t.body;
      if (t.shortcut) out.shortcut = t.shortcut;
      out.tags = [...t.tags];
      out.kind = t.kind;
      if (t.survey) out.survey = t.survey;
      if (t.platforms?.length) out.platforms = [...t.platforms];
      if (t.language) out.language = t.language;
      if (t.shared) out.shared = true;
      return out;
    }),
  };
}
