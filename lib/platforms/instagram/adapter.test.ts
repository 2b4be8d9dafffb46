// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../page/page-state';
import type { ChatRoot, MessageRow } from '../types';
import { instagram } from '.';

const adapter = instagram.adapter;
const THREAD_URL = new URL('https://www.instagram.com/direct/t/340282366841710300949128/');
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

describe('Instagram adapter: thread ids', () => {
  it.each([
    ['https://www.instagram.com/direct/t/340282366841710300949128/', '340282366841710300949128'],
    ['https://www.instagram.com/direct/t/340282366841710300949128', '340282366841710300949128'],
    ['https://www.instagram.com/direct/t/340282366841710300949128/?hl=es', '340282366841710300949128'],
    ['https://www.instagram.com/direct/inbox/', null],
    ['https://www.instagram.com/direct/', null],
    ['https://www.instagram.com/olu.candles/', null],
  ])('%s → %s', (url, id) => {
    const { chat } = load('default.html');
    expect(adapter.threadId(new URL(url), chat)).toBe(id);
  });
});

describe('Instagram adapter: one-to-one thread (saved/default.html)', () => {
  it('picks the thread region as the chat, not the inbox or the document', () => {
    const { chat, doc } = load('default.html');
    expect(chat).not.toBe(doc);
    expect((chat as Element).getAttribute('aria-label')).toBe('Conversation with Olu Adébáyọ̀');
  });

  it('reads the name (first line of the header link, not the handle under it) and the handle', () => {
    const { chat } = load('default.html');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Olu Adébáyọ̀', handle: 'olu.candles' });
  });

  it('reads each row with its direction and exact body, oldest first', () => {
    const { chat } = load('default.html');
    const list = adapter.messageList(chat);
    expect(list?.getAttribute('role')).toBe('grid');
    const rows = rowsOf(chat);
    expect(brief(rows)).toEqual([
      { direction: 'in', text: 'Hi! Is the blue candle still available?', sender: undefined },
      { direction: 'out', text: 'Yes! Want me to reserve it for you?', sender: undefined },
      { direction: 'in', text: '5 ⭐ thanks, it smells amazing!', sender: undefined },
    ]);
    // Instagram shows no per-row times.
    expect(rows.map((r) => r.time)).toEqual([undefined, undefined, undefined]);
    expect(rows.every((r) => r.element.getAttribute('role') === 'row')).toBe(true);
  });

  it("finds the thread's composer and Send button among the thread's other buttons", () => {
    const { chat } = load('default.html');
    const composer = adapter.composer(chat);
    expect(composer?.getAttribute('aria-label')).toBe('Message');
    expect(adapter.sendButton(chat)?.getAttribute('aria-label')).toBe('Send');
  });

  it('readPage: every part is found, the latest row is the customer’s', () => {
    const { chat } = load('default.html');
    const { state, rows, order } = readPage(instagram, THREAD_URL, chat);
    expect(state.threadId).toBe('340282366841710300949128');
    expect(state.inDmArea).toBe(true);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(rows).toHaveLength(3);
    expect(order.at(-1)).toBe(2);
    expect(state.lastFrom).toBe('in');
    expect(state.latestIncoming).toBe('5 ⭐ thanks, it smells amazing!');
    expect(state.latestSender).toBeNull();
    expect(state.outgoingCount).toBe(1);
  });

  it('readPage on the inbox: no thread, nothing checked', () => {
    const { chat } = load('default.html');
    const { state, rows } = readPage(instagram, new URL('https://www.instagram.com/direct/inbox/'), chat);
    expect(state.threadId).toBeNull();
    expect(rows).toEqual([]);
    expect(state.check).toEqual({ contact: 'missing', messages: 'missing', composer: 'missing' });
  });
});

