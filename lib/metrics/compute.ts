import type { PlatformId } from '../platforms/sites';
import { localParts, type BusinessSchedule } from './business-hours';
import { metaWindow, type MetaWindow } from './meta-window';
import { columns, type PackedConversations } from './packed';
import { DAY_MS, HOUR_MS } from '../vocab/time';

export { metaWindow, type MetaWindow };

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

/** respond.io's buckets (docs/metrics.md), upper bounds in seconds. */
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
  /**
   * Facebook's response rate: conversations replied ÷ conversations, over the 30 days before the latest one started
   * (the last 10 when there are fewer), whatever the range.
   */
  responseRateFb: { rate: number | null; conversations: number };
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

/** The k-th smallest value (0-based), moving values around in `a`: Hoare's quickselect, O(n) on average. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function toArray(ms: readonly number[] | Float64Array): Float64Array {
  return ms instanceof Float64Array ? ms : Float64Array.from(ms);
}

/**
 * Median (the mean of the middle two for an even count), p90 by nearest rank, and mean — of seconds. Reorders a
 * Float64Array it is given (the figures' own scratch lists); copies a plain array.
 */
export function spread(values: readonly number[] | Float64Array): Spread {
  const a = toArray(values);
  const n = a.length;
  if (n === 0) return { count: 0, median: null, p90: null, mean: null };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += a[i]!;
  const mid = n >> 1;
  const upper = select(a, mid);
  const median = n % 2 ? upper : (select(a, mid - 1) + upper) / 2;
  const p90 = select(a, Math.ceil(0.9 * n) - 1);
  return { count: n, median: median / 1000, p90: p90 / 1000, mean: sum / n / 1000 };
}

/** Facebook's response time: the average of the fastest 90 % (at least one), in seconds. Reorders a Float64Array. */
export function fastest90Mean(values: readonly number[] | Float64Array): number | null {
  const a = toArray(values);
  const n = a.length;
  if (n === 0) return null;
  const keep = Math.max(1, Math.floor(0.9 * n));
  const cut = select(a, keep - 1);
  let sum = 0;
  let below = 0;
  for (let i = 0; i < n; i++) {
    if (a[i]! < cut) {
      sum += a[i]!;
      below++;
    }
  }
  sum += cut * (keep - below); // ties at the cut fill the rest of the fastest 90 %
  return sum / keep / 1000;
}

/**
 * Facebook's response rate over conversation starts and whether each got a reply: the 30 days before the latest
 * start, or the latest 10 when those 30 days hold fewer. (It sees the conversations it is given: the dashboard loads
 * the range and the last 30 days.)
 */
export function facebookResponseRate(
  starts: Float64Array,
  replied: Float64Array,
): { rate: number | null; conversations: number } {
  if (starts.length === 0) return { rate: null, conversations: 0 };
  let last = -Infinity;
  for (const s of starts) if (s > last) last = s;
  let inWindow = 0;
  let repliedInWindow = 0;
  starts.forEach((s, i) => {
    if (s > last - 30 * DAY_MS) {
      inWindow++;
      repliedInWindow += replied[i]!;
    }
  });
  if (inWindow >= 10 || inWindow === starts.length) return { rate: repliedInWindow / inWindow, conversations: inWindow };
  const order = Array.from(starts.keys())
    .sort((a, b) => starts[b]! - starts[a]!)
    .slice(0, 10);
  return { rate: order.reduce((sum, i) => sum + replied[i]!, 0) / order.length, conversations: order.length };
}

function argmax(counts: readonly number[]): number | null {
  let best = -1;
  let at: number | null = null;
  counts.forEach((c, i) => {
    if (c > best && c > 0) [best, at] = [c, i];
  });
  return at;
}

/** A growable list of numbers in a Float64Array. */
class Numbers {
  private a = new Float64Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.a.length) {
      const bigger = new Float64Array(this.a.length * 2);
      bigger.set(this.a);
      this.a = bigger;
    }
    this.a[this.length++] = v;
  }
  values(): Float64Array {
    return this.a.subarray(0, this.length);
  }
}

/**
 * Every dashboard figure for a date range, from packed conversations (see packed.ts) and hourly message counts, by
 * the definitions in docs/metrics.md. Conversation figures count conversations *started* in the range; response
 * times count bursts started in it; waiting is as of `now`, whatever the range. Business-hours figures use the
 * schedule the packs were made under.
 */
