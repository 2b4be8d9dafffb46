import {
  anchoredAdapter,
  ANY,
  css,
  locateOne,
  ONE,
  repeatedChildren,
  scrollingList,
  SOME,
  structural,
  type Anchor,
} from '../anchors';
import { alignedRight, handleFromHref, labelSelector, messageBody, textOf } from '../dom';
import type { ChatRoot, ContactInfo, MessageRow, PlatformAdapter } from '../types';
import { isMessengerDmArea, messengerThreadId } from './urls';

// Own messages carry a visually-hidden heading, "You sent" in the interface language; others the sender's name.
// Only that heading decides direction: a customer writing "You sent me the wrong size!" or a contact called
// "You sent Ltd" is not the seller.
const YOU_SENT = ['you sent', 'enviaste', 'você enviou'];
const SEND = ['Press enter to send', 'Pulsa Intro para enviar', 'Pressione Enter para enviar', 'Send', 'Enviar'];
const GROUP_LIST = /\btitled\b|\btitulada\b|\bintitulada\b/i;
// A chat's message grid is labelled "Messages in conversation with <Name>" ("… titled <Group>" for a group), in the
// interface language: on ordinary facebook.com pages that label is what tells a chat pop-up from everything else.
const CONVERSATION = [
  'Messages in conversation with',
  'Messages in conversation titled',
  'Mensajes de la conversación con',
  'Mensajes de la conversación titulada',
  'Mensagens na conversa com',
  'Mensagens na conversa intitulada',
];
const CONVERSATION_GRID = labelSelector('[role="grid"]', 'aria-label', CONVERSATION, true);
/** The labels above, kept readable in page snapshots. */
export const MESSENGER_WORDS = [
  'You sent',
  'Enviaste',
  'Você enviou',
  ...SEND,
  'titled',
  'titulada',
  'intitulada',
  ...CONVERSATION,
];
const RESERVED_PATHS = ['messages', 'profile.php', 't', 'e2ee', 'groups', 'pages'];
const HEADING = 'h4, h5, h6';
/** Parts of a row that are not the message: headings, time labels. */
const NOT_BODY = 'h1, h2, h3, h4, h5, h6, abbr, time';

