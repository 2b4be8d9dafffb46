import { DAY_MS, HOUR_MS, utcDay } from '../vocab/time';
import type { BusinessSchedule } from '../metrics/business-hours';
import { computeMetrics, type HourlyVolume, type Metrics, type MetricOptions } from '../metrics/compute';
import { conversationsOf } from '../metrics/conversations';
import { packConversations, scheduleKey } from '../metrics/packed';
import type { Conversation, MessageEvent, ThreadMark } from '../metrics/types';
import type { PlatformId } from '../platforms/sites';
import type { DayCounts, DayPack, SidekickDatabase } from './database';
import { teamHookTables, teamThreadsChanged } from './team-fold';

const packId = (platform: PlatformId, day: number) => `${platform}|${day}`;

/** Rebuilds one thread's conversations from its events and marks, and marks the day packs they touch as stale. */
async function rebuildThread(db: SidekickDatabase, contactKey: string): Promise<Conversation[]> {
  const events = await db.events.where('[contactKey+at]').between([contactKey, -Infinity], [contactKey, Infinity]).toArray();
  const marks = await db.marks.where('contactKey').equals(contactKey).toArray();
  const before = await db.conversations.where('contactKey').equals(contactKey).toArray();
  const conversations = conversationsOf(events, marks);
  await db.conversations.where('contactKey').equals(contactKey).delete();
  await db.conversations.bulkPut(conversations);
  const stale = new Set([...before, ...conversations].map((c) => packId(c.platform, utcDay(c.startAt))));
  await db.dirtyDays.bulkPut([...stale].map((id) => ({ id })));
  return conversations;
}

/**
 * Stores message events once each: a key already stored is skipped (two tabs, a reload, a re-rendered row), except
 * that a timed copy replaces one whose time was only estimated. Answers with the keys now stored as soon as they
 * are safe in the database; folding them into conversations and counts is left to `foldPendingEvents`, which the
 * background runs right after (and after a restart). This is the hot path of every message seen, so it is one raw
 * IndexedDB transaction with one request per event (Dexie's extra requests cost more than the write itself).
 */
export async function recordEvents(
  db: SidekickDatabase,
  events: readonly MessageEvent[],
): Promise<{ stored: string[]; added: number }> {
  const all = [...new Map(events.map((e) => [e.key, e])).values()];
  const adopted = await adoptEarlierSessions(db, all);
  const unique = adopted.size === 0 ? all : all.filter((e) => !adopted.has(e.key));
  const idb = db.backendDB() ?? (await db.open()).backendDB();
  let added = 0;
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('events', 'readwrite');
    const store = tx.objectStore('events');
    for (const e of unique) {
      const fresh: MessageEvent = { ...e, fold: e.source === 'estimated' ? 2 : 1 };
      const add = store.add(fresh);
      add.onsuccess = () => added++;
      add.onerror = (ev) => {
        // Already stored: keep it, unless only its time was estimated and this copy is timed.
        ev.preventDefault();
        ev.stopPropagation();
        if (e.source === 'estimated') return;
        const get = store.get(e.key);
        get.onsuccess = () => {
          const old = get.result as MessageEvent | undefined;
          if (old?.source !== 'estimated') return;
          store.put({ ...fresh, observedAt: old.observedAt, history: old.history || e.history });
          added++;
        };
      };
    }
    tx.oncomplete = () => resolve();
    // A duplicate key is handled above; anything else aborts the transaction, and nothing is stored.
    tx.onabort = () => reject(tx.error ?? new Error('storing the events was aborted'));
  });
  return { stored: all.map((e) => e.key), added: added + adopted.size };
}

/** How far a stored event's time may sit outside a page label's span and still be the same message (clock skew). */
const SAME_MESSAGE_SLACK_MS = 2_000;

