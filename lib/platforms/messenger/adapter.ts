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
import { messengerThreadId } from './urls';

// Own messages carry a visually-hidden heading, "You sent" in the interface language; others the sender's name.
// Only that heading decides direction: a customer writing "You sent me the wrong size!" or a contact called
// "You sent Ltd" is not the seller.
const YOU_SENT = ['you sent', 'enviaste', 'você enviou'];
const SEND = ['Press enter to send', 'Pulsa Intro para enviar', 'Pressione Enter para enviar', 'Send', 'Enviar'];
const GROUP_LIST = /\btitled\b|\btitulada\b|\bintitulada\b/i;
/** The labels above, kept readable in page snapshots. */
export const MESSENGER_WORDS = ['You sent', 'Enviaste', 'Você enviou', ...SEND, 'titled', 'titulada', 'intitulada'];
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

/** Facebook Messenger, full page (Lexical composer; rows with a direction heading; times in abbr[title]). */
export const messengerAdapter: PlatformAdapter = anchoredAdapter({
  chats: (doc) => [locateOne(doc, MAIN) ?? doc],
  threadId: (url) => messengerThreadId(url),
  list: LIST,
  rows: ROWS,
  readRow: rowOf,
  composer: COMPOSER,
  send: SEND_BUTTON,

  contact(chat: ChatRoot, list: Element | null): ContactInfo {
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
