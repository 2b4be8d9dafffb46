/**
 * Alibaba.com messaging: buyers at message.alibaba.com/message/messenger.htm (the query may carry activeAccountId,
 * chatToken), suppliers at onetalk.alibaba.com/message/weblitePWA.htm#/ (hash routes). One URL for every chat.
 */
export const ALIBABA_HOSTS = ['message.alibaba.com', 'onetalk.alibaba.com'];
const BUYER_IM = 'https://message.alibaba.com/message/messenger.htm';

/**
 * The messaging area of either host: every page under /message/ (the IM, and on message.alibaba.com the inquiry
 * pages, where no chat is found). Only the route word is relied on: a page snapshot masks the page's file name.
 */
export function isAlibabaDmArea(url: URL): boolean {
  return ALIBABA_HOSTS.includes(url.hostname) && url.pathname.startsWith('/message/');
}

/** No URL names a conversation: every thread links back to the messenger. */
export const alibabaThreadUrl = (_threadId: string): string => BUYER_IM;

/** A name as a thread id: no whitespace (contact keys have none), at most 180 characters; null when empty. */
export function threadIdFromName(name: string | null | undefined): string | null {
  const id = name?.replace(/\s+/g, ' ').trim().replace(/ /g, '_').slice(0, 180);
  return id ? id : null;
}
