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
import { alignedRight, bodyText, labelSelector, messageBody } from '../dom';
import type { ChatRoot, ContactInfo, MessageRow, PlatformAdapter } from '../types';
import { jidOfMessageId, threadIdFromTitle } from './urls';

// Labels follow the interface language; English, Spanish and Portuguese are known. WhatsApp's classes are hashed, so
// the anchors are its long-lived ids (#main), data attributes (data-id, data-pre-plain-text, data-tab, data-icon) and
// the few plain classes it keeps for its own copy feature (message-in/out, copyable-text, selectable-text).
const SEND = ['Send', 'Enviar'];
/** The header's subtitle, never the name: presence, typing, "click here for contact info", a group's members. */
const SUBTITLE =
  /^((.+ (is|está) )?(typing|escribiendo|digitando|recording audio|grabando audio|gravando áudio)(…|\.\.\.)?|online|en línea|(last seen (today|yesterday|recently|a long|within|on|at|\d)|últ\. vez|visto por últ|click here|haz clic aquí|clique aqui|toque aqui|tap here).*|.+,\s*(you|tú|você))$/i;
/** The labels above, kept readable in page snapshots (with the shared interface words: "online", "typing"…). */
export const WHATSAPP_WORDS = [...SEND, 'en línea', 'click here for contact info', 'click here for group info'];

const MESSAGE_ID = '[data-id^="true_"], [data-id^="false_"]';
const BUBBLE = '.message-in, .message-out';
const COMPOSER_BOX = 'footer [contenteditable="true"]';
/** The chat list's search box (data-tab 3) is an editable too: never a target. */
const notSearch = (el: HTMLElement) => el.getAttribute('data-tab') !== '3';

