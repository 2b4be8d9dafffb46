/** Where Instagram's DMs live: `/direct/t/<threadId>/`, the inbox at `/direct/inbox/`. */
export const INSTAGRAM_HOSTS = ['www.instagram.com'];

/** The open thread's id, or null on any other Instagram page. */
export function instagramThreadId(url: URL): string | null {
  if (url.hostname !== 'www.instagram.com') return null;
  return /^\/direct\/t\/([^/]+)\/?/.exec(url.pathname)?.[1] ?? null;
}

/** Any page of Instagram's DM area, with or without an open thread. */
export function isInstagramDmArea(url: URL): boolean {
  return url.hostname === 'www.instagram.com' && url.pathname.startsWith('/direct/');
}
