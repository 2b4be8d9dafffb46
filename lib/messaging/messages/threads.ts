// One DM thread: its contact, its recorded messages, its marks and the replies suggested for it. Content scripts →
// background (pages only where said).
import * as v from 'valibot';
import type { ContactProfile } from '../../contacts/types';
import type { KeySalts } from '../../events/key-salts';
import type { Reason } from '../../suggest/suggest';
import type { Template } from '../../templates/types';
import { request, typed } from '../define';
import type { ThreadContext } from '../protocol';
import { contactKey, contactProfile, id, none, platform, shortText, timestamp } from '../schemas';

const messageEvent = v.strictObject({
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
  teamKey: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{16,64}$/))),
});

export const threadMessages = {
  /** The contact profile, recent template uses, reply timing and open survey of the open thread. */
  getThreadContext: request({
    data: v.strictObject({ contactKey, platform }),
    from: ['content'],
    answer: typed<ThreadContext>(),
  }),
  /** The seller edited the contact profile. */
  saveContact: request({
    data: contactProfile,
    from: ['content'],
    answer: typed<ContactProfile>(),
  }),
  /** Custom field names in use (so `{{order_id}}` is not flagged as a typo). Options page. */
  listKnownFields: request({ data: none, from: ['page'], answer: typed<string[]>() }),
  /** The salts message keys are hashed with (lib/events/key-salts.ts). */
  getKeySalts: request({ data: none, from: ['content'], answer: typed<KeySalts>() }),
  /** Message rows seen; answers the keys now stored (the queue drops them). */
  recordEvents: request({
    data: v.strictObject({
      events: v.pipe(v.array(messageEvent), v.maxLength(5000)),
      /** Each thread's display name, by contact key. */
      names: v.optional(
        v.pipe(
          v.record(contactKey, shortText(300)),
          v.check((n) => Object.keys(n).length <= 500, 'at most 500 names'),
        ),
      ),
    }),
    // The bench build also records from an extension page (scripts/bench-metrics.mjs); the product never does.
    from: import.meta.env.MODE === 'bench' ? ['content', 'page'] : ['content'],
    answer: typed<{ stored: string[] }>(),
  }),
  /** The seller marks the conversation converted or done. */
  markThread: request({
    data: v.strictObject({ contactKey, platform, kind: v.picklist(['converted', 'done']) }),
    from: ['content'],
    answer: typed<ThreadContext>(),
  }),
  /** The best replies for this moment, each with its reason. The customer's message is used in memory only. */
  suggestReplies: request({
    data: v.strictObject({
      contactKey,
      platform,
      latestIncoming: v.nullable(shortText(2000)),
      lastFrom: v.nullable(v.picklist(['in', 'out'])),
      outgoingCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
    from: ['content'],
    answer: typed<{ template: Template; reason: Reason; recentPromoAt?: number }[]>(),
  }),
};
