import type { PlatformId } from '../platforms/types';
import { businessDuration, localParts, type BusinessSchedule } from './business-hours';
import { handledAt } from './conversations';
import type { Conversation } from './types';

/**
 * Conversations packed into one flat number buffer, so a year of them loads from IndexedDB and is scanned in
 * milliseconds (structured clone copies a buffer in one piece; it walks objects, and even many small buffers, one by
 * one). Business-hours durations are computed once, under `scheduleKey`, when the pack is made.
 */
export interface PackedConversations {
  platform: PlatformId;
  scheduleKey: string;
  /** Contact keys joined by "\n", in conversation order. */
  contactKeys: string;
  conversations: number;
  bursts: number;
  sends: number;
  /** The columns below, one after another (see `columns`). */
  data: Float64Array;
}

const CONVERSATION_COLUMNS = [
  'contactHash', // 52-bit hash of the contact key (distinct contacts without the strings)
  'start',
  'localDay', // the start's local day in the schedule's zone, as days since 1970-01-01
  'firstReply', // NaN when none
  'firstReplyBusiness',
  'lastAt',
  'convertedAt', // NaN when not converted
  'doneAt', // NaN when not done
  'waiting', // 1 while its latest burst waits
  'lastAnswered', // 1 when the latest burst was answered
] as const;
const BURST_COLUMNS = ['burstOwner', 'burstStart', 'burstReply', 'burstHandled', 'burstReplyBusiness'] as const;
const SEND_COLUMNS = ['templateId', 'templateAt', 'templateOwner'] as const;

export type Columns = Record<
  (typeof CONVERSATION_COLUMNS)[number] | (typeof BURST_COLUMNS)[number] | (typeof SEND_COLUMNS)[number],
  Float64Array
>;

/** Views over a pack's buffer, one per column (no copying). */
export function columns(p: PackedConversations): Columns {
  const out = {} as Columns;
  let at = 0;
  const take = (names: readonly (keyof Columns)[], length: number) => {
    for (const name of names) {
      out[name] = p.data.subarray(at, at + length);
      at += length;
    }
  };
  take(CONVERSATION_COLUMNS, p.conversations);
  take(BURST_COLUMNS, p.bursts);
  take(SEND_COLUMNS, p.sends);
  return out;
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
    data: new Float64Array(CONVERSATION_COLUMNS.length * n + BURST_COLUMNS.length * bursts + SEND_COLUMNS.length * sends),
  };
  const col = columns(p);
  let b = 0;
  let s = 0;
  conversations.forEach((c, i) => {
    col.contactHash[i] = hash52(c.contactKey);
    col.start[i] = c.startAt;
    col.localDay[i] = Date.parse(`${localParts(c.startAt, schedule.timeZone).day}T00:00:00Z`) / 86_400_000;
    col.firstReply[i] = c.firstReplyAt ?? NaN;
    col.firstReplyBusiness[i] = c.firstReplyAt === undefined ? NaN : businessDuration(c.startAt, c.firstReplyAt, schedule);
    col.lastAt[i] = c.lastAt;
    col.convertedAt[i] = c.convertedAt ?? NaN;
    col.doneAt[i] = c.doneAt ?? NaN;
    col.waiting[i] = c.waiting;
    col.lastAnswered[i] = c.bursts.at(-1)?.replyAt !== undefined ? 1 : 0;
    c.bursts.forEach((burst, k) => {
      col.burstOwner[b] = i;
      col.burstStart[b] = burst.startAt;
      col.burstReply[b] = burst.replyAt ?? NaN;
      col.burstHandled[b] = handledAt(c, k) ?? NaN;
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
