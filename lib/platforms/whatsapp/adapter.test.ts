// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://web.whatsapp.com/" }
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePageTime } from '../../events/page-time';
import { createPageReader, readPage } from '../../page/page-state';
import type { ChatRoot, MessageRow } from '../types';
import { jidOfMessageId, threadIdFromTitle, whatsappThreadUrl } from './urls';
import { whatsapp } from '.';

const adapter = whatsapp.adapter;
const URL_ = new URL('https://web.whatsapp.com/');
// Held in a variable: Vite rewrites `new URL(<literal>, import.meta.url)` into an asset URL on its dev server.
const HERE = import.meta.url;

/** Loads a saved page into the live jsdom document (so computed styles work) and returns the adapter's chats. */
function load(name: string): ChatRoot[] {
  const html = readFileSync(new URL(`./saved/${name}`, HERE), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.replaceChildren(...Array.from(parsed.head.childNodes));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  return adapter.chats(document);
}
const chatOf = (name: string) => load(name)[0]!;

function rowsOf(chat: ChatRoot): MessageRow[] {
  const list = adapter.messageList(chat);
  if (!list) throw new Error('no message list');
  return adapter.messageRows(list);
}
const brief = (rows: MessageRow[]) => rows.map((r) => ({ direction: r.direction, text: r.text, sender: r.sender }));
const atOf = (time: string | undefined) => parsePageTime(time, Date.UTC(2027, 0, 1))?.at;

describe('WhatsApp URLs and ids', () => {
  it('every page of web.whatsapp.com is the chat app; other hosts are not', () => {
    expect(whatsapp.isDmArea(new URL('https://web.whatsapp.com/'))).toBe(true);
    expect(whatsapp.isDmArea(new URL('https://web.whatsapp.com/send?phone=447700900123'))).toBe(true);
    expect(whatsapp.isDmArea(new URL('https://www.whatsapp.com/'))).toBe(false);
  });
  it('links back to a one-to-one chat by its number, to the app for anything else', () => {
    expect(whatsappThreadUrl('447700900123@c.us')).toBe('https://web.whatsapp.com/send?phone=447700900123');
    expect(whatsappThreadUrl('120363012345678901@g.us')).toBe('https://web.whatsapp.com/');
    expect(whatsappThreadUrl('81234567890123@lid')).toBe('https://web.whatsapp.com/');
    expect(whatsappThreadUrl('name:Olu_Adébáyọ̀')).toBe('https://web.whatsapp.com/');
  });
  it.each([
    ['false_447700900123@c.us_3A12F0908922EFDD735D', '447700900123@c.us'],
    ['true_447700900123@c.us_AC4140A2A99DD53053CE509326DB5878', '447700900123@c.us'],
    ['false_120363012345678901@g.us_3EB0A1_351912345678@c.us', '120363012345678901@g.us'],
    ['false_447700900123-1600000000@g.us_3EB0A1_351912345678@c.us', '447700900123-1600000000@g.us'],
    ['true_81234567890123@lid_3EB0FF', '81234567890123@lid'],
    ['maybe_447700900123@c.us_3A12', null],
    ['447700900123@c.us', null],
    [null, null],
  ])('the chat jid in data-id %s is %s', (dataId, jid) => {
    expect(jidOfMessageId(dataId)).toBe(jid);
  });
  it('a chat with no message yet is known by its header: a number gives its jid, a name a name: id without spaces', () => {
    expect(threadIdFromTitle('+44 7700 900999')).toBe('447700900999@c.us');
    expect(threadIdFromTitle('+1 (555) 010-2030')).toBe('15550102030@c.us');
    expect(threadIdFromTitle('Olu Adébáyọ̀')).toBe('name:Olu_Adébáyọ̀');
    expect(threadIdFromTitle('Shop 24/7')).toBe('name:Shop_24/7');
    expect(threadIdFromTitle(null)).toBeNull();
  });
});

describe('WhatsApp adapter: one-to-one chat (saved/default.html)', () => {
  it('the chat is #main, never the chat list beside it', () => {
    const chats = load('default.html');
    expect(chats).toHaveLength(1);
    expect((chats[0] as Element).id).toBe('main');
  });

  it('the thread id is the chat jid from the rows, whatever the URL', () => {
    const chat = chatOf('default.html');
    expect(adapter.threadId(URL_, chat)).toBe('447700900123@c.us');
    expect(adapter.threadId(new URL('https://web.whatsapp.com/send?phone=1555'), chat)).toBe('447700900123@c.us');
  });

  it('the contact is the header title (emoji kept), never the subtitle; no handle; not a group', () => {
    expect(adapter.contact(chatOf('default.html'))).toEqual({ displayName: 'Olu Adébáyọ̀ 🕯️', handle: null });
  });

  it('reads only the message rows: ids, direction, body without time, quote or sender; a voice note has no text', () => {
    const rows = rowsOf(chatOf('default.html'));
    expect(rows.map((r) => r.id)).toEqual([
      'false_447700900123@c.us_3A12F0908922EFDD735D',
      'true_447700900123@c.us_AC4140A2A99DD53053CE509326DB5878',
      'false_447700900123@c.us_3A5B8EA211B4D1B780CA',
      'false_447700900123@c.us_3A77C0FFEE00000000AA',
    ]);
    expect(brief(rows)).toEqual([
      { direction: 'in', text: 'Hi! Is the blue candle still available?', sender: undefined },
      { direction: 'out', text: 'Yes! Want me to reserve it for you?', sender: undefined },
      { direction: 'in', text: '5 ⭐ thanks, it smells amazing!', sender: undefined },
      { direction: 'in', text: '', sender: undefined },
    ]);
    // The label as printed; the page reader settles its date order (below). A voice note has no label.
    expect(rows.map((r) => r.time)).toEqual(['2:05 PM, 11/20/2026', '2:07 PM, 11/20/2026', '2:10 PM, 11/20/2026', undefined]);
  });

  it('the data-id prefix decides direction where the message classes are gone', () => {
    const chat = chatOf('default.html');
    for (const el of Array.from(document.querySelectorAll('.message-in, .message-out'))) el.className = 'x1n2onr6';
    expect(rowsOf(chat).map((r) => r.direction)).toEqual(['in', 'out', 'in', 'in']);
  });

  it('readPage: the page proves month-first (20 > 12), times parse; the voice note is the latest customer row', () => {
    const chat = chatOf('default.html');
    const { state, rows } = readPage(whatsapp, URL_, chat);
    expect(state.threadId).toBe('447700900123@c.us');
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(rows.map((r) => atOf(r.time))).toEqual([
      new Date(2026, 10, 20, 14, 5).getTime(),
      new Date(2026, 10, 20, 14, 7).getTime(),
      new Date(2026, 10, 20, 14, 10).getTime(),
      undefined,
    ]);
    expect(state.lastFrom).toBe('in');
    expect(state.latestIncoming).toBe('');
    expect(state.outgoingCount).toBe(1);
  });

  it('the composer is the footer’s Lexical box (data-tab 10), never the chat search box (data-tab 3)', () => {
    const chat = chatOf('default.html');
    const composer = adapter.composer(chat);
    expect(composer?.getAttribute('data-tab')).toBe('10');
    expect(composer?.closest('footer')).not.toBeNull();
    expect(document.querySelector('[data-tab="3"]')?.contains(composer)).toBe(false);
  });

  it('while the box is empty there is a voice-message button, no Send, and Send is not ready', () => {
    const chat = chatOf('default.html');
    expect(adapter.sendButton(chat)).toBeNull();
    expect(adapter.sendReady?.(chat)).toBe(false);
  });

  it('once the box holds text, Send replaces the voice button: found by its label, or by its icon in any language', () => {
    const chat = chatOf('default.html');
    const slot = document.querySelector('[data-icon="mic-outlined"]')!.closest('span.x1c4vz4f')!;
    const send = document.createElement('button');
    send.setAttribute('aria-label', 'Send');
    const icon = document.createElement('span');
    icon.setAttribute('data-icon', 'send');
    send.append(icon);
    slot.replaceChildren(send);
    expect(adapter.sendButton(chat)).toBe(send);
    expect(adapter.sendReady?.(chat)).toBe(true);
    // A German page labels it "Senden": the icon still finds it (newer icon name too).
    send.setAttribute('aria-label', 'Senden');
    icon.setAttribute('data-icon', 'wds-ic-send-filled');
    expect(adapter.sendButton(chat)).toBe(send);
  });
});

describe('WhatsApp adapter: group chat (saved/group.html)', () => {
  it('a chat whose jid ends @g.us is a group; its title is the name, never the member list', () => {
    expect(adapter.contact(chatOf('group.html'))).toEqual({ displayName: 'Candle lovers', handle: null, group: true });
    expect(adapter.threadId(URL_, chatOf('group.html'))).toBe('120363012345678901@g.us');
  });

  it('each incoming row names its sender (a voice note by its "Name:" label); the name is never in the body', () => {
    const rows = rowsOf(chatOf('group.html'));
    expect(brief(rows)).toEqual([
      { direction: 'in', text: 'Do you ship to Lisbon?', sender: 'Ana Souza' },
      { direction: 'out', text: 'We do, in 3 days.', sender: undefined },
      { direction: 'in', text: 'And to Porto?', sender: 'Ben Okafor' },
      { direction: 'in', text: '', sender: 'Ana Souza' },
    ]);
  });

  it('readPage: greetings address the latest sender', () => {
    const { state } = readPage(whatsapp, URL_, chatOf('group.html'));
    expect(state.contact.group).toBe(true);
    expect(state.latestSender).toBe('Ana Souza');
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
  });
});

describe('WhatsApp adapter: row times in a day-first locale (saved/day-first.html)', () => {
  it('an ambiguous 05/06 is read day-first because another row (20/11) proves it', () => {
    const { rows } = readPage(whatsapp, URL_, chatOf('day-first.html'));
    expect(rows.map((r) => atOf(r.time))).toEqual([
      new Date(2026, 5, 5, 9, 30).getTime(),
      new Date(2026, 5, 5, 10, 2).getTime(),
      new Date(2026, 10, 20, 18, 45).getTime(),
    ]);
  });

  it('with the proving row gone, 05/06 is not guessed: no page time', () => {
    const chat = chatOf('day-first.html');
    document.querySelectorAll('[role="row"]')[2]!.remove();
    const { rows } = readPage(whatsapp, URL_, chat);
    expect(rows.map((r) => r.time)).toEqual(['09:30, 05/06/2026', '10:02, 05/06/2026']);
    expect(rows.map((r) => atOf(r.time))).toEqual([undefined, undefined]);
  });

  it('the page reader remembers the proof for rows that come later (one page, one locale)', () => {
    const chat = chatOf('day-first.html');
    const reader = createPageReader(whatsapp, document, new AbortController().signal);
    expect(reader.read().rows).toHaveLength(3);
    // Virtualised: the proving row scrolls out of the DOM; the rest are still read day-first.
    document.querySelectorAll('[role="row"]')[2]!.remove();
    expect(reader.read().rows.map((r) => atOf(r.time))).toEqual([
      new Date(2026, 5, 5, 9, 30).getTime(),
      new Date(2026, 5, 5, 10, 2).getTime(),
    ]);
    expect(reader.activeChat()).toBe(chat);
  });

  it('the subtitle "online" is never the name; a Send icon with no label is still Send', () => {
    const chat = chatOf('day-first.html');
    expect(adapter.contact(chat).displayName).toBe('Priya Shah');
    expect(adapter.sendButton(chat)?.getAttribute('aria-label')).toBe('Send');
  });
});

describe('WhatsApp adapter: a new chat with no message yet (saved/empty.html)', () => {
  it('is known by its header: the unsaved number’s jid; the encryption notice is not a message', () => {
    const { state, rows } = readPage(whatsapp, new URL('https://web.whatsapp.com/send?phone=447700900999'), chatOf('empty.html'));
    expect(rows).toEqual([]);
    expect(state.threadId).toBe('447700900999@c.us');
    expect(state.contact.displayName).toBe('+44 7700 900999');
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(state.lastFrom).toBeNull();
  });

  it('a name that starts like a status is still the name; typing and presence never are', () => {
    const chat = chatOf('empty.html');
    const [title, subtitle] = Array.from(document.querySelectorAll('header span[dir="auto"]'));
    for (const name of ['Online Shop Lisboa', 'Typing Club', 'Last Seen Records'])
      expect(((title!.textContent = name), adapter.contact(chat).displayName)).toBe(name);
    title!.remove();
    for (const status of [
      'online',
      'typing…',
      'Ana is typing…',
      'Ana está escribiendo...',
      'last seen today at 10:54',
      'en línea',
    ])
      expect(((subtitle!.textContent = status), adapter.contact(chat).displayName), status).toBeNull();
  });

  it('a saved contact’s new chat gets a name: id; a header showing only its subtitle names nobody', () => {
    const chat = chatOf('empty.html');
    const title = document.querySelector('header span[dir="auto"]')!;
    title.textContent = 'Olu Adébáyọ̀';
    expect(adapter.threadId(URL_, chat)).toBe('name:Olu_Adébáyọ̀');
    title.remove();
    expect(adapter.contact(chat).displayName).toBeNull();
    expect(adapter.threadId(URL_, chat)).toBeNull();
  });
});

describe('WhatsApp adapter: no data-id, no message classes (saved/no-classes.html)', () => {
  it('falls back to the scrolling list, its repeated rows less the centred system row, alignment and the text less its time', () => {
    const chat = chatOf('no-classes.html');
    expect(adapter.messageList(chat)?.classList.contains('panel')).toBe(true);
    expect(brief(rowsOf(chat))).toEqual([
      { direction: 'in', text: '¿Tienen envío a Sevilla?', sender: undefined },
      { direction: 'out', text: '¡Sí! Llega en 2 días.', sender: undefined },
    ]);
    expect(adapter.contact(chat).displayName).toBe('Lucía Gómez');
    expect(adapter.composer(chat)?.getAttribute('aria-label')).toBe('Escribe un mensaje');
    expect(adapter.sendButton(chat)?.getAttribute('aria-label')).toBe('Enviar');
  });
});

describe('WhatsApp adapter: no chat open (saved/landing.html)', () => {
  it('has no chat: nothing is read, and the search box is never the composer', () => {
    expect(load('landing.html')).toEqual([]);
    const reader = createPageReader(whatsapp, document, new AbortController().signal);
    const { state } = reader.read();
    expect(state.threadId).toBeNull();
    expect(state.check).toEqual({ contact: 'missing', messages: 'missing', composer: 'missing' });
    const search = document.querySelector<HTMLElement>('[data-tab="3"]')!;
    search.focus();
    expect(reader.composer()).toBeNull();
  });
});