/**
 * Text-based keys change with every browser session (their salt is never stored: lib/events/key-salts.ts), so a
 * message recorded in an earlier session and seen again now arrives under a new key. A history row that carries the
 * page's own time is matched to a stored event of an earlier session — same thread and direction, time within the
 * label's span — and that event takes the new key (and this session's name), so it is neither counted twice nor
 * matched twice. Rows without a page time cannot be matched; they are stored as estimated, which no figure counts.
 * Returns the keys adopted this way.
 */
async function adoptEarlierSessions(db: SidekickDatabase, events: readonly MessageEvent[]): Promise<Set<string>> {
  const candidates = events.filter((e) => e.epoch && e.history && e.source === 'page' && e.precisionMs <= DAY_MS);
  const adopted = new Set<string>();
  if (candidates.length === 0) return adopted;
  await db.transaction('rw', db.events, async () => {
    const known = await db.events.bulkGet(candidates.map((e) => e.key));
    for (const [i, e] of candidates.entries()) {
      if (known[i]) continue;
      const near = await db.events
        .where('[contactKey+at]')
        .between(
          [e.contactKey, e.at - SAME_MESSAGE_SLACK_MS],
          [e.contactKey, e.at + e.precisionMs + SAME_MESSAGE_SLACK_MS],
          true,
          true,
        )
        .toArray();
      const earlier = near.find((o) => o.direction === e.direction && o.epoch !== e.epoch && o.source !== 'estimated');
      if (!earlier) continue;
      await db.events.delete(earlier.key);
      // Folded again to rebuild its thread (conversations order ties by key), but counted in the volume only once.
      await db.events.add({ ...earlier, key: e.key, epoch: e.epoch!, history: true, fold: earlier.fold === 1 ? 1 : 2 });
      adopted.add(e.key);
    }
  });
  return adopted;
}

/**
 * Folds recorded events into the hourly counts and their threads' conversations. Returns how many it folded.
 * Safe to run any time and more than once: each event is counted once, in the same transaction that clears its
 * `fold` mark.
 */
export async function foldPendingEvents(db: SidekickDatabase): Promise<number> {
  return db.transaction(
    'rw',
    [db.events, db.conversations, db.hourly, db.marks, db.dirtyDays, db.templates, db.surveys, ...teamHookTables(db)],
    async () => {
      const events = await db.events.where('fold').above(0).limit(20_000).toArray();
      if (events.length === 0) return 0;
      const counted = events.filter((e) => e.fold === 1);
      const rows = new Map<string, DayCounts>();
      const touched = [...new Set(counted.map((e) => packId(e.platform, utcDay(e.at))))];
      (await db.hourly.bulkGet(touched)).forEach((row, i) => {
        const [platform, day] = touched[i]!.split('|') as [PlatformId, string];
        rows.set(touched[i]!, row ?? { id: touched[i]!, platform, day: Number(day), counts: new Float64Array(48) });
      });
      for (const e of counted) {
        const row = rows.get(packId(e.platform, utcDay(e.at)))!;
        const hour = Math.floor((e.at - row.day * DAY_MS) / HOUR_MS);
        row.counts[(e.direction === 'in' ? 0 : 24) + hour]!++;
      }
      await db.hourly.bulkPut([...rows.values()]);
      await db.events.bulkPut(events.map(({ fold: _fold, ...rest }) => rest));
      const threads = new Set(events.map((e) => e.contactKey));
      for (const key of threads) await rebuildThread(db, key);
      // With team sync on, the team's figures fold these threads again too.
      await teamThreadsChanged(db, threads);
      // A survey template the seller sent (seen as a new outgoing row) puts the thread in "awaiting feedback".
      const sent = events.filter((e) => e.direction === 'out' && !e.history && e.templateId !== undefined);
      const templates = await db.templates.bulkGet(sent.map((e) => e.templateId!));
      await db.surveys.bulkPut(
        sent.flatMap((e, i) => {
          const t = templates[i];
          return t?.kind === 'survey'
            ? [
                {
                  id: e.key,
                  contactKey: e.contactKey,
                  platform: e.platform,
                  templateId: t.id,
                  scale: t.survey ?? 'text',
                  askedAt: e.at,
                },
              ]
            : [];
        }),
      );
      return events.length;
    },
  );
}

