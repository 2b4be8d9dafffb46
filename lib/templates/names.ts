/** A contact's name split the way a greeting needs it. */
export interface ParsedName {
  first?: string;
  last?: string;
  /** The cleaned full name (decorations removed), as the person writes it. */
  full?: string;
}

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'dra',
  'prof',
  'sir',
  'dame',
  'rev',
  'fr',
  'sr',
  'sra',
  'srta',
  'don',
  'doña',
  'dona',
  'herr',
  'frau',
  'mme',
  'mlle',
]);
const SUFFIXES = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'dds',
  'esq',
  'mba',
  'cpa',
  'rn',
  'msc',
  'bsc',
  'ma',
  'ba',
  'jd',
  'dvm',
  'neto',
  'filho',
]);
// Separators people put between their name and a tagline or shop name: "Jane Doe | Bakery", "Jane • Studio".
const TAGLINE = /\s+[|•·~—–:/\\]+\s+|\s+-\s+/u;

const normalise = (word: string) => word.toLowerCase().replace(/\./g, '');

/** Removes markup, emoji and decorative symbols, keeping letters of every script as written. */
export function stripDecorations(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\p{Extended_Pictographic}\p{So}\p{Sk}\u200d]|\ufe0f|\u20e3/gu, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const trimPunctuation = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/^\.+|\.+$/g, '');

/** "JANE" → "Jane" and "jane" → "Jane" for Latin-script names; anything else stays as written. */
function tidyCase(word: string): string {
  if (!/^[\p{Script=Latin}'’-]+$/u.test(word)) return word;
  if (word === word.toUpperCase() && word.length > 1) return word[0] + word.slice(1).toLowerCase();
  if (word === word.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** A first name from a handle such as `jane.doe_shop` → "Jane"; undefined when no part looks like a name. */
export function nameFromHandle(handle: string | null | undefined): ParsedName {
  if (!handle) return {};
  const parts = handle
    .replace(/^@/, '')
    .split(/[._\-\d]+/)
    .filter((p) => /^\p{L}{2,}$/u.test(p));
  if (parts.length === 0) return {};
  return { first: tidyCase(parts[0]!) };
}

/**
 * Splits a display name into first and last names the way real profiles need: decorations and emoji removed,
 * taglines after "|" or "•" dropped, "Last, First" reordered, titles ("Dr.") and suffixes (", PhD") removed,
 * non-Latin scripts kept as written. With no usable display name the handle is used, for the first name only.
 */
export function parseName(displayName: string | null | undefined, handle?: string | null): ParsedName {
  const cleaned = stripDecorations(displayName ?? '')
    .split(TAGLINE)[0]!
    .trim();
  let words: string[];
  const comma = cleaned.split(',').map((s) => s.trim());
  if (comma.length === 2 && comma[0] && comma[1]) {
    const after = comma[1].split(/\s+/).map(trimPunctuation).filter(Boolean);
    if (after.length > 0 && after.every((w) => SUFFIXES.has(normalise(w)))) {
      words = comma[0].split(/\s+/); // "Jane Doe, PhD"
    } else {
      words = [...comma[1].split(/\s+/), ...comma[0].split(/\s+/)]; // "Doe, Jane"
    }
  } else {
    words = cleaned.replace(/,/g, ' ').split(/\s+/);
  }
  words = words.map(trimPunctuation).filter((w) => /\p{L}/u.test(w));
  while (words.length > 1 && TITLES.has(normalise(words[0]!))) words.shift();
  while (words.length > 1 && SUFFIXES.has(normalise(words[words.length - 1]!))) words.pop();
  if (words.length === 1 && TITLES.has(normalise(words[0]!))) words = [];
  if (words.length === 0) return nameFromHandle(handle);
  const [first, ...rest] = words.map(tidyCase);
  return { first, last: rest.length ? rest[rest.length - 1] : undefined, full: [first, ...rest].join(' ') };
}
