import { anchoredAdapter, ANY, css, ONE, repeatedChildren, scrollingList, SOME, structural, type Anchor } from '../anchors';
import { bodyText, textOf } from '../dom';
import type { ChatRoot, ContactInfo, MessageRow } from '../types';
import { rowTime } from './times';
import { linkedinThreadId } from './urls';

// LinkedIn's messaging markup has kept readable BEM class names (msg-…) for years (docs/platforms.md). Two places:
// the full page (/messaging/…, light DOM) and the overlay chat bubbles on every other page, inside the OPEN shadow
// root of #interop-outlet.
const FULL_PAGE = '.msg-convo-wrapper';
const OVERLAY_HOST = '#interop-outlet';
const BUBBLE = '.msg-overlay-conversation-bubble';
const MINIMISED = '.msg-overlay-conversation-bubble--is-minimized';
const EVENT = 'li.msg-s-message-list__event';
const GROUP_NAME = '.msg-s-message-group__name';
const GROUP_TIME = 'time.msg-s-message-group__timestamp';
const DAY_HEADING = 'time.msg-s-message-list__time-heading';
/** Parts of an event that are not the message (the group's name and time, headings, hidden labels). */
const NOT_BODY = `${GROUP_NAME}, time, h1, h2, h3, h4, h5, h6, .msg-s-event-listitem__seen-receipts`;
/** Day headings and the clock's AM/PM stay readable in snapshots, so a replay reads the same times. */
export const LINKEDIN_WORDS: readonly string[] = ['Today', 'Yesterday', 'Hoy', 'Ayer', 'Hoje', 'Ontem', 'AM', 'PM'];

