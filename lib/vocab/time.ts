/** Milliseconds in one minute: epoch times, durations and thresholds are all kept in milliseconds. */
export const MINUTE_MS = 60_000;

/** Milliseconds in one hour. */
export const HOUR_MS = 60 * MINUTE_MS;

/** Milliseconds in one day of 24 hours (a UTC day; a local day may be an hour shorter or longer). */
export const DAY_MS = 24 * HOUR_MS;

/** The UTC day an epoch time falls in (days since 1 January 1970): how day packs and team day documents are keyed. */
export const utcDay = (at: number): number => Math.floor(at / DAY_MS);
