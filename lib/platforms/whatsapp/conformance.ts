import type { SiteConformance } from '../../../tests/conformance/kit';
import { threadIdFromTitle } from './urls';

export const conformance: SiteConformance = {
  // One URL for every chat; a deep link opens a chat by its number.
  threadUrls: (id) => ['https://web.whatsapp.com/', `https://web.whatsapp.com/send?phone=${id}`],
  // Every text row carries data-pre-plain-text with its time, in the page's locale.
  pageTimes: true,
  handles: false,
  // The chat's jid inside the rows' data-id (a group's ends @g.us); a chat with no message yet is known by its header.
  threadId: (id, thread) =>
    thread.messages?.length ? `${id}@${thread.group ? 'g' : 'c'}.us` : (threadIdFromTitle(thread.name) ?? id),
  // A voice-message button until the editor holds text.
  sendNeedsText: true,
};