/** The parent of the marked events; for an empty thread, the element that scrolls. */
const eventsParent: Anchor = structural('the element holding the marked message events', (root) => {
  const event = root.querySelector(EVENT);
  return event?.parentElement ? [event.parentElement] : [];
});
const LIST: Anchor[] = [eventsParent, scrollingList];
const ROWS: Anchor[] = [
  css(EVENT, SOME),
  structural('the repeated children of the message list', (list) => repeatedChildren(list as Element), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [
  css('div.msg-form__contenteditable[contenteditable="true"][role="textbox"]', ONE),
  css('.msg-form [contenteditable="true"]', ONE),
];
/** Send, only while it can be pressed: LinkedIn leaves it on the page, disabled, while its editor is empty. */
const enabled = (b: HTMLElement) => !b.matches(':disabled, [aria-disabled="true"]');
const SEND: Anchor<HTMLElement>[] = [
  css('button.msg-form__send-button', ONE, enabled, 'button.msg-form__send-button, enabled'),
  css('.msg-form button[type="submit"]', ONE, enabled, '.msg-form button[type="submit"], enabled'),
];

const eventOf = (row: Element) => row.querySelector('.msg-s-event-listitem') ?? row;
const isIncoming = (row: Element) => eventOf(row).classList.contains('msg-s-event-listitem--other');

interface Carry {
  incoming: boolean;
  name: string | null;
  clock: string | null;
  day: string | null;
}
/** What each row passes on to the next, and the row before it when that was worked out. */
const carries = new WeakMap<Element, { prev: Element | null; carry: Carry }>();

/**
 * The sender's name and the clock are printed on the first event of a group only, the day on the first event of a
 * day: each row takes its own, or what the row before it carries (a name only within the same side's run). Walks back
 * only to the nearest row already worked out (or one that prints its day), so a long thread read top to bottom costs
 * one step per row, not one walk per row.
 */
function carried(row: Element): Carry {
  const chain: Element[] = [];
  let carry: Carry | null = null;
  for (let el: Element | null = row; el; el = el.previousElementSibling) {
    const known = el === row ? undefined : carries.get(el);
    if (known && known.prev === el.previousElementSibling) {
      carry = known.carry;
      break;
    }
    chain.push(el);
    if (el.querySelector(DAY_HEADING)) break;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const el = chain[i]!;
    const incoming = isIncoming(el);
    carry = {
      incoming,
      name: textOf(el.querySelector(GROUP_NAME)) ?? (carry?.incoming === incoming ? carry.name : null),
      clock: textOf(el.querySelector(GROUP_TIME)) ?? carry?.clock ?? null,
      day: textOf(el.querySelector(DAY_HEADING)) ?? carry?.day ?? null,
    };
    carries.set(el, { prev: el.previousElementSibling, carry });
  }
  return carry!;
}

function readRow(row: Element): MessageRow {
  const event = eventOf(row);
  const body = event.querySelector('.msg-s-event-listitem__body') ?? event;
  const direction = isIncoming(row) ? 'in' : 'out';
  const { name, clock, day } = carried(row);
  const time = rowTime(day, clock, Date.now());
  const urn = event.getAttribute('data-event-urn');
  return {
    element: row,
    ...(urn ? { id: urn } : {}),
    direction,
    text: bodyText(body, NOT_BODY),
    ...(time ? { time } : {}),
    ...(direction === 'in' && name ? { sender: name } : {}),
  };
}

/** `/in/<vanity>/` → the vanity name. */
function handleOf(href: string | null): string | null {
  if (!href) return null;
  try {
    const m = /^\/in\/([^/?#]+)\/?$/.exec(new URL(href, 'https://www.linkedin.com').pathname);
    return m ? decodeURIComponent(m[1]!) : null;
  } catch {
    return null;
  }
}

function contact(chat: ChatRoot, list: Element | null): ContactInfo {
  const title = chat.querySelector('.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title');
  const header =
    title?.closest('header, .msg-title-bar, .msg-overlay-bubble-header, .msg-thread__topcard') ?? title?.parentElement;
  const link = Array.from((header ?? chat).querySelectorAll<HTMLAnchorElement>('a[href*="/in/"]')).find(
    (a) => !list?.contains(a) && handleOf(a.getAttribute('href')),
  );
  const handle = handleOf(link?.getAttribute('href') ?? null);
  // A group conversation links no single profile and names the senders of its incoming groups.
  const group = !handle && Boolean(list?.querySelector(`.msg-s-event-listitem--other ${GROUP_NAME}, ${GROUP_NAME}`));
  return { displayName: textOf(title), handle, ...(group ? { group } : {}) };
}

/** Where overlay chats open: the body (the outlet comes and goes) and, once there, the outlet's shadow root. */
export function linkedinOverlayRoots(doc: Document): Node[] {
  const outlet = doc.querySelector(OVERLAY_HOST)?.shadowRoot;
  return outlet ? [doc.body, outlet] : [doc.body];
}

/** The chats on the page: the full-page thread, else every open (not minimised) overlay bubble. */
function chats(doc: Document): ChatRoot[] {
  const page = doc.querySelector(FULL_PAGE);
  const outlet = doc.querySelector(OVERLAY_HOST)?.shadowRoot;
  const bubbles = outlet ? Array.from(outlet.querySelectorAll(BUBBLE)).filter((b) => !b.matches(MINIMISED)) : [];
  return page ? [page, ...bubbles] : bubbles;
}

function threadId(url: URL, chat: ChatRoot): string | null {
  const fromUrl = linkedinThreadId(url);
  if (fromUrl && (chat as Element).matches?.(FULL_PAGE)) return fromUrl;
  // An overlay bubble: the thread its header links to.
  const link = chat.querySelector('a[href*="/messaging/thread/"]');
  return link ? linkedinThreadId(new URL(link.getAttribute('href')!, 'https://www.linkedin.com')) : fromUrl;
}

/** LinkedIn messaging: the full page and the overlay chat bubbles. */
export const linkedinAdapter = anchoredAdapter({
  chats,
  threadId,
  list: LIST,
  rows: ROWS,
  readRow,
  composer: COMPOSER,
  send: SEND,
  contact,
  // Send stays disabled until LinkedIn's own input handling has seen text: an insertion is confirmed by it.
  sendNeedsText: true,
});
