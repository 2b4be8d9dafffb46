import type { SiteConformance } from '../../../tests/conformance/kit';

// Both layouts X serves run the whole kit: the current chat (in a shadow root) and legacy DMs. Rows show only a clock
// time ("6:25 PM"), no date: no page times to check.
export const conformance: SiteConformance = {
  threadUrls: (id) => [`https://x.com/i/chat/${id}`, `https://x.com/messages/${id}`],
  pageTimes: false,
  handles: true,
  // The current chat mounts Send only once React's state has text.
  sendNeedsText: true,
};
