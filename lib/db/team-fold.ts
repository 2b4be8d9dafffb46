// The team's figures, folded as the personal ones are (events-store.ts): the team's conversations per thread, message
// counts per scope and UTC day, and conversations packed per scope, site and UTC day — so the dashboard reads packs,
// never the year's events. A thread is folded again when its own events or marks change (the own fold marks it, only
// while team sync is on) or a teammate's events for it arrive. The first team figures after sync is turned on (or
// after the member changes) build everything once from the events.
import { log } from '../log';
import type { BusinessSchedule } from '../metrics/business-hours';
import { computeMetrics, spread, type HourlyVolume, type Metrics, type MetricOptions } from '../metrics/compute';
import { columns, packConversations, scheduleKey } from '../metrics/packed';
import type { MessageEvent, ThreadMark } from '../metrics/types';
import { addMarksToThreads, addToThreads, type TeamEvent, type TeamMark, type TeamThread } from '../team/event-docs';
import type { MemberFirstResponse } from '../team/status';
import { DAY_MS, utcDay } from '../vocab/time';
import type { SidekickDatabase, TeamDayCounts, TeamDayPack, TeamDirtyPack, TeamThreadVolume } from './database';
import { foldTeamThread, memberScope, type ScopeHour, type TeamConversation } from './team-conversations';

/** The settings row saying the team tables are folded for which member (absent: not built; rebuilt when asked). */
export const FOLD_KEY = 'teamFold';
/** The team sync settings (lib/background/services/team.ts): present while team sync is on. */
const SYNC_CONFIG_KEY = 'team';

interface FoldState {
  me: string;
  /** False while a build is under way: a build cut short (the worker stopped) is started again. */
  built: boolean;
}

const rowId = (scope: string, platform: string, day: number) => `${scope}|${platform}|${day}`;
const scopesOf = (c: TeamConversation) => ['team', ...c.members.map(memberScope)];

/** The tables `teamThreadsChanged` writes: every transaction that calls it lists them. */
export const teamHookTables = (db: SidekickDatabase) => [db.settings, db.teamDirtyThreads];

/**
 * This device's own events or marks of these threads changed (called inside the own fold's transaction). With team
 * sync on and the team tables built, the threads are folded again at the next team read; with sync off, the team
 * tables are left behind and rebuilt when sync is on again.
 */
export async function teamThreadsChanged(db: SidekickDatabase, contactKeys: Iterable<string>): Promise<void> {
  const [config, state] = await db.settings.bulkGet([SYNC_CONFIG_KEY, FOLD_KEY]);
  if (!state) return;
  if (!config) {
    await db.settings.delete(FOLD_KEY);
    return;
  }
  await db.teamDirtyThreads.bulkPut([...new Set(contactKeys)].map((contactKey) => ({ contactKey })));
}

/** The teammates' names kept beside their events (reading them from a year of events takes seconds). */
const MEMBERS_KEY = 'teamMembers';

/** The names of the teammates whose events this device holds, sorted. */
export async function teammates(db: SidekickDatabase): Promise<string[]> {
  // The usual case, on every team read: the names are kept (no write lock on settings for it).
  const known = (await db.settings.get(MEMBERS_KEY))?.value;
  if (Array.isArray(known)) return known as string[];
  return db.transaction('rw', [db.settings, db.teamThreads], async () => {
    const kept = (await db.settings.get(MEMBERS_KEY))?.value;
    if (Array.isArray(kept)) return kept as string[];
    // Events stored before the names were kept: read once from the events.
    const seen = new Set<string>();
    await db.teamThreads.each((t) => t.events.forEach((e) => seen.add(e.member)));
    const names = [...seen].sort();
    await db.settings.put({ key: MEMBERS_KEY, value: names });
    return names;
  });
}

/**
 * Teammates' events and marks from the team's changes feed, kept by thread (each key and mark once). A teammate's day
 * document comes again whole with every message they add, so only the threads that gained something are folded again
 * (once the team tables exist), and new names are kept. Answers the threads that changed.
 */
