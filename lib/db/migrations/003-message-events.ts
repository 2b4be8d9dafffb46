import type { Migration } from './types';

/**
 * v3: reply timing. Message events (no text: a salted-hash key), the conversations derived from them per thread,
 * messages per platform per hour (one row a platform and UTC day), and the seller's converted/done marks.
 */
export const messageEvents: Migration = {
  version: 3,
  stores: {
    // `fold` is set on events not yet folded into conversations (1: also count them; 2: estimated, don't).
    events: '&key, [contactKey+at], at, fold',
    conversations: '&id, contactKey, startAt, lastAt, waiting',
    hourly: '&id, day',
    marks: '++id, contactKey, at',
  },
};
