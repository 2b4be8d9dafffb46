import { anchoredAdapter, ANY, css, ONE, repeatedChildren, scrollingList, SOME, structural, type Anchor } from '../anchors';
import { alignedRight, bodyText, textOf } from '../dom';
import type { ChatRoot, ContactInfo, MessageRow, PlatformAdapter } from '../types';
import { threadIdFromName } from './urls';

// Alibaba's IM keeps readable, long-stable class names (docs/platforms.md): the anchors are those classes, never the
// labels, which are English, Chinese or the user's language.
const CONTACT = '.contact-item-container';
const HEADER = '.content-header';
const ROW = '[class*="message-item-wrapper"]';
const BODY = '.session-rich-content.text';
/** A translated copy of a message sits beside the original: never the body. */
const TRANSLATED = '[class*="transl"]';
/** What the site prints in a row it sent by itself (auto-reception, system auto-send): never the seller's reply. */
const AUTO_MARKS = ['自动接待发送', '系统自动发送'];
export const ALIBABA_WORDS: readonly string[] = AUTO_MARKS;
const PAGE_TIME = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?/;

const rowsOrScrolls = (el: Element) =>
  el.querySelector(ROW) !== null || /auto|scroll/.test(el.ownerDocument.defaultView?.getComputedStyle(el).overflowY ?? '');
const LIST: Anchor[] = [css('.scroll-box', ONE, rowsOrScrolls), scrollingList];
const ROWS: Anchor[] = [
  css(ROW, SOME, (el: Element) => !el.parentElement?.closest(ROW)),
  structural('the repeated children of the message list', (list) => repeatedChildren(list as Element), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [css('textarea.send-textarea', ONE), css('textarea', ONE)];
const SEND: Anchor<HTMLElement>[] = [
  css('button.send-tool-button', ONE),
  structural<HTMLElement>('the button beside the message box', (chat) => {
    const box = chat.querySelector('textarea.send-textarea');
    const buttons = box?.parentElement?.parentElement?.querySelectorAll<HTMLElement>('button') ?? [];
    return buttons.length === 1 ? [buttons[0]!] : [];
  }),
];

/** The conversation pane: the header's widest ancestor that does not hold the contact list. */
function pane(doc: Document): Element | null {
  let el = doc.querySelector(HEADER);
  if (!el) return null;
  while (el.parentElement && el.parentElement !== doc.body && !el.parentElement.querySelector(CONTACT)) el = el.parentElement;
  return el;
}

/** The header's first line: the contact's name (the company follows). */
function headerName(chat: ChatRoot): string | null {
  const header = chat.querySelector(HEADER);
  if (!header) return null;
  for (const child of Array.from(header.children)) {
    const text = textOf(child);
    if (text) return text.split('\n')[0]!.trim() || null;
  }
  return (
    (header.textContent ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? null
  );
}

/** The contact selected in the list, where it is marked selected or active. */
function selectedContact(doc: Document | null): Element | null {
  const items = Array.from(doc?.querySelectorAll(`${CONTACT}[data-name]`) ?? []);
  return (
    items.find(
      (el) =>
        /\b(selected|active|current)\b/.test(el.className) ||
        el.getAttribute('aria-selected') === 'true' ||
        el.querySelector('[class~="selected"], [class~="active"]') !== null,
    ) ?? null
  );
}

const docOf = (chat: ChatRoot): Document | null => (chat instanceof Document ? chat : chat.ownerDocument);

function baseInfo(row: Element): { name: string | null; time: string | null } {
  const info = row.querySelector('.item-base-info');
  const text = info?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const time = PAGE_TIME.exec(text)?.[0] ?? null;
  const named = info?.querySelector('[class*="name"]');
  const name = textOf(named) ?? (text.replace(PAGE_TIME, '').trim() || null);
  return { name, time };
}

function rowOf(element: Element): MessageRow {
  const direction = element.classList.contains('item-right')
    ? 'out'
    : element.classList.contains('item-left')
      ? 'in'
      : /\bitem-right\b/.test(element.querySelector('[class*="item-right"], [class*="item-left"]')?.className ?? '')
        ? 'out'
        : alignedRight(element)
          ? 'out'
          : 'in';
  const body = Array.from(element.querySelectorAll(BODY)).find((el) => !el.closest(TRANSLATED));
  const all = element.textContent ?? '';
  const auto = AUTO_MARKS.some((mark) => all.includes(mark));
  const { name, time } = baseInfo(element);
  const text = body
    ? bodyText(body, TRANSLATED)
    : bodyText(element, `.item-base-info, ${TRANSLATED}`)
        .replace(new RegExp(AUTO_MARKS.join('|'), 'g'), '')
        .trim();
  return {
    element,
    direction,
    text,
    ...(time ? { time } : {}),
    ...(direction === 'in' && name ? { sender: name } : {}),
    ...(auto ? { auto: true } : {}),
  };
}

function contact(chat: ChatRoot, list: Element | null): ContactInfo {
  const selected = selectedContact(docOf(chat));
  const name = headerName(chat) ?? textOf(selected?.querySelector('.contact-info .name, .name'));
  // No group chats on Alibaba's IM as such; a chat whose incoming rows name someone other than its title is one.
  const senders = new Set(
    Array.from(list?.querySelectorAll(`${ROW}.item-left .item-base-info`) ?? [], (info) => baseInfo(info.closest(ROW)!).name),
  );
  const group = Boolean(name) && [...senders].some((s) => s && s !== name);
  return { displayName: name, handle: null, ...(group ? { group } : {}) };
}

/** Alibaba.com IM (buyers' messenger, suppliers' OneTalk): one URL for every chat, a React-controlled textarea. */
export const alibabaAdapter: PlatformAdapter = anchoredAdapter({
  chats(doc) {
    const chat = pane(doc);
    return chat ? [chat] : [];
  },
  threadId: (_url, chat) =>
    threadIdFromName(selectedContact(docOf(chat))?.getAttribute('data-name')) ?? threadIdFromName(headerName(chat)),
  list: LIST,
  rows: ROWS,
  readRow: rowOf,
  composer: COMPOSER,
  send: SEND,
  contact,
});
