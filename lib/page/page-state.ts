import type { ContactInfo, Direction, MessageRow, PlatformAdapter, PlatformId } from '../platforms/types';

/** A part of the DM page the sidebar needs; when one is missing the sidebar says which and what still works. */
export type PagePart = 'contact-name' | 'composer';

/** What the sidebar knows about the page right now. */
export interface PageState {
  platform: PlatformId;
  /** False outside the site's DM area (e.g. Instagram's feed): the sidebar stays out of the way. */
  inDmArea: boolean;
  /** The open thread, or null on the inbox. */
  threadId: string | null;
  contact: ContactInfo;
  composerFound: boolean;
  /** Who wrote the latest message on screen: the customer ('in') or the business ('out'); null when none is shown. */
  lastFrom: Direction | null;
  /** The customer's latest visible message (in memory only: suggestions read it, nothing stores it). */
  latestIncoming: string | null;
  /** Outgoing rows on screen (none means this may be a first contact). */
  outgoingCount: number;
  missing: PagePart[];
}

/**
 * The latest row, and the latest customer row, by position: the lowest on screen (lists may be column-reverse), else
 * the last in DOM order; -1 when there is none. One layout read per row, shared by everything that needs "latest".
 */
export function latestRows(rows: readonly MessageRow[]): { latest: number; latestIncoming: number } {
  let latest = -1;
  let latestIncoming = -1;
  let lowest = -Infinity;
  let lowestIncoming = -Infinity;
  rows.forEach((row, i) => {
    const bottom = row.element.getBoundingClientRect().bottom;
    if (bottom >= lowest) [lowest, latest] = [bottom, i];
    if (row.direction === 'in' && bottom >= lowestIncoming) [lowestIncoming, latestIncoming] = [bottom, i];
  });
  return { latest, latestIncoming };
}

/** The page's state, its rendered message rows and which of them is the latest, read once. */
export function readPage(
  adapter: PlatformAdapter,
  url: URL,
  doc: Document,
): { state: PageState; rows: MessageRow[]; latest: number } {
  const inDmArea = adapter.isDmArea(url);
  const threadId = adapter.threadId(url);
  if (!inDmArea || !threadId) {
    return {
      rows: [],
      latest: -1,
      state: {
        platform: adapter.id,
        inDmArea,
        threadId,
        contact: { displayName: null, handle: null },
        composerFound: false,
        lastFrom: null,
        latestIncoming: null,
        outgoingCount: 0,
        missing: [],
      },
    };
  }
  const contact = adapter.contact(doc);
  const composerFound = adapter.composer(doc) !== null;
  const missing: PagePart[] = [];
  if (!contact.displayName && !contact.handle) missing.push('contact-name');
  if (!composerFound) missing.push('composer');
  const rows = adapter.messageRows(doc);
  const order = latestRows(rows);
  const lastFrom = rows[order.latest]?.direction ?? null;
  const latestIncoming = rows[order.latestIncoming]?.text ?? null;
  const outgoingCount = rows.filter((r) => r.direction === 'out').length;
  return {
    rows,
    latest: order.latest,
    state: { platform: adapter.id, inDmArea, threadId, contact, composerFound, lastFrom, latestIncoming, outgoingCount, missing },
  };
}

export function samePageState(a: PageState, b: PageState): boolean {
  return (
    a.inDmArea === b.inDmArea &&
    a.threadId === b.threadId &&
    a.contact.displayName === b.contact.displayName &&
    a.contact.handle === b.contact.handle &&
    a.composerFound === b.composerFound &&
    a.lastFrom === b.lastFrom &&
    a.latestIncoming === b.latestIncoming &&
    a.outgoingCount === b.outgoingCount &&
    a.missing.join() === b.missing.join()
  );
}
