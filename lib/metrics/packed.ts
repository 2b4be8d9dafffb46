import type { PlatformId } from '../platforms/sites';
import { businessDuration, localParts, type BusinessSchedule } from './business-hours';
import { handledAt } from './conversations';
import type { Conversation } from './types';
import { DAY_MS } from '../vocab/time';

/**
 * Conversations packed into two flat number buffers, so a year of them loads from IndexedDB and is scanned in
 * milliseconds (structured clone copies a buffer in one piece; it walks objects field by field). Absolute times are
 * Float64; everything else — durations and offsets in ms, small integers — is Float32, which halves what a year
 * weighs (durations stay exact to the millisecond up to 4.6 hours, and within a second up to 194 days).
 * Business-hours durations are computed once, under `scheduleKey`, when the pack is made.
 */
export interface PackedConversations {
  platform: PlatformId;
  scheduleKey: string;
  /** Contact keys joined by "\n", in conversation order. */
  contactKeys: string;
  conversations: number;
  bursts: number;
  sends: number;
  /** Absolute columns (see `columns`). */
  abs: Float64Array;
  /** Relative and small columns (see `columns`). */
  rel: Float32Array;
}

const ABS_CONVERSATION = ['contactHash', 'start'] as const;
const ABS_BURST = ['burstStart'] as const;
const ABS_SEND = ['templateAt'] as const;
const REL_CONVERSATION = [
  'localDay', // the start's local day in the schedule's zone, as days since 1970-01-01
  'firstReply', // ms after the start; NaN when none
  'firstReplyBusiness', // ms
  'lastAt', // ms after the start
  'convertedAt', // ms after the start; NaN when not converted
  'doneAt', // ms after the start; NaN when not done
  'waiting', // 1 while its latest burst waits
  'lastAnswered', // 1 when the latest burst was answered
] as const;
const REL_BURST = ['burstOwner', 'burstReply', 'burstHandled', 'burstReplyBusiness'] as const; // ms after the burst's start
const REL_SEND = ['templateId', 'templateOwner'] as const;

type AbsName = (typeof ABS_CONVERSATION)[number] | (typeof ABS_BURST)[number] | (typeof ABS_SEND)[number];
type RelName = (typeof REL_CONVERSATION)[number] | (typeof REL_BURST)[number] | (typeof REL_SEND)[number];
export type Columns = Record<AbsName, Float64Array> & Record<RelName, Float32Array>;

/** Views over a pack's buffers, one per column (no copying). */
export function columns(p: PackedConversations): Columns {
  const out = {} as Record<string, Float64Array | Float32Array>;
  const take = (buffer: Float64Array | Float32Array, groups: [readonly string[], number][]) => {
    let at = 0;
    for (const [names, length] of groups) {
      for (const name of names) {
        out[name] = buffer.subarray(at, at + length);
        at += length;
      }
    }
  };
  take(p.abs, [
    [ABS_CONVERSATION, p.conversations],
    [ABS_BURST, p.bursts],
    [ABS_SEND, p.sends],
  ]);
  take(p.rel, [
    [REL_CONVERSATION, p.conversations],
    [REL_BURST, p.bursts],
    [REL_SEND, p.sends],
  ]);
  return out as Columns;
}

/** A 52-bit FNV-style hash of a string (distinct-contact counting; collisions at this size are negligible). */
export function hash52(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
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
    contactKeys: conversations.map((c) => c.contactKey).join('\n'),
    conversations: n,
    bursts,
    sends,
    abs: new Float64Array(ABS_CONVERSATION.length * n + ABS_BURST.length * bursts + ABS_SEND.length * sends),
    rel: new Float32Array(REL_CONVERSATION.length * n + REL_BURST.length * bursts + REL_SEND.length * sends),
  };
  const col = columns(p);
  const after = (t: number | undefined, from: number) => (t === undefined ? NaN : t - from);
  let b = 0;
  let s = 0;
  conversations.forEach((c, i) => {
    col.contactHash[i] = hash52(c.contactKey);
    col.start[i] = c.startAt;
    col.localDay[i] = Date.parse(`${localParts(c.startAt, schedule.timeZone).day}T00:00:00Z`) / DAY_MS;
    col.firstReply[i] = after(c.firstReplyAt, c.startAt);
    col.firstReplyBusiness[i] = c.firstReplyAt === undefined ? NaN : businessDuration(c.startAt, c.firstReplyAt, schedule);
    col.lastAt[i] = c.lastAt - c.startAt;
    col.convertedAt[i] = after(c.convertedAt, c.startAt);
    col.doneAt[i] = after(c.doneAt, c.startAt);
    col.waiting[i] = c.waiting;
    col.lastAnswered[i] = c.bursts.at(-1)?.replyAt !== undefined ? 1 : 0;
    c.bursts.forEach((burst, k) => {
      col.burstOwner[b] = i;
      col.burstStart[b] = burst.startAt;
      col.burstReply[b] = after(burst.replyAt, burst.startAt);
      col.burstHandled[b] = after(handledAt(c, k), burst.startAt);
      col.burstReplyBusiness[b] = burst.replyAt === undefined ? NaN : businessDuration(burst.startAt, burst.replyAt, schedule);
      b++;
    });
    for (const t of c.templates) {
      col.templateId[s] = t.id;
      col.templateAt[s] = t.at;
      col.templateOwner[s] = i;
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
