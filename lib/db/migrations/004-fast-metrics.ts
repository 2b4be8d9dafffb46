import type { Migration } from './types';

/**
 * v4: fast dashboards. Conversations packed per platform and UTC day of their start (so a year loads in one go),
 * and the days whose pack must be remade.
 */
export const fastMetrics: Migration = {
  version: 4,
  stores: {
    dayPacks: '&id, day, maxLastAt',
    dirtyDays: '&id',
  },
};
