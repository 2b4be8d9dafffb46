import type { Migration } from './types';

/**
 * v10: teammates' message events kept per thread (one row per conversation thread, its teammates' events inside)
 * instead of one row per event: a team year is a million events, and a million IndexedDB rows take minutes to write
 * — longer than a first sync may take. The old rows are dropped and the team's changes feed is read again from its
 * start (the events are all still in the local mirror), so nothing is lost.
 */
export const teamThreads: Migration = {
  version: 10,
  stores: { teamEvents: null, teamThreads: '&contactKey' },
  upgrade: async (tx) => {
    await tx.table('settings').delete('teamSeq');
  },
};
