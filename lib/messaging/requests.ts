// What the background accepts for each message: the payload's shape (valibot) and who may send it. Only the background
// imports this module: pages and content scripts never carry the validator.
import * as v from 'valibot';
import { FIELD_NAME } from '../contacts/types';
import { FEEDBACK_SCALES, fitsScale } from '../feedback/rating-scales';
import { IMPORT_LIMITS } from '../templates/limits';
import { CONTACT_KEY, PLATFORM_IDS } from '../platforms/sites';
import { DAY_MS } from '../vocab/time';
import { normaliseTag } from '../vocab/tags';
import type { MessageName, SenderKind } from './protocol';

const none = v.optional(v.undefined());
const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const platform = v.picklist(PLATFORM_IDS);
const contactKey = v.pipe(v.string(), v.regex(CONTACT_KEY));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const tags = v.pipe(v.array(v.pipe(v.string(), v.transform(normaliseTag), v.nonEmpty(), v.maxLength(40))), v.maxLength(30));
// Any time from 2000 to a day ahead of this machine's clock.
const timestamp = v.pipe(
  v.number(),
  v.minValue(946_684_800_000),
  v.check((t) => t <= Date.now() + DAY_MS, 'time in the future'),
);
const metricsQuery = v.strictObject({ from: v.number(), to: v.number(), platform: v.optional(platform) });

/** What the background accepts for each message it serves: the payload's shape and who may send it. */
export const REQUESTS = {
  listTemplates: { data: none, from: ['content', 'page'] },
  sidebarTemplates: {
    data: v.strictObject({ listed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)) }),
    from: ['content'],
  },
  warmSearch: { data: none, from: ['content'] },
  searchTemplates: {
    data: v.strictObject({
      query: shortText(500),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
    }),
    from: ['content', 'page'],
  },
  saveTemplate: { data: v.strictObject({ id: v.optional(id), entry: v.record(v.string(), v.unknown()) }), from: ['page'] },
  deleteTemplate: { data: v.strictObject({ id }), from: ['page'] },
  importTemplatesFile: {
    data: v.strictObject({
      content: v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.fileBytes, 'the file is larger than 20 MB')),
      format: v.picklist(['json', 'csv']),
      validOnly: v.optional(v.boolean()),
    }),
    from: ['page'],
  },
  exportTemplates: { data: none, from: ['page'] },
  exportBackup: { data: none, from: ['page'] },
  backupStatus: { data: none, from: ['page'] },
  recordTemplateUse: { data: v.strictObject({ id, contactKey: v.optional(contactKey) }), from: ['content', 'page'] },
  getThreadContext: { data: v.strictObject({ contactKey, platform }), from: ['content'] },
  saveContact: {
    data: v.strictObject({
      key: contactKey,
      platform,
      displayName: v.optional(shortText(300)),
      firstNameOverride: v.pipe(v.string(), v.trim(), v.maxLength(100)),
      tags,
      notes: shortText(5000),
      fields: v.pipe(
        v.record(v.pipe(v.string(), v.regex(FIELD_NAME, 'field names are lower-case letters, digits and _')), shortText(500)),
        v.check((f) => Object.keys(f).length <= 50, 'at most 50 fields'),
      ),
    }),
    from: ['content'],
  },
  listKnownFields: { data: none, from: ['page'] },
  getKeySalts: { data: none, from: ['content'] },
  recordEvents: {
    data: v.strictObject({
      events: v.pipe(
        v.array(
          v.strictObject({
            key: v.pipe(v.string(), v.regex(/^[0-9a-f]{16,64}$/)),
            platform,
            threadId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
            contactKey,
            direction: v.picklist(['in', 'out']),
            at: timestamp,
            source: v.picklist(['observed', 'page', 'estimated']),
            precisionMs: v.pipe(v.number(), v.minValue(0)),
            observedAt: timestamp,
            history: v.boolean(),
            templateId: v.optional(id),
            epoch: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{8,32}$/))),
          }),
        ),
        v.maxLength(5000),
      ),
      /** Each thread's display name, by contact key. */
      names: v.optional(
        v.pipe(
          v.record(contactKey, shortText(300)),
          v.check((n) => Object.keys(n).length <= 500, 'at most 500 names'),
        ),
      ),
    }),
    // Extension pages too: the bench records through the same handler.
    from: ['content', 'page'],
  },
  markThread: { data: v.strictObject({ contactKey, platform, kind: v.picklist(['converted', 'done']) }), from: ['content'] },
  getMetrics: { data: metricsQuery, from: ['page'] },
  exportEvents: { data: metricsQuery, from: ['page'] },
  contactNames: { data: v.strictObject({ keys: v.pipe(v.array(contactKey), v.maxLength(10_000)) }), from: ['page'] },
  feedbackSuggestion: { data: v.strictObject({ contactKey, text: shortText(10_000) }), from: ['content'] },
  suggestReplies: {
    data: v.strictObject({
      contactKey,
      platform,
      latestIncoming: v.nullable(shortText(2000)),
      lastFrom: v.nullable(v.picklist(['in', 'out'])),
      outgoingCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
    from: ['content'],
  },
  logFeedback: {
    data: v.pipe(
      v.strictObject({
        contactKey,
        platform,
        scale: v.picklist(FEEDBACK_SCALES),
        rating: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
        comment: v.optional(shortText(5000)),
        tags,
        surveyId: v.optional(shortText(100)),
        source: v.picklist(['survey', 'manual']),
      }),
      v.check((f) => fitsScale(f.scale, f.rating), 'the rating does not fit the scale'),
    ),
    from: ['content'],
  },
  updateFeedback: {
    data: v.strictObject({
      id,
      rating: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
      comment: v.optional(shortText(5000)),
      tags: v.optional(tags),
    }),
    from: ['page'],
  },
  deleteFeedback: { data: v.strictObject({ id }), from: ['page'] },
  listFeedback: { data: metricsQuery, from: ['page'] },
  backgroundLog: { data: none, from: ['page'] },
  getPreferences: { data: none, from: ['content', 'page'] },
  savePreferences: {
    data: v.strictObject({
      sidebarCollapsed: v.optional(v.boolean()),
      myName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
      business: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
      shortcutTrigger: v.optional(v.picklist(['tab', 'space', 'both'])),
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
  },
} satisfies Partial<Record<MessageName, { data: v.GenericSchema; from: SenderKind[] }>>;
