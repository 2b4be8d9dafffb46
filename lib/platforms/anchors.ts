/**
 * Layered anchors: each thing an adapter looks for (contact, message list, rows, composer, send…) is a list of
 * anchors tried in order — the semantic one first (roles, labels, editor markers), structural fallbacks after it
 * (repetition, layout) — each with the number of matches it expects. An anchor whose count is outside its expectation
 * is not trusted (two "Message" boxes in one chat means the wrong region), and the next one is tried.
 */
import { sendIsReady } from './dom';
import type { ChatRoot, ContactInfo, MessageRow, PlatformAdapter } from './types';

export interface Expectation {
  min: number;
  max: number;
}
/** Exactly one match. */
export const ONE: Expectation = { min: 1, max: 1 };
/** One or more (rows). */
export const SOME: Expectation = { min: 1, max: Infinity };
/** Any number, none included (rows of an empty new thread). */
export const ANY: Expectation = { min: 0, max: Infinity };

export interface Anchor<T extends Element = Element> {
  kind: 'semantic' | 'structural';
  /** What this anchor relies on, in words (docs/platforms.md repeats it). */
  why: string;
  expect: Expectation;
  find(root: ChatRoot): T[];
  /** Is this element still what the anchor finds (cheaper than finding again)? */
  still?(el: T): boolean;
}

/** An anchor by CSS selector, optionally filtered. */
const anyElement = () => true;

export function css<T extends Element = HTMLElement>(
  selector: string,
  expect: Expectation = ONE,
  accept: (el: T) => boolean = anyElement,
  why = selector,
): Anchor<T> {
  return {
    kind: 'semantic',
    why,
    expect,
    // Rows are found on every read of a long thread: no filtering pass when nothing is filtered.
    find: (root) => {
      const all = Array.from(root.querySelectorAll<T>(selector));
      return accept === anyElement ? all : all.filter(accept);
    },
    still: (el) => el.matches(selector) && accept(el),
  };
}

/** An anchor computed from structure or layout (used when the semantic anchors fail). */
export function structural<T extends Element = Element>(
  why: string,
  find: (root: ChatRoot) => T[],
  expect: Expectation = ONE,
): Anchor<T> {
  return { kind: 'structural', why, expect, find };
}

export interface Located<T extends Element> {
  elements: T[];
  /** Which anchor matched (index in the list), -1 when none did. */
  anchor: number;
}

/** Tries the anchors in order and returns the first whose matches fit its expectation. */
export function locate<T extends Element>(root: ChatRoot, anchors: readonly Anchor<T>[]): Located<T> {
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    const found = a.find(root);
    if (found.length >= a.expect.min && found.length <= a.expect.max) return { elements: found, anchor: i };
  }
  return { elements: [], anchor: -1 };
}

// The last element each single-element target resolved to, per root: on a long thread the page is read on every
// change, and finding the thread region, list or composer again costs a scan of the whole subtree.
const found = new WeakMap<ChatRoot, WeakMap<readonly Anchor[], { el: Element; anchor: number }>>();

/**
 * The single element the anchors find, or null. The element found last time is kept while it is still on the page,
 * inside the root and still matched by the semantic anchor that found it (a structural find is always redone).
 */
export function locateOne<T extends Element>(root: ChatRoot, anchors: readonly Anchor<T>[]): T | null {
  const byRoot = found.get(root);
  const last = byRoot?.get(anchors);
  const a = last && anchors[last.anchor];
  if (last && a?.still && last.el.isConnected && root.contains(last.el) && a.still(last.el as T)) return last.el as T;
  const { elements, anchor } = locate(root, anchors);
  const el = elements[0] ?? null;
  if (el) {
    if (!byRoot) found.set(root, new WeakMap([[anchors, { el, anchor }]]));
    else byRoot.set(anchors, { el, anchor });
  } else byRoot?.delete(anchors);
  return el;
}

const EDITABLE = '[contenteditable="true"], [contenteditable=""], textarea, input';

/** Structural fallback for a message list: the element in the chat that scrolls and holds the most children. */
export const scrollingList: Anchor = structural('the element of the chat that scrolls and holds the most children', (root) => {
  let best: Element | null = null;
  for (const el of Array.from(root.querySelectorAll('div, ul, ol, section'))) {
    // The composer's own scroll box (or one around it) is never the message list.
    if (el.closest(EDITABLE) || el.querySelector(EDITABLE) || !scrollsY(el)) continue;
    if (!best || el.childElementCount > best.childElementCount) best = el;
  }
  return best ? [best] : [];
});

/**
 * Structural fallback for rows: the repeated children of the list, through any number of single wrappers. Rows are
 * siblings of one kind (one tag); a lone child whose children differ (a bubble with its labels) is a single row.
 */
export function repeatedChildren(list: Element): Element[] {
  for (let el = list; el.childElementCount === 1;) {
    el = el.firstElementChild!;
    const kids = Array.from(el.children);
    if (kids.length > 1 && kids.every((k) => k.localName === kids[0]!.localName)) return kids;
    if (kids.length === 0) break;
  }
  // An empty wrapper (an empty new thread) is not a row; a photo or voice note without text is.
  return Array.from(list.children).filter(
    (el) => el.textContent?.trim() || el.querySelector('img, video, audio, svg, [role="img"]'),
  );
}

function scrollsY(el: Element): boolean {
  const y = el.ownerDocument.defaultView?.getComputedStyle(el).overflowY;
  return y === 'auto' || y === 'scroll';
}

/** What a site gives to be read through anchors: its targets, and the reads that need more than one element. */
export interface AnchoredSite {
  chats(doc: Document): ChatRoot[];
  threadId(url: URL, chat: ChatRoot): string | null;
  /** The contact, given the chat's message list (links inside messages are never the header's). */
  contact(chat: ChatRoot, list: Element | null): ContactInfo;
  list: readonly Anchor[];
  rows: readonly Anchor[];
  readRow(row: Element): MessageRow;
  composer: readonly Anchor<HTMLElement>[];
  send: readonly Anchor<HTMLElement>[];
  /** Row attributes whose change changes what the row says (PlatformAdapter.watchedAttributes). */
  watchedAttributes?: readonly string[];
  /** Send is mounted or enabled only while the site's editor holds text: an insertion is confirmed by Send being ready. */
  sendNeedsText?: boolean;
}

/** A page adapter from a site's anchors: every site reads its list, rows, composer and Send the same way. */
export function anchoredAdapter(site: AnchoredSite): PlatformAdapter {
  const messageList = (chat: ChatRoot) => locateOne(chat, site.list);
  const rowElements = (list: Element) => locate(list, site.rows).elements;
  return {
    chats: (doc) => site.chats(doc),
    threadId: (url, chat) => site.threadId(url, chat),
    contact: (chat) => site.contact(chat, messageList(chat)),
    messageList,
    rowElements,
    readRow: (row) => site.readRow(row),
    messageRows: (list) => rowElements(list).map((row) => site.readRow(row)),
    composer: (chat) => locateOne(chat, site.composer),
    sendButton: (chat) => locateOne(chat, site.send),
    ...(site.watchedAttributes ? { watchedAttributes: site.watchedAttributes } : {}),
    ...(site.sendNeedsText ? { sendReady: (chat: ChatRoot) => sendIsReady(locateOne(chat, site.send)) } : {}),
  };
}
