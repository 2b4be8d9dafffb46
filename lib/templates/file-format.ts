import Papa from 'papaparse';
import * as v from 'valibot';
import { SURVEY_SCALES } from '../feedback/rating-scales';
import { PLATFORM_IDS } from '../platforms/sites';
import { parseTags, tagList } from '../vocab/tags';
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
    if (depth > IMPORT_LIMITS.extraFieldDepth) return `is nested more than ${IMPORT_LIMITS.extraFieldDepth} levels deep`;
    if (v && typeof v === 'object') {
      const children = Array.isArray(v) ? v : Object.entries(v).flat();
      size += 2;
      for (const c of children) stack.push([c, depth + 1]);
    } else size += typeof v === 'string' ? v.length : String(v).length;
    if (size > IMPORT_LIMITS.extraFieldChars)
      return `is too large to keep (at most ${IMPORT_LIMITS.extraFieldChars.toLocaleString('en')} characters)`;
  }
  return null;
}

const KNOWN_FIELDS = new Set(['title', 'body', 'shortcut', 'tags', 'kind', 'survey', 'platforms', 'language', 'shared']);
// Keys that would reach an object's prototype if copied naively.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

const wordList = (what: string) =>
  v.pipe(
    v.unknown(),
    v.check(
      (t) => typeof t === 'string' || (Array.isArray(t) && t.every((s) => typeof s === 'string')),
      `must be a list of words, like ${what}`,
    ),
    v.transform((t) => (typeof t === 'string' ? parseTags(t, /[,;|]/) : tagList(t as string[]))),
    v.maxLength(IMPORT_LIMITS.tags, `must have at most ${IMPORT_LIMITS.tags} entries`),
    v.check((t) => t.every((s) => s.length <= IMPORT_LIMITS.tag), `each entry must be at most ${IMPORT_LIMITS.tag} characters`),
  );

/** One template as a file or the template editor gives it. */
export const TemplateEntrySchema = v.looseObject({
  title: text(IMPORT_LIMITS.title),
  body: v.pipe(
    v.string('must be text'),
    v.check((s) => s.trim().length > 0, 'must not be empty'),
    v.maxLength(IMPORT_LIMITS.body, `must be at most ${IMPORT_LIMITS.body} characters`),
  ),
  shortcut: v.optional(
    v.nullable(
      v.pipe(
        v.string('must be text'),
        v.trim(),
        v.transform((s) => s.replace(/^\//, '').toLowerCase()),
        v.regex(/^[\p{L}\p{N}_-]*$/u, 'may hold only letters, digits, "-" and "_" (no spaces)'),
        v.maxLength(IMPORT_LIMITS.shortcut, `must be at most ${IMPORT_LIMITS.shortcut} characters`),
      ),
    ),
  ),
  tags: v.optional(v.nullable(wordList('["shipping", "price"]'))),
  kind: v.optional(v.nullable(v.picklist(TEMPLATE_KINDS, `must be one of ${TEMPLATE_KINDS.join(', ')}`))),
  survey: v.optional(v.nullable(v.picklist(SURVEY_SCALES, `must be one of ${SURVEY_SCALES.join(', ')}`))),
  platforms: v.optional(v.nullable(wordList(JSON.stringify(PLATFORM_IDS.slice(0, 2))))),
  language: v.optional(
    v.nullable(v.pipe(v.string('must be text'), v.trim(), v.maxLength(20, 'must be a language code such as "en"'))),
  ),
  // JSON true/false; a CSV cell "true"/"yes"/"1" or "false"/"no"/"0"/empty.
  shared: v.optional(
    v.nullable(
      v.pipe(
        v.union([v.boolean(), v.string()], 'must be true or false'),
        v.transform((s) => (typeof s === 'boolean' ? s : s.trim().toLowerCase())),
        v.check(
          (s) => typeof s === 'boolean' || ['true', 'yes', '1', 'false', 'no', '0', ''].includes(s),
          'must be true or false',
        ),
        v.transform((s) => s === true || s === 'true' || s === 'yes' || s === '1'),
      ),
    ),
  ),
});

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/**
 * Checks one template entry. Returns the draft, or the problems naming each field ("\"body\" is missing").
 * Fields this version does not know are kept in `extra`.
 */
export function checkTemplateEntry(entry: unknown): { draft: TemplateDraft; notes: string[] } | { problems: string[] } {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    return { problems: [`must be an object with a title and a body, but it is ${describe(entry)}`] };
  }
  const result = v.safeParse(TemplateEntrySchema, entry);
  if (!result.success) {
    return {
      problems: result.issues.slice(0, 3).map((issue) => {
        const field = v.getDotPath(issue) ?? 'template';
        const given = (entry as Record<string, unknown>)[field.split('.')[0]!];
        if (given === undefined) return `"${field}" is missing`;
        const got =
          issue.kind !== 'schema'
            ? ''
            : issue.type === 'picklist'
              ? ` (got ${JSON.stringify(given).slice(0, 40)})`
              : ` (got ${describe(given)})`;
        return `"${field}" ${issue.message}${got}`;
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
    if (!out.survey) notes.push('survey without a "survey" scale; logged as free text');
  }
  if (out.platforms?.length) draft.platforms = out.platforms;
  if (out.language) draft.language = out.language;
  if (out.shared) draft.shared = true;
  const extra: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (KNOWN_FIELDS.has(key) || UNSAFE_KEYS.has(key)) continue;
    const problem = extraFieldProblem(value);
    if (problem) problems.push(`the extra field "${key.slice(0, 40)}" ${problem}`);
    else extra[key] = value;
  }
  const extras = Object.keys(extra).length;
  if (extras > IMPORT_LIMITS.extraFields)
    problems.push(`it has ${extras} extra fields; at most ${IMPORT_LIMITS.extraFields} are kept`);
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
  return format === 'csv' ? `Row ${index + 2}${title}` : `Template ${index + 1}${title}`;
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
        fatal: `The CSV needs a header row with "title" and "body" columns (found: ${fields.slice(0, 8).join(', ') || 'none'}).`,
      };
    }
    const broken = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
    // Papaparse numbers quote errors from 0 counting the header line, so +1 gives the spreadsheet row.
    if (broken) return { fatal: `The CSV is malformed at row ${(broken.row ?? 0) + 1}: ${broken.message}.` };
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
    if (e instanceof RangeError) return { fatal: 'The file is nested too deeply to be a templates file.' };
    return { fatal: `The file is not valid JSON: ${(e as Error).message}` };
  }
  if (Array.isArray(data)) return { entries: data, notes: ['The file is a bare list; read it as {"templates": [...]}.'] };
  if (!data || typeof data !== 'object') return { fatal: `Expected {"templates": [ … ]} but the file holds ${describe(data)}.` };
  const entries = (data as { templates?: unknown }).templates;
  if (entries === undefined) return { fatal: 'The file has no "templates" list. Expected {"templates": [ … ]}.' };
  if (!Array.isArray(entries)) return { fatal: `"templates" must be a list, but it is ${describe(entries)}.` };
  return { entries, notes: [] };
}

