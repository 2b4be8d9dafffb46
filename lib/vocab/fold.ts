/**
 * Lower-case with accents removed, so "Envío" and "envio" read the same: how search, reply suggestions, rating words
 * and month names match what people type.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Lower-case with every run of white space as one space and the ends trimmed (accents kept): the same message
 * however the page wraps or spaces it.
 */
export function foldSpacing(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