/** The seller marks the thread's current conversation converted or done. */
export async function markThread(db: SidekickDatabase, mark: ThreadMark): Promise<Conversation[]> {
  return db.transaction('rw', [db.events, db.conversations, db.marks, db.dirtyDays, ...teamHookTables(db)], async () => {
    await db.marks.add(mark);
    await teamThreadsChanged(db, [mark.contactKey]);
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

/** Remakes stale day packs (new events, marks, or another business-hours schedule) from the conversations. */
async function refreshPacks(db: SidekickDatabase, schedule: BusinessSchedule, ids: Iterable<string>): Promise<DayPack[]> {
  const out: DayPack[] = [];
  for (const id of ids) {
    const [platform, dayText] = id.split('|') as [PlatformId, string];
    const day = Number(dayText);
    const conversations = (
      await db.conversations
        .where('startAt')
        .between(day * DAY_MS, (day + 1) * DAY_MS, true, false)
        .toArray()
    ).filter((c) => c.platform === platform);
    out.push({
      id,
      day,
      maxLastAt: Math.max(-1, ...conversations.map((c) => c.lastAt)),
      pack: packConversations(conversations, platform, schedule),
    });
  }
  await db.dayPacks.bulkPut(out);
  return out;
}

/**
 * Dashboard figures for a range. Reads packed conversations, never the raw events: the day packs that can touch the
 * range (their latest message is after its start), the last 30 days (Facebook's response rate, "very responsive"), and the packs of every
 * waiting thread; plus the hourly counts. Packs made under another schedule are remade first (the first read after
 * a schedule change is slower).
 */
export async function metricsFor(db: SidekickDatabase, options: MetricOptions): Promise<Metrics> {
  const key = scheduleKey(options.schedule);
  const dirty = (await db.dirtyDays.toArray()).map((d) => d.id);
  if (dirty.length) {
    await db.transaction('rw', [db.conversations, db.dayPacks, db.dirtyDays], async () => {
      await refreshPacks(db, options.schedule, dirty);
      await db.dirtyDays.bulkDelete(dirty);
    });
  }
  const toDay = utcDay(options.to);
  const [touching, recent, waiting, hourly] = await Promise.all([
    db.dayPacks.where('maxLastAt').aboveOrEqual(options.from).toArray(),
    db.dayPacks
      .where('day')
      .aboveOrEqual(utcDay(options.now - 30 * DAY_MS))
      .toArray(),
    db.conversations.where('waiting').equals(1).toArray(),
    db.hourly.where('day').between(utcDay(options.from), utcDay(options.to), true, true).toArray(),
  ]);
  const packs = new Map<string, DayPack>();
  for (const p of [...touching.filter((p) => p.day <= toDay), ...recent]) packs.set(p.id, p);
  const missing = [...new Set(waiting.map((c) => packId(c.platform, utcDay(c.startAt))))].filter((id) => !packs.has(id));
  for (const p of await db.dayPacks.bulkGet(missing)) if (p) packs.set(p.id, p);
  const stale = [...packs.values()].filter((p) => p.pack.scheduleKey !== key).map((p) => p.id);
  if (stale.length) {
    for (const p of await db.transaction('rw', [db.conversations, db.dayPacks], () => refreshPacks(db, options.schedule, stale)))
      packs.set(p.id, p);
  }
  const hours: HourlyVolume[] = [];
  for (const row of hourly) {
    for (let h = 0; h < 24; h++) {
      const count = { in: row.counts[h]!, out: row.counts[24 + h]! };
      if (count.in || count.out) hours.push({ platform: row.platform, hour: row.day * 24 + h, ...count });
    }
  }
  return computeMetrics(
    [...packs.values()].map((p) => p.pack),
    waiting,
    hours,
    options,
  );
}

/** Events in a range, oldest first (for the CSV export). */
export async function eventsBetween(db: SidekickDatabase, from: number, to: number): Promise<MessageEvent[]> {
  return db.events.where('at').between(from, to).toArray();
}
