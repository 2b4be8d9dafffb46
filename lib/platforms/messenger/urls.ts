/** Messenger on facebook.com (`/messages/t/<id>/`, encrypted `/messages/e2ee/t/<id>/`) and messenger.com (`/t/<id>/`). */
export const MESSENGER_HOSTS = ['www.facebook.com', 'www.messenger.com'];
export const MESSENGER_MATCHES = MESSENGER_HOSTS.map((h) => `*://${h}/*`);

/** The open thread's id, or null on any other page. E2EE threads keep their prefix so ids never collide. */
export function messengerThreadId(url: URL): string | null {
  if (url.hostname === 'www.facebook.com') {
    const m = /^\/messages\/(e2ee\/)?t\/([^/]+)\/?/.exec(url.pathname);
    return m ? `${m[1] ? 'e2ee:' : ''}${m[2]}` : null;
  }
  if (url.hostname === 'www.messenger.com') {
    const m = /^\/(e2ee\/)?t\/([^/]+)\/?/.exec(url.pathname);
    return m ? `${m[1] ? 'e2ee:' : ''}${m[2]}` : null;
  }
  return null;
}

/** Any page of the Messenger area, with or without an open thread. */
export function isMessengerDmArea(url: URL): boolean {
  if (url.hostname === 'www.facebook.com') return url.pathname.startsWith('/messages');
  return url.hostname === 'www.messenger.com';
}
