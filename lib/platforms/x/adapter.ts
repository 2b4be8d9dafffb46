import { anchoredAdapter, ANY, css, ONE, repeatedChildren, scrollingList, SOME, structural, type Anchor } from '../anchors';
import { alignedRight, bodyText, handleFromHref, textOf } from '../dom';
import type { ChatRoot, ContactInfo, MessageRow, PlatformAdapter } from '../types';
import { xThreadId } from './urls';

// X marks its DM markup with data-testid attributes (docs/platforms.md). Two layouts: the current chat, inside the
// open shadow root of its embed host, and legacy DMs in the page itself (still served to some accounts).
const EMBED_HOST = '[data-testid="xchatEmbedRoute"]';
const LEGACY_CHAT = '[data-testid="DmActivityContainer"]';
const ROW = '[data-dm-message-row], [data-testid="messageEntry"]';
/** No interface words: every anchor is a data-testid or the layout (snapshots keep both). */
export const X_WORDS: readonly string[] = [];
const RESERVED_PATHS = ['i', 'messages', 'home', 'explore', 'notifications', 'settings', 'search', 'compose'];
/** Parts of a row that are not the message: the hidden sender and time labels, headings. */
const NOT_BODY = '[id$="-sender"], [id$="-time"], h1, h2, h3, h4, h5, h6, time';
/** A time label at the end of a message's text ("6:25 PM", "18:25"). */
const TRAILING_TIME = /\s*\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?$/i;

/** The parent of the rows, where X marks them; for an empty chat, the element that scrolls. */
const rowsParent: Anchor = structural('the element holding the marked message rows', (root) => {
  const row = root.querySelector(ROW);
  return row?.parentElement ? [row.parentElement] : [];
});
const LIST: Anchor[] = [rowsParent, scrollingList];
const ROWS: Anchor[] = [
  css(ROW, SOME),
  structural('the repeated children of the message list', (list) => repeatedChildren(list as Element), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [
  css('textarea[data-testid="dm-composer-textarea"]', ONE),
  css('[data-testid="dmComposerTextInput"] [contenteditable="true"]', ONE),
  css('textarea', ONE),
  css('.public-DraftEditor-content[contenteditable="true"]', ONE),
];
const SEND: Anchor<HTMLElement>[] = [
  css('[data-testid="dm-composer-send-button"]', ONE),
  css('[data-testid="dmComposerSendButton"]', ONE),
];

function direction(row: Element): 'in' | 'out' {
  // X's own alignment classes first; the layout where they are missing.
  if (row.classList.contains('justify-end')) return 'out';
  if (row.classList.contains('justify-start')) return 'in';
  return alignedRight(row) ? 'out' : 'in';
}

function rowOf(element: Element): MessageRow {
  const body = element.querySelector('[data-testid^="message-text-"], [data-testid="tweetText"]') ?? element;
  let text = bodyText(body, NOT_BODY);
  // The current chat prints the time at the end of the message's own text.
  const time = textOf(element.querySelector('[id$="-time"]'));
  if (time && text.endsWith(time)) text = text.slice(0, -time.length).trim();
  else text = text.replace(TRAILING_TIME, '');
  const sender = textOf(element.querySelector('[id$="-sender"]')) ?? undefined;
  return {
    element,
    direction: direction(element),
    text,
    ...(sender ? { sender } : {}),
    ...(element.getAttribute('data-send-status') === 'failed' ? { unsent: true } : {}),
  };
}

function contact(chat: ChatRoot, list: Element | null): ContactInfo {
  const header =
    chat.querySelector('[data-testid="dm-conversation-header"]') ??
    Array.from(chat.querySelectorAll('header, [role="banner"]')).find((h) => !list?.contains(h)) ??
    null;
  const name = textOf(header?.querySelector('[data-testid="dm-conversation-username"]')) ?? textOf(header?.querySelector('h2'));
  const link = Array.from(header?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? []).find((a) =>
    handleFromHref(a.getAttribute('href'), RESERVED_PATHS),
  );
  const handle = handleFromHref(link?.getAttribute('href') ?? null, RESERVED_PATHS);
  // Every row carries a sender label, one-to-one chats too: a group is a chat whose header links no profile.
  const group = !handle && Boolean(list?.querySelector('[id$="-sender"]'));
  return { displayName: name, handle, ...(group ? { group } : {}) };
}

/** X DMs: the current chat (React textarea, in a shadow root) and legacy DMs (Draft.js), one adapter. */
export const xAdapter: PlatformAdapter = anchoredAdapter({
  chats(doc) {
    // The current chat lives in the open shadow root of its embed host; document queries stop at the host.
    const embed = doc.querySelector(EMBED_HOST)?.shadowRoot;
    if (embed) return [embed];
    const legacy = doc.querySelector(LEGACY_CHAT);
    return legacy ? [legacy] : [doc];
  },
  threadId: (url) => xThreadId(url),
  list: LIST,
  rows: ROWS,
  readRow: rowOf,
  composer: COMPOSER,
  send: SEND,
  contact,
  // A failed send that goes through on retry becomes a reply: its row is read again.
  watchedAttributes: ['data-send-status'],
  // The current chat mounts Send only once React's state has text; legacy Send is disabled while empty.
  sendNeedsText: true,
});
