// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.facebook.com/messages/t/100012345/"}
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../page/page-state';
import type { ChatRoot, MessageRow } from '../types';
import { messenger } from '.';

const adapter = messenger.adapter;
const THREAD_URL = new URL('https://www.facebook.com/messages/t/100012345/');
// Held in a variable: Vite rewrites `new URL(<literal>, import.meta.url)` into an asset URL on its dev server.
const HERE = import.meta.url;

/** Loads a saved page into the live jsdom document (so computed styles work) and returns the adapter's first chat. */
function load(name: string): { doc: Document; chat: ChatRoot } {
  const html = readFileSync(new URL(`./saved/${name}`, HERE), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.replaceChildren(...Array.from(parsed.head.childNodes));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  const chat = adapter.chats(document)[0];
  if (!chat) throw new Error(`no chat in ${name}`);
  return { doc: document, chat };
}

function rowsOf(chat: ChatRoot): MessageRow[] {
  const list = adapter.messageList(chat);
  if (!list) throw new Error('no message list');
  return adapter.messageRows(list);
}

const brief = (rows: MessageRow[]) => rows.map((r) => ({ direction: r.direction, text: r.text, sender: r.sender }));

describe('Messenger adapter: thread ids', () => {
  it.each([
    ['https://www.facebook.com/messages/t/100012345/', '100012345'],
    ['https://www.facebook.com/messages/t/100012345', '100012345'],
    ['https://www.facebook.com/messages/e2ee/t/7788/', 'e2ee:7788'],
    ['https://www.messenger.com/t/555/', '555'],
    ['https://www.messenger.com/e2ee/t/555/', 'e2ee:555'],
    ['https://www.facebook.com/messages/', null],
    ['https://www.facebook.com/messages/t/', null],
    ['https://www.messenger.com/', null],
    ['https://www.facebook.com/t/555/', null],
    ['https://www.instagram.com/direct/t/555/', null],
  ])('%s → %s', (url, id) => {
    const { chat } = load('default.html');
    expect(adapter.threadId(new URL(url), chat)).toBe(id);
  });
});

describe('Messenger adapter: one-to-one thread (saved/default.html)', () => {
  it('picks [role=main] as the chat, not the inbox', () => {
    const { chat, doc } = load('default.html');
    expect(chat).not.toBe(doc);
    expect((chat as Element).getAttribute('role')).toBe('main');
  });

  it('reads the name from the first labelled link and the handle from its href', () => {
    const { chat } = load('default.html');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Olu Adébáyọ̀', handle: 'olu.candles' });
  });

  it('reads direction from the hidden heading, the exact body, and the time from abbr[title]', () => {
    const { chat } = load('default.html');
    expect(adapter.messageList(chat)?.getAttribute('aria-label')).toBe('Messages in conversation with Olu Adébáyọ̀');
    const rows = rowsOf(chat);
    expect(brief(rows)).toEqual([
      { direction: 'in', text: 'Hi! Is the blue candle still available?', sender: 'Olu Adébáyọ̀' },
      { direction: 'out', text: 'Yes! Want me to reserve it for you?', sender: undefined },
      // The sender's name heads this row: it is not part of the body (it once came out "Olu Adébáyọ̀5 ⭐ thanks…").
      { direction: 'in', text: '5 ⭐ thanks, it smells amazing!', sender: 'Olu Adébáyọ̀' },
    ]);
    expect(rows.map((r) => r.time)).toEqual(['Nov 20, 2026, 2:05 PM', 'Nov 20, 2026, 2:07 PM', 'Nov 20, 2026, 2:10 PM']);
  });

  it("finds the thread's composer", () => {
    const { chat } = load('default.html');
    const composer = adapter.composer(chat);
    expect(composer?.getAttribute('aria-placeholder')).toBe('Aa');
    expect((chat as Element).contains(composer)).toBe(true);
  });

  // Bug: the adapter passes the selector list '[role="button"], button' to labelSelector as a tag, so the label is
  // only applied to `button`: every [role=button] of the thread matches, and with more than one the anchor is skipped.
  it('finds the Send button by its label among the thread’s other buttons (en, es)', () => {
    const en = load('default.html');
    expect(adapter.sendButton(en.chat)?.getAttribute('aria-label')).toBe('Press enter to send');
    const es = load('spanish.html');
    expect(adapter.sendButton(es.chat)?.getAttribute('aria-label')).toBe('Pulsa Intro para enviar');
  });

  it('readPage: every part is found, the latest row is the customer’s', () => {
    const { chat } = load('default.html');
    const { state, rows, order } = readPage(messenger, THREAD_URL, chat);
    expect(state.threadId).toBe('100012345');
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(rows).toHaveLength(3);
    expect(order.at(-1)).toBe(2);
    expect(state.lastFrom).toBe('in');
    expect(state.latestIncoming).toBe('5 ⭐ thanks, it smells amazing!');
    expect(state.outgoingCount).toBe(1);
  });

  it('readPage on an e2ee thread keeps the prefix; on the inbox nothing is read', () => {
    const { chat } = load('default.html');
    expect(readPage(messenger, new URL('https://www.facebook.com/messages/e2ee/t/7788/'), chat).state.threadId).toBe('e2ee:7788');
    const inbox = readPage(messenger, new URL('https://www.facebook.com/messages/'), chat);
    expect(inbox.state.threadId).toBeNull();
    expect(inbox.rows).toEqual([]);
    expect(inbox.state.check).toEqual({ contact: 'missing', messages: 'missing', composer: 'missing' });
  });
});

describe('Messenger adapter: "You sent" traps (saved/you-sent-ltd.html)', () => {
  it('a contact called "You sent Ltd" is the contact, with its handle', () => {
    const { chat } = load('you-sent-ltd.html');
    expect(adapter.contact(chat)).toEqual({ displayName: 'You sent Ltd', handle: 'yousentltd' });
  });

  it('only a heading that is exactly "You sent" makes a row the seller’s', () => {
    const { chat } = load('you-sent-ltd.html');
    expect(brief(rowsOf(chat))).toEqual([
      { direction: 'in', text: 'You sent me the wrong size!', sender: 'You sent Ltd' },
      { direction: 'out', text: 'So sorry! The right one goes out today.', sender: undefined },
      { direction: 'in', text: 'You sent it already? Great.', sender: 'You sent Ltd' },
    ]);
  });

  it('the heading decides even against the alignment', () => {
    const { chat } = load('you-sent-ltd.html');
    const list = adapter.messageList(chat)!;
    // Swap the alignments: the hidden headings still say who wrote each row.
    for (const inner of Array.from(list.querySelectorAll<HTMLElement>('.row-inner'))) {
      inner.style.justifyContent = inner.style.justifyContent === 'flex-end' ? 'flex-start' : 'flex-end';
    }
    expect(adapter.messageRows(list).map((r) => r.direction)).toEqual(['in', 'out', 'in']);
  });

  it('readPage: the customer complaint is the latest incoming message', () => {
    const { chat } = load('you-sent-ltd.html');
    const { state } = readPage(messenger, new URL('https://www.messenger.com/t/900/'), chat);
    expect(state.threadId).toBe('900');
    expect(state.lastFrom).toBe('in');
    expect(state.latestIncoming).toBe('You sent it already? Great.');
    expect(state.outgoingCount).toBe(1);
  });
});

describe('Messenger adapter: group chat (saved/group.html)', () => {
  it('is a group ("titled" list) with no handle', () => {
    const { chat } = load('group.html');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Candle lovers', handle: null, group: true });
  });

  it("names each incoming row's sender and keeps the heading and avatar out of the body", () => {
    const { chat } = load('group.html');
    const rows = rowsOf(chat);
    expect(brief(rows)).toEqual([
      { direction: 'in', text: 'Do you ship to Lisbon?', sender: 'Ana Souza' },
      { direction: 'out', text: 'We do, in 3 days.', sender: undefined },
      { direction: 'in', text: 'And to Porto?', sender: 'Ben Okafor' },
    ]);
    expect(rows.map((r) => r.time)).toEqual(['Nov 20, 2026, 2:05 PM', 'Nov 20, 2026, 2:06 PM', 'Nov 20, 2026, 2:08 PM']);
  });

  it('readPage: the latest customer message and its sender', () => {
    const { chat } = load('group.html');
    const { state } = readPage(messenger, new URL('https://www.facebook.com/messages/t/6001234/'), chat);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(state.contact.group).toBe(true);
    expect(state.latestIncoming).toBe('And to Porto?');
    expect(state.latestSender).toBe('Ben Okafor');
  });
});

describe('Messenger adapter: labels in other languages', () => {
  it('Spanish: "Enviaste" heads own rows, day-first times, "Mensaje" composer', () => {
    const { chat } = load('spanish.html');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Olu Adébáyọ̀', handle: 'olu.candles' });
    const rows = rowsOf(chat);
    expect(brief(rows)).toEqual([
      { direction: 'in', text: '¡Hola! ¿Todavía tienes la vela azul?', sender: 'Olu Adébáyọ̀' },
      { direction: 'out', text: '¡Sí! ¿Te la reservo?', sender: undefined },
    ]);
    expect(rows.map((r) => r.time)).toEqual(['20 nov 2026, 14:05', '20 nov 2026, 14:07']);
    expect(adapter.composer(chat)?.getAttribute('aria-label')).toBe('Mensaje');
  });

  it('Spanish: "Enviaste" decides against the alignment too', () => {
    const { chat } = load('spanish.html');
    const list = adapter.messageList(chat)!;
    for (const inner of Array.from(list.querySelectorAll<HTMLElement>('.row-inner'))) inner.style.justifyContent = 'flex-start';
    expect(adapter.messageRows(list).map((r) => r.direction)).toEqual(['in', 'out']);
  });

  it('Portuguese group: "intitulada" list, "Você enviou" heads own rows', () => {
    const { chat } = load('portuguese-group.html');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Amigas das velas', handle: null, group: true });
    expect(brief(rowsOf(chat))).toEqual([
      { direction: 'in', text: 'Vocês enviam para Lisboa?', sender: 'Ana Souza' },
      { direction: 'out', text: 'Enviamos, em 3 dias.', sender: undefined },
    ]);
  });
});

describe('Messenger adapter: no ARIA roles on the list or rows (saved/no-roles.html)', () => {
  it('finds the list as the scrolling element with the most children, not the composer’s scrolling box', () => {
    const { chat } = load('no-roles.html');
    expect(adapter.messageList(chat)?.classList.contains('messages')).toBe(true);
  });

  it('reads the repeated children through the wrapper; a row with no heading takes its direction from alignment', () => {
    const { chat } = load('no-roles.html');
    const rows = rowsOf(chat);
    expect(brief(rows)).toEqual([
      { direction: 'in', text: 'Hi! Is the blue candle still available?', sender: 'Olu Adébáyọ̀' },
      { direction: 'out', text: 'Yes! Want me to reserve it for you?', sender: undefined },
      { direction: 'in', text: '5 ⭐ thanks, it smells amazing!', sender: 'Olu Adébáyọ̀' },
      { direction: 'out', text: 'Reserved 🕯️', sender: undefined },
    ]);
    expect(rows.map((r) => r.time)).toEqual([
      'Nov 20, 2026, 2:05 PM',
      'Nov 20, 2026, 2:07 PM',
      'Nov 20, 2026, 2:10 PM',
      undefined,
    ]);
  });

  it('readPage: all ok, the seller answered last', () => {
    const { chat } = load('no-roles.html');
    const { state } = readPage(messenger, THREAD_URL, chat);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(state.lastFrom).toBe('out');
    expect(state.outgoingCount).toBe(2);
  });
});

describe('Messenger adapter: composer and decoys', () => {
  it("finds the thread's own composer when an identical editable sits outside [role=main]", () => {
    const { chat, doc } = load('decoy.html');
    const composer = adapter.composer(chat);
    expect(composer).not.toBeNull();
    expect(composer).not.toBe(doc.getElementById('decoy'));
    expect(composer?.closest('[role="main"]')).toBe(chat);
  });

  it('a read-only thread has no composer and no Send button, never the decoys outside it', () => {
    const { chat } = load('read-only-decoy.html');
    expect(adapter.composer(chat)).toBeNull();
    expect(adapter.sendButton(chat)).toBeNull();
  });

  it('readPage on a read-only thread: composer missing, the rest ok', () => {
    const { chat } = load('read-only-decoy.html');
    const { state } = readPage(messenger, THREAD_URL, chat);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'missing' });
    expect(state.lastFrom).toBe('out');
  });
});

describe('Messenger adapter: page check states', () => {
  it('an empty new thread: the list exists with no rows, messages ok', () => {
    const { chat } = load('empty.html');
    const { state, rows } = readPage(messenger, THREAD_URL, chat);
    expect(rows).toEqual([]);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(state.lastFrom).toBeNull();
    expect(state.outgoingCount).toBe(0);
  });

  it('a list with no role, no label and no scrolling style: messages missing, nothing read', () => {
    const { chat } = load('unreadable.html');
    expect(adapter.messageList(chat)).toBeNull();
    const { state, rows } = readPage(messenger, THREAD_URL, chat);
    expect(rows).toEqual([]);
    expect(state.check).toEqual({ contact: 'ok', messages: 'missing', composer: 'ok' });
    expect(state.lastFrom).toBeNull();
  });
});
