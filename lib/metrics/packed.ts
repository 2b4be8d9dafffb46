import type { PlatformId } from '../platforms/types';
import { businessDuration, type BusinessSchedule } from './business-hours';
import { handledAt } from './conversations';
import type { Conversation } from './types';

/**
 * Conversations packed into flat number arrays, so a year of them loads from IndexedDB and is scanned in
 * milliseconds (structured clone copies typed arrays in one piece; it walks objects field by field). Business-hours
 * durations are computed once, under `scheduleKey`, when the pack is made.
 */
export interface PackedConversations {
  platform: PlatformId;
  scheduleKey: string;
  /** Per conversation. */
  contactKeys: string[];
  start: Float64Array;
  /** NaN when there is no reply. */
  firstReply: Float64Array;
  firstReplyBusiness: Float64Array;
  lastAt: Float64Array;
  /** NaN when not converted. */
  convertedAt: Float64Array;
  /** NaN when not marked done. */
  doneAt: Float64Array;
  /** 1 when its latest burst waits for a reply. */
  waiting: Uint8Array;
  /** 1 when the latest burst was answered (completion needs it). */
  lastAnswered: Uint8Array;
  /** The latest burst's start (what a waiting thread waits since) and the customer's latest message (Meta's clock). */
  lastBurst: Float64Array;
  lastIn: Float64Array;
  /** Per inbound burst: its conversation's index, start, reply (NaN), handled (reply or done; NaN), business reply time (NaN). */
  burstOwner: Uint32Array;
  burstStart: Float64Array;
  burstReply: Float64Array;
  burstHandled: Float64Array;
  burstReplyBusiness: Float64Array;
  /** Per template send: template id, when, and its conversation's index. */
  templateId: Float64Array;
  templateAt: Float64Array;
  templateOwner: Uint32Array;
}

/** A stable key for a schedule, so packs made under another schedule are known to be stale. */
export function scheduleKey(schedule: BusinessSchedule): string {
  return JSON.stringify(schedule);
}

/** Packs one platform's conversations. */
export function packConversations(
  conversations: readonly Conversation[],
  platform: PlatformId,
  schedule: BusinessSchedule,
): PackedConversations {
  const n = conversations.length;
  const bursts = conversations.reduce((sum, c) => sum + c.bursts.length, 0);
  const sends = conversations.reduce((sum, c) => sum + c.templates.length, 0);
  const p: PackedConversations = {
    platform,
    scheduleKey: scheduleKey(schedule),
    contactKeys: [],
    start: new Float64Array(n),
    firstReply: new Float64Array(n),
    firstReplyBusiness: new Float64Array(n),
    lastAt: new Float64Array(n),
    convertedAt: new Float64Array(n),
    doneAt: new Float64Array(n),
    waiting: new Uint8Array(n),
    lastAnswered: new Uint8Array(n),
    lastBurst: new Float64Array(n),
    lastIn: new Float64Array(n),
    burstOwner: new Uint32Array(bursts),
    burstStart: new Float64Array(bursts),
    burstReply: new Float64Array(bursts),
    burstHandled: new Float64Array(bursts),
    burstReplyBusiness: new Float64Array(bursts),
    templateId: new Float64Array(sends),
    templateAt: new Float64Array(sends),
    templateOwner: new Uint32Array(sends),
  };
  let b = 0;
  let s = 0;
  conversations.forEach((c, i) => {
    p.contactKeys.push(c.contactKey);
    p.start[i] = c.startAt;
    p.firstReply[i] = c.firstReplyAt ?? NaN;
    p.firstReplyBusiness[i] = c.firstReplyAt === undefined ? NaN : businessDuration(c.startAt, c.firstReplyAt, schedule);
    p.lastAt[i] = c.lastAt;
    p.convertedAt[i] = c.convertedAt ?? NaN;
    p.doneAt[i] = c.doneAt ?? NaN;
    p.waiting[i] = c.waiting;
    p.lastAnswered[i] = c.bursts.at(-1)?.replyAt !== undefined ? 1 : 0;
    p.lastBurst[i] = c.bursts.at(-1)?.startAt ?? c.startAt;
    p.lastIn[i] = c.lastInAt;
    c.bursts.forEach((burst, k) => {
      p.burstOwner[b] = i;
      p.burstStart[b] = burst.startAt;
      p.burstReply[b] = burst.replyAt ?? NaN;
      p.burstHandled[b] = handledAt(c, k) ?? NaN;
      p.burstReplyBusiness[b] = burst.replyAt === undefined ? NaN : businessDuration(burst.startAt, burst.replyAt, schedule);
      b++;
    });
    for (const t of c.templates) {
      p.templateId[s] = t.id;
      p.templateAt[s] = t.at;
      p.templateOwner[s] = i;
      s++;
    }
  });
  return p;
}

/** Packs conversations per platform (what the tests and a store of whole conversations give computeMetrics). */
export function packByPlatform(conversations: readonly Conversation[], schedule: BusinessSchedule): PackedConversations[] {
  const byPlatform = new Map<PlatformId, Conversation[]>();
  for (const c of conversations) {
    const list = byPlatform.get(c.platform) ?? [];
    list.push(c);
    byPlatform.set(c.platform, list);
  }
  return [...byPlatform.entries()].map(([platform, list]) => packConversations(list, platform, schedule));
}
