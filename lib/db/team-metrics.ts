// The team's figures: this device's own message events together with the teammates' (replicated through team sync,
// kept apart in `teamEvents`), or one member's alone. Computed from the events each time (the personal figures keep
// folded day packs; the team's are not folded yet — fine for a small team, slower than the personal path on a year).
import { computeMetrics, spread, type HourlyVolume, type Metrics, type MetricOptions } from '../metrics/compute';
import { conversationsOf } from '../metrics/conversations';
import { packByPlatform } from '../metrics/packed';
import type { MessageEvent, ThreadMark } from '../metrics/types';
import type { PlatformId } from '../platforms/sites';
import type { TeamEvent } from '../team/event-docs';
import type { MemberFirstResponse } from '../team/status';
import { HOUR_MS } from '../vocab/time';
import type { SidekickDatabase } from './database';

/** "team", or one member's name (this device's own member included). */
export type TeamScope = 'team' | { member: string };

const asEvent = (e: TeamEvent): MessageEvent => ({ ...e, platform: e.platform as PlatformId, observedAt: e.at });

/**
 * The events a scope counts. A message both this device and a teammate saw is counted once: the teammate's copy is
 * keyed by the team key this device's event also carries.
 */
export function scopeEvents(
  own: readonly MessageEvent[],
  teammates: readonly TeamEvent[],
  scope: TeamScope,
  me: string,
): MessageEvent[] {
  const mine = scope === 'team' || scope.member === me ? own.map((e) => ({ ...e, member: me })) : [];
  const ownKeys = new Set(own.map((e) => e.teamKey ?? e.key));
  const theirs = teammates.filter((e) => (scope === 'team' ? !ownKeys.has(e.key) : e.member === scope.member && e.member !== me));
  return [...mine, ...theirs.map(asEvent)];
}

/** Events by thread (contact key), in their order. */
function threadsOf(events: readonly MessageEvent[]): Map<string, MessageEvent[]> {
  const byThread = new Map<string, MessageEvent[]>();
  for (const e of events) {
    const list = byThread.get(e.contactKey);
    if (list) list.push(e);
    else byThread.set(e.contactKey, [e]);
  }
  return byThread;
}

/** Every dashboard figure from a list of events (grouped per thread into conversations, then the same computation). */
export function metricsFromEvents(events: readonly MessageEvent[], marks: readonly ThreadMark[], o: MetricOptions): Metrics {
  const byThread = threadsOf(events);
  const marksOf = new Map<string, ThreadMark[]>();
  for (const m of marks) marksOf.set(m.contactKey, [...(marksOf.get(m.contactKey) ?? []), m]);
  const conversations = [...byThread].flatMap(([key, list]) => conversationsOf(list, marksOf.get(key)));
  const hours = new Map<string, HourlyVolume>();
  for (const e of events) {
    if (e.source === 'estimated') continue;
    const hour = Math.floor(e.at / HOUR_MS);
    const id = `${e.platform}|${hour}`;
    const row = hours.get(id) ?? { platform: e.platform, hour, in: 0, out: 0 };
    row[e.direction]++;
    hours.set(id, row);
  }
  return computeMetrics(
    packByPlatform(conversations, o.schedule),
    conversations.filter((c) => c.waiting === 1),
    [...hours.values()],
    o,
  );
}

/**
 * Each member's first responses: the team's conversations (started in the range, on the site asked for) credited to
 * the member whose reply came first.
 */
export function firstResponsesByMember(
  events: readonly MessageEvent[],
  members: readonly string[],
  o: MetricOptions,
): MemberFirstResponse[] {
  const byThread = threadsOf(events);
  const times = new Map<string, number[]>(members.map((m) => [m, []]));
  for (const list of byThread.values())
    for (const c of conversationsOf(list)) {
      if (c.startAt < o.from || c.startAt >= o.to || (o.platform && c.platform !== o.platform)) continue;
      if (c.firstReplyAt === undefined || c.firstReplyBy === undefined) continue;
      const list = times.get(c.firstReplyBy) ?? [];
      list.push(c.firstReplyAt - c.startAt);
      times.set(c.firstReplyBy, list);
    }
  return [...times].map(([member, t]) => ({ member, median: spread(t).median, count: t.length }));
}

/** Each member's first responses, read from the database. */
export async function teamFirstResponses(db: SidekickDatabase, me: string, o: MetricOptions): Promise<MemberFirstResponse[]> {
  const [own, teammates, members] = await Promise.all([db.events.toArray(), teammatesEvents(db), teamMembers(db, me)]);
  return firstResponsesByMember(scopeEvents(own, teammates, 'team', me), members, o);
}

/** The figures of a team scope, read from the database. */
export async function teamMetrics(db: SidekickDatabase, scope: TeamScope, me: string, o: MetricOptions): Promise<Metrics> {
  const [own, teammates, marks] = await Promise.all([db.events.toArray(), teammatesEvents(db), db.marks.toArray()]);
  return metricsFromEvents(scopeEvents(own, teammates, scope, me), marks, o);
}

/** Every teammate's event this device holds. */
async function teammatesEvents(db: SidekickDatabase): Promise<TeamEvent[]> {
  return (await db.teamThreads.toArray()).flatMap((t) => t.events);
}

/** The members whose events this device holds, this one first (the others in name order). */
export async function teamMembers(db: SidekickDatabase, me: string): Promise<string[]> {
  const others = new Set<string>();
  await db.teamThreads.each((t) => t.events.forEach((e) => others.add(e.member)));
  others.delete(me);
  return [me, ...[...others].sort()];
}
