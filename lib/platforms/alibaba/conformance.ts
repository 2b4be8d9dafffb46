import type { SiteConformance } from '../../../tests/conformance/kit';

export const conformance: SiteConformance = {
  threadUrls: (id) => [`https://message.alibaba.com/messages/t/${id}/`],
  // Set to false if the real page shows no time on each row.
  pageTimes: true,
  // Set to true once the adapter reads the contact's @handle where the page links their profile.
  handles: false,
};
