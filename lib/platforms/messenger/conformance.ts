import type { SiteConformance } from '../../../tests/conformance/kit';

export const conformance: SiteConformance = {
  threadUrls: (id) => [
    `https://www.facebook.com/messages/t/${id}/`,
    `https://www.facebook.com/messages/e2ee/t/${id}/`,
    `https://www.messenger.com/t/${id}/`,
  ],
  // Rows carry abbr[title] labels in the interface language.
  pageTimes: true,
  handles: true,
};
