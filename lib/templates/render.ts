/** Values a template can use; a missing or blank value falls back to the placeholder's fallback. */
export type TemplateValues = Readonly<Record<string, string | undefined>>;

/**
 * A variable's value: only the map's own entries count. A variable name is data from a template (a hostile or
 * mistaken `{{constructor}}`, `{{__proto__}}`, `{{toString}}`), never a key into an object's prototype.
 */
export function valueOf(values: TemplateValues, name: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(values, name)) return undefined;
  const value: unknown = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A map of variable values with no prototype: any name, `__proto__` included, is an ordinary key. */
export function valueMap(entries: Iterable<readonly [string, string]> = []): Record<string, string> {
  const map = Object.create(null) as Record<string, string>;
  for (const [k, v] of entries) map[k] = v;
  return map;
}

// {{ name }} or {{ name | fallback }}; whitespace inside the braces is tolerated.
const PLACEHOLDER = /\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:\|([^{}]*))?\}\}/g;

/**
 * Fills `{{variable}}` and `{{variable|fallback}}` placeholders. A variable with neither a value nor a fallback is
 * dropped, and the space or comma it leaves is tidied ("Hi {{first_name}}," → "Hi,"), so raw braces never reach a
 * customer.
 */
export function renderTemplate(body: string, values: TemplateValues): string {
  const dropped = '\uE000'; // a private-use character marks dropped placeholders while tidying
  const filled = body.replace(/\uE000/g, '').replace(PLACEHOLDER, (_match, name: string, fallback: string | undefined) => {
    const value = valueOf(values, name)?.trim();
    if (value) return value;
    const fb = fallback?.trim();
    return fb ? fb : dropped;
  });
  if (!filled.includes(dropped)) return filled;
  return filled
    .replace(/[ \t]*\uE000[ \t]*(?=[,.!?;:])/g, '')
    .replace(/^\uE000[ \t]*/gm, '')
    .replace(/[ \t]*\uE000/g, '');
}

/** The placeholder names a body uses, in order of first use. */
export function placeholdersIn(body: string): string[] {
  const names = new Set<string>();
  for (const m of body.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}

/**
 * The first name to greet someone by: the first word of their display name, without surrounding punctuation or
 * emoji. Returns undefined when nothing letter-like is left. (The templates issue brings the full name rules.)
 */
export function firstNameOf(displayName: string | null | undefined): string | undefined {
  if (!displayName) return undefined;
  // Markup in a display name is decoration or an attack, never part of the name.
  for (const word of displayName
    .replace(/<[^>]*>/g, ' ')
    .trim()
    .split(/\s+/u)) {
    const cleaned = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/\p{L}/u.test(cleaned)) return cleaned;
  }
  return undefined;
}
