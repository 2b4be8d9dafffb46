// Message events as the team's database holds them: times, direction, thread and member — never text (each key is a
// salted hash). One document per member and UTC day (a "bundle"), not one per event: a team year is a few thousand
// documents instead of a million, which is what lets a first sync finish in seconds (README, Team sync). Only the
// member writes their bundles; two copies of one bundle (the same member on two devices, offline) are merged by
// union, so no event is ever lost to a conflict.
import type { MessageEvent, ThreadMark } from '../metrics/types';
import { platformOf, threadIdOf } from '../vocab/contact-key';
import { DAY_MS, utcDay } from '../vocab/time';

export const BUNDLE_PREFIX = 'events:';

/** What a team event says, on each device alike. */
interface EventFields {
  member: string;
  platform: string;
  threadId: string;
  contactKey: string;
  direction: 'in' | 'out';
  at: number;
  source: MessageEvent['source'];
  precisionMs: number;
  history: boolean;
}

/** A teammate's event, as this device keeps it (apart from its own: the personal figures never include it). */
export interface TeamEvent extends EventFields {
  key: string;
}

/** A teammate's mark (a conversation they marked converted or done). */
export interface TeamMark extends Omit<ThreadMark, 'id'> {
  member: string;
}

/** One thread's teammates' events, as this device keeps them (one row per thread, not per event: README, Team sync). */
export interface TeamThread {
  contactKey: string;
  events: TeamEvent[];
  /** The teammates' marks of this thread. */
  marks?: TeamMark[];
}

const markId = (m: TeamMark) => `${m.member}|${m.kind}|${m.at}`;

/** Teammates' marks folded into their threads' rows (each mark once). Answers the rows that changed. */
export function addMarksToThreads(held: ReadonlyMap<string, TeamThread>, incoming: readonly TeamMark[]): TeamThread[] {
  const changed = new Map<string, TeamThread>();
  for (const m of incoming) {
    const row = changed.get(m.contactKey) ?? held.get(m.contactKey) ?? { contactKey: m.contactKey, events: [] };
    if ((row.marks ?? []).some((x) => markId(x) === markId(m))) continue;
    changed.set(m.contactKey, { ...row, marks: [...(row.marks ?? []), m] });
  }
  return [...changed.values()];
}

/**
 * `incoming` teammates' events folded into the threads they belong to (`held`: the rows this device has, by contact
 * key): the same key once, an estimated time never replacing a known one. Answers the rows that changed.
 */
export function addToThreads(held: ReadonlyMap<string, TeamThread>, incoming: readonly TeamEvent[]): TeamThread[] {
  const changed = new Map<string, { thread: TeamThread; at: Map<string, number> }>();
  for (const e of incoming) {
    let entry = changed.get(e.contactKey);
    if (!entry) {
      const before = held.get(e.contactKey);
      const thread = { contactKey: e.contactKey, events: before ? [...before.events] : [] };
      entry = { thread, at: new Map(thread.events.map((x, i) => [x.key, i])) };
      changed.set(e.contactKey, entry);
    }
    const i = entry.at.get(e.key);
    if (i === undefined) entry.at.set(e.key, entry.thread.events.push(e) - 1);
    else {
      const old = entry.thread.events[i]!;
      const timedOverEstimated = old.source === 'estimated' && e.source !== 'estimated';
      const sameSource = old.source === e.source;
      // The member's own event, sent again with another time or direction.
      const moved = sameSource && old.member === e.member && (old.at !== e.at || old.direction !== e.direction);
      // Two teammates' copies of one message (one team key): the same copy is kept whichever day document comes
      // last, so a day document sent again changes nothing.
      const preferred = sameSource && e.member < old.member;
      if (timedOverEstimated || moved || preferred) entry.thread.events[i] = e;
    }
  }
  const out: TeamThread[] = [];
  for (const [key, { thread }] of changed) {
    const before = held.get(key);
    if (!before || before.events.length !== thread.events.length || before.events.some((e, i) => e !== thread.events[i]))
      out.push(thread);
  }
  return out;
}

const SOURCES = ['observed', 'page', 'estimated'] as const;

/**
 * One event in a bundle: key, thread (index into `threads`), direction (0 in, 1 out), milliseconds after the day's
 * start, source (index into SOURCES), precision in ms (-1: unknown), history (0/1). Arrays, not objects: a year of a
 * team's events is tens of megabytes either way, and the names would be most of it.
 */
