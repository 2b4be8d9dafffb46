import type { PlatformId } from '../platforms/sites';
import type { Direction } from '../platforms/types';

/** How a message event's time was known. */
export type TimeSource = 'observed' | 'page' | 'estimated';

/** One observed message row (docs/metrics.md "Message event"). No message text: `key` is a salted hash. */
export interface MessageEvent {
  /** Unique per message: the same message seen twice (two tabs, a reload, a re-rendered row) has the same key. */
  key: string;
  platform: PlatformId;
  threadId: string;
  contactKey: string;
  direction: Direction;
  /** The best known time of the message (ms since epoch). */
  at: number;
  source: TimeSource;
  /** How far `at` may be off: ~1 s when observed live, 60 s for a page time to the minute, unknown when estimated. */
  precisionMs: number;
  /** When the extension first saw the row. */
  observedAt: number;
  /** The row was already on the page when the thread opened (or scrolled in): never counted as arriving "now". */
  history: boolean;
  /**
   * The browser session whose salt made a text-based `key` (lib/events/key-salts.ts); absent on keys from a page's
   * message id and on events stored before sessions were named. A later session cannot rebuild such a key, so it
   * matches a row seen again by direction and page time instead (lib/db/events-store.ts).
   */
  epoch?: string;
  /** Set when the row came from a template insertion. */
  templateId?: number;
  /** With team sync on: its key under the team's salt (KeySalts.team), the same on every member's device. */
  teamKey?: string;
  /** In the team's figures only: the member who recorded it. */
  member?: string;
  /** Present until the event is folded into conversations: 1 to count it in the hourly volume, 2 not (estimated). */
  fold?: 1 | 2;
}

/** The seller marked a conversation. */
export interface ThreadMark {
  id?: number;
  contactKey: string;
  kind: 'converted' | 'done';
  at: number;
}

/** An inbound burst (consecutive customer messages) and the business reply that answered it. */
export interface Burst {
  startAt: number;
  replyAt?: number;
}

/** A conversation by Facebook's rule: it starts at a customer message after ≥ 24 h in which neither side wrote. */
export interface Conversation {
  /** `<contactKey>@<startAt>` */
  id: string;
  contactKey: string;
  platform: PlatformId;
  startAt: number;
  /** The conversation's latest message. */
  lastAt: number;
  lastInAt: number;
  firstReplyAt?: number;
  /** In the team's figures only: the member whose reply was the first. */
  firstReplyBy?: string;
  bursts: Burst[];
  messagesIn: number;
  messagesOut: number;
  convertedAt?: number;
  doneAt?: number;
  /** Templates sent in it, with when. */
  templates: { id: number; at: number }[];
  /** 1 while its latest burst waits for a reply (indexed for the waiting list). */
  waiting: 0 | 1;
}
