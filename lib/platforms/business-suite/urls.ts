/**
 * Meta Business Suite's inbox: `business.facebook.com/latest/inbox/<all|messenger|instagram>?asset_id=…&
 * selected_item_id=<thread>&thread_type=<FB_MESSAGE|IG_MESSAGE>`. Choosing a chat changes `selected_item_id` by
 * pushState. One inbox answers Messenger and Instagram together: each chat is recorded under the site it came from.
 */
export const BUSINESS_SUITE_HOSTS = ['business.facebook.com'];
const INBOX = /^\/latest\/inbox(\/|$)/;
/** The site records go to when the page does not say which channel a chat came from. */
export const SUITE_ID = 'business-suite';
/**
 * Prefix of a thread id that only Business Suite knows (its `selected_item_id`), recorded under Messenger or
 * Instagram: it never collides with those sites' own ids, and a link back to it opens Business Suite.
 */
export const SUITE_THREAD = `${SUITE_ID}:`;

export type Channel = 'messenger' | 'instagram';
/** The channels Business Suite answers for, as the registry names them (the registry test checks both). */
export const CHANNELS = [
  { id: 'instagram', label: 'Instagram' },
  { id: 'messenger', label: 'Messenger' },
] as const satisfies readonly { id: Channel; label: string }[];

/** `thread_type` values that name a direct-message channel (seen in public Business Suite URLs). */
const THREAD_TYPES: Record<string, Channel> = { FB_MESSAGE: 'messenger', IG_MESSAGE: 'instagram' };
const TYPE_OF: Record<Channel, string> = { messenger: 'FB_MESSAGE', instagram: 'IG_MESSAGE' };

/** The inbox pages (all chats, or one channel's), with or without a chat selected. */
export function isBusinessSuiteDmArea(url: URL): boolean {
  return BUSINESS_SUITE_HOSTS.includes(url.hostname) && INBOX.test(url.pathname);
}

/** The selected chat's Business Suite id, or null (no chat selected, another page). */
export function selectedItemId(url: URL): string | null {
  if (!isBusinessSuiteDmArea(url)) return null;
  const id = url.searchParams.get('selected_item_id')?.trim();
  return id && !/\s/.test(id) ? id.slice(0, 180) : null;
}

/** The channel a URL names: its `thread_type`, else the channel inbox it is on (`/latest/inbox/instagram`); else null. */
export function channelFromUrl(url: URL): Channel | null {
  const type = url.searchParams.get('thread_type');
  if (type && THREAD_TYPES[type]) return THREAD_TYPES[type];
  return (/^\/latest\/inbox\/(messenger|instagram)(\/|$)/.exec(url.pathname)?.[1] as Channel | undefined) ?? null;
}

/** A `thread_type` the sidekick does not know (not a direct message it reads), or null. */
export function unknownThreadType(url: URL): string | null {
  const type = url.searchParams.get('thread_type');
  return type && !THREAD_TYPES[type] ? type : null;
}

/** A link back to a chat the registry records under Business Suite itself (its channel was not known). */
export function businessSuiteThreadUrl(threadId: string): string {
  return `https://business.facebook.com/latest/inbox/all?selected_item_id=${encodeURIComponent(threadId)}`;
}

/**
 * A link back to a chat recorded under Messenger or Instagram with Business Suite's own id (`business-suite:<id>`):
 * it opens in Business Suite, in that channel's inbox. Null for an id of the channel's own site (its own link works).
 */
export function channelThreadUrl(channel: string, threadId: string): string | null {
  if (!threadId.startsWith(SUITE_THREAD) || (channel !== 'messenger' && channel !== 'instagram')) return null;
  const id = encodeURIComponent(threadId.slice(SUITE_THREAD.length));
  return `https://business.facebook.com/latest/inbox/${channel}?selected_item_id=${id}&thread_type=${TYPE_OF[channel]}`;
}

/** Business Suite's id as a thread id recorded under a channel (see SUITE_THREAD). */
export const suiteThreadId = (selected: string): string => `${SUITE_THREAD}${selected}`;
