import { defineSite } from '../types';
import { alibabaAdapter } from './adapter';

const HOST = 'message.alibaba.com';

/** The open thread's id from a URL such as https://message.alibaba.com/messages/t/<id>/ (adapt to the real site's routes). */
export function alibabaThreadIdFromUrl(url: URL): string | null {
  if (url.hostname !== HOST) return null;
  return /^\/messages\/t\/([^/]+)\/?/.exec(url.pathname)?.[1] ?? null;
}

export const alibaba = defineSite({
  id: 'alibaba',
  label: 'Alibaba.com',
  hosts: [HOST],
  urlHint: 'message.alibaba.com/messages/…',
  isDmArea: (url) => url.hostname === HOST && url.pathname.startsWith('/messages'),
  threadUrl: (threadId) => `https://${HOST}/messages/t/${encodeURIComponent(threadId)}/`,
  adapter: alibabaAdapter,
});
