import type { Migration } from './types';

/** v2: contact profiles (per platform + thread) and a log of template insertions (for suggestions and the promo guard). */
export const contactsAndUses: Migration = {
  version: 2,
  stores: {
    contacts: '&key, platform, updatedAt',
    templateUses: '++id, templateId, contactKey, at, [contactKey+at]',
  },
};
