// Contact keys read back through the site registry: which site and thread a key names, and the link to that thread.
// (Building a key needs no registry: lib/vocab/contact-key.ts, which the content script uses.)
import { isPlatformId, siteById, SITES, type PlatformId } from './sites';

/** A contact key's site and thread id, or null when the key names no registered site. */
export function parseContactKey(key: string): { platform: PlatformId; threadId: string } | null {
  const at = key.indexOf(':');
  const platform = key.slice(0, at);
  return at > 0 && isPlatformId(platform) ? { platform, threadId: key.slice(at + 1) } : null;
}

/** A link back to the thread a contact key names, or null for a key of no registered site. */
export function threadLink(key: string): string | null {
  const parsed = parseContactKey(key);
  if (!parsed) return null;
  // A chat recorded under a site by an inbox of several sites, with the inbox's own id, links back to that inbox.
  for (const site of SITES) {
    const url = site.channelThreadUrl?.(parsed.platform, parsed.threadId);
    if (url) return url;
  }
  return siteById(parsed.platform).threadUrl(parsed.threadId);
}

/** A link back to a thread on its site ("#" for a key of no registered site), for the dashboard's lists. */
export function threadUrl(contactKey: string): string {
  return threadLink(contactKey) ?? '#';
}