describe('Instagram adapter: group chat (saved/group.html)', () => {
  it('is a group named by the thread label, with no handle (avatar links in rows are not the contact)', () => {
    const { chat } = load('group.html');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Candle lovers', handle: null, group: true });
  });

  it("names each incoming row's sender and keeps the sender heading out of the body", () => {
    const { chat } = load('group.html');
    expect(brief(rowsOf(chat))).toEqual([
      { direction: 'in', text: 'Do you ship to Lisbon?', sender: 'Ana Souza' },
      { direction: 'out', text: 'We do, in 3 days.', sender: undefined },
      { direction: 'in', text: 'And to Porto?', sender: 'Ben Okafor' },
    ]);
  });

  it('readPage: the latest customer message and its sender', () => {
    const { chat } = load('group.html');
    const { state } = readPage(instagram, new URL('https://www.instagram.com/direct/t/340282366841710300950001/'), chat);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(state.contact.group).toBe(true);
    expect(state.latestIncoming).toBe('And to Porto?');
    expect(state.latestSender).toBe('Ben Okafor');
  });

  // Bug: in a group (no header link) the first text link with a /<handle>/ href anywhere in the chat, e.g. a profile
  // link inside a message, is taken for the group's name instead of the "Conversation with <title>" label.
  it('a profile link inside a message is not read as the group name', () => {
    const { chat } = load('group.html');
    const bubble = (chat as Element).querySelector('[role="row"] [dir="auto"]')!;
    const mention = document.createElement('a');
    mention.href = 'https://www.instagram.com/olu.candles/';
    mention.textContent = '@olu.candles';
    bubble.append(' Ask ', mention);
    expect(adapter.contact(chat).displayName).toBe('Candle lovers');
  });
});

describe('Instagram adapter: labels in other languages', () => {
  it('Spanish: "Conversación con" region, "Mensaje" composer, "Enviar" button found by its text', () => {
    const { chat } = load('spanish.html');
    expect((chat as Element).getAttribute('aria-label')).toBe('Conversación con Olu Adébáyọ̀');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Olu Adébáyọ̀', handle: 'olu.candles' });
    expect(adapter.composer(chat)?.getAttribute('aria-label')).toBe('Mensaje');
    expect(adapter.sendButton(chat)?.textContent).toBe('Enviar');
    expect(brief(rowsOf(chat))).toEqual([
      { direction: 'in', text: '¡Hola! ¿Todavía tienes la vela azul?', sender: undefined },
      { direction: 'out', text: '¡Sí! ¿Te la reservo?', sender: undefined },
      { direction: 'in', text: '5 ⭐ gracias, ¡huele increíble!', sender: undefined },
    ]);
  });

  it('Spanish: with no header link, the name comes from the "Conversación con" label', () => {
    const { chat } = load('spanish.html');
    (chat as Element).querySelector('header a')!.remove();
    expect(adapter.contact(chat)).toEqual({ displayName: 'Olu Adébáyọ̀', handle: null });
  });

  it('Portuguese group on the older UI: "Conversa com" title, "Mensagem..." textarea, <button>Enviar</button>', () => {
    const { chat } = load('portuguese-group.html');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Amigas das velas', handle: null, group: true });
    expect(adapter.composer(chat)?.localName).toBe('textarea');
    expect(adapter.sendButton(chat)?.localName).toBe('button');
    expect(brief(rowsOf(chat))).toEqual([
      { direction: 'in', text: 'Vocês enviam para Lisboa?', sender: 'Ana Souza' },
      { direction: 'out', text: 'Enviamos, em 3 dias.', sender: undefined },
    ]);
  });
});

