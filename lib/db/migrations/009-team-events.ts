import type { Migration } from './types';

/** v9: team sync — teammates' message events, kept apart from this device's own (the personal figures never read them). */
export const teamEvents: Migration = {
  version: 9,
  stores: { teamEvents: '&key, member, [contactKey+at], at' },
};
