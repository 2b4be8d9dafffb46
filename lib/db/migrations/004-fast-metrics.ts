import type { Migration } from './types';

/**
 * v4: fast dashboards. Conversations packed per platform and UTC day of their start (so a year loads in one go),
 * the days whose pack must be remade, and the events stored but not yet folded into conversations (recording an
 * event answers as soon as it is safe; the folding follows, and resumes after a restart).
 */
export const fastMetrics: Migration = {
  version: 4,
  stores: {
    dayPacks: '&id, day, maxLastAt',
    dirtyDays: '&id',
    pendingEvents: '&key',
  },
};
