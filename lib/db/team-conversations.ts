// The team's conversations, from this device's own events and the teammates' (docs/metrics.md, "Team figures"): a
// message two members saw counts once, and each conversation is attributed to members — the first replier's when it
// was answered, else every member who saw its customer messages. Pure: the folded store (team-fold.ts) and the naive
// reference (team-metrics.ts) both use it.
import { conversationsOf, timed } from '../metrics/conversations';
import type { Conversation, MessageEvent, ThreadMark } from '../metrics/types';
import type { PlatformId } from '../platforms/sites';
import type { TeamEvent } from '../team/event-docs';
import { HOUR_MS } from '../vocab/time';

/** "team", or one member's name (this device's own member included). */
export type TeamScope = 'team' | { member: string };

/** The scope's id in the folded tables: `team`, or `member:<name>` (a member may be called "team"). */
export const scopeId = (scope: TeamScope): string => (scope === 'team' ? 'team' : memberScope(scope.member));
export const memberScope = (member: string): string => `member:${member}`;

/** A conversation of the team, with the members it is attributed to. */
export interface TeamConversation extends Conversation {
  /** The first replier when answered; else every member who saw its customer messages (sorted). */
  members: string[];
}

/** Messages of one scope in one UTC hour on one site. */
export interface ScopeHour {
  scope: string;
  platform: PlatformId;
  hour: number;
  in: number;
  out: number;
}

const asEvent = (e: TeamEvent): MessageEvent => ({ ...e, platform: e.platform as PlatformId, observedAt: e.at });

/**
 * The team's events: this device's own (as `me`) and the teammates', a message both saw counted once — the
 * teammate's copy is keyed by the team key this device's event carries, and is dropped. `seenBy` keeps who else saw
 * each of this device's events (the members of the dropped copies), by the own event's key.
 */
export function combineTeamEvents(
  own: readonly MessageEvent[],
  teammates: readonly TeamEvent[],
  me: string,
): { events: MessageEvent[]; seenBy: Map<string, string[]> } {
  const ownByTeamKey = new Map(own.map((e) => [e.teamKey ?? e.key, e.key]));
  const seenBy = new Map<string, string[]>();
  const events: MessageEvent[] = own.map((e) => ({ ...e, member: me }));
  for (const t of teammates) {
    const mine = ownByTeamKey.get(t.key);
    if (mine === undefined) events.push(asEvent(t));
    else seenBy.set(mine, [...(seenBy.get(mine) ?? []), t.member]);
  }
  return { events, seenBy };
}

/**
 * Attributes one thread's conversations (as `conversationsOf` made them from `events`) to members, and counts the
 * thread's messages per hour for the team and for each member scope (a member's: the messages of the conversations
 * attributed to them). `events` carry their member.
 */
export function attributeThread(
  events: readonly MessageEvent[],
  conversations: readonly Conversation[],
  seenBy: ReadonlyMap<string, readonly string[]>,
): { members: string[][]; volume: ScopeHour[] } {
  const ordered = timed(events);
  // Each event's conversation: a conversation starts at its first customer message (conversationsOf's order); events
  // before the first one belong to none.
  const owner = new Int32Array(ordered.length);
  const saw = conversations.map(() => new Set<string>());
  let current = -1;
  ordered.forEach((e, i) => {
    if (e.direction === 'in' && current + 1 < conversations.length && e.at === conversations[current + 1]!.startAt) current++;
    owner[i] = current;
    if (current >= 0 && e.direction === 'in') {
      if (e.member !== undefined) saw[current]!.add(e.member);
      for (const m of seenBy.get(e.key) ?? []) saw[current]!.add(m);
    }
  });
  const members = conversations.map((c, i) =>
    c.firstReplyAt !== undefined && c.firstReplyBy !== undefined ? [c.firstReplyBy] : [...saw[i]!].sort(),
  );
  const cells = new Map<string, ScopeHour>();
  const count = (scope: string, e: MessageEvent) => {
    const hour = Math.floor(e.at / HOUR_MS);
    const id = `${scope}\n${e.platform}\n${hour}`;
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = { scope, platform: e.platform, hour, in: 0, out: 0 }));
    cell[e.direction]++;
  };
  ordered.forEach((e, i) => {
    count('team', e);
    const c = owner[i]!;
    if (c >= 0) for (const m of members[c]!) count(memberScope(m), e);
  });
  return { members, volume: [...cells.values()] };
}

/** One thread's team conversations and message counts, from its own events, the teammates' and the seller's marks. */
export function foldTeamThread(
  own: readonly MessageEvent[],
  teammates: readonly TeamEvent[],
  marks: readonly ThreadMark[],
  me: string,
): { conversations: TeamConversation[]; volume: ScopeHour[] } {
  const { events, seenBy } = combineTeamEvents(own, teammates, me);
  const conversations = conversationsOf(events, marks);
  const { members, volume } = attributeThread(events, conversations, seenBy);
  return { conversations: conversations.map((c, i) => ({ ...c, members: members[i]! })), volume };
}
