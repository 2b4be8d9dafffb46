import { computeMetrics, type HourlyVolume, type Metrics, type MetricOptions } from '../metrics/compute';
import { conversationsOf } from '../metrics/conversations';
import type { Conversation, MessageEvent, ThreadMark } from '../metrics/types';
import type { SidekickDatabase } from './database';

const HOUR = 3_600_000;

/** Rebuilds one thread's conversations from its events and marks (a thread holds few; history may arrive late). */
async function rebuildThread(db: SidekickDatabase, contactKey: string): Promise<Conversation[]> {
  const events = await db.events.where('[contactKey+at]').between([contactKey, -Infinity], [contactKey, Infinity]).toArray();
  const marks = await db.marks.where('contactKey').equals(contactKey).toArray();
  const conversations = conversationsOf(events, marks);
  await db.conversations.where('contactKey').equals(contactKey).delete();
  await db.conversations.bulkPut(conversations);
  return conversations;
}

/**
 * Stores message events once each: a key already stored is skipped (two tabs, a reload, a re-rendered row), except
 * that a timed copy replaces one whose time was only estimated. Keeps the hourly counts and the threads'
 * conversations up to date. Returns the keys now stored, so the sender can drop them from its queue.
 */
export async function recordEvents(
  db: SidekickDatabase,
  events: readonly MessageEvent[],
): Promise<{ stored: string[]; added: number }> {
  return db.transaction('rw', [db.events, db.conversations, db.hourly, db.marks], async () => {
    const unique = [...new Map(events.map((e) => [e.key, e])).values()];
    const existing = await db.events.bulkGet(unique.map((e) => e.key));
    const toWrite: MessageEvent[] = [];
    const counted: MessageEvent[] = [];
    unique.forEach((e, i) => {
      const old = existing[i];
      if (!old) {
        toWrite.push(e);
        if (e.source !== 'estimated') counted.push(e);
      } else if (old.source === 'estimated' && e.source !== 'estimated') {
        toWrite.push({ ...e, observedAt: old.observedAt, history: old.history || e.history });
        counted.push(e);
      }
    });
    if (toWrite.length > 0) {
      await db.events.bulkPut(toWrite);
      const deltas = new Map<string, HourlyVolume>();
      for (const e of counted) {
        const hour = Math.floor(e.at / HOUR);
        const id = `${e.platform}|${hour}`;
        const row = deltas.get(id) ?? { id, platform: e.platform, hour, in: 0, out: 0 };
        row[e.direction]++;
        deltas.set(id, row);
      }
      const stored = await db.hourly.bulkGet([...deltas.keys()]);
      await db.hourly.bulkPut(
        [...deltas.values()].map((d, i) => ({ ...d, in: d.in + (stored[i]?.in ?? 0), out: d.out + (stored[i]?.out ?? 0) })),
      );
      for (const key of new Set(toWrite.map((e) => e.contactKey))) await rebuildThread(db, key);
    }
    return { stored: unique.map((e) => e.key), added: toWrite.length };
  });
}

/** The seller marks the thread's current conversation converted or done. */
export async function markThread(db: SidekickDatabase, mark: ThreadMark): Promise<Conversation[]> {
  return db.transaction('rw', [db.events, db.conversations, db.marks], async () => {
    await db.marks.add(mark);
    return rebuildThread(db, mark.contactKey);
  });
}

/** The thread's latest conversation, if it has one. */
export async function latestConversation(db: SidekickDatabase, contactKey: string): Promise<Conversation | undefined> {
  const all = await db.conversations.where('contactKey').equals(contactKey).sortBy('startAt');
  return all.at(-1);
}

export async function waitingCount(db: SidekickDatabase): Promise<number> {
  return db.conversations.where('waiting').equals(1).count();
}

/**
 * Dashboard figures for a range: reads only the conversations that can touch it (active since `from`, or waiting)
 * and the hourly counts in it, never the raw events.
 */
export async function metricsFor(db: SidekickDatabase, options: MetricOptions): Promise<Metrics> {
  const [active, waiting, hourly] = await Promise.all([
    db.conversations.where('lastAt').aboveOrEqual(options.from).toArray(),
    db.conversations.where('waiting').equals(1).toArray(),
    db.hourly
      .where('hour')
      .between(Math.floor(options.from / HOUR), Math.ceil(options.to / HOUR))
      .toArray(),
  ]);
  const byId = new Map(active.filter((c) => c.startAt < options.to).map((c) => [c.id, c]));
  for (const c of waiting) byId.set(c.id, c);
  return computeMetrics([...byId.values()], hourly, options);
}

/** Events in a range, oldest first (for the CSV export). */
export async function eventsBetween(db: SidekickDatabase, from: number, to: number): Promise<MessageEvent[]> {
  return db.events.where('at').between(from, to).toArray();
}
