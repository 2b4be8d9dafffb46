import { pageNumericTimes } from '../events/numeric-dates';
import type { PlatformId } from '../platforms/sites';
import { deepActiveElement, deepContains } from '../platforms/dom';
import type {
  ChatRoot,
  ContactInfo,
  Direction,
  MessageRow,
  PlatformAdapter,
  SiteDefinition,
  SiteNotice,
} from '../platforms/types';

/** What the page check found of each part the extension reads: the contact, the message list, the message box. */
export type PartCheck = 'ok' | 'missing';
export interface PageCheck {
  contact: PartCheck;
  /** 'ok' when the message list was found, even empty (a new thread); 'missing' when no list could be found. */
  messages: PartCheck;
  composer: PartCheck;
}

/** What the sidebar knows about the page right now. */
export interface PageState {
  /** The site whose conversation this is: the page's own site, or the one it answers for (SiteDefinition.channel). */
  platform: PlatformId;
  /** That site's name as users say it. */
  platformLabel: string;
  /**
   * False outside the site's DM area (e.g. Instagram's feed): the sidebar stays out of the way — unless a chat floats
   * over that page (a pop-up, an overlay bubble), which makes it a DM page while it is open.
   */
  inDmArea: boolean;
  /** The active chat floats over an ordinary page of the site (SiteDefinition.floatingChats). */
  floating: boolean;
  /** The open thread, or null on the inbox. */
  threadId: string | null;
  contact: ContactInfo;
  check: PageCheck;
  /** Who wrote the latest message on screen: the customer ('in') or the business ('out'); null when none is shown. */
  lastFrom: Direction | null;
  /** The customer's latest visible message (in memory only: suggestions read it, nothing stores it). */
  latestIncoming: string | null;
  /** In a group chat, who wrote the latest customer message (greetings address them). */
  latestSender: string | null;
  /** Outgoing rows on screen (none means this may be a first contact). */
  outgoingCount: number;
  /** What the page itself keeps the extension from here (SiteDefinition.notice); null when nothing. */
  notice: SiteNotice | null;
}

/**
 * The rows' indices from oldest to newest: DOM order, reversed where the rows' container lays them out
 * `column-reverse` (newest first in the DOM, shown at the bottom — Instagram's list). One style read for the whole
 * list and no layout read, however long the thread. Shared by everything that needs an order: the latest row, and the
 * recorder (identical messages are numbered oldest first).
 */
export function chronological(rows: readonly MessageRow[]): number[] {
  const order = rows.map((_, i) => i);
  const parent = rows[0]?.element.parentElement;
  const view = parent?.ownerDocument.defaultView;
  return view && parent && view.getComputedStyle(parent).flexDirection === 'column-reverse' ? order.reverse() : order;
}

/** The latest row, and the latest customer row, by position; -1 when there is none. */
export function latestRows(rows: readonly MessageRow[], order = chronological(rows)): { latest: number; latestIncoming: number } {
  let latestIncoming = -1;
  for (let k = order.length - 1; k >= 0 && latestIncoming < 0; k--)
    if (rows[order[k]!]!.direction === 'in') latestIncoming = order[k]!;
  return { latest: order.at(-1) ?? -1, latestIncoming };
}

const NO_CHECK: PageCheck = { contact: 'missing', messages: 'missing', composer: 'missing' };

/** One read of the page: its state, its rendered message rows and which of them is the latest. */
export interface PageRead {
  state: PageState;
  rows: MessageRow[];
  /** The rows' indices, oldest to newest (see chronological). */
  order: number[];
  /** The chat's message box, as this read found it. */
  composer: HTMLElement | null;
  /** The chat this read was about (the active one). */
  chat: ChatRoot | null;
}

/**
 * Reads the page through the site's adapter, for the given chat (the active one where a page holds several). By
 * default the rows' all-numeric times are settled by this read's rows alone (lib/events/numeric-dates.ts).
 */
export function readPage(
  site: SiteDefinition<PlatformId>,
  url: URL,
  chat: ChatRoot | null,
  readRows: (list: Element) => MessageRow[] = (list) => pageNumericTimes()(site.adapter.messageRows(list)),
): PageRead {
  const adapter = site.adapter;
  // Floating chats (pop-ups, overlays) make any page of the site a DM page while one is open.
  const floating = !site.isDmArea(url) && Boolean(site.floatingChats) && chat !== null;
  const inDmArea = floating || site.isDmArea(url);
  const threadId = inDmArea && chat ? adapter.threadId(url, chat) : null;
  const channelId = threadId && chat ? site.channel?.(url, chat) : null;
  const channel = site.channels?.find((c) => c.id === channelId) ?? { id: site.id, label: site.label };
  const base = {
    // The registry test checks that every channel a site answers is a registered site id.
    platform: channel.id as PlatformId,
    platformLabel: channel.label,
    inDmArea,
    floating,
    threadId,
    lastFrom: null,
    latestIncoming: null,
    latestSender: null,
    outgoingCount: 0,
    notice: site.notice?.(url) ?? null,
  };
  if (!chat || !threadId) {
    const state = { ...base, contact: { displayName: null, handle: null }, check: NO_CHECK };
    return { rows: [], order: [], composer: null, chat, state };
  }
  const contact = adapter.contact(chat);
  const list = adapter.messageList(chat);
  const rows = list ? readRows(list) : [];
  const order = chronological(rows);
  const { latest, latestIncoming } = latestRows(rows, order);
  const incoming = rows[latestIncoming];
  const composer = adapter.composer(chat);
  return {
    rows,
    order,
    composer,
    chat,
    state: {
      ...base,
      contact,
      check: {
        contact: contact.displayName || contact.handle ? 'ok' : 'missing',
        messages: list ? 'ok' : 'missing',
        composer: composer ? 'ok' : 'missing',
      },
      lastFrom: rows[latest]?.direction ?? null,
      latestIncoming: incoming?.text ?? null,
      latestSender: incoming?.sender ?? null,
      outgoingCount: rows.filter((r) => r.direction === 'out').length,
    },
  };
}

