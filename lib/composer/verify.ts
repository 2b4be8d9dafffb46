/** Folds every run of whitespace (line breaks included) to one space, so editors' block markup does not matter. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

/**
 * The outcome of one insertion attempt, judged from the editor's text before and after:
 * `inserted` when the text now holds one more copy of what was inserted, `unchanged` when nothing changed
 * (safe to try another technique), `mangled` when the editor changed but not as asked (trying again could duplicate).
 */
export function judgeInsertion(before: string, after: string, inserted: string): 'inserted' | 'unchanged' | 'mangled' {
  const b = foldWhitespace(before);
  const a = foldWhitespace(after);
  const t = foldWhitespace(inserted);
  if (occurrences(a, t) > occurrences(b, t)) return 'inserted';
  return a === b ? 'unchanged' : 'mangled';
}
