import type { SiteConformance } from '../../../tests/conformance/kit';
import { threadIdFromName } from './urls';

export const conformance: SiteConformance = {
  // One URL for every chat: the buyers' messenger (with and without its query) and the suppliers' OneTalk.
  threadUrls: () => [
    'https://message.alibaba.com/message/messenger.htm',
    'https://message.alibaba.com/message/messenger.htm?activeAccountId=0&chatToken=x',
    'https://onetalk.alibaba.com/message/weblitePWA.htm#/',
  ],
  // Each row's .item-base-info prints "YYYY-MM-DD HH:MM:SS".
  pageTimes: true,
  handles: false,
  // The thread is named by the selected contact (its data-name), never by the URL.
  threadId: (_id, thread) => threadIdFromName(thread.name)!,
};
