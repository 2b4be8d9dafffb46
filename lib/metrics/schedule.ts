// Kept apart from the time-zone arithmetic so the content script can know the defaults without bundling it.

/** Opening hours per weekday (0 = Sunday … 6 = Saturday), as minutes from local midnight: [[540, 1020]] is 09:00–17:00. */
export interface BusinessSchedule {
  timeZone: string;
  days: [number, number][][];
}

/** Monday to Friday, 09:00–17:00, in the browser's own time zone. */
export const DEFAULT_SCHEDULE: BusinessSchedule = {
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  days: [[], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], []],
};
