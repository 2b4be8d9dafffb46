/** One tag as it is stored and compared: trimmed and lower-case ("  VIP " is "vip"). */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase();
}

/** A tag list as it is stored: each tag normalised, empty ones dropped, each kept once, in the order first given. */
export function tagList(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter(Boolean))];
}

/**
 * Tags typed as text ("VIP, wholesale, vip") as a stored tag list (["vip", "wholesale"]). People type commas; a file
 * may use other separators (pass them as a pattern).
 */
export function parseTags(text: string, separator: string | RegExp = ','): string[] {
  return tagList(text.split(separator));
}
