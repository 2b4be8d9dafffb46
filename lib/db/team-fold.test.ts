import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../metrics/business-hours';
import type { Metrics, MetricOptions } from '../metrics/compute';
import type { MessageEvent } from '../metrics/types';
import type { TeamEvent } from '../team/event-docs';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../vocab/time';
import { SidekickDatabase } from './database';
import { foldPendingEvents, markThread, recordEvents } from './events-store';
import { FOLD_KEY, storeTeammates } from './team-fold';
import {
  firstResponsesByMember,
  scopeEvents,
  scopeMetricsFromEvents,
  teamFirstResponses,
  teamMembers,
  teamMetrics,
} from './team-metrics';
import type { TeamScope } from './team-conversations';
import { seededRandom } from '../../tests/shared/seeded-random';

const NOW = Date.UTC(2026, 10, 27, 12);
const ME = 'ana';
const MEMBERS = ['ana', 'ben', 'cleo', 'dan'];
let n = 0;
const dbs: SidekickDatabase[] = [];
async function teamDb() {
  const db = new SidekickDatabase(`team-fold-${++n}`);
  dbs.push(db);
  // Team sync is on (its settings are stored).
  await db.settings.put({ key: 'team', value: { url: 'http://127.0.0.1:5984', db: 'shop', user: ME, password: 'x' } });
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const hex = (i: number) => i.toString(16).padStart(32, '0');

/**
 * A team's weeks, as this device would hold them: each message seen by some of the members. On WhatsApp every
 * member's copy carries the team key (this device keeps one copy of the teammates'); on Instagram, as events keyed
 * before the team salt was known, every member who saw it has their own key. Unanswered conversations,
 * replies by several members, business messages before any customer one and an estimated row are all in. Every
 * event is tagged early or late (late: arrives after the team tables are built).
 */
function teamWeeks(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const own: { e: MessageEvent; late: boolean }[] = [];
  const theirs: { e: TeamEvent; late: boolean }[] = [];
  let id = 0;
  const message = (contactKey: string, direction: 'in' | 'out', at: number, sender: string | null) => {
    const platform = contactKey.split(':')[0] as 'whatsapp' | 'instagram';
    const saw = new Set(MEMBERS.filter(() => random() < 0.45));
    if (sender) saw.add(sender);
    if (saw.size === 0) saw.add(pick(MEMBERS));
    const late = random() < 0.3;
    const base = {
      platform,
      threadId: contactKey.split(':')[1]!,
      contactKey,
      direction,
      at,
      source: 'observed' as const,
      precisionMs: 1000,
      history: false,
    };
    if (platform === 'whatsapp') {
      const teamKey = hex(++id);
      if (saw.has(ME)) own.push({ e: { ...base, key: hex(++id), teamKey, observedAt: at }, late });
      // Each teammate who saw it sends it under the same team key; this device keeps one copy.
      for (const m of saw) if (m !== ME) theirs.push({ e: { ...base, key: teamKey, member: m }, late: late || random() < 0.3 });
    } else
      for (const m of saw) {
        const seen = { ...base, at: at + Math.floor(random() * 3000) };
        if (m === ME) own.push({ e: { ...seen, key: hex(++id), observedAt: seen.at }, late });
        else theirs.push({ e: { ...seen, key: hex(++id), member: m }, late: random() < 0.3 });
      }
  };
  for (let t = 0; t < 48; t++) {
    const contactKey = `${t % 3 === 0 ? 'instagram' : 'whatsapp'}:${1000 + t}`;
    let at = NOW - 60 * DAY_MS + random() * 20 * DAY_MS;
    if (t % 7 === 0) message(contactKey, 'out', at - HOUR_MS, pick(MEMBERS));
    while (at < NOW - HOUR_MS) {
      const bursts = 1 + Math.floor(random() * 3);
      for (let b = 0; b < bursts; b++) {
        const ins = 1 + Math.floor(random() * 2);
        for (let i = 0; i < ins; i++) {
          message(contactKey, 'in', Math.floor(at), null);
          at += random() * 10 * MINUTE_MS;
        }
        if (random() < 0.75) {
          // One or two members reply; the later one after the first.
          const replier = pick(MEMBERS);
          at += random() * 3 * HOUR_MS;
          message(contactKey, 'out', Math.floor(at), replier);
          if (random() < 0.3) message(contactKey, 'out', Math.floor(at + random() * 20 * MINUTE_MS), pick(MEMBERS));
        }
        at += random() * 5 * HOUR_MS;
      }
      at += random() < 0.5 ? 30 * HOUR_MS : random() * 8 * DAY_MS;
    }
  }
  own.push({
    e: {
      key: hex(++id),
      platform: 'whatsapp',
      threadId: '1001',
      contactKey: 'whatsapp:1001',
      direction: 'in',
      at: NOW - 2 * DAY_MS,
      source: 'estimated',
      precisionMs: Number.MAX_SAFE_INTEGER,
      observedAt: NOW,
      history: true,
    },
    late: false,
  });
  return { own, theirs };
}

const options = (days: number): MetricOptions => ({
  from: NOW - days * DAY_MS,
  to: NOW + 1,
  now: NOW,
  missedThresholdMs: 24 * HOUR_MS,
  completionTimeoutMs: 24 * HOUR_MS,
  attributionMs: 14 * DAY_MS,
  schedule: DEFAULT_SCHEDULE,
});

/** Lists whose order among equal times is not part of a figure, in one order. */
const comparable = (m: Metrics) => ({
  ...m,
  waiting: [...m.waiting].sort((a, b) => a.since - b.since || a.contactKey.localeCompare(b.contactKey)),
  missedBursts: [...m.missedBursts].sort((a, b) => a.startAt - b.startAt || a.contactKey.localeCompare(b.contactKey)),
});

const SCOPES: TeamScope[] = ['team', ...MEMBERS.map((member) => ({ member }))];

async function expectSameAsNaive(db: SidekickDatabase) {
  const [own, threads, mine] = await Promise.all([db.events.toArray(), db.teamThreads.toArray(), db.marks.toArray()]);
  const teammates = threads.flatMap((t) => t.events);
  const marks = [...mine, ...threads.flatMap((t) => t.marks ?? [])];
  let conversations = 0;
  for (const days of [30, 365])
    for (const scope of SCOPES) {
      const o = options(days);
      const folded = await teamMetrics(db, scope, ME, o);
      const naive = scopeMetricsFromEvents(own, teammates, marks, scope, ME, o);
      expect(comparable(folded), `${JSON.stringify(scope)}, ${days} days`).toEqual(comparable(naive));
      conversations += folded.conversations;
    }
  // The data are not trivially empty.
  expect(conversations).toBeGreaterThan(100);
  const o = options(30);
  const naive = firstResponsesByMember(scopeEvents(own, teammates, ME), MEMBERS, o);
  const folded = await teamFirstResponses(db, ME, o);
  expect(folded.map((r) => [r.member, r.count])).toEqual(naive.map((r) => [r.member, r.count]));
  folded.forEach((r, i) => expect(r.median).toBeCloseTo(naive[i]!.median!, 0));
}

/** Teammates' events as the team changes feed brings them. */
const addTheirs = (db: SidekickDatabase, events: readonly TeamEvent[]) => storeTeammates(db, events, []);
async function addOwn(db: SidekickDatabase, events: readonly MessageEvent[]) {
  await recordEvents(db, events);
  while ((await foldPendingEvents(db)) > 0);
}

// A few thousand events through fake-indexeddb: seconds, not milliseconds.
describe('folded team figures', { timeout: 120_000 }, () => {
  it('equal the naive ones, for the team and each member, as teammates’ events arrive late and own events are recorded', async () => {
    const db = await teamDb();
    const { own, theirs } = teamWeeks(1);
    expect(theirs.filter((t) => own.some((o) => o.e.teamKey === t.e.key)).length).toBeGreaterThan(10);
    await addOwn(
      db,
      own.filter((x) => !x.late).map((x) => x.e),
    );
    await addTheirs(
      db,
      theirs.filter((x) => !x.late).map((x) => x.e),
    );
    // The first team figures build the tables.
    await expectSameAsNaive(db);
    expect((await db.settings.get(FOLD_KEY))?.value).toEqual({ me: ME, built: true });
    // Late: teammates' events in small batches (replies to conversations already folded, copies of own messages),
    // then this device's own, then a mark.
    const late = theirs.filter((x) => x.late).map((x) => x.e);
    for (let i = 0; i < late.length; i += 7) await addTheirs(db, late.slice(i, i + 7));
    await addOwn(
      db,
      own.filter((x) => x.late).map((x) => x.e),
    );
    expect(await db.teamDirtyThreads.count()).toBeGreaterThan(0);
    await markThread(db, { contactKey: 'whatsapp:1001', kind: 'done', at: NOW - HOUR_MS });
    await markThread(db, { contactKey: 'instagram:1003', kind: 'converted', at: NOW - 2 * HOUR_MS });
    await expectSameAsNaive(db);
    expect(await db.teamDirtyThreads.count()).toBe(0);
    // A teammate's day document comes again whole when they add a message: what this device holds folds nothing again.
    expect(await addTheirs(db, late)).toEqual([]);
    expect(await db.teamDirtyThreads.count()).toBe(0);
    // A teammate marks a conversation of a thread this device folded: the team's figures count their conversion.
    const before = await teamMetrics(db, 'team', ME, options(30));
    const theirMark = {
      member: MEMBERS.find((m) => m !== ME)!,
      contactKey: late[0]!.contactKey,
      kind: 'converted' as const,
      at: NOW - 60_000,
    };
    expect(await storeTeammates(db, [], [theirMark])).toEqual([theirMark.contactKey]);
    await expectSameAsNaive(db);
    expect((await teamMetrics(db, 'team', ME, options(30))).converted).toBe(before.converted + 1);
  });

  it('are left behind while team sync is off and rebuilt when it is on again', async () => {
    const db = await teamDb();
    const { own, theirs } = teamWeeks(2);
    await addTheirs(
      db,
      theirs.map((x) => x.e),
    );
    await addOwn(
      db,
      own.filter((x) => !x.late).map((x) => x.e),
    );
    await expectSameAsNaive(db);
    await db.settings.delete('team');
    await addOwn(
      db,
      own.filter((x) => x.late).map((x) => x.e),
    );
    // Sync off: the own fold marked nothing and dropped the team tables' state.
    expect(await db.teamDirtyThreads.count()).toBe(0);
    expect(await db.settings.get(FOLD_KEY)).toBeUndefined();
    await db.settings.put({ key: 'team', value: {} });
    await expectSameAsNaive(db);
  });

  it('are rebuilt for another member name', async () => {
    const db = await teamDb();
    const { own, theirs } = teamWeeks(3);
    await addOwn(
      db,
      own.map((x) => x.e),
    );
    await addTheirs(
      db,
      theirs.map((x) => x.e),
    );
    await teamMetrics(db, 'team', 'zoe', options(30));
    expect((await db.settings.get(FOLD_KEY))?.value).toEqual({ me: 'zoe', built: true });
    await expectSameAsNaive(db);
  });

  it('know the members: from the events stored before the names were kept, then from each arrival', async () => {
    const db = await teamDb();
    const { theirs } = teamWeeks(4);
    const bens = theirs.filter((x) => x.e.member === 'ben').map((x) => x.e);
    await addTheirs(db, bens);
    expect(await teamMembers(db, ME)).toEqual([ME, 'ben']);
    await addTheirs(db, [{ ...bens[0]!, key: hex(999_999), member: 'zed' }]);
    await addTheirs(db, [{ ...bens[1]!, key: hex(999_998), member: 'abe' }]);
    expect(await teamMembers(db, ME)).toEqual([ME, 'abe', 'ben', 'zed']);
  });
});
