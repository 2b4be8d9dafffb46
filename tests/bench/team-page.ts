// Runs inside the extension's dashboard page for the team bench (scripts/bench-team.mjs): fills the extension's own
// IndexedDB with a team's year as team sync leaves it — this member's events and their folded tables, the
// teammates' events, and the team tables folded by the same pure functions the background uses — and times the
// naive figures (every event read, every conversation rebuilt) beside.
import type { MetricOptions } from '../../lib/metrics/compute';
import { DEFAULT_PREFERENCES, metricOptions } from '../../lib/settings/preferences';
import { conversationsOf } from '../../lib/metrics/conversations';
import type { MessageEvent, ThreadMark } from '../../lib/metrics/types';
import type { TeamEvent, TeamThread } from '../../lib/team/event-docs';
import { teamTablesFrom } from '../../lib/db/team-fold';
import { firstResponsesByMember, scopeEvents, scopeMetricsFromEvents } from '../../lib/db/team-metrics';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../lib/vocab/time';
import { seededRandom } from '../shared/seeded-random';
import { openExtensionDb, putAll } from './raw-idb';

export const MEMBERS = ['ana', 'ben', 'cleo', 'dan', 'eve', 'finn', 'gus', 'hana', 'ivo', 'jo'];
const ME = 'ana';

function getAll<T>(db: IDBDatabase, store: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store).objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result as T[]);
    req.onerror = () => reject(new Error(String(req.error)));
  });
}

const hex = (i: number) => i.toString(16).padStart(32, '0');

function byThread<T extends { contactKey: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.contactKey, [...(out.get(r.contactKey) ?? []), r]);
  return out;
}

/**
 * A team year: `total` message events (this member's in `events`, the teammates' in `teamThreads`) in threads spread
 * evenly over the year before `now`, two conversations each. Each thread is one member's (round robin); a quarter of
 * the replies are followed by a teammate's; 8 % of bursts go unanswered; this member also sees a tenth of the
 * teammates' customers' messages (WhatsApp: one event per message, the copy keyed by its team key).
 */
