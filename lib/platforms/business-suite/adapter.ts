import { anchoredAdapter, ANY, css, locateOne, ONE, repeatedChildren, SOME, structural, type Anchor } from '../anchors';
import { alignedRight, handleFromHref, labelSelector, messageBody, textOf } from '../dom';
import { instagramThreadId } from '../instagram/urls';
import { messengerThreadId } from '../messenger/urls';
import type { ChatRoot, ContactInfo, MessageRow, PlatformAdapter } from '../types';
import { channelFromUrl, selectedItemId, suiteThreadId, unknownThreadType, type Channel } from './urls';

// Business Suite's markup is the least documented of all supported sites (docs/platforms.md): class names are hashed,
// so everything below leans on the URL, roles, a few labels and layout, and each target says when it cannot be found.

/** The chat list's rows: links that select a chat. Never part of the open chat. */
const THREAD_ROW = 'a[href*="selected_item_id"]';
const LIST_LABEL = '[aria-label*="Message list container" i]';
/** The right-hand panel about the customer (its heading names them; its notes box is never the composer). */
const PANEL = '[role="complementary"], aside';
const SEND = ['Send', 'Enviar'];
/**
 * The labels above, and the address's words that name the chat and its channel (query names, the channel inboxes),
 * kept readable in page snapshots so a replay finds the same chat.
 */
export const BUSINESS_SUITE_WORDS = [
  'Message list container',
  ...SEND,
  'selected_item_id',
  'thread_type',
  'FB_MESSAGE',
  'IG_MESSAGE',
  'messenger',
  'instagram',
];
/** Parts of a row that are not the message: sender headings in groups, time labels. */
const NOT_BODY = 'h1, h2, h3, h4, h5, h6, time, [role="img"], svg';
const HEADING = 'h1, h2, h3, [role="heading"]';
const RESERVED_PATHS = ['messages', 'direct', 'profile.php', 'pages', 'groups', 'latest', 't', 'p', 'reels', 'stories'];

const outside = (el: Element, selector: string) => !el.closest(selector);
const inChat = (el: Element) => outside(el, THREAD_ROW) && outside(el, PANEL);

/** Where the chat is found from: its labelled message list, else its single message box. */
const SEED: Anchor[] = [
  css(LIST_LABEL, ONE),
  css('[contenteditable="true"][role="textbox"]', ONE, inChat, 'the one message box outside the chat list and the panel'),
];
const regions = new WeakMap<Element, Element>();

/**
 * The open chat: the widest element around the message list (or box) that holds no row of the chat list, so the
 * conversation and the customer panel beside it are in, the chat list and its search box are out.
 */
function chats(doc: Document): ChatRoot[] {
  const seed = locateOne(doc, SEED);
  if (!seed) return [doc];
  const known = regions.get(seed);
  if (known?.isConnected && known.contains(seed)) return [known];
  let region = seed;
  for (let up = seed.parentElement; up && up !== doc.body && !up.querySelector(THREAD_ROW); up = up.parentElement) region = up;
  regions.set(seed, region);
  return [region];
}

