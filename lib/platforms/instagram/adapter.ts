import { alignedRight, firstMatch, handleFromHref, textOf } from '../dom';
import type { ContactInfo, MessageRow, PlatformAdapter } from '../types';
import { instagramThreadId, isInstagramDmArea } from './urls';

// The thread region's label is "Conversation with <name>" (English UI); the composer's is "Message".
const THREAD = ['[aria-label^="Conversation with"]', '[role="main"]'];
const COMPOSER = [
  'div[role="textbox"][contenteditable="true"][aria-label="Message"]',
  'div[contenteditable="true"][data-lexical-editor="true"]',
  'div[role="textbox"][contenteditable="true"]',
  'textarea[placeholder^="Message"]',
];
const RESERVED_PATHS = ['direct', 'explore', 'reels', 'accounts', 'stories', 'p'];

function threadRegion(doc: Document): ParentNode {
  return firstMatch(doc, THREAD) ?? doc;
}

export const instagram: PlatformAdapter = {
  id: 'instagram',
  label: 'Instagram',
  threadId: instagramThreadId,
  isDmArea: isInstagramDmArea,

  contact(doc): ContactInfo {
    const region = threadRegion(doc);
    // The header links the display name to the profile, /<handle>/.
    const link = firstMatch<HTMLAnchorElement>(region, ['a[href][role="link"]', 'a[href]'], (a) =>
      Boolean(handleFromHref(a.getAttribute('href'), RESERVED_PATHS) && textOf(a)),
    );
    const handle = handleFromHref(link?.getAttribute('href') ?? null, RESERVED_PATHS);
    // The link may hold the name and the handle on two lines: the first text line is the name.
    const linkName = link ? (firstMatch(link, ['span', 'div'], (el) => Boolean(textOf(el))) ?? link) : null;
    let displayName = textOf(linkName);
    if (!displayName) {
      const label = firstMatch(doc, ['[aria-label^="Conversation with"]'])?.getAttribute('aria-label');
      displayName = label?.replace(/^Conversation with\s*/, '').trim() || null;
    }
    return { displayName, handle };
  },

  composer(doc) {
    const region = threadRegion(doc);
    return firstMatch(region, COMPOSER) ?? firstMatch(doc, COMPOSER.slice(0, 1));
  },

  sendButton(doc) {
    const region = threadRegion(doc);
    return firstMatch(
      region,
      ['[role="button"][aria-label="Send"]', 'button[type="submit"]', '[role="button"]', 'button'],
      (el) => /^send$/i.test(el.getAttribute('aria-label') ?? textOf(el) ?? ''),
    );
  },

  messageRows(doc): MessageRow[] {
    const region = threadRegion(doc);
    return Array.from(region.querySelectorAll('[role="row"]'), (element) => ({
      element,
      direction: alignedRight(element) ? 'out' : 'in',
      text: textOf(element) ?? '',
      time: element.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    }));
  },
};
