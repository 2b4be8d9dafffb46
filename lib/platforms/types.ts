import type { MessageKey } from '../i18n/t';

/**
 * A site's notice as a catalogue key and its values: worded where the interface is drawn, since the page reading that
 * finds it also runs where no catalogue is (the conformance kit's probe).
 */
export interface SiteNotice {
  key: MessageKey;
  values?: Record<string, string>;
}

/** Who the open conversation is with, as the page shows it. */
export interface ContactInfo {
  /** The display name shown in the thread header (a group's title); null when it could not be read. */
  displayName: string | null;
  /** The @handle / vanity name, where the page shows one. */
  handle: string | null;
  /** True when the chat is a group: greetings then address the latest sender, not the group's title. */
  group?: boolean;
}

export type Direction = 'in' | 'out';

/** One rendered message row. Lists are virtualised: this is what is on screen, never the full history. */
export interface MessageRow {
  element: Element;
  /** The page's own id for the message, where it has a stable one. */
  id?: string;
  direction: Direction;
  /**
   * The message body only — no sender heading, "You sent", time label or duplicated visually-hidden copy. Read in
   * memory for suggestions and de-duplication; never stored.
   */
  text: string;
  /** The page's own timestamp label for the row, where it shows one (parsed by lib/events/page-time). */
  time?: string;
  /** In a group chat, who wrote an incoming message (where the page names them). */
  sender?: string;
  /** The site marked it as sent automatically (an away message, an auto-reply): never the seller's reply. */
  auto?: boolean;
  /** The site says it was not delivered (a failed send): nobody received it, so it is not recorded (yet). */
  unsent?: boolean;
}

/** Where one chat's markup lives: the document, an element, or an open shadow root. */
export type ChatRoot = Document | Element | ShadowRoot;

/**
 * Everything the extension reads from one DM site's page. Every selector of a site lives in its adapter and nowhere
 * else; the rest of the extension only talks to this interface. Reads take the chat they are about, because a page
 * can hold several (chat pop-ups, overlays) and a chat can live inside a shadow root.
 */
export interface PlatformAdapter {
  /** The chats on the page, most important first (a full-page thread is one chat). Empty when none is open. */
  chats(doc: Document): ChatRoot[];
  /** The chat's thread id: from the URL where the site has one per thread, otherwise from the page. */
  threadId(url: URL, chat: ChatRoot): string | null;
  contact(chat: ChatRoot): ContactInfo;
  /** The scrolling list of messages; null when it cannot be found (an empty list that exists is not null). */
  messageList(chat: ChatRoot): Element | null;
  /** The row elements rendered in that list, in DOM order. */
  rowElements(list: Element): Element[];
  /** Reads one row (the page reader caches it per element until the row's text changes). */
  readRow(row: Element): MessageRow;
  /** Every row of the list, read: `rowElements(list).map(readRow)`. */
  messageRows(list: Element): MessageRow[];
  /** The chat's message box (never a search box or another chat's box); null when there is none. */
  composer(chat: ChatRoot): HTMLElement | null;
  /** The chat's Send button, where the site shows one. */
  sendButton(chat: ChatRoot): HTMLElement | null;
  /** Attributes whose change changes what a row says (e.g. a delivery status): rows are read again when they change. */
  readonly watchedAttributes?: readonly string[];
  /**
   * For sites whose Send button is mounted or enabled only once the site's own editor state holds text (a voice
   * button in its place before): true when it is ready now. An insertion then counts as done only when it is.
   */
  sendReady?(chat: ChatRoot): boolean;
}

/** One supported DM site: its identity, URLs and page adapter. Registered in lib/platforms/sites.ts. */
export interface SiteDefinition<Id extends string = string> {
  /** Stable id, stored in every record (`<id>:<threadId>` contact keys): never rename. */
  readonly id: Id;
  /** The site's name as users say it. */
  readonly label: string;
  /** Hosts the content script runs on (https only). */
  readonly hosts: readonly string[];
  /** How the DM pages' URLs look, for the options page ("instagram.com/direct/…"). */
  readonly urlHint: string;
  /** True on any page of the site's DM area (inbox included). */
  isDmArea(url: URL): boolean;
  /** A link back to a thread, for the dashboard's waiting and missed lists. */
  threadUrl(threadId: string): string;
  readonly adapter: PlatformAdapter;
  /**
   * The interface words the adapter relies on (labels in every language it reads): a page snapshot keeps them
   * readable, so a replay finds the same anchors.
   */
  readonly interfaceWords?: readonly string[];
  /**
   * What the page itself keeps the extension from on this URL, in words (a passcode wall, a message request with no
   * message box); null when nothing. The sidebar and the page check say it in the interface's language.
   */
  notice?(url: URL): SiteNotice | null;
  /**
   * For a site that is an inbox of other sites' conversations (one tool answering Instagram and Messenger): those
   * registered sites (the registry test checks each id). A chat there takes the contact keys and records of the site
   * it belongs to, so one conversation seen there and on its own site is one contact.
   */
  readonly channels?: readonly { id: string; label: string }[];
  /** Which of `channels` the open chat belongs to; null when the page does not say (then: the site itself). */
  channel?(url: URL, chat: ChatRoot): string | null;
  /**
   * A link to a thread this site recorded under one of its channels with an id only this site knows (the channel's own
   * threadUrl would not open it); null for any other id.
   */
  channelThreadUrl?(channel: string, threadId: string): string | null;
  /**
   * For a site whose chats open over any page of its hosts (chat pop-ups, overlay bubbles): where they open — the nodes
   * (the body, an open shadow root) whose children are watched for one outside the DM area. The sidebar appears while
   * one is open, and works on it.
   */
  readonly floatingChats?: (doc: Document) => Node[];
}

/** Declares a site; keeps its id as a literal type so the registry can derive the id union. */
export function defineSite<const Id extends string>(site: SiteDefinition<Id>): SiteDefinition<Id> {
  return site;
}

/** The content-script match patterns of a site: every page of its hosts, https only. */
export function siteMatches(site: Pick<SiteDefinition, 'hosts'>): string[] {
  return site.hosts.map((host) => `https://${host}/*`);
}
