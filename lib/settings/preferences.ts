import type { LanguageChoice } from '../i18n/languages';
import type { MetricOptions } from '../metrics/compute';
import { DEFAULT_SCHEDULE, type BusinessSchedule } from '../metrics/schedule';
import { DAY_MS, HOUR_MS } from '../vocab/time';

/** Which key expands a typed `/shortcut` in the site's message box. */
export type ShortcutTrigger = 'tab' | 'space' | 'both';

/** The user's choices that outlive a page. */
export interface Preferences {
  /** The sidebar stays a slim tab until the user opens it again. */
  sidebarCollapsed: boolean;
  /** {{my_name}} */
  myName: string;
  /** {{business}} */
  business: string;
  shortcutTrigger: ShortcutTrigger;
  /** The interface language; `auto` follows the browser's. */
  language: LanguageChoice;
  /** A promo sent to a contact within this many days is demoted, and sending another asks first. */
  promoCooldownDays: number;
  /** An inbound burst not answered within this many hours is a missed chat. */
  missedThresholdHours: number;
  /** An answered conversation quiet this many hours is completed. */
  completionHours: number;
  /** A conversion within this many days after a template was sent counts for the template. */
  attributionDays: number;
  /** Business hours for the business-hours figures (and the time zone for days). */
  schedule: BusinessSchedule;
}

export const DEFAULT_PREFERENCES: Preferences = {
  sidebarCollapsed: false,
  myName: '',
  business: '',
  shortcutTrigger: 'tab',
  language: 'auto',
  promoCooldownDays: 7,
  missedThresholdHours: 24,
  completionHours: 24,
  attributionDays: 14,
  schedule: DEFAULT_SCHEDULE,
};

/** The figures' options for `range` at `now`, from the seller's thresholds and business hours. */
export function metricOptions(
  p: Preferences,
  range: Pick<MetricOptions, 'from' | 'to' | 'platform'>,
  now: number,
): MetricOptions {
  return {
    ...range,
    now,
    missedThresholdMs: p.missedThresholdHours * HOUR_MS,
    completionTimeoutMs: p.completionHours * HOUR_MS,
    attributionMs: p.attributionDays * DAY_MS,
    schedule: p.schedule,
  };
}