/**
 * Reads a templates file: JSON in the format this extension exports (`{"templates":[…]}`), or CSV with the columns
 * title, body, shortcut, tags (kind and survey optional). Every row is checked; duplicate titles and shortcuts within
 * the file are problems too.
 */
export function readTemplatesFile(content: string, format: TemplatesFileFormat): ReadTemplates {
  if (content.length > IMPORT_LIMITS.fileBytes)
    return { fatal: `The file is larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB.` };
  const got = entriesOf(content.replace(/^\uFEFF/, ''), format);
  if ('fatal' in got) return got;
  const { entries } = got;
  if (entries.length === 0) return { fatal: 'The file has no templates in it.' };
  if (entries.length > IMPORT_LIMITS.templates) {
    return { fatal: `The file has ${entries.length} templates; at most ${IMPORT_LIMITS.templates} can be imported at once.` };
  }
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
      problems.push(...checked.problems.map((p) => `${where}: ${p}.`));
      return;
    }
    const { draft } = checked;
    const titleClash = titles.get(draft.title.toLowerCase());
    if (titleClash !== undefined) {
      problems.push(`${where}: the title is already used by ${label(format, titleClash, entries[titleClash])}.`);
      return;
    }
    const clash = draft.shortcut ? shortcuts.get(draft.shortcut) : undefined;
    if (clash !== undefined) {
      problems.push(`${where}: shortcut "/${draft.shortcut}" is already used by ${label(format, clash, entries[clash])}.`);
      return;
    }
    titles.set(draft.title.toLowerCase(), index);
    if (draft.shortcut) shortcuts.set(draft.shortcut, index);
    notes.push(...checked.notes.map((n) => `${where}: ${n}.`));
    templates.push(draft);
    labels.push(where);
  });
  return { templates, labels, problems, notes, rows: entries.length };
}

/** The message for a file with problems: the first few, how many more, and what importing only the valid rows means. */
export function describeProblems(problems: readonly string[], validCount: number): string {
  const shown = problems.slice(0, 5);
  const more = problems.length > shown.length ? `\n…and ${problems.length - shown.length} more problems.` : '';
  const offer = validCount > 0 ? `\nOr import only the ${validCount} valid templates and skip the rest.` : '';
  return `Nothing was imported. Fix ${problems.length === 1 ? 'this' : 'these'} first:\n${shown.join('\n')}${more}${offer}`;
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