const MAIN: Anchor[] = [
  css('#main', ONE),
  structural('footer box', (doc) => {
    const footer = doc.querySelector('footer [contenteditable="true"][data-tab="10"]')?.closest('footer');
    return footer?.parentElement ? [footer.parentElement] : [];
  }),
];
const LIST: Anchor[] = [css('[role="application"]', ONE), scrollingList];
const ROWS: Anchor[] = [
  // Each message carries WhatsApp's own id; system rows (the encryption notice, date chips) are no bubble, centred.
  css(
    MESSAGE_ID,
    SOME,
    (el: Element) =>
      !el.parentElement?.closest(MESSAGE_ID) && (el.matches(BUBBLE) || el.querySelector(BUBBLE) !== null || !centred(el)),
  ),
  css(BUBBLE, SOME),
  structural('repeated rows, not centred', (list) => repeatedChildren(list as Element).filter((row) => !centred(row)), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [
  css(`${COMPOSER_BOX}[role="textbox"][data-tab="10"]`, ONE),
  css(`${COMPOSER_BOX}[data-lexical-editor="true"]`, ONE, notSearch),
  css(`${COMPOSER_BOX}[role="textbox"]`, ONE, notSearch),
];
const SEND_BUTTON: Anchor<HTMLElement>[] = [
  css(labelSelector('footer button, footer [role="button"]', 'aria-label', SEND), ONE),
  structural<HTMLElement>('send icon', (chat) =>
    [
      ...new Set(
        Array.from(chat.querySelectorAll('footer [data-icon="send"], footer [data-icon="wds-ic-send-filled"]'), (icon) =>
          icon.closest<HTMLElement>('button, [role="button"]'),
        ),
      ),
    ].filter((b): b is HTMLElement => b !== null),
  ),
];

/** System rows (the encryption notice, "Today", "Ana added Ben") sit in the middle of the list. */
function centred(row: Element): boolean {
  const view = row.ownerDocument.defaultView;
  return [row, ...Array.from(row.children)].some((el) => {
    const style = view?.getComputedStyle(el);
    return style?.justifyContent === 'center' || style?.textAlign === 'center' || style?.alignSelf === 'center';
  });
}

/** "[10:54 PM, 12/9/2025] Ana Souza: " → the time label and the sender. */
function prePlainText(value: string | null): { time: string; sender: string } | null {
  const m = /^\s*\[([^\]]+)\]\s*([\s\S]*?):\s*$/.exec(value ?? '');
  return m ? { time: m[1]!.trim(), sender: m[2]!.trim() } : null;
}

/** The message's own selectable text: never a quoted message (a button), the time or the sender. */
function bodyOf(row: Element, known: boolean): string {
  const blocks = Array.from(row.querySelectorAll('.selectable-text')).filter(
    (el) => !el.closest('[role="button"]') && !el.parentElement?.closest('.selectable-text'),
  );
  if (blocks.length > 0) return [...new Set(blocks.map((b) => bodyText(b, 'svg')).filter(Boolean))].join(' ');
  // A voice note, photo or sticker has no text. Unrecognised markup: the row's text less a trailing time label.
  return known ? '' : messageBody(row, 'svg').replace(/\s*\d{1,2}:\d{2}(\s?[ap]\.?\s?m\.?)?$/i, '');
}

function rowOf(element: Element): MessageRow {
  const dataId = element.getAttribute('data-id');
  const jid = jidOfMessageId(dataId);
  const bubble = element.matches(BUBBLE) ? element : element.querySelector(BUBBLE);
  const direction = bubble
    ? bubble.classList.contains('message-out')
      ? 'out'
      : 'in'
    : jid
      ? dataId!.startsWith('true_')
        ? 'out'
        : 'in'
      : alignedRight(element)
        ? 'out'
        : 'in';
  const meta = prePlainText(element.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? null);
  // In a group, an incoming row names its sender (also on a voice note, as the label "Name:").
  const label = element.querySelector('[aria-label$=":"]')?.getAttribute('aria-label')?.slice(0, -1).trim();
  const sender = jid?.endsWith('@g.us') && direction === 'in' ? meta?.sender || label : undefined;
  return {
    element,
    ...(jid ? { id: dataId! } : {}),
    direction,
    text: bodyOf(element, Boolean(bubble || jid)),
    ...(meta?.time ? { time: meta.time } : {}),
    ...(sender ? { sender } : {}),
  };
}

/** The header's title: its first text that is not the subtitle. */
function title(chat: ChatRoot): string | null {
  const header = chat.querySelector('header');
  for (const span of Array.from(header?.querySelectorAll('span[dir="auto"]') ?? [])) {
    const text = bodyText(span, 'svg');
    if (text && !SUBTITLE.test(text)) return text;
  }
  for (const el of Array.from(header?.querySelectorAll('[title]') ?? [])) {
    const text = el.getAttribute('title')?.replace(/\s+/g, ' ').trim();
    if (text && !SUBTITLE.test(text)) return text;
  }
  return null;
}

/** The chat's jid, from its first message's id. */
function chatJid(chat: ChatRoot): string | null {
  for (const el of Array.from(chat.querySelectorAll(MESSAGE_ID))) {
    const jid = jidOfMessageId(el.getAttribute('data-id'));
    if (jid) return jid;
  }
  return null;
}

/** WhatsApp Web (one URL for every chat; #main re-rendered per chat; Lexical composer; Send mounted only with text). */
export const whatsappAdapter: PlatformAdapter = anchoredAdapter({
  chats: (doc) => {
    const main = locateOne(doc, MAIN);
    return main ? [main] : [];
  },
  threadId: (_url, chat) => chatJid(chat) ?? threadIdFromTitle(title(chat)),
  list: LIST,
  rows: ROWS,
  readRow: rowOf,
  composer: COMPOSER,
  send: SEND_BUTTON,
  sendNeedsText: true,

  contact(chat: ChatRoot): ContactInfo {
    const group = chatJid(chat)?.endsWith('@g.us') ?? false;
    return { displayName: title(chat), handle: null, ...(group ? { group } : {}) };
  },
});
