import 'fake-indexeddb/auto';
import { testEvent } from '../metrics/test-events';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../metrics/business-hours';
import type { MessageEvent } from '../metrics/types';
import { SidekickDatabase } from './database';
import { foldPendingEvents, markThread, metricsFor, recordEvents, waitingCount } from './events-store';
import { deleteFeedback, logFeedback, pendingSurvey } from './feedback-store';

const MIN = 60_000;
const NOW = Date.now();
let n = 0;
const dbs: SidekickDatabase[] = [];
function freshDb() {
  const db = new SidekickDatabase(`events-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const ev = (key: string, direction: 'in' | 'out', at: number, extra: Partial<MessageEvent> = {}): MessageEvent =>
  testEvent(key.padStart(32, '0'), 'instagram:1', direction, at, extra);
const options = (over = {}) => ({
  from: NOW - 30 * 86_400_000,
  to: NOW + 1,
  now: NOW,
  missedThresholdMs: 86_400_000,
  completionTimeoutMs: 86_400_000,
  attributionMs: 14 * 86_400_000,
  schedule: DEFAULT_SCHEDULE,
  ...over,
});

describe('recording and folding events', () => {
  it('stores each key once and folds into conversations, counts and the waiting badge', async () => {
    const db = freshDb();
    expect((await recordEvents(db, [ev('a', 'in', NOW - 10 * MIN), ev('a', 'in', NOW - 10 * MIN)])).added).toBe(1);
    expect((await recordEvents(db, [ev('a', 'in', NOW - 10 * MIN)])).added).toBe(0);
    expect(await foldPendingEvents(db)).toBe(1);
    expect(await waitingCount(db)).toBe(1);
    await recordEvents(db, [ev('b', 'out', NOW - 4 * MIN)]);
    await foldPendingEvents(db);
    expect(await waitingCount(db)).toBe(0);
    const m = await metricsFor(db, options());
    expect(m.firstResponse).toMatchObject({ count: 1, median: 360 });
    expect([m.messagesIn, m.messagesOut, m.conversations]).toEqual([1, 1, 1]);
  });

  it('replaces an estimated copy with a timed one, counting it once', async () => {
    const db = freshDb();
    await recordEvents(db, [ev('a', 'in', NOW, { source: 'estimated', history: true })]);
    await foldPendingEvents(db);
    expect((await metricsFor(db, options())).conversations).toBe(0);
    expect((await recordEvents(db, [ev('a', 'in', NOW - MIN, { source: 'page', history: true })])).added).toBe(1);
    await foldPendingEvents(db);
    const m = await metricsFor(db, options());
    expect([m.conversations, m.messagesIn]).toEqual([1, 1]);
    expect((await db.events.toArray())[0]).toMatchObject({ source: 'page', history: true });
  });

  it('matches a row seen again in a later browser session by its page time: counted once, never matched twice', async () => {
    const db = freshDb();
    const minute = Math.floor((NOW - 60 * MIN) / MIN) * MIN;
    // Session e1: the customer's message arrived live 20 s into the minute, the seller's reply a minute later.
    await recordEvents(db, [
      ev('a1', 'in', minute + 20_000, { epoch: 'e1e1e1e1' }),
      ev('b1', 'out', minute + 80_000, { epoch: 'e1e1e1e1' }),
    ]);
    await foldPendingEvents(db);
    const before = await metricsFor(db, options());
    expect([before.messagesIn, before.messagesOut, before.firstResponse.count]).toEqual([1, 1, 1]);
    // Session e2 (new salt, so new keys): the same rows come back as history with the page's minute labels, plus a
    // second customer message in the same minute that session e1 never saw.
    const page = { source: 'page' as const, precisionMs: MIN, history: true, epoch: 'e2e2e2e2' };
    const again = await recordEvents(db, [
      ev('a2', 'in', minute, page),
      ev('c2', 'in', minute, page),
      ev('b2', 'out', minute + MIN, page),
    ]);
    expect(again.stored).toHaveLength(3);
    await foldPendingEvents(db);
    const keys = (await db.events.toArray()).map((e) => [e.key.replace(/^0+/, ''), e.epoch, e.source]).sort();
    // a1 and b1 took the new keys (keeping their live times); c2 is new.
    expect(keys).toEqual([
      ['a2', 'e2e2e2e2', 'observed'],
      ['b2', 'e2e2e2e2', 'observed'],
      ['c2', 'e2e2e2e2', 'page'],
    ]);
    const after = await metricsFor(db, options());
    expect([after.messagesIn, after.messagesOut, after.firstResponse.count]).toEqual([2, 1, 1]);
    // A reload in session e2 sends the same keys: nothing changes.
    expect((await recordEvents(db, [ev('a2', 'in', minute, page)])).added).toBe(0);
    // Another direction or another minute is never taken for the same message.
    await recordEvents(db, [ev('d2', 'out', minute, page), ev('e2', 'in', minute + 5 * MIN, page)]);
    expect(await db.events.count()).toBe(5);
  });

  it('remakes the day packs after marks, so conversions show at once', async () => {
    const db = freshDb();
    await recordEvents(db, [ev('a', 'in', NOW - 10 * MIN)]);
    await foldPendingEvents(db);
    expect((await metricsFor(db, options())).converted).toBe(0);
    await markThread(db, { contactKey: 'instagram:1', kind: 'converted', at: NOW - MIN });
    expect((await metricsFor(db, options())).conversionRate).toBe(1);
  });

  it('keeps folding safe to repeat: nothing pending, nothing counted twice', async () => {
    const db = freshDb();
    await recordEvents(db, [ev('a', 'in', NOW - 10 * MIN)]);
    await foldPendingEvents(db);
    expect(await foldPendingEvents(db)).toBe(0);
    expect((await metricsFor(db, options())).messagesIn).toBe(1);
  });
});

describe('surveys and feedback', () => {
  it('a sent survey template opens a survey; logging feedback answers it; deleting reopens it', async () => {
    const db = freshDb();
    const survey = (await db.templates.toArray()).find((t) => t.kind === 'survey')!;
    await recordEvents(db, [ev('s', 'out', NOW - 5 * MIN, { templateId: survey.id }), ev('q', 'in', NOW - 20 * MIN)]);
    await foldPendingEvents(db);
    const ask = await pendingSurvey(db, 'instagram:1');
    expect(ask).toMatchObject({ scale: 'csat', templateId: survey.id });
    const entry = await logFeedback(db, {
      contactKey: 'instagram:1',
      platform: 'instagram',
      scale: 'csat',
      rating: 5,
      tags: [],
      at: NOW,
      surveyId: ask!.id,
      source: 'survey',
    });
    expect(await pendingSurvey(db, 'instagram:1')).toBeUndefined();
    await deleteFeedback(db, entry.id!);
    expect(await pendingSurvey(db, 'instagram:1')).toBeDefined();
  });
});