export function computeMetrics(
  packs: readonly PackedConversations[],
  waitingNow: readonly { contactKey: string; platform: PlatformId; lastInAt: number; bursts: { startAt: number }[] }[],
  hourly: readonly HourlyVolume[],
  o: MetricOptions,
): Metrics {
  const frt = new Numbers();
  const frtBusiness = new Numbers();
  const replies = new Numbers();
  const repliesBusiness = new Numbers();
  const waits = new Numbers();
  const weekReplies = new Numbers();
  // Missed bursts: all are counted; the 500 latest are listed (pack and owner kept to name the contact).
  const missedAt = new Numbers();
  const missedPack = new Numbers();
  const missedOwner = new Numbers();
  const distribution = BUCKETS.map(() => 0);
  const byDay = new Map<number, { conversations: number; frt: number[]; messagesIn: number; messagesOut: number }>();
  const day = (d: number) => {
    let row = byDay.get(d);
    if (!row) byDay.set(d, (row = { conversations: 0, frt: [], messagesIn: 0, messagesOut: 0 }));
    return row;
  };
  const contacts = new Set<number>();
  const templateStats = new Map<number, { sent: number; conversions: number }>();
  let conversations = 0;
  let replied = 0;
  let completed = 0;
  let converted = 0;
  let week = 0;
  let weekReplied = 0;
  const weekStart = o.now - 7 * DAY_MS;
  const allStarts = new Numbers();
  const allReplied = new Numbers();

  packs.forEach((p, packIndex) => {
    if (o.platform && p.platform !== o.platform) return;
    const c = columns(p);
    const n = p.conversations;
    for (let i = 0; i < n; i++) {
      const start = c.start[i]!;
      const firstReply = c.firstReply[i]!; // ms after the start, NaN when none
      allStarts.push(start);
      allReplied.push(firstReply === firstReply ? 1 : 0);
      if (start >= weekStart && start < o.now) {
        week++;
        if (firstReply === firstReply) weekReplied++;
      }
      if (start < o.from || start >= o.to) continue;
      conversations++;
      contacts.add(c.contactHash[i]!);
      const row = day(c.localDay[i]!);
      row.conversations++;
      if (firstReply === firstReply) {
        replied++;
        const t = firstReply;
        frt.push(t);
        row.frt.push(t);
        frtBusiness.push(c.firstReplyBusiness[i]!);
        const seconds = t / 1000;
        let bucket = 0;
        while (seconds >= BUCKETS[bucket]!.upTo) bucket++;
        distribution[bucket]!++;
      }
      if (c.convertedAt[i] === c.convertedAt[i]) converted++;
      const answeredAndQuiet = !c.waiting[i] && c.lastAnswered[i] && o.now - (start + c.lastAt[i]!) >= o.completionTimeoutMs;
      if (c.doneAt[i] === c.doneAt[i] || answeredAndQuiet) completed++;
    }
    const bursts = p.bursts;
    for (let b = 0; b < bursts; b++) {
      const start = c.burstStart[b]!;
      const reply = c.burstReply[b]!; // ms after the burst's start, NaN when none
      if (start >= weekStart && reply === reply) weekReplies.push(reply);
      if (start < o.from || start >= o.to) continue;
      if (reply === reply) {
        replies.push(reply);
        repliesBusiness.push(c.burstReplyBusiness[b]!);
      }
      const handled = c.burstHandled[b]!;
      const wait = handled === handled ? handled : o.now - start;
      waits.push(wait);
      if (wait > o.missedThresholdMs) {
        missedAt.push(start);
        missedPack.push(packIndex);
        missedOwner.push(c.burstOwner[b]!);
      }
    }
    for (let s = 0; s < p.sends; s++) {
      const at = c.templateAt[s]!;
      if (at < o.from || at >= o.to) continue;
      const id = c.templateId[s]!;
      const stat = templateStats.get(id) ?? { sent: 0, conversions: 0 };
      stat.sent++;
      const owner = c.templateOwner[s]!;
      const convertedAt = c.start[owner]! + c.convertedAt[owner]!;
      if (convertedAt === convertedAt && convertedAt >= at && convertedAt - at <= o.attributionMs) stat.conversions++;
      templateStats.set(id, stat);
    }
  });

  const listed = Math.min(500, missedAt.length);
  const cut = listed === 0 ? Infinity : select(missedAt.values().slice(), missedAt.length - listed);
  const keysOf = new Map<number, string[]>();
  const missedBursts: Metrics['missedBursts'] = [];
  missedAt.values().forEach((at, k) => {
    if (at < cut || missedBursts.length >= listed) return;
    const packIndex = missedPack.values()[k]!;
    const pack = packs[packIndex]!;
    let keys = keysOf.get(packIndex);
    if (!keys) keysOf.set(packIndex, (keys = pack.contactKeys.split('\n')));
    missedBursts.push({ contactKey: keys[missedOwner.values()[k]!]!, platform: pack.platform, startAt: at });
  });
  const waiting: WaitingThread[] = waitingNow
    .filter((c) => !o.platform || c.platform === o.platform)
    .map((c) => {
      const since = c.bursts.at(-1)?.startAt ?? c.lastInAt;
      return {
        contactKey: c.contactKey,
        platform: c.platform,
        since,
        waitMs: o.now - since,
        window: metaWindow(c.lastInAt, o.now),
      };
    });
  const dayKey = (t: number) => {
    const parts = localParts(t, o.schedule.timeZone);
    return Date.parse(`${parts.day}T00:00:00Z`) / DAY_MS;
  };

  let messagesIn = 0;
  let messagesOut = 0;
  const weekdayIn = Array.from({ length: 7 }, () => 0);
  const hourIn = Array.from({ length: 24 }, () => 0);
  for (const h of hourly) {
    if (o.platform && h.platform !== o.platform) continue;
    const t = h.hour * HOUR_MS;
    if (t < o.from || t >= o.to) continue;
    messagesIn += h.in;
    messagesOut += h.out;
    const parts = localParts(t, o.schedule.timeZone);
    weekdayIn[parts.weekday]! += h.in;
    hourIn[parts.hour]! += h.in;
    const row = day(dayKey(t));
    row.messagesIn += h.in;
    row.messagesOut += h.out;
  }

  const weekRate = week ? weekReplied / week : null;
  const weekTime = fastest90Mean(weekReplies.values());
  const wait = spread(waits.values());
  let waitTotal = 0;
  for (const w of waits.values()) waitTotal += w;
  return {
    range: { from: o.from, to: o.to },
    conversations,
    contacts: contacts.size,
    firstResponse: spread(frt.values()),
    firstResponseBusiness: spread(frtBusiness.values()),
    responseTime: spread(replies.values()),
    responseTimeBusiness: spread(repliesBusiness.values()),
    responseTimeFb: fastest90Mean(replies.values()),
    responseRate: conversations ? replied / conversations : null,
    responseRateFb: facebookResponseRate(allStarts.values(), allReplied.values()),
    repliedConversations: replied,
    veryResponsive: {
      ok: weekRate !== null && weekTime !== null && weekRate >= 0.9 && weekTime <= 15 * 60,
      rate: weekRate,
      time: weekTime,
      conversations: week,
    },
    waiting: waiting.sort((a, b) => a.since - b.since),
    customerWait: { count: wait.count, totalMs: waitTotal, medianMs: wait.median === null ? null : wait.median * 1000 },
    missed: missedAt.length,
    missedBursts: missedBursts.sort((a, b) => b.startAt - a.startAt),
    completed,
    converted,
    conversionRate: conversations ? converted / conversations : null,
    messagesIn,
    messagesOut,
    busiestWeekday: argmax(weekdayIn),
    busiestHour: argmax(hourIn),
    distribution,
    daily: [...byDay.entries()]
      .sort(([a], [b]) => a - b)
      .map(([d, r]) => ({
        day: new Date(d * DAY_MS).toISOString().slice(0, 10),
        conversations: r.conversations,
        firstResponseMedian: spread(r.frt).median,
        messagesIn: r.messagesIn,
        messagesOut: r.messagesOut,
      })),
    templates: [...templateStats.entries()].map(([id, s]) => ({ id, ...s })).sort((a, b) => b.sent - a.sent),
  };
}
