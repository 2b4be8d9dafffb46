import type { PlatformId } from './urls';

export type { PlatformId };

/** Who the open conversation is with, as the page shows it. */
export interface ContactInfo {
  /** The display name shown in the thread header; null when it could not be read. */
  displayName: string | null;
  /** The @handle / vanity name, where the page shows one. */
  handle: string | null;
}

export type Direction = 'in' | 'out';

/** One rendered message row. Lists are virtualised: this is what is on screen, never the full history. */
export interface MessageRow {
  element: Element;
  direction: Direction;
  /** The row's visible text, for suggestions and de-duplication; read in memory and never stored. */
  text: string;
  /** The page's own timestamp label for the row, where it shows one (parsed by lib/events/page-time). */
  time?: string;
}

/**
 * Everything the extension knows about one DM site. Every selector for a site lives in its adapter and nowhere else;
 * the rest of the extension only talks to this interface.
 */
export interface PlatformAdapter {
  readonly id: PlatformId;
  /** The site's name as users say it. */
  readonly label: string;
  /** The open thread's id from the URL, or null on an inbox / non-thread page. */
  threadId(url: URL): string | null;
  /** True on any page of the site's DM area (inbox included). */
  isDmArea(url: URL): boolean;
  contact(doc: Document): ContactInfo;
  /** The thread's message box (not the page's search box). */
  composer(doc: Document): HTMLElement | null;
  /** The thread's Send button, where the site shows one. */
  sendButton(doc: Document): HTMLElement | null;
  messageRows(doc: Document): MessageRow[];
}
