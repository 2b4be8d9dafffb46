import { dateFormat } from '../i18n/intl';
import { parseName } from './names';
import { placeholdersIn, valueMap, valueOf, type TemplateValues } from './render';

/** The variables every template can use; any other name is a custom contact field such as `{{order_id}}`. */
export const STANDARD_VARIABLES = [
  'first_name',
  'last_name',
  'name',
  'handle',
  'platform',
  'my_name',
  'business',
  'date',
  'time',
  'weekday',
] as const;

export interface VariableContext {
  displayName: string | null;
  handle: string | null;
  platformLabel: string;
  /** The contact profile's first-name override, when the seller set one. */
  firstNameOverride?: string;
  /** The contact's custom fields (order_id, city…). */
  fields?: Readonly<Record<string, string>>;
  myName?: string;
  business?: string;
  now: Date;
  locale?: string;
  timeZone?: string;
}

/** A language tag Intl can write dates in ("es-MX"; "es_MX" as Chrome spells it), or undefined for one it cannot read. */
export function usableLocale(tag: string | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    const canonical = Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0];
    // Shaped like a tag but no language Intl writes ("english", "xx"): Intl would quietly use its default instead.
    return canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0 ? canonical : undefined;
  } catch {
    // Not a language tag (a hand-edited file's "Spanish (Mexico)"): the caller falls back to another language.
    return undefined;
  }
}

/**
 * {{date}}, {{time}} and {{weekday}} at `now`, written in `locale` (a template's own language, or the interface's): a
 * Spanish reply says "27 de noviembre de 2026" whatever the browser's language.
 */
export function clockValues(now: Date, locale?: string, timeZone?: string): Record<'date' | 'time' | 'weekday', string> {
  const tag = usableLocale(locale);
  const fmt = (options: Intl.DateTimeFormatOptions) => dateFormat(tag, { ...options, timeZone }).format(now);
  return { date: fmt({ dateStyle: 'long' }), time: fmt({ timeStyle: 'short' }), weekday: fmt({ weekday: 'long' }) };
}

/** Every value a template can use for this contact, at this moment. Blank values are left out. */
export function templateValues(ctx: VariableContext): Record<string, string> {
  const parsed = parseName(ctx.displayName, ctx.handle);
  const fields = Object.entries(ctx.fields ?? {});
  const values: Record<string, string | undefined> = {
    first_name: ctx.firstNameOverride?.trim() || parsed.first,
    last_name: parsed.last,
    name: parsed.full,
    handle: ctx.handle ? `@${ctx.handle.replace(/^@/, '')}` : undefined,
    platform: ctx.platformLabel,
    my_name: ctx.myName,
    business: ctx.business,
    ...clockValues(ctx.now, ctx.locale, ctx.timeZone),
  };
  const out = valueMap(fields.filter(([, value]) => typeof value === 'string' && value.trim()).map(([k, v]) => [k, v.trim()]));
  for (const [key, value] of Object.entries(values)) if (value?.trim()) out[key] = value.trim();
  return out;
}

/** The placeholders that have neither a value nor a fallback: the sidebar asks for these before inserting. */
export function missingVariables(body: string, values: TemplateValues): string[] {
  const missing = new Set<string>();
  for (const m of body.matchAll(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(\|[^{}]*)?\}\}/g)) {
    const name = m[1]!;
    const hasFallback = Boolean(m[2]?.slice(1).trim());
    if (!valueOf(values, name)?.trim() && !hasFallback) missing.add(name);
  }
  return [...missing];
}

/** Placeholder names that are neither standard variables nor any known custom field: likely typos. */
export function unknownVariables(body: string, knownFields: readonly string[] = []): string[] {
  const known = new Set<string>([...STANDARD_VARIABLES, ...knownFields]);
  return placeholdersIn(body).filter((name) => !known.has(name));
}

/** A human label for a variable's input: `order_id` → "Order id". */
export function variableLabel(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words[0]!.toUpperCase() + words.slice(1);
}
