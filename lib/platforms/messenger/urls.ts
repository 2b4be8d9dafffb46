/** Messenger on facebook.com (`/messages/t/<id>/`, encrypted `/messages/e2ee/t/<id>/`) and messenger.com (`/t/<id>/`). */
export const MESSENGER_HOSTS = ['www.facebook.com', 'www.messenger.com'];

/** The open thread's id, or null on any other page. E2EE threads keep their prefix so ids never collide. */
export function messengerThreadId(url: URL): string | null {
  const path =
    url.hostname === 'www.facebook.com'
      ? /^\/messages\/(e2ee\/)?t\/([^/]+)\/?/.exec(url.pathname)
      : url.hostname === 'www.messenger.com'
        ? /^\/(e2ee\/)?t\/([^/]+)\/?/.exec(url.pathname)
        : null;
  return path ? `${path[1] ? 'e2ee:' : ''}${path[2]}` : null;
}

/** Any page of the Messenger area, with or without an open thread. */
export function isMessengerDmArea(url: URL): boolean {
  if (url.hostname === 'www.facebook.com') return url.pathname.startsWith('/messages');
  return url.hostname === 'www.messenger.com';
}

/** A link back to a thread (e2ee threads have their own path; a pop-up known only by a vanity name, `@name`, by it). */
export function messengerThreadUrl(threadId: string): string {
  if (threadId.startsWith('@')) return `https://www.facebook.com/messages/t/${encodeURIComponent(threadId.slice(1))}/`;
  if (threadId.startsWith('e2ee:')) return `https://www.facebook.com/messages/e2ee/t/${encodeURIComponent(threadId.slice(5))}/`;
  return `https://www.facebook.com/messages/t/${encodeURIComponent(threadId)}/`;
}