export async function storeTeammates(
  db: SidekickDatabase,
  events: readonly TeamEvent[],
  marks: readonly TeamMark[],
): Promise<string[]> {
  if (events.length === 0 && marks.length === 0) return [];
  const changed = await db.transaction('rw', db.teamThreads, async () => {
    const keys = [...new Set([...events, ...marks].map((e) => e.contactKey))];
    const held = new Map<string, TeamThread>();
    for (const t of await db.teamThreads.bulkGet(keys)) if (t) held.set(t.contactKey, t);
    const rows = new Map(addToThreads(held, events).map((t) => [t.contactKey, t]));
    for (const t of addMarksToThreads(new Map([...held, ...rows]), marks)) rows.set(t.contactKey, t);
    await db.teamThreads.bulkPut([...rows.values()]);
    return [...rows.keys()];
  });
  if (changed.length === 0) return changed;
  await db.transaction('rw', [db.settings], async () => {
    const kept = (await db.settings.get(MEMBERS_KEY))?.value;
    // None kept yet: the first read takes them from the events, these included.
    if (!Array.isArray(kept)) return;
    const names = new Set([...(kept as string[]), ...events.map((e) => e.member)]);
    if (names.size > kept.length) await db.settings.put({ key: MEMBERS_KEY, value: [...names].sort() });
  });
  await threadsTouched(db, changed);
  return changed;
}

/** Teammates' events or marks of these threads arrived: the team's figures fold them again (once built). */
async function threadsTouched(db: SidekickDatabase, contactKeys: readonly string[]): Promise<void> {
  if (contactKeys.length === 0) return;
  const state = (await db.settings.get(FOLD_KEY))?.value as FoldState | undefined;
  if (!state) return;
  await db.teamDirtyThreads.bulkPut([...new Set(contactKeys)].map((contactKey) => ({ contactKey })));
  // The threads stay marked: a fold that fails here is done again at the next team read (and the batch's templates
  // are still applied).
  await foldTeam(db, state.me).catch((e: unknown) =>
    log.warn('team', 'the team figures could not be folded now; the next team figures fold them', e),
  );
}

// One fold at a time in this worker: a build and a thread's fold must not interleave.
let running: Promise<void> = Promise.resolve();

/** Brings the team tables up to date for member `me`: builds them if needed, then folds every changed thread. */
function foldTeam(db: SidekickDatabase, me: string): Promise<void> {
  const next = running.then(() => foldTeamNow(db, me));
  // The caller gets the failure (`next`); the chain goes on, so the next fold still runs.
  running = next.catch((e: unknown) => log.info('team', 'a team fold failed (its caller was told); the next one goes ahead', e));
  return next;
}

async function foldTeamNow(db: SidekickDatabase, me: string): Promise<void> {
  const state = (await db.settings.get(FOLD_KEY))?.value as FoldState | undefined;
  if (!state?.built || state.me !== me) await buildTeamTables(db, me);
  for (;;) {
    const keys = await db.teamDirtyThreads.limit(500).primaryKeys();
    if (keys.length === 0) return;
    await refoldThreads(db, keys, me);
  }
}

/** Adds (sign 1) or takes away (sign −1) a thread's message counts to the per-day rows. */
function addVolume(rows: Map<string, TeamDayCounts>, volume: readonly ScopeHour[], sign: 1 | -1) {
  for (const v of volume) {
    const day = Math.floor(v.hour / 24);
    const id = rowId(v.scope, v.platform, day);
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { id, scope: v.scope, platform: v.platform, day, counts: new Float64Array(48) }));
    const h = v.hour - day * 24;
    row.counts[h]! += sign * v.in;
    row.counts[24 + h]! += sign * v.out;
  }
}

function markPacks(dirty: Map<string, TeamDirtyPack>, conversations: readonly TeamConversation[]) {
  for (const c of conversations)
    for (const scope of scopesOf(c)) {
      const day = utcDay(c.startAt);
      const id = rowId(scope, c.platform, day);
      dirty.set(id, { id, scope, platform: c.platform, day });
    }
}

