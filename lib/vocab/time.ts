/** Milliseconds in one minute: epoch times, durations and thresholds are all kept in milliseconds. */
export const MINUTE_MS = 60_000;

/** Milliseconds in one hour. */
export const HOUR_MS = 60 * MINUTE_MS;

/** Milliseconds in one day of 24 hours (a UTC day; a local day may be an hour shorter or longer). */
export const DAY_MS = 24 * HOUR_MS;