export type EventRow = [string, number, 0 | 1, number, 0 | 1 | 2, number, 0 | 1];

export interface EventBundleDoc {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  type: 'events';
  member: string;
  /** UTC day number (days since the epoch). */
  day: number;
  /** [platform, threadId, contactKey] of each thread the rows name. */
  threads: [string, string, string][];
  events: EventRow[];
  /** The member's marks that day: [thread index, 0 converted / 1 done, milliseconds after the day's start]. */
  marks?: [number, 0 | 1, number][];
}

/** The bundle's id: the member's name is encoded, so no name can reach into another's id. */
export const bundleId = (member: string, day: number): string => `${BUNDLE_PREFIX}${encodeURIComponent(member)}:${day}`;

/** The key under which the team knows an event: the team key where it has one (the same for every member). */
const teamKeyOf = (e: MessageEvent): string => e.teamKey ?? e.key;

function toRow(e: MessageEvent, thread: number, day: number): EventRow {
  return [
    teamKeyOf(e),
    thread,
    e.direction === 'in' ? 0 : 1,
    e.at - day * DAY_MS,
    SOURCES.indexOf(e.source) as 0 | 1 | 2,
    Number.isSafeInteger(e.precisionMs) && e.precisionMs < Number.MAX_SAFE_INTEGER ? e.precisionMs : -1,
    e.history ? 1 : 0,
  ];
}

/** True when `incoming` should replace `stored` for the same key: only a timed copy replaces an estimated one. */
const better = (incoming: EventRow, stored: EventRow) => stored[4] === 2 && incoming[4] !== 2;

/**
 * `member`'s bundle for `day` with `events` (all of that day) folded in: the same key once, an estimated time replaced
 * by a known one. `changed` is false when the bundle already held them all (nothing to write).
 */
export function addToBundle(
  doc: EventBundleDoc | null,
  member: string,
  day: number,
  events: readonly MessageEvent[],
): { doc: EventBundleDoc; changed: boolean } {
  const next: EventBundleDoc = doc
    ? { ...doc, threads: [...doc.threads], events: [...doc.events] }
    : { _id: bundleId(member, day), type: 'events', member, day, threads: [], events: [] };
  const threadIndex = new Map(next.threads.map((t, i) => [t.join('\u0000'), i]));
  const at = new Map(next.events.map((r, i) => [r[0], i]));
  let changed = false;
  for (const e of events) {
    const id = [e.platform, e.threadId, e.contactKey].join('\u0000');
    let thread = threadIndex.get(id);
    if (thread === undefined) {
      thread = next.threads.push([e.platform, e.threadId, e.contactKey]) - 1;
      threadIndex.set(id, thread);
    }
    const row = toRow(e, thread, day);
    const i = at.get(row[0]);
    if (i === undefined) at.set(row[0], next.events.push(row) - 1);
    else if (better(row, next.events[i]!)) next.events[i] = row;
    else continue;
    changed = true;
  }
  return { doc: next, changed };
}

/** The thread a mark belongs to, as a bundle names threads. */
const threadOfKey = (key: string): [string, string, string] => [platformOf(key), threadIdOf(key), key];

/** `member`'s bundle for `day` with `marks` (all of that day) folded in, each once. */
export function addMarksToBundle(
  doc: EventBundleDoc | null,
  member: string,
  day: number,
  marks: readonly Omit<ThreadMark, 'id'>[],
): { doc: EventBundleDoc; changed: boolean } {
  const next: EventBundleDoc = doc
    ? { ...doc, threads: [...doc.threads], events: [...doc.events], marks: [...(doc.marks ?? [])] }
    : { _id: bundleId(member, day), type: 'events', member, day, threads: [], events: [], marks: [] };
  const threadIndex = new Map(next.threads.map((t, i) => [t.join('\u0000'), i]));
  const held = new Set(next.marks!.map((m) => `${next.threads[m[0]]?.[2]}|${m[1]}|${m[2]}`));
  let changed = false;
  for (const m of marks) {
    const t = threadOfKey(m.contactKey);
    let thread = threadIndex.get(t.join('\u0000'));
    if (thread === undefined) {
      thread = next.threads.push(t) - 1;
      threadIndex.set(t.join('\u0000'), thread);
    }
    const row: [number, 0 | 1, number] = [thread, m.kind === 'converted' ? 0 : 1, m.at - day * DAY_MS];
    const id = `${m.contactKey}|${row[1]}|${row[2]}`;
    if (held.has(id)) continue;
    held.add(id);
    next.marks!.push(row);
    changed = true;
  }
  return { doc: next, changed };
}