/** Folds these threads again from their events and marks, in one transaction. */
async function refoldThreads(db: SidekickDatabase, keys: readonly string[], me: string): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.events,
      db.teamThreads,
      db.marks,
      db.teamConversations,
      db.teamVolumes,
      db.teamHourly,
      db.teamDirtyPacks,
      db.teamDirtyThreads,
    ],
    async () => {
      const rows = new Map<string, TeamDayCounts>();
      const dirty = new Map<string, TeamDirtyPack>();
      const threads = await Promise.all(
        keys.map(async (key) => {
          const range = [
            [key, -Infinity],
            [key, Infinity],
          ] as const;
          const [own, theirs, marks, before, old] = await Promise.all([
            db.events
              .where('[contactKey+at]')
              .between(...range)
              .toArray(),
            db.teamThreads.get(key).then((t) => t?.events ?? []),
            // This device's marks and the teammates' (a conversion is the team's, whoever marked it).
            Promise.all([db.marks.where('contactKey').equals(key).toArray(), db.teamThreads.get(key)]).then(([mine, t]) => [
              ...mine,
              ...(t?.marks ?? []),
            ]),
            db.teamConversations.where('contactKey').equals(key).toArray(),
            db.teamVolumes.get(key),
          ]);
          return { key, before, old, fold: foldTeamThread(own, theirs, marks, me) };
        }),
      );
      for (const { key, before, old, fold } of threads) {
        if (old) addVolume(rows, old.volume, -1);
        addVolume(rows, fold.volume, 1);
        markPacks(dirty, before);
        markPacks(dirty, fold.conversations);
        await db.teamConversations.bulkDelete(before.map((c) => c.id));
        await db.teamConversations.bulkPut(fold.conversations);
        await db.teamVolumes.put({ contactKey: key, volume: fold.volume });
      }
      const ids = [...rows.keys()];
      const stored = await db.teamHourly.bulkGet(ids);
      stored.forEach((row, i) => {
        if (!row) return;
        const delta = rows.get(ids[i]!)!;
        for (let h = 0; h < 48; h++) delta.counts[h]! += row.counts[h]!;
      });
      await db.teamHourly.bulkPut([...rows.values()]);
      await db.teamDirtyPacks.bulkPut([...dirty.values()]);
      await db.teamDirtyThreads.bulkDelete([...keys]);
    },
  );
}

/** Groups rows by thread. */
function byThread<T extends { contactKey: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.contactKey);
    if (list) list.push(r);
    else out.set(r.contactKey, [r]);
  }
  return out;
}

/**
 * Every row of the team tables for member `me`, from all of this device's events, the teammates' and the marks (what
 * a build writes; the bench seeds the same).
 */
export function teamTablesFrom(
  own: readonly MessageEvent[],
  theirs: readonly TeamEvent[],
  marks: readonly ThreadMark[],
  me: string,
): {
  conversations: TeamConversation[];
  threads: TeamThreadVolume[];
  hourly: TeamDayCounts[];
  dirtyPacks: TeamDirtyPack[];
} {
  const ownOf = byThread<MessageEvent>(own);
  const theirsOf = byThread<TeamEvent>(theirs);
  const marksOf = byThread<ThreadMark>(marks);
  const conversations: TeamConversation[] = [];
  const threads: TeamThreadVolume[] = [];
  const rows = new Map<string, TeamDayCounts>();
  for (const key of new Set([...ownOf.keys(), ...theirsOf.keys()])) {
    const fold = foldTeamThread(ownOf.get(key) ?? [], theirsOf.get(key) ?? [], marksOf.get(key) ?? [], me);
    for (const c of fold.conversations) conversations.push(c);
    threads.push({ contactKey: key, volume: fold.volume });
    addVolume(rows, fold.volume, 1);
  }
  const dirty = new Map<string, TeamDirtyPack>();
  markPacks(dirty, conversations);
  return { conversations, threads, hourly: [...rows.values()], dirtyPacks: [...dirty.values()] };
}

/**
 * The team tables from nothing, for member `me`. The state is written first, so threads changed meanwhile are marked
 * and folded again right after.
 */
