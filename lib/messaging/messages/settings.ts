// The seller's settings and the extension's own diagnostics.
import * as v from 'valibot';
import { LANGUAGE_CHOICES, LANGUAGES } from '../../i18n/languages';
import type { MessagesFile } from '../../i18n/t';
import type { LogEntry } from '../../log';
import type { Preferences } from '../../settings/preferences';
import { request, typed } from '../define';
import { none } from '../schemas';

export const settingsMessages = {
  /** The user's preferences. */
  getPreferences: request({ data: none, from: ['content', 'page'], answer: typed<Preferences>() }),
  /** Change some preferences; answers the result. */
  savePreferences: request({
    data: v.strictObject({
      sidebarCollapsed: v.optional(v.boolean()),
      myName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
      business: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
      shortcutTrigger: v.optional(v.picklist(['tab', 'space', 'both'])),
      language: v.optional(v.picklist(LANGUAGE_CHOICES)),
      promoCooldownDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
      missedThresholdHours: v.optional(v.pipe(v.number(), v.minValue(0.25), v.maxValue(24 * 30))),
      completionHours: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 30))),
      attributionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90))),
      schedule: v.optional(
        v.strictObject({
          timeZone: v.pipe(
            v.string(),
            v.check((tz) => {
              try {
                new Intl.DateTimeFormat('en', { timeZone: tz });
                return true;
              } catch {
                return false;
              }
            }, 'unknown time zone'),
          ),
          days: v.pipe(
            v.array(
              v.array(
                v.pipe(
                  v.tuple([
                    v.pipe(v.number(), v.minValue(0), v.maxValue(1440)),
                    v.pipe(v.number(), v.minValue(0), v.maxValue(1440)),
                  ]),
                  v.check(([a, b]) => a < b, 'opening must come before closing'),
                ),
              ),
            ),
            v.length(7),
          ),
        }),
      ),
    }),
    from: ['content', 'page'],
    answer: typed<Preferences>(),
  }),
  /** A language's catalogue, for a page or sidebar showing a language other than the browser's. */
  getCatalogue: request({
    data: v.strictObject({ language: v.picklist(LANGUAGES) }),
    from: ['content', 'page'],
    answer: typed<MessagesFile>(),
  }),
  /** The background's log, oldest first (for the diagnostics file). Options page. */
  backgroundLog: request({ data: none, from: ['page'], answer: typed<LogEntry[]>() }),
};
