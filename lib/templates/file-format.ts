import * as v from 'valibot';
import { SURVEY_SCALES, TEMPLATE_KINDS, type Template, type TemplateDraft } from './types';

/** Limits that keep a hand-edited or hostile file from filling the database. */
export const IMPORT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  templates: 50_000,
  title: 200,
  body: 10_000,
  shortcut: 32,
  tags: 30,
  tag: 40,
} as const;

const KNOWN_FIELDS = new Set(['title', 'body', 'shortcut', 'tags', 'kind', 'survey']);
// Keys that would reach an object's prototype if copied naively.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

const TemplateEntrySchema = v.looseObject({
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
  tags: v.optional(
    v.nullable(
      v.pipe(
        v.unknown(),
        v.check(
          (t) => typeof t === 'string' || (Array.isArray(t) && t.every((s) => typeof s === 'string')),
          'must be a list of words, like ["shipping", "price"]',
        ),
        v.transform((t) => (typeof t === 'string' ? t.split(',') : (t as string[]))),
        v.transform((t) => [...new Set(t.map((s) => s.trim().toLowerCase()).filter(Boolean))]),
        v.maxLength(IMPORT_LIMITS.tags, `must have at most ${IMPORT_LIMITS.tags} tags`),
        v.check((t) => t.every((s) => s.length <= IMPORT_LIMITS.tag), `each tag must be at most ${IMPORT_LIMITS.tag} characters`),
      ),
    ),
  ),
  kind: v.optional(v.nullable(v.picklist(TEMPLATE_KINDS, `must be one of ${TEMPLATE_KINDS.join(', ')}`))),
  survey: v.optional(v.nullable(v.picklist(SURVEY_SCALES, `must be one of ${SURVEY_SCALES.join(', ')}`))),
});

export type ParsedTemplatesFile = { ok: true; templates: TemplateDraft[]; notes: string[] } | { ok: false; error: string };

/** The templates file as DM Sidekick writes it: `{"templates":[…]}`. */
export interface TemplatesFile {
  templates: Record<string, unknown>[];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

function label(index: number, entry: unknown): string {
  const title =
    entry && typeof entry === 'object' && typeof (entry as { title?: unknown }).title === 'string'
      ? ` ("${(entry as { title: string }).title.trim().slice(0, 60)}")`
      : '';
  return `Template ${index + 1}${title}`;
}

/**
 * Reads a templates file (the JSON format this extension exports). Every template is checked before anything is
 * accepted: the first problems are named with the template's number, title and field, and then nothing is imported.
 * Fields this version does not know are kept in `extra`.
 */
export function parseTemplatesFile(content: string): ParsedTemplatesFile {
  if (content.length > IMPORT_LIMITS.fileBytes) {
    return { ok: false, error: `The file is larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON: ${(e as Error).message}` };
  }
  const notes: string[] = [];
  let entries: unknown;
  if (Array.isArray(data)) {
    entries = data;
    notes.push('The file is a bare list; read it as {"templates": [...]}.');
  } else if (data && typeof data === 'object') {
    entries = (data as { templates?: unknown }).templates;
    if (entries === undefined) {
      return { ok: false, error: 'The file has no "templates" list. Expected {"templates": [ … ]}.' };
    }
  } else {
    return { ok: false, error: `Expected {"templates": [ … ]} but the file holds ${describe(data)}.` };
  }
  if (!Array.isArray(entries)) {
    return { ok: false, error: `"templates" must be a list, but it is ${describe(entries)}.` };
  }
  if (entries.length === 0) return { ok: false, error: 'The file has no templates in it.' };
  if (entries.length > IMPORT_LIMITS.templates) {
    return {
      ok: false,
      error: `The file has ${entries.length} templates; at most ${IMPORT_LIMITS.templates} can be imported at once.`,
    };
  }

  const errors: string[] = [];
  const templates: TemplateDraft[] = [];
  const shortcuts = new Map<string, number>();
  const titles = new Map<string, number>();
  (entries as unknown[]).forEach((entry, index) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      errors.push(`${label(index, entry)}: must be an object with a title and a body, but it is ${describe(entry)}.`);
      return;
    }
    const result = v.safeParse(TemplateEntrySchema, entry);
    if (!result.success) {
      for (const issue of result.issues.slice(0, 3)) {
        const field = v.getDotPath(issue) ?? 'template';
        const given = (entry as Record<string, unknown>)[field.split('.')[0]!];
        const got =
          given === undefined || issue.kind !== 'schema'
            ? ''
            : issue.type === 'picklist'
              ? ` (got ${JSON.stringify(given).slice(0, 40)})`
              : ` (got ${describe(given)})`;
        const message = given === undefined ? 'is missing' : issue.message;
        errors.push(`${label(index, entry)}: "${field}" ${message}${got}.`);
      }
      return;
    }
    const out = result.output;
    const kind = out.kind ?? 'reply';
    const draft: TemplateDraft = { title: out.title, body: out.body, tags: out.tags ?? [], kind };
    if (out.shortcut) {
      const clash = shortcuts.get(out.shortcut);
      if (clash !== undefined) {
        errors.push(`${label(index, entry)}: shortcut "/${out.shortcut}" is already used by ${label(clash, entries[clash])}.`);
      } else shortcuts.set(out.shortcut, index);
      draft.shortcut = out.shortcut;
    }
    const titleKey = out.title.toLowerCase();
    const titleClash = titles.get(titleKey);
    if (titleClash !== undefined) {
      errors.push(`${label(index, entry)}: the title is already used by template ${titleClash + 1}.`);
    } else titles.set(titleKey, index);
    if (kind === 'survey') {
      draft.survey = out.survey ?? 'text';
      if (!out.survey) notes.push(`${label(index, entry)}: survey without a "survey" scale; logged as free text.`);
    }
    const extra: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entry)) {
      if (!KNOWN_FIELDS.has(key) && !UNSAFE_KEYS.has(key)) extra[key] = value;
    }
    if (Object.keys(extra).length > 0) draft.extra = extra;
    templates.push(draft);
  });

  if (errors.length > 0) {
    const shown = errors.slice(0, 5);
    const more = errors.length > shown.length ? `\n…and ${errors.length - shown.length} more problems.` : '';
    return {
      ok: false,
      error: `Nothing was imported. Fix ${errors.length === 1 ? 'this' : 'these'} first:\n${shown.join('\n')}${more}`,
    };
  }
  return { ok: true, templates, notes };
}

/** Writes templates in the same format `parseTemplatesFile` reads. */
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
      return out;
    }),
  };
}
