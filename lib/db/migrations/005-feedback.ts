import type { Migration } from './types';

/** v5: feedback logged from surveys or by hand, and the surveys sent (to know which replies answer them). */
export const feedback: Migration = {
  version: 5,
  stores: {
    feedback: '++id, contactKey, at',
    surveys: '&id, contactKey, askedAt',
  },
};
