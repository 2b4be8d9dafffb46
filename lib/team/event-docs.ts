// A message event as the team's database holds it: times, direction, thread and member — never text (the key is a
// salted hash). Keyed by the team key where the page gives messages ids (one document for a message both members saw),
// else by the member's own key (a text-keyed message seen by two members is two documents: README, Team sync).
import type { MessageEvent } from '../metrics/types';

export const EVENT_PREFIX = 'event:';

/** What a team event says, in the team's database and on each device alike. */
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

export interface EventDoc extends EventFields {
  _id: string;
  type: 'event';
  /** True when the key is the team key (the same for every member who saw the message). */
  shared: boolean;
}

/** A teammate's event, as this device keeps it (apart from its own: the personal figures never include it). */
export interface TeamEvent extends EventFields {
  key: string;
}

export function toEventDoc(e: MessageEvent, member: string): EventDoc {
  return {
    _id: `${EVENT_PREFIX}${e.teamKey ?? e.key}`,
    type: 'event',
    member,
    platform: e.platform,
    threadId: e.threadId,
    contactKey: e.contactKey,
    direction: e.direction,
    at: e.at,
    source: e.source,
    // A page time's unknown precision (MAX_SAFE_INTEGER) survives JSON as a number.
    precisionMs: e.precisionMs,
    history: e.history,
    shared: e.teamKey !== undefined,
  };
}

/** A team document back into a teammate's event; null for anything that is not one (never trusted as it comes). */
export function fromEventDoc(doc: unknown): TeamEvent | null {
  if (!doc || typeof doc !== 'object') return null;
  const d = doc as Partial<EventDoc>;
  const key = typeof d._id === 'string' && d._id.startsWith(EVENT_PREFIX) ? d._id.slice(EVENT_PREFIX.length) : '';
  const ok =
    /^[0-9a-f]{16,64}$/.test(key) &&
    typeof d.member === 'string' &&
    d.member.length > 0 &&
    d.member.length <= 200 &&
    typeof d.platform === 'string' &&
    typeof d.threadId === 'string' &&
    d.threadId.length <= 200 &&
    typeof d.contactKey === 'string' &&
    d.contactKey.length <= 260 &&
    (d.direction === 'in' || d.direction === 'out') &&
    Number.isFinite(d.at) &&
    (d.source === 'observed' || d.source === 'page' || d.source === 'estimated') &&
    Number.isFinite(d.precisionMs) &&
    typeof d.history === 'boolean';
  if (!ok) return null;
  return {
    key,
    member: d.member!,
    platform: d.platform!,
    threadId: d.threadId!,
    contactKey: d.contactKey!,
    direction: d.direction!,
    at: d.at!,
    source: d.source!,
    precisionMs: d.precisionMs!,
    history: d.history!,
  };
}
