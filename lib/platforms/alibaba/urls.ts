/**
 * Alibaba.com messaging: buyers at message.alibaba.com/message/messenger.htm (the query may carry activeAccountId,
 * chatToken), suppliers at onetalk.alibaba.com/message/weblitePWA.htm#/ (hash routes). One URL for every chat.
 */
export const ALIBABA_HOSTS = ['message.alibaba.com', 'onetalk.alibaba.com'];
const BUYER_IM = 'https://message.alibaba.com/message/messenger.htm';

/** The IM pages of either host (the inquiry pages and the rest of message.alibaba.com are not chats). */
export function isAlibabaDmArea(url: URL): boolean {
  if (url.hostname === 'message.alibaba.com')
    return url.pathname.startsWith('/message/messenger.htm') || url.pathname.startsWith('/message/weblite');
  if (url.hostname === 'onetalk.alibaba.com') return url.pathname.startsWith('/message/weblite');
  return false;
}

/** No URL names a conversation: every thread links back to the messenger. */
export const alibabaThreadUrl = (_threadId: string): string => BUYER_IM;

/** A name as a thread id: no whitespace (contact keys have none), at most 180 characters; null when empty. */
export function threadIdFromName(name: string | null | undefined): string | null {
  const id = name?.replace(/\s+/g, ' ').trim().replace(/ /g, '_').slice(0, 180);
  return id ? id : null;
}
