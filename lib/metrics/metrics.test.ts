import { testEvent } from './test-events';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from './business-hours';
import {
  computeMetrics as computePacked,
  facebookResponseRate,
  fastest90Mean,
  metaWindow,
  spread,
  type HourlyVolume,
  type MetricOptions,
} from './compute';
import { packByPlatform } from './packed';
import { conversationsOf } from './conversations';
import type { Conversation, MessageEvent, ThreadMark } from './types';
import { DAY_MS as D, HOUR_MS as H, MINUTE_MS as MIN } from '../vocab/time';

const computeMetrics = (convs: Conversation[], hourly: HourlyVolume[], o: MetricOptions) =>
  computePacked(
    packByPlatform(convs, o.schedule),
    convs.filter((c) => c.waiting === 1),
    hourly,
    o,
  );

const T0 = Date.parse('2026-11-02T10:00:00Z'); // a Monday, 10:00 UTC

let n = 0;
const ev = (contactKey: string, direction: 'in' | 'out', at: number, extra: Partial<MessageEvent> = {}) =>
  testEvent(`k${++n}`, contactKey, direction, at, extra);
const opts = (over: Partial<MetricOptions> = {}): MetricOptions => ({
  from: T0 - D,
  to: T0 + 30 * D,
  now: T0 + 30 * D,
  missedThresholdMs: 24 * H,
  completionTimeoutMs: 24 * H,
  schedule: { ...DEFAULT_SCHEDULE, timeZone: 'UTC' },
  attributionMs: 14 * D,
  ...over,
});

describe('conversationsOf', () => {
  it('groups a burst and measures from its first message', () => {
    const [c] = conversationsOf([
      ev('ig:1', 'in', T0),
      ev('ig:1', 'in', T0 + MIN),
      ev('ig:1', 'in', T0 + 2 * MIN),
      ev('ig:1', 'out', T0 + 10 * MIN),
    ]);
    expect(c).toMatchObject({
      startAt: T0,
      firstReplyAt: T0 + 10 * MIN,
      messagesIn: 3,
      messagesOut: 1,
      bursts: [{ startAt: T0, replyAt: T0 + 10 * MIN }],
      waiting: 0,
    });
  });
  it('starts a new conversation only after 24 h in which neither side wrote', () => {
    const events = [
      ev('ig:1', 'in', T0),
      ev('ig:1', 'out', T0 + H),
      ev('ig:1', 'in', T0 + 20 * H), // 19 h after the reply: same conversation, new burst
      ev('ig:1', 'out', T0 + 21 * H),
      ev('ig:1', 'in', T0 + 45 * H), // exactly 24 h after the last message: new conversation
    ];
    const cs = conversationsOf(events);
    expect(cs.map((c) => c.startAt)).toEqual([T0, T0 + 45 * H]);
    expect(cs[0]!.bursts).toEqual([
      { startAt: T0, replyAt: T0 + H },
      { startAt: T0 + 20 * H, replyAt: T0 + 21 * H },
    ]);
    expect(cs[1]!.waiting).toBe(1);
  });
  it('ignores business messages before the first customer message, and estimated times', () => {
    const cs = conversationsOf([
      ev('ig:1', 'out', T0 - H),
      ev('ig:1', 'in', T0 - 2 * D, { source: 'estimated' }),
      ev('ig:1', 'in', T0),
    ]);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ startAt: T0, messagesOut: 0 });
    expect(cs[0]!.firstReplyAt).toBeUndefined();
  });
  it('sorts events given out of order (history arriving after live messages)', () => {
    const cs = conversationsOf([ev('ig:1', 'out', T0 + 5 * MIN), ev('ig:1', 'in', T0)]);
    expect(cs[0]!.firstReplyAt).toBe(T0 + 5 * MIN);
  });
  it('applies marks to the conversation they fall in; done handles a waiting burst', () => {
    const marks: ThreadMark[] = [
      { contactKey: 'ig:1', kind: 'done', at: T0 + H },
      { contactKey: 'ig:1', kind: 'converted', at: T0 + 2 * H },
    ];
    const [c] = conversationsOf([ev('ig:1', 'in', T0)], marks);
    expect(c).toMatchObject({ doneAt: T0 + H, convertedAt: T0 + 2 * H, waiting: 0 });
  });
  it('a new message after done waits again', () => {
    const [c] = conversationsOf(
      [ev('ig:1', 'in', T0), ev('ig:1', 'in', T0 + 2 * H)],
      [{ contactKey: 'ig:1', kind: 'done', at: T0 + H }],
    );
    expect(c!.waiting).toBe(0); // the burst started before done and is still the same burst
    const [d] = conversationsOf(
      [ev('ig:1', 'in', T0), ev('ig:1', 'out', T0 + H / 2), ev('ig:1', 'in', T0 + 2 * H)],
      [{ contactKey: 'ig:1', kind: 'done', at: T0 + H }],
    );
    expect(d!.waiting).toBe(1);
  });
});