/** Structural fallback: the element of the conversation that scrolls and holds the most children. */
const scroller: Anchor = structural('the scrolling element of the conversation with the most children', (root) => {
  let best: Element | null = null;
  for (const el of Array.from(root.querySelectorAll('div, ul, ol, section'))) {
    const y = el.ownerDocument.defaultView?.getComputedStyle(el).overflowY;
    if ((y !== 'auto' && y !== 'scroll') || !inChat(el) || el.querySelector('[contenteditable="true"], textarea, input'))
      continue;
    if (!best || el.childElementCount > best.childElementCount) best = el;
  }
  return best ? [best] : [];
});
const LIST: Anchor[] = [css(LIST_LABEL, ONE), scroller];
const ROWS: Anchor[] = [
  css('[role="row"]', SOME),
  structural('the repeated children of the message list', (list) => repeatedChildren(list as Element), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [
  css<HTMLElement>('div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', ONE, inChat),
  css<HTMLElement>('[role="textbox"][contenteditable="true"]', ONE, inChat),
  css<HTMLElement>('[contenteditable="true"]', ONE, inChat),
];
/** Send, only while it can be pressed: it stays disabled while the box is empty. */
const enabled = (b: HTMLElement) => inChat(b) && !b.matches(':disabled, [aria-disabled="true"]');
const SEND_BUTTON: Anchor<HTMLElement>[] = [
  css(labelSelector('[role="button"], button', 'aria-label', SEND), ONE, enabled, 'Send by its label, enabled'),
  css<HTMLElement>(
    '[role="button"], button',
    ONE,
    (b) => enabled(b) && SEND.some((w) => w.toLowerCase() === textOf(b)?.toLowerCase()),
    'Send by its text, enabled',
  ),
];

/** The customer's picture beside a message (never beside the business's own): an image outside the text. */
function hasAvatar(row: Element): boolean {
  return Array.from(row.querySelectorAll('img[alt], [role="img"][aria-label], svg[aria-label]')).some(
    (img) => !img.closest('[dir="auto"]') && Boolean((img.getAttribute('alt') ?? img.getAttribute('aria-label'))?.trim()),
  );
}

/** The side the row's own style puts it on (a flex row pushed to an end, or aligned text); null when it says none. */
function styledSide(row: Element): 'left' | 'right' | null {
  const view = row.ownerDocument.defaultView;
  for (const el of [row, ...Array.from(row.children)]) {
    const style = view?.getComputedStyle(el);
    if (!style) continue;
    const reverse = style.flexDirection === 'row-reverse';
    if (style.display.includes('flex') && /^(flex-)?end$/.test(style.justifyContent)) return reverse ? 'left' : 'right';
    if (style.display.includes('flex') && /^(flex-)?start$/.test(style.justifyContent)) return reverse ? 'right' : 'left';
    if (style.textAlign === 'right' || style.textAlign === 'end') return 'right';
  }
  return null;
}

function readRow(row: Element): MessageRow {
  // The row's style says the side where it says one (a "seen" picture under the business's own reply must not turn it
  // into the customer's); else the customer's avatar marks their messages; else the row's place on screen.
  const side = styledSide(row);
  const direction = side ? (side === 'right' ? 'out' : 'in') : hasAvatar(row) ? 'in' : alignedRight(row) ? 'out' : 'in';
  const sender = direction === 'in' ? textOf(row.querySelector('h4, h5, h6')) : null;
  return { element: row, direction, text: messageBody(row, NOT_BODY), ...(sender ? { sender } : {}) };
}

const panelOf = (chat: ChatRoot) => chat.querySelector(PANEL);

/** A profile on facebook.com or instagram.com (the panel's link to the customer): its handle. */
function profileHandle(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    if (!/^(www\.)?(facebook|instagram)\.com$/.test(url.hostname)) return null;
    return handleFromHref(url.pathname, RESERVED_PATHS);
  } catch {
    return null;
  }
}

function contact(chat: ChatRoot, list: Element | null): ContactInfo {
  const panel = panelOf(chat);
  const notInList = (el: Element) => !list?.contains(el) && outside(el, THREAD_ROW);
  const heading =
    (panel && Array.from(panel.querySelectorAll(HEADING)).find((h) => textOf(h) && notInList(h))) ??
    Array.from(chat.querySelectorAll(HEADING)).find((h) => textOf(h) && notInList(h));
  // A group's incoming messages are headed by their senders' names.
  const group = Boolean(list?.querySelector('h4, h5, h6'));
  const link = group
    ? undefined
    : Array.from((panel ?? chat).querySelectorAll('a[href]')).find((a) => notInList(a) && profileHandle(a.getAttribute('href')));
  return {
    displayName: textOf(heading),
    handle: profileHandle(link?.getAttribute('href') ?? null),
    ...(group ? { group } : {}),
  };
}

/** A link from the chat (never from a message) to the same conversation on its own site, with that site's id. */
function ownSiteThread(chat: ChatRoot): { channel: Channel; id: string } | null {
  const list = locateOne(chat, LIST);
  const found = new Map<string, { channel: Channel; id: string }>();
  for (const a of Array.from(chat.querySelectorAll('a[href*="/t/"]'))) {
    if (list?.contains(a) || !outside(a, THREAD_ROW)) continue;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '');
    } catch {
      continue;
    }
    if (url.hostname === 'facebook.com') url.hostname = 'www.facebook.com';
    if (url.hostname === 'instagram.com') url.hostname = 'www.instagram.com';
    const ig = instagramThreadId(url);
    const fb = messengerThreadId(url);
    if (ig) found.set(`instagram:${ig}`, { channel: 'instagram', id: ig });
    else if (fb) found.set(`messenger:${fb}`, { channel: 'messenger', id: fb });
  }
  // Two different conversations linked: not knowing which is this one, take neither.
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** The channel the selected chat's own row in the chat list names in its link (its thread_type or inbox). */
function rowChannel(url: URL, chat: ChatRoot): Channel | null | undefined {
  const selected = url.searchParams.get('selected_item_id');
  const doc = chat.nodeType === 9 ? (chat as Document) : (chat as Element | ShadowRoot).ownerDocument;
  for (const a of Array.from(doc.querySelectorAll(THREAD_ROW))) {
    let href: URL;
    try {
      href = new URL(a.getAttribute('href') ?? '', url);
    } catch {
      continue;
    }
    if (href.searchParams.get('selected_item_id') !== selected) continue;
    if (unknownThreadType(href)) return null;
    const channel = channelFromUrl(href);
    if (channel) return channel;
  }
  return undefined;
}

/**
 * Which site the chat belongs to: the address's `thread_type` (or the channel inbox it is on), else the chat list's
 * link to it, else a link to the conversation on its own site; null when none says (or the address names a kind of
 * conversation the sidekick does not read).
 */
export function channelOf(url: URL, chat: ChatRoot): Channel | null {
  if (unknownThreadType(url)) return null;
  const fromUrl = channelFromUrl(url);
  if (fromUrl) return fromUrl;
  const fromRow = rowChannel(url, chat);
  if (fromRow !== undefined) return fromRow;
  return ownSiteThread(chat)?.channel ?? null;
}

/**
 * The chat's thread id. Where the chat links to the same conversation on its own site (facebook.com/messages/t/<id>,
 * instagram.com/direct/t/<id>) and that site is the chat's channel, that site's id: the conversation is then one
 * contact wherever it is answered. Otherwise Business Suite's `selected_item_id`, marked as Business Suite's under a
 * channel (counted apart from the same chat seen on its own site), plain when no channel is known.
 */
function threadId(url: URL, chat: ChatRoot): string | null {
  const selected = selectedItemId(url);
  if (!selected) return null;
  const channel = channelOf(url, chat);
  const own = channel ? ownSiteThread(chat) : null;
  if (own && own.channel === channel) return own.id;
  return channel ? suiteThreadId(selected) : selected;
}

/** Meta Business Suite's inbox (Messenger and Instagram chats together; composer treated as Lexical and verified). */
export const businessSuiteAdapter: PlatformAdapter = anchoredAdapter({
  chats,
  threadId,
  list: LIST,
  rows: ROWS,
  readRow,
  composer: COMPOSER,
  send: SEND_BUTTON,
  contact,
  // Send stays disabled until the editor holds text: an insertion is confirmed by it coming on.
  sendNeedsText: true,
});
