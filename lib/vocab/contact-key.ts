import { isPlatformId, siteById, type PlatformId } from '../platforms/sites';

// The key's pattern for validation is the registry's CONTACT_KEY (lib/platforms/sites.ts); this module builds and
// reads keys.

/** The contact key of a thread, `<site id>:<thread id>`: one DM thread is one contact. */
export function contactKey(platform: PlatformId, threadId: string): string {
  return `${platform}:${threadId}`;
}

/** The thread id a contact key carries: all after its first ":" (thread ids may hold ":"); "" for a key with none. */
export function threadIdOf(key: string): string {
  const at = key.indexOf(':');
  return at < 0 ? '' : key.slice(at + 1);
}

/** A contact key's site and thread id, or null when the key names no registered site. */
export function parseContactKey(key: string): { platform: PlatformId; threadId: string } | null {
  const at = key.indexOf(':');
  const platform = key.slice(0, at);
  return at > 0 && isPlatformId(platform) ? { platform, threadId: key.slice(at + 1) } : null;
}

/** A link back to the thread a contact key names, or null for a key of no registered site. */
export function threadLink(key: string): string | null {
  const parsed = parseContactKey(key);
  return parsed ? siteById(parsed.platform).threadUrl(parsed.threadId) : null;
}