describe('spread and Facebook’s response time', () => {
  it('median (even count: mean of the middle two), p90 by nearest rank, mean — in seconds', () => {
    expect(spread([1, 2, 3, 4].map((s) => s * 1000))).toEqual({ count: 4, median: 2.5, p90: 4, mean: 2.5 });
    expect(spread([10, 20, 30, 40, 50, 60, 70, 80, 90, 1000].map((s) => s * 1000))).toMatchObject({ median: 55, p90: 90 });
    expect(spread([])).toEqual({ count: 0, median: null, p90: null, mean: null });
  });
  it('averages the fastest 90 %', () => {
    expect(fastest90Mean([10, 20, 30, 40, 50, 60, 70, 80, 90, 10_000].map((s) => s * 1000))).toBe(50);
    expect(fastest90Mean([5000])).toBe(5);
  });
});

describe('computeMetrics', () => {
  // Three conversations: answered in 2 min, answered in 90 min, never answered.
  const events = [
    ev('ig:1', 'in', T0),
    ev('ig:1', 'out', T0 + 2 * MIN, { templateId: 7 }),
    ev('ig:2', 'in', T0 + D),
    ev('ig:2', 'in', T0 + D + 5 * MIN),
    ev('ig:2', 'out', T0 + D + 90 * MIN),
    ev('ig:3', 'in', T0 + 2 * D),
  ];
  const marks: ThreadMark[] = [{ contactKey: 'ig:1', kind: 'converted', at: T0 + 3 * D }];
  const convs = ['ig:1', 'ig:2', 'ig:3'].flatMap((k) =>
    conversationsOf(
      events.filter((e) => e.contactKey === k),
      marks.filter((m) => m.contactKey === k),
    ),
  );
  const hourly: HourlyVolume[] = [
    { platform: 'instagram', hour: Math.floor(T0 / H), in: 1, out: 1 },
    { platform: 'instagram', hour: Math.floor((T0 + D) / H), in: 2, out: 0 },
    { platform: 'instagram', hour: Math.floor((T0 + D + 90 * MIN) / H), in: 0, out: 1 },
    { platform: 'instagram', hour: Math.floor((T0 + 2 * D) / H), in: 1, out: 0 },
  ];
  const m = computeMetrics(convs, hourly, opts({ now: T0 + 2 * D + 30 * H }));

  it('first response time: median, p90, mean over answered conversations', () => {
    expect(m.firstResponse).toEqual({ count: 2, median: 46 * 60, p90: 90 * 60, mean: 46 * 60 });
  });
  it('business-hours first response (Mon–Fri 9–17 UTC): the 2-min reply at 10:00 stays 2 min', () => {
    expect(m.firstResponseBusiness.count).toBe(2);
    expect(m.firstResponseBusiness.median).toBe(46 * 60);
  });
  it('response rate, missed, waiting and the customer wait', () => {
    expect(m.conversations).toBe(3);
    expect(m.responseRate).toBeCloseTo(2 / 3);
    expect(m.missed).toBe(1);
    expect(m.waiting).toEqual([
      { contactKey: 'ig:3', platform: 'instagram', since: T0 + 2 * D, waitMs: 30 * H, window: 'human-agent' },
    ]);
    expect(m.customerWait).toEqual({ count: 3, totalMs: 2 * MIN + 90 * MIN + 30 * H, medianMs: 90 * MIN });
  });
  it('missed threshold is configurable (Alibaba-style 1 h)', () => {
    expect(computeMetrics(convs, hourly, opts({ now: T0 + 2 * D + 30 * H, missedThresholdMs: H })).missed).toBe(2);
  });
  it('conversion rate and per-template conversions within the attribution window', () => {
    expect(m.converted).toBe(1);
    expect(m.conversionRate).toBeCloseTo(1 / 3);
    expect(m.templates).toEqual([{ id: 7, sent: 1, conversions: 1 }]);
    expect(computeMetrics(convs, hourly, opts({ attributionMs: D })).templates).toEqual([{ id: 7, sent: 1, conversions: 0 }]);
  });
  it('completed: answered and quiet for the timeout', () => {
    expect(m.completed).toBe(2);
    expect(computeMetrics(convs, hourly, opts({ now: T0 + D + 100 * MIN })).completed).toBe(1);
  });
  it('volume, busiest day and hour, the distribution and the daily table', () => {
    expect([m.messagesIn, m.messagesOut]).toEqual([4, 2]);
    expect(m.busiestWeekday).toBe(2); // Tuesday had two customer messages
    expect(m.busiestHour).toBe(10);
    expect(m.distribution).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(m.daily.map((d) => [d.day, d.conversations, d.firstResponseMedian, d.messagesIn])).toEqual([
      ['2026-11-02', 1, 120, 1],
      ['2026-11-03', 1, 5400, 2],
      ['2026-11-04', 1, null, 1],
    ]);
  });
  it('filters by platform and by range', () => {
    expect(computeMetrics(convs, hourly, opts({ platform: 'messenger' })).conversations).toBe(0);
    expect(computeMetrics(convs, hourly, opts({ from: T0 + D / 2, to: T0 + (3 * D) / 2 })).conversations).toBe(1);
  });
  it('“Very responsive” needs ≥ 90 % replied and ≤ 15 min over the last 7 days', () => {
    expect(m.veryResponsive.ok).toBe(false);
    const fast = conversationsOf([ev('ig:9', 'in', T0), ev('ig:9', 'out', T0 + 3 * MIN)]);
    expect(computeMetrics(fast, [], opts({ now: T0 + D })).veryResponsive).toMatchObject({ ok: true, rate: 1, time: 180 });
  });
});