async function buildTeamTables(db: SidekickDatabase, me: string): Promise<void> {
  await db.transaction('rw', [db.settings, db.teamDirtyThreads], async () => {
    await db.settings.put({ key: FOLD_KEY, value: { me, built: false } satisfies FoldState });
    await db.teamDirtyThreads.clear();
  });
  const [own, threads, marks] = await db.transaction('r', [db.events, db.teamThreads, db.marks], () =>
    Promise.all([db.events.toArray(), db.teamThreads.toArray(), db.marks.toArray()]),
  );
  const theirs = threads.flatMap((t) => t.events);
  const tables = teamTablesFrom(own, theirs, [...marks, ...threads.flatMap((t) => t.marks ?? [])], me);
  await db.transaction(
    'rw',
    [db.settings, db.teamConversations, db.teamVolumes, db.teamHourly, db.teamDayPacks, db.teamDirtyPacks],
    async () => {
      await Promise.all([
        db.teamConversations.clear(),
        db.teamVolumes.clear(),
        db.teamHourly.clear(),
        db.teamDayPacks.clear(),
        db.teamDirtyPacks.clear(),
      ]);
      await db.teamConversations.bulkPut(tables.conversations);
      await db.teamVolumes.bulkPut(tables.threads);
      await db.teamHourly.bulkPut(tables.hourly);
      await db.teamDirtyPacks.bulkPut(tables.dirtyPacks);
      await db.settings.put({ key: FOLD_KEY, value: { me, built: true } satisfies FoldState });
    },
  );
}

/** Remakes these day packs (all of one scope or several) from the team's conversations: one read per day. */
async function refreshPacks(db: SidekickDatabase, schedule: BusinessSchedule, packs: readonly TeamDirtyPack[]) {
  const out: TeamDayPack[] = [];
  const empty: string[] = [];
  const byDay = new Map<number, TeamDirtyPack[]>();
  for (const p of packs) byDay.set(p.day, [...(byDay.get(p.day) ?? []), p]);
  for (const [day, wanted] of byDay) {
    const started = await db.teamConversations
      .where('startAt')
      .between(day * DAY_MS, (day + 1) * DAY_MS, true, false)
      .toArray();
    for (const p of wanted) {
      const member = p.scope === 'team' ? null : p.scope.slice('member:'.length);
      const list = started.filter((c) => c.platform === p.platform && (member === null || c.members.includes(member)));
      if (list.length === 0) empty.push(p.id);
      else
        out.push({
          id: p.id,
          scope: p.scope,
          day,
          maxLastAt: Math.max(...list.map((c) => c.lastAt)),
          pack: packConversations(list, p.platform, schedule),
        });
    }
  }
  await db.teamDayPacks.bulkDelete(empty);
  await db.teamDayPacks.bulkPut(out);
  return out;
}

/** Remakes a scope's stale packs (changed threads), so what is read next is current. */
async function refreshScopes(db: SidekickDatabase, schedule: BusinessSchedule, scopes: readonly string[]) {
  await db.transaction('rw', [db.teamConversations, db.teamDayPacks, db.teamDirtyPacks], async () => {
    const dirty = await db.teamDirtyPacks
      .where('scope')
      .anyOf([...scopes])
      .toArray();
    if (dirty.length === 0) return;
    await refreshPacks(db, schedule, dirty);
    await db.teamDirtyPacks.bulkDelete(dirty.map((d) => d.id));
  });
}

/** Packs made under another schedule are remade (the first read after a schedule change is slower). */
async function currentPacks(db: SidekickDatabase, schedule: BusinessSchedule, packs: TeamDayPack[]): Promise<TeamDayPack[]> {
  const key = scheduleKey(schedule);
  const stale = packs.filter((p) => p.pack.scheduleKey !== key);
  if (stale.length === 0) return packs;
  const remade = await db.transaction('rw', [db.teamConversations, db.teamDayPacks], () =>
    refreshPacks(
      db,
      schedule,
      stale.map((p) => ({ id: p.id, scope: p.scope, platform: p.pack.platform, day: p.day })),
    ),
  );
  const byId = new Map(remade.map((p) => [p.id, p]));
  return packs.filter((p) => p.pack.scheduleKey === key || byId.has(p.id)).map((p) => byId.get(p.id) ?? p);
}

