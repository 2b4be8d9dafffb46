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
import { instagramThreadId } from './urls';

// Labels follow the interface language; English, Spanish and Portuguese are known. Nothing below depends on them alone:
// each has a structural fallback.
const CONVERSATION_WITH = ['Conversation with', 'Conversación con', 'Conversa com'];
const MESSAGE = ['Message', 'Mensaje', 'Mensagem'];
const SEND = ['Send', 'Enviar'];
/** The labels above, kept readable in page snapshots. */
export const INSTAGRAM_WORDS = [...CONVERSATION_WITH, ...MESSAGE, ...SEND];
const RESERVED_PATHS = ['direct', 'explore', 'reels', 'accounts', 'stories', 'p'];
/** Parts of a row that are not the message: sender names in groups, headings, time labels. */
const NOT_BODY = 'h1, h2, h3, h4, h5, h6, time';

const THREAD: Anchor[] = [css(labelSelector('*', 'aria-label', CONVERSATION_WITH, true), ONE), css('[role="main"]', ONE)];
const LIST: Anchor[] = [css('[role="grid"]', ONE), css('[role="log"]', ONE), scrollingList];
const ROWS: Anchor[] = [
  css('[role="row"]', SOME),
  structural('the repeated children of the message list', (list) => repeatedChildren(list as Element), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [
  css(labelSelector('div[role="textbox"][contenteditable="true"]', 'aria-label', MESSAGE), ONE),
  css('div[contenteditable="true"][data-lexical-editor="true"]', ONE),
  css('div[role="textbox"][contenteditable="true"]', ONE),
  css(labelSelector('textarea', 'placeholder', MESSAGE, true), ONE),
];
const SEND_BUTTON: Anchor<HTMLElement>[] = [
  css(labelSelector('[role="button"]', 'aria-label', SEND), ONE),
  css<HTMLElement>('[role="button"], button', ONE, (el) => SEND.some((w) => w.toLowerCase() === textOf(el)?.toLowerCase())),
];

function rowOf(element: Element): MessageRow {
  const text = messageBody(element, NOT_BODY);
  const sender = textOf(element.querySelector('h4, h5, h6')) ?? undefined;
  return {
    element,
    direction: alignedRight(element) ? 'out' : 'in',
    text,
    time: element.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    ...(sender ? { sender } : {}),
  };
}

/** Instagram web DMs (Lexical composer, rows aligned by direction, no per-row times). */
export const instagramAdapter: PlatformAdapter = anchoredAdapter({
  chats: (doc) => [locateOne(doc, THREAD) ?? doc],
  threadId: (url) => instagramThreadId(url),
  list: LIST,
  rows: ROWS,
  readRow: rowOf,
  composer: COMPOSER,
  send: SEND_BUTTON,

  contact(chat: ChatRoot, list: Element | null): ContactInfo {
    // The header links the display name to the profile, /<handle>/ (links inside messages are not the header).
    const link = Array.from(chat.querySelectorAll<HTMLAnchorElement>('a[href]')).find(
      (a) => !list?.contains(a) && Boolean(handleFromHref(a.getAttribute('href'), RESERVED_PATHS) && textOf(a)),
    );
    const handle = handleFromHref(link?.getAttribute('href') ?? null, RESERVED_PATHS);
    // The link may hold the name and the handle on two lines: the first text line is the name.
    const first = link ? Array.from(link.querySelectorAll('span, div')).find((el) => textOf(el)) : null;
    let displayName = textOf(first ?? link);
    if (!displayName) {
      const label = chat instanceof Element ? chat.getAttribute('aria-label') : null;
      const prefix = CONVERSATION_WITH.find((p) => label?.toLowerCase().startsWith(p.toLowerCase()));
      displayName = (prefix && label?.slice(prefix.length).trim()) || null;
    }
    const group = Boolean(list?.querySelector('h4, h5, h6'));
    return { displayName, handle: group ? null : handle, ...(group ? { group } : {}) };
  },
});
