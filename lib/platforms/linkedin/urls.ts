/** LinkedIn messaging: the full page at /messaging/thread/<id>/ (ids such as `2-<base64>==`), the inbox at /messaging/. */
export const LINKEDIN_HOSTS = ['www.linkedin.com'];

/** The open full-page thread's id, or null (the inbox, another page). */
export function linkedinThreadId(url: URL): string | null {
  if (!LINKEDIN_HOSTS.includes(url.hostname)) return null;
  const m = /^\/messaging\/thread\/([^/?#]+)\/?/.exec(url.pathname);
  if (!m || m[1] === 'new') return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

/** The messaging pages (inbox and threads). Overlay chats on other pages are read too, but the URL cannot say so. */
export function isLinkedinDmArea(url: URL): boolean {
  return LINKEDIN_HOSTS.includes(url.hostname) && url.pathname.startsWith('/messaging');
}

export const linkedinThreadUrl = (id: string): string => `https://www.linkedin.com/messaging/thread/${encodeURIComponent(id)}/`;