/**
 * The packs Facebook's response rate looks at: the 30 days before the scope's latest conversation started, and at
 * least its latest 10 conversations — read from the latest day back until both are covered.
 */
async function facebookWindow(db: SidekickDatabase, scope: string, o: MetricOptions): Promise<TeamDayPack[]> {
  let latest: number | null = null;
  let counted = 0;
  return db.teamDayPacks
    .where('[scope+day]')
    .between([scope, -Infinity], [scope, Infinity], true, true)
    .reverse()
    .until((p) => {
      if (o.platform && p.pack.platform !== o.platform) return false;
      if (latest === null) latest = Math.max(...columns(p.pack).start);
      if (counted >= 10 && (p.day + 1) * DAY_MS <= latest - 30 * DAY_MS) return true;
      counted += p.pack.conversations;
      return false;
    })
    .toArray();
}

/**
 * A team scope's dashboard figures from the folded tables (`scope`: `team` or `member:<name>`): the day packs that
 * can touch the range and Facebook's window, the waiting conversations and the day counts.
 */
export async function foldedTeamMetrics(db: SidekickDatabase, scope: string, me: string, o: MetricOptions): Promise<Metrics> {
  await foldTeam(db, me);
  await refreshScopes(db, o.schedule, [scope]);
  const member = scope === 'team' ? null : scope.slice('member:'.length);
  const [touching, recent, waitingAll, hourly] = await Promise.all([
    db.teamDayPacks.where('[scope+maxLastAt]').between([scope, o.from], [scope, Infinity], true, true).toArray(),
    facebookWindow(db, scope, o),
    db.teamConversations.where('waiting').equals(1).toArray(),
    db.teamHourly
      .where('[scope+day]')
      .between([scope, utcDay(o.from)], [scope, utcDay(o.to)], true, true)
      .toArray(),
  ]);
  const waiting = member === null ? waitingAll : waitingAll.filter((c) => c.members.includes(member));
  const toDay = utcDay(o.to);
  const packs = new Map<string, TeamDayPack>();
  for (const p of [...touching.filter((p) => p.day <= toDay), ...recent]) packs.set(p.id, p);
  // Unlike metricsFor, a waiting conversation's pack is not read for itself: every burst in the range is in a pack
  // that touches it, and the waiting list comes from the conversations (a year's unanswered ones would be most packs).
  const hours: HourlyVolume[] = [];
  for (const row of hourly)
    for (let h = 0; h < 24; h++) {
      const count = { in: row.counts[h]!, out: row.counts[24 + h]! };
      if (count.in || count.out) hours.push({ platform: row.platform, hour: row.day * 24 + h, ...count });
    }
  const current = await currentPacks(db, o.schedule, [...packs.values()]);
  return computeMetrics(
    current.map((p) => p.pack),
    waiting,
    hours,
    o,
  );
}

/**
 * Each member's first responses from the folded tables: the answered conversations of a member's scope are exactly
 * those whose first reply was theirs, so their packs give the figure.
 */
export async function foldedFirstResponses(
  db: SidekickDatabase,
  members: readonly string[],
  me: string,
  o: MetricOptions,
): Promise<MemberFirstResponse[]> {
  await foldTeam(db, me);
  const scopes = members.map(memberScope);
  await refreshScopes(db, o.schedule, scopes);
  return Promise.all(
    members.map(async (member, i) => {
      const packs = await db.teamDayPacks
        .where('[scope+day]')
        .between([scopes[i]!, utcDay(o.from)], [scopes[i]!, utcDay(o.to)], true, true)
        .toArray();
      const times: number[] = [];
      for (const { pack } of packs) {
        if (o.platform && pack.platform !== o.platform) continue;
        const c = columns(pack);
        for (let k = 0; k < pack.conversations; k++) {
          const start = c.start[k]!;
          const reply = c.firstReply[k]!;
          if (start >= o.from && start < o.to && reply === reply) times.push(reply);
        }
      }
      return { member, median: spread(times).median, count: times.length };
    }),
  );
}
