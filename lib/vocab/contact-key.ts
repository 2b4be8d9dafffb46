import type { PlatformId } from '../platforms/sites';

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

/** The site id a contact key starts with (a key this extension built: `<site id>:<thread id>`). */
export function platformOf(key: string): PlatformId {
  return key.slice(0, Math.max(0, key.indexOf(':'))) as PlatformId;
}