export function samePageState(a: PageState, b: PageState): boolean {
  return (
    a.platform === b.platform &&
    a.inDmArea === b.inDmArea &&
    a.floating === b.floating &&
    a.threadId === b.threadId &&
    a.contact.displayName === b.contact.displayName &&
    a.contact.handle === b.contact.handle &&
    a.contact.group === b.contact.group &&
    a.check.contact === b.check.contact &&
    a.check.messages === b.check.messages &&
    a.check.composer === b.check.composer &&
    a.lastFrom === b.lastFrom &&
    a.latestIncoming === b.latestIncoming &&
    a.latestSender === b.latestSender &&
    a.outgoingCount === b.outgoingCount &&
    JSON.stringify(a.notice) === JSON.stringify(b.notice)
  );
}

/**
 * The page as the content script sees it: which chat is active (a page can hold several — pop-ups, overlays — and the
 * active one is the chat whose message box was focused last), and that chat's composer and Send button.
 */
export interface PageReader {
  readonly site: SiteDefinition<PlatformId>;
  read(): PageRead;
  activeChat(): ChatRoot | null;
  /** The composer found by the last read (typing inside it changes no part of the page state). */
  lastComposer(): HTMLElement | null;
  /** These nodes changed (mutation targets): rows holding them are read again at the next read. */
  changed(nodes: Iterable<Node>): void;
  composer(): HTMLElement | null;
  sendButton(): HTMLElement | null;
  /** Whether the active chat's Send button is ready, for sites where that confirms an insertion; null elsewhere. */
  sendReady(): boolean | null;
  /** Calls `listener` whenever focus goes into a chat's message box (the active chat may have changed). */
  onChatFocus(listener: () => void): void;
}

export function createPageReader(site: SiteDefinition<PlatformId>, doc: Document, signal: AbortSignal): PageReader {
  const adapter: PlatformAdapter = site.adapter;
  let focused: ChatRoot | null = null;
  const focusListeners: (() => void)[] = [];
  const onFocusIn = (e: Event) => {
    const target = e.composedPath()[0];
    if (!(target instanceof Node)) return;
    const chat = adapter.chats(doc).find((c) => {
      const box = adapter.composer(c);
      return box !== null && deepContains(box, target);
    });
    if (!chat) return;
    focused = chat;
    for (const listener of focusListeners) listener();
  };
  doc.addEventListener('focusin', onFocusIn, { capture: true, signal });
  // Focus moving between two boxes inside one shadow root (overlay bubbles side by side) never reaches the document:
  // the event stops at the shadow root, so each shadow root holding chats is listened to as well.
  const listenedRoots = new WeakSet<ShadowRoot>();
  const listenInside = (chats: ChatRoot[]) => {
    for (const chat of chats) {
      const root = chat instanceof ShadowRoot ? chat : chat.getRootNode();
      if (!(root instanceof ShadowRoot) || listenedRoots.has(root)) continue;
      listenedRoots.add(root);
      root.addEventListener('focusin', onFocusIn, { capture: true, signal });
    }
  };
  const activeChat = () => {
    const chats = adapter.chats(doc);
    listenInside(chats);
    // The box that has focus now wins (focus can move without a focusin we saw, e.g. before the script ran).
    const now = deepActiveElement(doc);
    const holding =
      now &&
      chats.find((c) => {
        const box = adapter.composer(c);
        return box !== null && deepContains(box, now);
      });
    if (holding) focused = holding;
    return focused && chats.includes(focused) ? focused : (chats[0] ?? null);
  };
  // Rows are read once and kept until a mutation inside them says otherwise: a long thread costs only its new or
  // changed rows (reading direction needs style reads). A recycled row element is a changed row.
  const rowCache = new WeakMap<Element, MessageRow>();
  // All-numeric row times are read in the order every row this page has shown proves (one page, one locale).
  const numericTimes = pageNumericTimes();
  const readRows = (list: Element) =>
    numericTimes(
      adapter.rowElements(list).map((el) => {
        let row = rowCache.get(el);
        if (!row) rowCache.set(el, (row = adapter.readRow(el)));
        return row;
      }),
    );
  let composerSeen: HTMLElement | null = null;
  return {
    site,
    activeChat,
    lastComposer: () => composerSeen,
    changed(nodes) {
      for (const node of nodes) {
        for (let n: Node | null = node; n; n = n.parentNode) {
          if (rowCache.delete(n as Element)) break;
        }
      }
    },
    read: () => {
      const read = readPage(site, new URL(doc.location.href), activeChat(), readRows);
      composerSeen = read.composer;
      return read;
    },
    composer: () => {
      // Asked on every key press (shortcuts, caret): the box found by the last read while it is still on the page.
      if (composerSeen?.isConnected) return composerSeen;
      const chat = activeChat();
      return chat ? adapter.composer(chat) : null;
    },
    sendButton: () => {
      const chat = activeChat();
      return chat ? adapter.sendButton(chat) : null;
    },
    sendReady: () => {
      const chat = activeChat();
      return adapter.sendReady && chat ? adapter.sendReady(chat) : null;
    },
    onChatFocus: (listener) => void focusListeners.push(listener),
  };
}
