import { anchoredAdapter, ANY, css, locateOne, ONE, repeatedChildren, scrollingList, SOME, structural, type Anchor } from '../anchors';
import { alignedRight, bodyText, textOf } from '../dom';
import type { MessageRow, PlatformAdapter } from '../types';
import { alibabaThreadIdFromUrl } from '.';

// Every selector of Alibaba.com lives in this folder. Start from docs/platforms.md; keep the semantic anchor first and a
// structural fallback after it, each with the number of matches it expects.
const THREAD: Anchor[] = [css('[role="main"]', ONE)];
const LIST: Anchor[] = [css('[role="log"], [role="grid"]', ONE), scrollingList];
const ROWS: Anchor[] = [
  css('[role="row"]', SOME),
  structural('the repeated children of the message list', (list) => repeatedChildren(list as Element), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [css('[role="textbox"][contenteditable="true"]', ONE)];
// Labels are localised: list the interface languages' words (English, Spanish, Portuguese).
const SEND: Anchor<HTMLElement>[] = [css('[aria-label="Send" i], [aria-label="Enviar" i]', ONE)];
/** Parts of a row that are not the message. */
const NOT_BODY = 'h1, h2, h3, h4, h5, h6, time';

function rowOf(element: Element): MessageRow {
  const sender = textOf(element.querySelector('h5')) ?? undefined;
  return {
    element,
    direction: alignedRight(element) ? 'out' : 'in',
    text: bodyText(element, NOT_BODY),
    time: element.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    ...(sender ? { sender } : {}),
  };
}

export const alibabaAdapter: PlatformAdapter = anchoredAdapter({
  chats: (doc) => [locateOne(doc, THREAD) ?? doc],
  threadId: (url) => alibabaThreadIdFromUrl(url),
  list: LIST,
  rows: ROWS,
  readRow: rowOf,
  composer: COMPOSER,
  send: SEND,
  contact(chat, list) {
    const group = Boolean(list?.querySelector('h5'));
    return { displayName: textOf(chat.querySelector('header h2')), handle: null, ...(group ? { group } : {}) };
  },
});