/** A bundle's marks, each checked; a malformed one is left out. */
export function marksOfBundle(doc: unknown): TeamMark[] {
  const d = (doc ?? {}) as Partial<EventBundleDoc>;
  if (d.type !== 'events' || !text(d.member, 200) || !Number.isSafeInteger(d.day) || !Array.isArray(d.threads)) return [];
  if (!Array.isArray(d.marks)) return [];
  const out: TeamMark[] = [];
  for (const r of d.marks as unknown[]) {
    if (!Array.isArray(r) || r.length !== 3) continue;
    const [thread, kind, offset] = r as unknown[];
    const t = typeof thread === 'number' ? d.threads[thread] : undefined;
    const ok =
      Array.isArray(t) &&
      text(t[2], 260) &&
      (kind === 0 || kind === 1) &&
      typeof offset === 'number' &&
      Number.isFinite(offset) &&
      offset >= 0 &&
      offset < DAY_MS;
    if (!ok) continue;
    out.push({ member: d.member, contactKey: t[2], kind: kind === 0 ? 'converted' : 'done', at: d.day! * DAY_MS + offset });
  }
  return out;
}

/** One bundle holding every event and mark of several copies of it (a conflict's revisions): nothing is lost. */
export function mergeBundles(docs: readonly EventBundleDoc[]): EventBundleDoc {
  const [first, ...rest] = docs;
  if (!first) throw new Error('no bundle to merge');
  let merged = first;
  for (const other of rest) {
    merged = addToBundle(merged, first.member, first.day, rowsAsEvents(other)).doc;
    merged = addMarksToBundle(merged, first.member, first.day, marksOfBundle(other)).doc;
  }
  return merged;
}

/** A bundle's rows as events of `member` (in the shape addToBundle takes). */
function rowsAsEvents(doc: EventBundleDoc): MessageEvent[] {
  return eventsOfBundle(doc).map((e) => ({ ...e, platform: e.platform as MessageEvent['platform'], observedAt: e.at }));
}

const text = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/**
 * A team document's events, each checked (never trusted as it comes): a malformed row, or one naming a thread the
 * bundle does not hold, is left out; a document that is not a bundle gives none.
 */
export function eventsOfBundle(doc: unknown): TeamEvent[] {
  if (!doc || typeof doc !== 'object') return [];
  const d = doc as Partial<EventBundleDoc>;
  if (d.type !== 'events' || !text(d.member, 200) || !Number.isSafeInteger(d.day)) return [];
  if (!Array.isArray(d.threads) || !Array.isArray(d.events)) return [];
  const threads = d.threads.map((t) => (Array.isArray(t) && text(t[0], 40) && text(t[1], 200) && text(t[2], 260) ? t : null));
  const start = d.day! * DAY_MS;
  const out: TeamEvent[] = [];
  for (const r of d.events as unknown[]) {
    if (!Array.isArray(r) || r.length !== 7) continue;
    const [key, thread, dir, offset, source, precision, history] = r as unknown[];
    const t = typeof thread === 'number' ? threads[thread] : undefined;
    const ok =
      typeof key === 'string' &&
      /^[0-9a-f]{16,64}$/.test(key) &&
      t &&
      (dir === 0 || dir === 1) &&
      typeof offset === 'number' &&
      Number.isFinite(offset) &&
      offset >= 0 &&
      offset < DAY_MS &&
      (source === 0 || source === 1 || source === 2) &&
      Number.isSafeInteger(precision) &&
      (precision as number) >= -1 &&
      (history === 0 || history === 1);
    if (!ok) continue;
    out.push({
      key,
      member: d.member,
      platform: t[0],
      threadId: t[1],
      contactKey: t[2],
      direction: dir === 0 ? 'in' : 'out',
      at: start + offset,
      source: SOURCES[source],
      precisionMs: precision === -1 ? Number.MAX_SAFE_INTEGER : (precision as number),
      history: history === 1,
    });
  }
  return out;
}

/** `events` grouped by the UTC day of their time. */
export function byDay(events: readonly MessageEvent[]): Map<number, MessageEvent[]> {
  const days = new Map<number, MessageEvent[]>();
  for (const e of events) {
    const day = utcDay(e.at);
    const list = days.get(day);
    if (list) list.push(e);
    else days.set(day, [e]);
  }
  return days;
}
