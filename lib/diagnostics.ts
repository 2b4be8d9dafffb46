import { describeError, type LogEntry } from './log';
import type { Preferences } from './settings/preferences';

/** Settings that say how the extension is set up, not who uses it: the seller's name and business stay out. */
export const IMPERSONAL_SETTINGS = [
  'shortcutTrigger',
  'promoCooldownDays',
  'missedThresholdHours',
  'completionHours',
  'attributionDays',
  'schedule',
  'sidebarCollapsed',
] as const satisfies readonly (keyof Preferences)[];

export type ImpersonalSettings = Pick<Preferences, (typeof IMPERSONAL_SETTINGS)[number]>;

/** The file a seller attaches to a bug report. */
export interface Diagnostics {
  kind: 'dm-sidekick-diagnostics';
  createdAt: string;
  version: string;
  userAgent: string;
  /** null when the background could not be asked. */
  settings: ImpersonalSettings | null;
  log: {
    /** null when the background could not be asked. */
    background: LogEntry[] | null;
    options: LogEntry[];
  };
  /** What could not be collected, in words. */
  problems: string[];
}

/** Only the settings listed in IMPERSONAL_SETTINGS, whatever else the preferences hold. */
export function impersonalSettings(prefs: Preferences): ImpersonalSettings {
  return Object.fromEntries(IMPERSONAL_SETTINGS.map((k) => [k, prefs[k]])) as ImpersonalSettings;
}

/** Assembles the diagnostics file from what could be collected; a part that failed is null and said in `problems`. */
export function diagnosticsFile(parts: {
  now: Date;
  version: string;
  userAgent: string;
  prefs: Preferences | Error;
  background: LogEntry[] | Error;
  options: LogEntry[];
}): Diagnostics {
  const problems: string[] = [];
  if (parts.prefs instanceof Error) problems.push(`The settings could not be read: ${describeError(parts.prefs)}`);
  if (parts.background instanceof Error)
    problems.push(`The background's log could not be read: ${describeError(parts.background)}`);
  return {
    kind: 'dm-sidekick-diagnostics',
    createdAt: parts.now.toISOString(),
    version: parts.version,
    userAgent: parts.userAgent,
    settings: parts.prefs instanceof Error ? null : impersonalSettings(parts.prefs),
    log: { background: parts.background instanceof Error ? null : parts.background, options: parts.options },
    problems,
  };
}