describe('metaWindow', () => {
  it('open for 24 h, human agent until 7 days, then closed', () => {
    expect(metaWindow(T0, T0 + 23 * H)).toBe('standard');
    expect(metaWindow(T0, T0 + 2 * D)).toBe('human-agent');
    expect(metaWindow(T0, T0 + 8 * D)).toBe('closed');
  });
});

describe('facebookResponseRate', () => {
  const f = (starts: number[], replied: number[]) => facebookResponseRate(Float64Array.from(starts), Float64Array.from(replied));
  it('counts the 30 days before the latest conversation when they hold at least 10', () => {
    const starts = Array.from({ length: 12 }, (_, i) => T0 + i * H);
    const replied = starts.map((_, i) => (i < 9 ? 1 : 0));
    expect(f([T0 - 60 * D, ...starts], [1, ...replied])).toEqual({ rate: 9 / 12, conversations: 12 });
  });
  it('falls back to the latest 10 when the 30 days hold fewer', () => {
    const old = Array.from({ length: 8 }, (_, i) => T0 - (40 + i) * D);
    expect(f([...old, T0], [0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({ rate: 1 / 9, conversations: 9 });
    const more = Array.from({ length: 12 }, (_, i) => T0 - (40 + i) * D);
    expect(f([...more, T0], [...more.map(() => 0), 1])).toEqual({ rate: 0.1, conversations: 10 });
  });
  it('is null without conversations', () => {
    expect(f([], [])).toEqual({ rate: null, conversations: 0 });
  });
});
