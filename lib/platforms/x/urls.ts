import type { SiteNotice } from '../types';
/** X (Twitter) DMs: the current chat at /i/chat/<id>, legacy DMs at /messages/<id>; twitter.com redirects to x.com. */
export const X_HOSTS = ['x.com'];

/** Chat paths that are not a conversation: the passcode wall, message requests, settings, a new chat. */
const NOT_A_THREAD = new Set(['pin', 'requests', 'settings', 'compose', 'new']);

/**
 * The open conversation's id: `<lowUserId>-<highUserId>` (one-to-one) or an opaque group id — the same id under both
 * the current and the legacy URL, so one conversation is one contact whichever page shows it.
 */
export function xThreadId(url: URL): string | null {
  if (!X_HOSTS.includes(url.hostname)) return null;
  const m = /^\/(?:i\/chat|messages)\/([^/?#]+)\/?$/.exec(url.pathname);
  return m && !NOT_A_THREAD.has(m[1]!) ? decodeURIComponent(m[1]!) : null;
}

/** Any page of X's DM area, with or without an open conversation. */
export function isXDmArea(url: URL): boolean {
  return X_HOSTS.includes(url.hostname) && (url.pathname.startsWith('/i/chat') || url.pathname.startsWith('/messages'));
}

/** What the page itself keeps the extension from, in words (the page check shows it). */
export function xNotice(url: URL): SiteNotice | null {
  if (!isXDmArea(url)) return null;
  if (url.pathname.startsWith('/i/chat/pin')) return { key: 'xNotice.passcode' };
  if (url.pathname.startsWith('/i/chat/requests')) return { key: 'xNotice.request' };
  return null;
}
