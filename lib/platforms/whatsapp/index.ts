import { defineSite } from '../types';
import { whatsappAdapter } from './adapter';

const HOST = 'web.whatsapp.com';

/** The open thread's id from a URL such as https://web.whatsapp.com/messages/t/<id>/ (adapt to the real site's routes). */
export function whatsappThreadIdFromUrl(url: URL): string | null {
  if (url.hostname !== HOST) return null;
  return /^\/messages\/t\/([^/]+)\/?/.exec(url.pathname)?.[1] ?? null;
}

export const whatsapp = defineSite({
  id: 'whatsapp',
  label: 'WhatsApp',
  hosts: [HOST],
  urlHint: 'web.whatsapp.com/messages/…',
  isDmArea: (url) => url.hostname === HOST && url.pathname.startsWith('/messages'),
  threadUrl: (threadId) => `https://${HOST}/messages/t/${encodeURIComponent(threadId)}/`,
  adapter: whatsappAdapter,
});
