import { alignedRight, firstMatch, handleFromHref, textOf } from '../dom';
import type { ContactInfo, MessageRow, PlatformAdapter } from '../types';
import { isMessengerDmArea, messengerThreadId } from './urls';

const MAIN = ['[role="main"]'];
const COMPOSER = [
  'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  'div[role="textbox"][contenteditable="true"][aria-placeholder]',
  'div[role="textbox"][contenteditable="true"]',
];
const SEND = ['[aria-label="Press enter to send" i]', '[aria-label="Press Enter to send" i]', '[aria-label="Send" i]'];
// Own messages carry an accessibility text such as "You sent".
const OWN_MARKER = /^you sent/i;
const RESERVED_PATHS = ['messages', 'profile.php', 't', 'e2ee', 'groups', 'pages'];

function main(doc: Document): ParentNode {
  return firstMatch(doc, MAIN) ?? doc;
}

export const messenger: PlatformAdapter = {
  id: 'messenger',
  label: 'Messenger',
  threadId: messengerThreadId,
  isDmArea: isMessengerDmArea,

  contact(doc): ContactInfo {
    // Inside [role=main], the first link with an aria-label carries the contact's name.
    const link = firstMatch<HTMLAnchorElement>(main(doc), ['a[aria-label]'], (a) =>
      Boolean(a.getAttribute('aria-label')?.trim()),
    );
    const displayName = link?.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim() || null;
    return { displayName, handle: handleFromHref(link?.getAttribute('href') ?? null, RESERVED_PATHS) };
  },

  composer(doc) {
    return firstMatch(main(doc), COMPOSER);
  },

  sendButton(doc) {
    return firstMatch(main(doc), SEND);
  },

  messageRows(doc): MessageRow[] {
    return Array.from(main(doc).querySelectorAll('[role="row"]'), (element) => {
      const marker = Array.from(element.querySelectorAll('h4, h5, span')).find((el) => OWN_MARKER.test(textOf(el) ?? ''));
      const text = (textOf(element) ?? '').replace(marker ? (textOf(marker) ?? '') : '', '').trim();
      // Times appear as abbr[title] (or time[datetime]) on rows, localised: lib/events/page-time parses what it can.
      const time =
        element.querySelector('abbr[title]')?.getAttribute('title') ??
        element.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined;
      return { element, direction: marker || alignedRight(element) ? 'out' : 'in', text, time };
    });
  },
};
