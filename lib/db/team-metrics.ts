// The team's figures: this device's own message events together with the teammates' (replicated through team sync,
// kept apart in `teamThreads`), or one member's scope (docs/metrics.md, "Team figures"). The dashboard reads them
// folded (team-fold.ts); the naive functions here recompute them from every event and are the folded path's
// reference (the unit tests assert both give the same figures; the bench times both).
import { computeMetrics, spread, type HourlyVolume, type Metrics, type MetricOptions } from '../metrics/compute';
import { conversationsOf } from '../metrics/conversations';
import { packByPlatform } from '../metrics/packed';
import type { Conversation, MessageEvent, ThreadMark } from '../metrics/types';
import type { TeamEvent } from '../team/event-docs';
import type { MemberFirstResponse } from '../team/status';
import { HOUR_MS } from '../vocab/time';
import type { SidekickDatabase } from './database';
import { attributeThread, combineTeamEvents, memberScope, scopeId, type TeamScope } from './team-conversations';
import { foldedFirstResponses, foldedTeamMetrics, teammates } from './team-fold';

/**
 * The team's events: this device's own (as `me`) and the teammates', a message both saw counted once (the teammate's
 * copy is keyed by the team key this device's event also carries).
 */
export function scopeEvents(own: readonly MessageEvent[], teammates: readonly TeamEvent[], me: string): MessageEvent[] {
  return combineTeamEvents(own, teammates, me).events;
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

function marksByThread(marks: readonly ThreadMark[]): Map<string, ThreadMark[]> {
  const marksOf = new Map<string, ThreadMark[]>();
  for (const m of marks) marksOf.set(m.contactKey, [...(marksOf.get(m.contactKey) ?? []), m]);
  return marksOf;
}

/** Every dashboard figure from a list of events (grouped per thread into conversations, then the same computation). */
export function metricsFromEvents(events: readonly MessageEvent[], marks: readonly ThreadMark[], o: MetricOptions): Metrics {
  const marksOf = marksByThread(marks);
  const conversations = [...threadsOf(events)].flatMap(([key, list]) => conversationsOf(list, marksOf.get(key)));
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
 * A scope's figures the naive way, from every event. The team's: all its conversations. A member's: the team's
 * conversations attributed to them — answered, to the member whose reply came first; unanswered, to every member who
 * saw its customer messages — and the messages of those conversations.
 */
export function scopeMetricsFromEvents(
  own: readonly MessageEvent[],
  teammates: readonly TeamEvent[],
  marks: readonly ThreadMark[],
  scope: TeamScope,
  me: string,
  o: MetricOptions,
): Metrics {
  const { events, seenBy } = combineTeamEvents(own, teammates, me);
  if (scope === 'team') return metricsFromEvents(events, marks, o);
  const wanted = memberScope(scope.member);
  const marksOf = marksByThread(marks);
  const conversations: Conversation[] = [];
  const hours: HourlyVolume[] = [];
  for (const [key, list] of threadsOf(events)) {
    const all = conversationsOf(list, marksOf.get(key));
    const { members, volume } = attributeThread(list, all, seenBy);
    all.forEach((c, i) => {
      if (members[i]!.includes(scope.member)) conversations.push(c);
    });
    for (const v of volume) if (v.scope === wanted) hours.push({ platform: v.platform, hour: v.hour, in: v.in, out: v.out });
  }
  return computeMetrics(
    packByPlatform(conversations, o.schedule),
    conversations.filter((c) => c.waiting === 1),
    hours,
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
  const times = new Map<string, number[]>(members.map((m) => [m, []]));
  for (const list of threadsOf(events).values())
    for (const c of conversationsOf(list)) {
      if (c.startAt < o.from || c.startAt >= o.to || (o.platform && c.platform !== o.platform)) continue;
      if (c.firstReplyAt === undefined || c.firstReplyBy === undefined) continue;
      const list = times.get(c.firstReplyBy) ?? [];
      list.push(c.firstReplyAt - c.startAt);
      times.set(c.firstReplyBy, list);
    }
  return [...times].map(([member, t]) => ({ member, median: spread(t).median, count: t.length }));
}

/** Each member's first responses, from the folded team tables. */
export async function teamFirstResponses(db: SidekickDatabase, me: string, o: MetricOptions): Promise<MemberFirstResponse[]> {
  return foldedFirstResponses(db, await teamMembers(db, me), me, o);
}

/** The figures of a team scope, from the folded team tables (built at the first call, then kept current). */
export async function teamMetrics(db: SidekickDatabase, scope: TeamScope, me: string, o: MetricOptions): Promise<Metrics> {
  return foldedTeamMetrics(db, scopeId(scope), me, o);
}

/** The members whose events this device holds, this one first. */
export async function teamMembers(db: SidekickDatabase, me: string): Promise<string[]> {
  const others = (await teammates(db)).filter((m) => m !== me);
  return [me, ...others];
}