describe('Instagram adapter: no ARIA roles on the list or rows (saved/no-roles.html)', () => {
  it('finds the list as the scrolling element with the most children, not the composer’s scrolling box', () => {
    const { chat } = load('no-roles.html');
    const list = adapter.messageList(chat);
    expect(list?.classList.contains('messages')).toBe(true);
  });

  it('reads the repeated children through the wrapper, with directions from alignment', () => {
    const { chat } = load('no-roles.html');
    const rows = rowsOf(chat);
    expect(brief(rows)).toEqual([
      { direction: 'in', text: 'Hi! Is the blue candle still available?', sender: undefined },
      { direction: 'out', text: 'Yes! Want me to reserve it for you?', sender: undefined },
      { direction: 'in', text: '5 ⭐ thanks, it smells amazing!', sender: undefined },
      { direction: 'out', text: 'Reserved 🕯️', sender: undefined },
    ]);
    expect(rows.every((r) => r.element.parentElement?.classList.contains('rows'))).toBe(true);
  });

  // Bug (anchors.ts repeatedChildren): behind a second single wrapper the whole conversation reads as one row.
  it('reads the rows behind two nested single wrappers', () => {
    const { chat } = load('no-roles.html');
    const rows = (chat as Element).querySelector('.rows')!;
    const outer = document.createElement('div');
    rows.replaceWith(outer);
    outer.append(rows);
    expect(rowsOf(chat).map((r) => r.direction)).toEqual(['in', 'out', 'in', 'out']);
  });

  // Bug (anchors.ts scrollingList): with no rows yet, the composer's scroll box has more children than the empty list,
  // so it is taken for the list and the message box is read as an incoming row.
  it('an empty thread with no roles reads no rows, never the composer', () => {
    const { chat } = load('no-roles.html');
    (chat as Element).querySelector('.rows')!.replaceChildren();
    const { state, rows } = readPage(instagram, THREAD_URL, chat);
    expect(rows).toEqual([]);
    expect(state.lastFrom).toBeNull();
  });

  it('readPage: all ok, the seller answered last', () => {
    const { chat } = load('no-roles.html');
    const { state } = readPage(instagram, THREAD_URL, chat);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(state.lastFrom).toBe('out');
    expect(state.latestIncoming).toBe('5 ⭐ thanks, it smells amazing!');
    expect(state.outgoingCount).toBe(2);
  });
});

describe('Instagram adapter: composer and decoys', () => {
  it("finds the thread's own composer when an identical editable sits outside the thread", () => {
    const { chat, doc } = load('decoy.html');
    const decoy = doc.getElementById('decoy');
    const composer = adapter.composer(chat);
    expect(composer).not.toBeNull();
    expect(composer).not.toBe(decoy);
    expect(composer?.closest('section')?.getAttribute('aria-label')).toBe('Conversation with Olu Adébáyọ̀');
  });

  it('a read-only thread has no composer and no Send button, never the decoys outside it', () => {
    const { chat } = load('read-only-decoy.html');
    expect(adapter.composer(chat)).toBeNull();
    expect(adapter.sendButton(chat)).toBeNull();
  });

  it('readPage on a read-only thread: composer missing, the rest ok', () => {
    const { chat } = load('read-only-decoy.html');
    const { state } = readPage(instagram, THREAD_URL, chat);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'missing' });
    expect(state.lastFrom).toBe('out');
  });
});

describe('Instagram adapter: page check states', () => {
  it('an empty new thread: the list exists with no rows, messages ok', () => {
    const { chat } = load('empty.html');
    const { state, rows } = readPage(instagram, THREAD_URL, chat);
    expect(rows).toEqual([]);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(state.lastFrom).toBeNull();
    expect(state.latestIncoming).toBeNull();
    expect(state.outgoingCount).toBe(0);
  });

  it('a list with no role, no label and no scrolling style: messages missing, nothing read', () => {
    const { chat } = load('unreadable.html');
    expect(adapter.messageList(chat)).toBeNull();
    const { state, rows } = readPage(instagram, THREAD_URL, chat);
    expect(rows).toEqual([]);
    expect(state.check).toEqual({ contact: 'ok', messages: 'missing', composer: 'ok' });
    expect(state.lastFrom).toBeNull();
  });
});