async function seed(now: number, total = 1_000_000) {
  const random = seededRandom(11);
  const db = await openExtensionDb();
  let own: MessageEvent[] = [];
  let theirs: TeamEvent[] = [];
  const dayCounts = new Map<string, { id: string; platform: string; day: number; counts: Float64Array }>();
  const teamHourly = new Map<string, { id: string; scope: string; platform: string; day: number; counts: Float64Array }>();
  const dirtyDays = new Set<string>();
  const dirtyPacks = new Map<string, unknown>();
  let id = 0;
  let events = 0;
  let threads = 0;
  let ownConversations = 0;
  let teamConversations = 0;
  const flush = async () => {
    const tables = teamTablesFrom(own, theirs, [], ME);
    const mine = [...byThread(own).values()].flatMap((list) => conversationsOf(list));
    for (const c of mine) dirtyDays.add(`${c.platform}|${Math.floor(c.startAt / DAY_MS)}`);
    ownConversations += mine.length;
    teamConversations += tables.conversations.length;
    for (const row of tables.hourly) {
      const kept = teamHourly.get(row.id);
      if (!kept) teamHourly.set(row.id, row);
      else for (let h = 0; h < 48; h++) kept.counts[h]! += row.counts[h]!;
    }
    for (const p of tables.dirtyPacks) dirtyPacks.set(p.id, p);
    await Promise.all([
      putAll(db, 'events', own),
      // Teammates' events are kept one row per thread (a flush holds whole threads).
      putAll(
        db,
        'teamThreads',
        [...byThread(theirs)].map(([contactKey, events]) => ({ contactKey, events })),
      ),
      putAll(db, 'conversations', mine),
      putAll(db, 'teamConversations', tables.conversations),
      putAll(db, 'teamVolumes', tables.threads),
    ]);
    own = [];
    theirs = [];
  };
  const record = (e: Omit<MessageEvent, 'key' | 'observedAt'>, member: string, alsoMe: boolean) => {
    const teamKey = hex(++id);
    if (member === ME || alsoMe) {
      own.push({ ...e, key: hex(++id), teamKey, observedAt: e.at });
      const day = Math.floor(e.at / DAY_MS);
      const rowId = `${e.platform}|${day}`;
      const row = dayCounts.get(rowId) ?? { id: rowId, platform: e.platform, day, counts: new Float64Array(48) };
      row.counts[(e.direction === 'in' ? 0 : 24) + Math.floor((e.at - day * DAY_MS) / HOUR_MS)]!++;
      dayCounts.set(rowId, row);
      events++;
    }
    if (member !== ME) {
      const { platform, threadId, contactKey, direction, at, source, precisionMs, history } = e;
      theirs.push({ key: teamKey, member, platform, threadId, contactKey, direction, at, source, precisionMs, history });
      events++;
    }
  };
  const perThread = 20;
  // About 20.1 events a thread (8 % of 10 replies missing, this member's copies of a tenth of the teammates' customer
  // messages); a few more threads than needed, the last ones left out once `total` is reached.
  const threadCount = Math.ceil((total / 20.1) * 1.01);
  for (let t = 0; t < threadCount && events < total; t++) {
    threads++;
    const member = MEMBERS[t % MEMBERS.length]!;
    const platform = 'whatsapp' as const;
    const contactKey = `${platform}:${t}`;
    const base = { platform, threadId: String(t), contactKey, source: 'observed' as const, precisionMs: 1000, history: false };
    const alsoMe = member !== ME && random() < 0.1;
    let at = now - 365 * DAY_MS + (t / threadCount) * 360 * DAY_MS;
    for (let c = 0; c < 2; c++) {
      for (let i = 0; i < perThread / 2; i++) {
        const direction = i % 2 === 0 ? 'in' : 'out';
        at += direction === 'in' ? random() * 20 * MINUTE_MS : random() < 0.05 ? 30 * HOUR_MS : random() * 3 * HOUR_MS;
        if (at > now - MINUTE_MS) at = now - MINUTE_MS - random() * DAY_MS;
        if (direction === 'out' && random() < 0.08) continue; // unanswered
        if (events >= total) break;
        const replier = direction === 'out' && random() < 0.25 ? MEMBERS[(t + 1 + i) % MEMBERS.length]! : member;
        record({ ...base, direction, at: Math.floor(at) }, replier, direction === 'in' && alsoMe);
      }
      at += 1.2 * DAY_MS;
    }
    if (own.length + theirs.length >= 50_000) await flush();
  }
  await flush();
  await putAll(db, 'hourly', [...dayCounts.values()]);
  await putAll(
    db,
    'dirtyDays',
    [...dirtyDays].map((id) => ({ id })),
  );
  await putAll(db, 'teamHourly', [...teamHourly.values()]);
  // Every team pack is made at its scope's first read, as after any fold.
  await putAll(db, 'teamDirtyPacks', [...dirtyPacks.values()]);
  await putAll(db, 'settings', [
    { key: 'teamFold', value: { me: ME, built: true } },
    { key: 'teamMembers', value: MEMBERS.filter((m) => m !== ME).sort() },
  ]);
  db.close();
  return { events, threads, ownConversations, teamConversations };
}

const options = (now: number, days: number): MetricOptions =>
  metricOptions(DEFAULT_PREFERENCES, { from: now - days * DAY_MS, to: now + 1 }, now);

/**
 * The naive way: read every event, rebuild every conversation, compute a scope's figures — `team`, a member's name,
 * or `members` (the first-response table).
 */
async function naive(now: number, days: number, scope: string) {
  const started = performance.now();
  const db = await openExtensionDb();
  const [own, threads, marks] = await Promise.all([
    getAll<MessageEvent>(db, 'events'),
    getAll<TeamThread>(db, 'teamThreads'),
    getAll<ThreadMark>(db, 'marks'),
  ]);
  const theirs = threads.flatMap((t) => t.events);
  db.close();
  const o = options(now, days);
  if (scope === 'members') {
    const rows = firstResponsesByMember(scopeEvents(own, theirs, ME), MEMBERS, o);
    return { ms: performance.now() - started, conversations: rows.reduce((sum, r) => sum + r.count, 0), median: rows[0]!.median };
  }
  const m = scopeMetricsFromEvents(own, theirs, marks, scope === 'team' ? 'team' : { member: scope }, ME, o);
  return { ms: performance.now() - started, conversations: m.conversations, median: m.firstResponse.median };
}

(globalThis as unknown as { __teamBench: unknown }).__teamBench = { seed, naive };
