import type { PlatformId } from '../platforms/types';
import { businessDuration, localParts, type BusinessSchedule } from './business-hours';
import { handledAt } from './conversations';
import { metaWindow, type MetaWindow } from './meta-window';

export { metaWindow, type MetaWindow };
import type { Conversation } from './types';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Messages per platform per UTC hour (hour = floor(ms / 3,600,000)), kept as messages are recorded. */
export interface HourlyVolume {
  id?: string;
  platform: PlatformId;
  hour: number;
  in: number;
  out: number;
}

export interface MetricOptions {
  from: number;
  to: number;
  now: number;
  platform?: PlatformId;
  /** An inbound burst not handled within this is missed (default 24 h; Alibaba uses 1 h for chat). */
  missedThresholdMs: number;
  /** An answered conversation quiet this long is completed (default 24 h). */
  completionTimeoutMs: number;
  schedule: BusinessSchedule;
  /** A conversion within this long after a template was sent counts for the template (default 14 days). */
  attributionMs: number;
}

/** Spread of a set of durations, in seconds; null when there is nothing to measure. */
export interface Spread {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/** respond.io's buckets (metrics.md), upper bounds in seconds. */
export const BUCKETS: { label: string; upTo: number }[] = [
  { label: '< 30 s', upTo: 30 },
  { label: '30 s–2 min', upTo: 120 },
  { label: '2–5 min', upTo: 300 },
  { label: '5–10 min', upTo: 600 },
  { label: '10–30 min', upTo: 1800 },
  { label: '30 min–1 h', upTo: 3600 },
  { label: '> 1 h', upTo: Infinity },
];

export interface WaitingThread {
  contactKey: string;
  platform: PlatformId;
  since: number;
  waitMs: number;
  /** Where the thread is in Meta's reply windows, from the customer's last message. */
  window: MetaWindow;
}

export interface Metrics {
  range: { from: number; to: number };
  conversations: number;
  contacts: number;
  firstResponse: Spread;
  firstResponseBusiness: Spread;
  responseTime: Spread;
  responseTimeBusiness: Spread;
  /** Facebook-style: mean of the fastest 90 % of response times, seconds. */
  responseTimeFb: number | null;
  /** Conversations that got a reply ÷ conversations started in the range. */
  responseRate: number | null;
  repliedConversations: number;
  veryResponsive: { ok: boolean; rate: number | null; time: number | null; conversations: number };
  waiting: WaitingThread[];
  customerWait: { count: number; totalMs: number; medianMs: number | null };
  missed: number;
  missedBursts: { contactKey: string; platform: PlatformId; startAt: number }[];
  completed: number;
  converted: number;
  conversionRate: number | null;
  messagesIn: number;
  messagesOut: number;
  busiestWeekday: number | null;
  busiestHour: number | null;
  distribution: number[];
  daily: { day: string; conversations: number; firstResponseMedian: number | null; messagesIn: number; messagesOut: number }[];
  templates: { id: number; sent: number; conversions: number }[];
}

/** Median (the mean of the middle two for an even count), p90 by nearest rank, and mean — of seconds. */
export function spread(ms: readonly number[]): Spread {
  if (ms.length === 0) return { count: 0, median: null, p90: null, mean: null };
  const s = [...ms].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const p90 = s[Math.ceil(0.9 * s.length) - 1]!;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { count: s.length, median: median / 1000, p90: p90 / 1000, mean: mean / 1000 };
}

/** Facebook's response time: the average of the fastest 90 % (at least one), in seconds. */
export function fastest90Mean(ms: readonly number[]): number | null {
  if (ms.length === 0) return null;
  const s = [...ms].sort((a, b) => a - b).slice(0, Math.max(1, Math.floor(0.9 * ms.length)));
  return s.reduce((a, b) => a + b, 0) / s.length / 1000;
}

function argmax(counts: readonly number[]): number | null {
  let best = -1;
  let at: number | null = null;
  counts.forEach((c, i) => {
    if (c > best && c > 0) [best, at] = [c, i];
  });
  return at;
}

/**
 * Every dashboard figure for a date range, from the thread conversations and hourly message counts, by the
 * definitions in shared/metrics.md. Conversation figures count conversations *started* in the range; response times
 * count bursts started in it; waiting is as of `now`, whatever the range.
 */
export function computeMetrics(all: readonly Conversation[], hourly: readonly HourlyVolume[], o: MetricOptions): Metrics {
  const mine = o.platform ? all.filter((c) => c.platform === o.platform) : all;
  const inRange = mine.filter((c) => c.startAt >= o.from && c.startAt < o.to);
  const frt: number[] = [];
  const frtBusiness: number[] = [];
  const replies: number[] = [];
  const repliesBusiness: number[] = [];
  const waits: number[] = [];
  const missedBursts: Metrics['missedBursts'] = [];
  const distribution = BUCKETS.map(() => 0);
  const byDay = new Map<string, { conversations: number; frt: number[]; messagesIn: number; messagesOut: number }>();
  const day = (d: string) => {
    let row = byDay.get(d);
    if (!row) byDay.set(d, (row = { conversations: 0, frt: [], messagesIn: 0, messagesOut: 0 }));
    return row;
  };
  let replied = 0;
  let completed = 0;
  let converted = 0;

  for (const c of inRange) {
    const row = day(localParts(c.startAt, o.schedule.timeZone).day);
    row.conversations++;
    if (c.firstReplyAt !== undefined) {
      replied++;
      const t = c.firstReplyAt - c.startAt;
      frt.push(t);
      row.frt.push(t);
      frtBusiness.push(businessDuration(c.startAt, c.firstReplyAt, o.schedule));
      distribution[BUCKETS.findIndex((b) => t / 1000 < b.upTo)]!++;
    }
    if (c.convertedAt !== undefined) converted++;
    const answeredAndQuiet =
      c.waiting === 0 && c.bursts.at(-1)?.replyAt !== undefined && o.now - c.lastAt >= o.completionTimeoutMs;
    if (c.doneAt !== undefined || answeredAndQuiet) completed++;
  }
  for (const c of mine) {
    c.bursts.forEach((b, i) => {
      if (b.startAt < o.from || b.startAt >= o.to) return;
      const handled = handledAt(c, i);
      if (b.replyAt !== undefined) {
        replies.push(b.replyAt - b.startAt);
        repliesBusiness.push(businessDuration(b.startAt, b.replyAt, o.schedule));
      }
      const end = handled ?? o.now;
      waits.push(end - b.startAt);
      if (end - b.startAt > o.missedThresholdMs)
        missedBursts.push({ contactKey: c.contactKey, platform: c.platform, startAt: b.startAt });
    });
  }

  // "Very responsive": over the last 7 days, response rate ≥ 90 % and response time ≤ 15 minutes.
  const week = mine.filter((c) => c.startAt >= o.now - 7 * DAY && c.startAt < o.now);
  const weekReplies = mine.flatMap((c) =>
    c.bursts.filter((b) => b.startAt >= o.now - 7 * DAY && b.replyAt !== undefined).map((b) => b.replyAt! - b.startAt),
  );
  const weekRate = week.length ? week.filter((c) => c.firstReplyAt !== undefined).length / week.length : null;
  const weekTime = fastest90Mean(weekReplies);

  const waiting = mine
    .filter((c) => c.waiting === 1)
    .map((c) => {
      const since = c.bursts.at(-1)!.startAt;
      return {
        contactKey: c.contactKey,
        platform: c.platform,
        since,
        waitMs: o.now - since,
        window: metaWindow(c.lastInAt, o.now),
      };
    })
    .sort((a, b) => a.since - b.since);

  let messagesIn = 0;
  let messagesOut = 0;
  const weekdayIn = Array.from({ length: 7 }, () => 0);
  const hourIn = Array.from({ length: 24 }, () => 0);
  for (const h of hourly) {
    if (o.platform && h.platform !== o.platform) continue;
    const t = h.hour * HOUR;
    if (t < o.from || t >= o.to) continue;
    messagesIn += h.in;
    messagesOut += h.out;
    const parts = localParts(t, o.schedule.timeZone);
    weekdayIn[parts.weekday]! += h.in;
    hourIn[parts.hour]! += h.in;
    const row = day(parts.day);
    row.messagesIn += h.in;
    row.messagesOut += h.out;
  }

  const templateStats = new Map<number, { sent: number; conversions: number }>();
  for (const c of mine) {
    for (const t of c.templates) {
      if (t.at < o.from || t.at >= o.to) continue;
      const stat = templateStats.get(t.id) ?? { sent: 0, conversions: 0 };
      stat.sent++;
      if (c.convertedAt !== undefined && c.convertedAt >= t.at && c.convertedAt - t.at <= o.attributionMs) stat.conversions++;
      templateStats.set(t.id, stat);
    }
  }

  const sortedWaits = [...waits].sort((a, b) => a - b);
  const mid = sortedWaits.length >> 1;
  return {
    range: { from: o.from, to: o.to },
    conversations: inRange.length,
    contacts: new Set(inRange.map((c) => c.contactKey)).size,
    firstResponse: spread(frt),
    firstResponseBusiness: spread(frtBusiness),
    responseTime: spread(replies),
    responseTimeBusiness: spread(repliesBusiness),
    responseTimeFb: fastest90Mean(replies),
    responseRate: inRange.length ? replied / inRange.length : null,
    repliedConversations: replied,
    veryResponsive: {
      ok: weekRate !== null && weekTime !== null && weekRate >= 0.9 && weekTime <= 15 * 60,
      rate: weekRate,
      time: weekTime,
      conversations: week.length,
    },
    waiting,
    customerWait: {
      count: waits.length,
      totalMs: waits.reduce((a, b) => a + b, 0),
      medianMs:
        waits.length === 0 ? null : waits.length % 2 ? sortedWaits[mid]! : (sortedWaits[mid - 1]! + sortedWaits[mid]!) / 2,
    },
    missed: missedBursts.length,
    missedBursts,
    completed,
    converted,
    conversionRate: inRange.length ? converted / inRange.length : null,
    messagesIn,
    messagesOut,
    busiestWeekday: argmax(weekdayIn),
    busiestHour: argmax(hourIn),
    distribution,
    daily: [...byDay.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([d, r]) => ({
        day: d,
        conversations: r.conversations,
        firstResponseMedian: spread(r.frt).median,
        messagesIn: r.messagesIn,
        messagesOut: r.messagesOut,
      })),
    templates: [...templateStats.entries()].map(([id, s]) => ({ id, ...s })).sort((a, b) => b.sent - a.sent),
  };
}
