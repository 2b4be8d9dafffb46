import type { SiteConformance } from '../../../tests/conformance/kit';

// Instagram shows no per-row times (only date separators), so the kit checks none.
export const conformance: SiteConformance = {
  threadUrls: (id) => [`https://www.instagram.com/direct/t/${id}/`],
  pageTimes: false,
  handles: true,
};
