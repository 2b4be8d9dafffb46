// Runs inside the extension's dashboard page for `npm run bench`: fills the extension's own IndexedDB with a year of
// generated activity (through the same pure functions recordEvents uses), and times the naive full scan.
import { DEFAULT_SCHEDULE } from '../../lib/metrics/business-hours';
import { computeMetrics, type HourlyVolume } from '../../lib/metrics/compute';
import { conversationsOf } from '../../lib/metrics/conversations';
import { packByPlatform } from '../../lib/metrics/packed';
import { DEFAULT_PREFERENCES, metricOptions } from '../../lib/settings/preferences';
import type { Conversation, MessageEvent } from '../../lib/metrics/types';
import { contactKey as contactKeyOf } from '../../lib/vocab/contact-key';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../lib/vocab/time';
import { seededRandom } from '../shared/seeded-random';
import { openExtensionDb, putAll } from './raw-idb';

/** 1,000,000 events in 100,000 conversations (50,000 threads, two conversations each) over the year before `now`. */
async function seed(now: number, threads = 50_000, perConversation = 10) {
  const random = seededRandom(7);
  const db = await openExtensionDb();
  const dayCounts = new Map<string, { id: string; platform: string; day: number; counts: Float64Array }>();
  let events: MessageEvent[] = [];
  let conversations: Conversation[] = [];
  let total = 0;
  let conversationCount = 0;
  const dirty = new Set<string>();
  for (let t = 0; t < threads; t++) {
    const platform = t % 3 === 0 ? 'messenger' : 'instagram';
    const contactKey = contactKeyOf(platform, String(t));
    const thread: MessageEvent[] = [];
    // Threads start evenly over the year, so any 30 days holds about a twelfth of them.
    let at = now - 365 * DAY_MS + (t / threads) * 360 * DAY_MS;
    for (let c = 0; c < 2; c++) {
      for (let i = 0; i < perConversation; i++) {
        const direction = i % 2 === 0 ? 'in' : 'out';
        at += direction === 'in' ? random() * 20 * MINUTE_MS : random() < 0.05 ? 30 * HOUR_MS : random() * 3 * HOUR_MS;
        if (at > now - MINUTE_MS) at = now - MINUTE_MS - random() * DAY_MS;
        thread.push({
          key: `${t}-${c}-${i}`.padEnd(16, '0').replace(/[^0-9a-f]/g, 'a'),
          platform,
          threadId: String(t),
          contactKey,
          direction,
          at: Math.floor(at),
          source: 'observed',
          precisionMs: 1000,
          observedAt: Math.floor(at),
          history: false,
        });
        const day = Math.floor(at / DAY_MS);
        const id = `${platform}|${day}`;
        const row = dayCounts.get(id) ?? { id, platform, day, counts: new Float64Array(48) };
        row.counts[(direction === 'in' ? 0 : 24) + Math.floor((at - day * DAY_MS) / HOUR_MS)]!++;
        dayCounts.set(id, row);
      }
      at += 1.2 * DAY_MS; // a new conversation after more than 24 quiet hours
    }
    const cs = conversationsOf(thread);
    for (const c of cs) dirty.add(`${c.platform}|${Math.floor(c.startAt / DAY_MS)}`);
    conversationCount += cs.length;
    events.push(...thread);
    conversations.push(...cs);
    total += thread.length;
    if (events.length >= 50_000) {
      await putAll(db, 'events', events);
      await putAll(db, 'conversations', conversations);
      events = [];
      conversations = [];
    }
  }
  await putAll(db, 'events', events);
  await putAll(db, 'conversations', conversations);
  await putAll(db, 'hourly', [...dayCounts.values()]);
  // Every day's pack is made on the first dashboard read, as after any recording.
  await putAll(
    db,
    'dirtyDays',
    [...dirty].map((id) => ({ id })),
  );
  db.close();
  return { events: total, conversations: conversationCount, threads };
}

/** The naive way: read every event, rebuild every conversation, compute. */
async function fullScan(now: number, from: number) {
  const started = performance.now();
  const db = await openExtensionDb();
  const all = await new Promise<MessageEvent[]>((resolve, reject) => {
    const req = db.transaction('events').objectStore('events').getAll();
    req.onsuccess = () => resolve(req.result as MessageEvent[]);
    req.onerror = () => reject(new Error(String(req.error)));
  });
  db.close();
  const byThread = new Map<string, MessageEvent[]>();
  for (const e of all) {
    let list = byThread.get(e.contactKey);
    if (!list) byThread.set(e.contactKey, (list = []));
    list.push(e);
  }
  const conversations = [...byThread.values()].flatMap((events) => conversationsOf(events));
  const hourly = new Map<number, HourlyVolume>();
  for (const e of all) {
    const hour = Math.floor(e.at / HOUR_MS);
    const h = hourly.get(hour) ?? { platform: e.platform, hour, in: 0, out: 0 };
    h[e.direction]++;
    hourly.set(hour, h);
  }
  const m = computeMetrics(
    packByPlatform(conversations, DEFAULT_SCHEDULE),
    conversations.filter((c) => c.waiting === 1),
    [...hourly.values()],
    metricOptions(DEFAULT_PREFERENCES, { from, to: now + 1 }, now),
  );
  return { ms: performance.now() - started, events: all.length, conversations: m.conversations };
}

(globalThis as unknown as { __bench: unknown }).__bench = { seed, fullScan };