const MAIN: Anchor[] = [css('[role="main"]', ONE)];
const LIST: Anchor[] = [css('[role="grid"][aria-label]', ONE), css('[role="grid"]', ONE), scrollingList];
const ROWS: Anchor[] = [
  css('[role="row"]', SOME),
  structural('the repeated children of the message list', (list) => repeatedChildren(list as Element), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [
  css('div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', ONE),
  css('div[role="textbox"][contenteditable="true"]', ONE),
  css('div[contenteditable="true"][data-lexical-editor="true"]', ONE),
];
const SEND_BUTTON: Anchor<HTMLElement>[] = [css(labelSelector('[role="button"], button', 'aria-label', SEND), ONE)];

function rowOf(element: Element): MessageRow {
  const heading = textOf(element.querySelector(HEADING));
  const own = heading !== null && YOU_SENT.includes(heading.toLowerCase());
  const text = messageBody(element, NOT_BODY);
  const time =
    element.querySelector('abbr[title]')?.getAttribute('title') ??
    element.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  return {
    element,
    direction: heading !== null ? (own ? 'out' : 'in') : alignedRight(element) ? 'out' : 'in',
    text,
    ...(time ? { time } : {}),
    ...(heading !== null && !own ? { sender: heading } : {}),
  };
}

const EDITABLE = '[role="textbox"][contenteditable="true"], [contenteditable="true"][data-lexical-editor="true"]';

/**
 * The whole of one chat pop-up, from its message grid: the nearest ancestor that also holds a message box — but never
 * one that takes in the page's main column (the feed, with its post and comment boxes) or another chat's grid. A
 * pop-up with no box (read-only) is the widest ancestor short of those.
 */
function popupOf(grid: Element): Element {
  let chat = grid;
  for (let up = grid.parentElement; up && up !== up.ownerDocument.body; up = up.parentElement) {
    const others = Array.from(up.querySelectorAll(CONVERSATION_GRID)).some((g) => g !== grid);
    if (others || up.querySelector(MAIN_SELECTOR)) break;
    chat = up;
    if (up.querySelector(EDITABLE)) break;
  }
  return chat;
}
const MAIN_SELECTOR = '[role="main"]';

/**
 * The chats on the page: on Messenger's own pages the thread in [role=main]; on any other facebook.com page every
 * open chat pop-up (a folded one shows no message grid, so it is not a chat here).
 */
function chats(doc: Document): ChatRoot[] {
  if (isMessengerDmArea(new URL(doc.URL))) return [locateOne(doc, MAIN) ?? doc];
  return Array.from(doc.querySelectorAll(CONVERSATION_GRID))
    .filter((grid) => !grid.closest(MAIN_SELECTOR))
    .map(popupOf);
}

/**
 * The thread id: the URL's on Messenger's pages. A pop-up has no URL: the thread a link in it names, else the profile
 * its header links to — `profile.php?id=<n>` is that person's id, which is also their one-to-one thread's id on
 * facebook.com/messages/t/<n>; a vanity name is kept as `@<name>` (that chat then counts apart from its full page).
 */
function threadId(url: URL, chat: ChatRoot): string | null {
  const own = messengerThreadId(url);
  // Only a pop-up (on another facebook.com page) is named by what it links to.
  const popup = url.hostname === 'www.facebook.com' && !isMessengerDmArea(url) && !(chat as Element).matches?.(MAIN_SELECTOR);
  if (own || !popup) return own;
  const links = Array.from(chat.querySelectorAll<HTMLAnchorElement>('a[href]'), (a) => {
    try {
      const href = new URL(a.getAttribute('href')!, 'https://www.facebook.com');
      return href.hostname === 'www.facebook.com' ? href : null;
    } catch {
      return null; // not a link anywhere: nothing to read from it
    }
  }).filter((href) => href !== null);
  for (const href of links) {
    const thread = messengerThreadId(href);
    if (thread) return thread;
  }
  for (const href of links) {
    const id = href.pathname === '/profile.php' ? href.searchParams.get('id') : null;
    if (id && /^\d+$/.test(id)) return id;
    const vanity = handleFromHref(href.pathname, RESERVED_PATHS);
    if (vanity) return `@${vanity}`;
  }
  return null;
}

/**
 * Facebook Messenger: the full page (Lexical composer; rows with a direction heading; times in abbr[title]) and the
 * chat pop-ups on every other facebook.com page (one or several; the sidebar works on the one typed in last).
 */
export const messengerAdapter: PlatformAdapter = anchoredAdapter({
  chats,
  threadId,
  list: LIST,
  rows: ROWS,
  readRow: rowOf,
  composer: COMPOSER,
  send: SEND_BUTTON,

  contact(chat: ChatRoot, list: Element | null): ContactInfo {
    const label = list?.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim() ?? '';
    const lower = label.toLowerCase();
    const prefix = CONVERSATION.find((p) => lower.startsWith(p.toLowerCase()));
    if (prefix && !(chat as Element).matches?.(MAIN_SELECTOR)) {
      // A pop-up: its grid's label names the chat; the header's profile link gives the handle.
      const group = GROUP_LIST.test(prefix);
      const link = Array.from(chat.querySelectorAll<HTMLAnchorElement>('a[href]')).find(
        (a) => !list?.contains(a) && handleFromHref(a.getAttribute('href'), RESERVED_PATHS),
      );
      return {
        displayName: label.slice(prefix.length).trim() || null,
        handle: group ? null : handleFromHref(link?.getAttribute('href') ?? null, RESERVED_PATHS),
        ...(group ? { group } : {}),
      };
    }
    // Inside [role=main], the first link with an aria-label carries the contact's (or group's) name.
    const link = Array.from(chat.querySelectorAll<HTMLAnchorElement>('a[aria-label]')).find((a) =>
      Boolean(a.getAttribute('aria-label')?.trim()),
    );
    const displayName = link?.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim() || null;
    const group = GROUP_LIST.test(list?.getAttribute('aria-label') ?? '');
    return {
      displayName,
      handle: group ? null : handleFromHref(link?.getAttribute('href') ?? null, RESERVED_PATHS),
      ...(group ? { group } : {}),
    };
  },
});
