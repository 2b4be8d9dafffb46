import type { SiteConformance } from '../../../tests/conformance/kit';

// The full messaging page. Rows show a day heading and a group clock, carried forward to every row: page times.
export const conformance: SiteConformance = {
  threadUrls: (id) => [`https://www.linkedin.com/messaging/thread/${id}/`],
  pageTimes: true,
  handles: true,
  // Send is disabled until LinkedIn's own input handling has seen text.
  sendNeedsText: true,
};
