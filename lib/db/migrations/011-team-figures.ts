import type { Migration } from './types';

/**
 * v11: fast team figures (lib/db/team-fold.ts). The team's conversations per thread (own events and teammates'
 * together), each thread's message counts per scope (to take them back out when it is folded again), message
 * counts per scope, site and UTC day, conversations packed per scope, site and UTC day, the packs to remake and the
 * threads to fold again. A scope is `team` or `member:<name>`.
 */
export const teamFigures: Migration = {
  version: 11,
  stores: {
    teamConversations: '&id, contactKey, startAt, waiting',
    teamVolumes: '&contactKey',
    teamHourly: '&id, [scope+day]',
    teamDayPacks: '&id, [scope+day], [scope+maxLastAt]',
    teamDirtyPacks: '&id, scope',
    teamDirtyThreads: '&contactKey',
  },
};
