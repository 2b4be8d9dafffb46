// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defineSite, type ChatRoot, type PlatformAdapter } from '../platforms/types';
import { createPageReader } from './page-state';

// A page with several chats, one of them inside an open shadow root (as X's chat and LinkedIn's overlays are): the
// reader must follow the chat whose message box was focused last.
function popupsPage() {
  document.body.replaceChildren();
  const make = (parent: Element | ShadowRoot, name: string) => {
    const chat = document.createElement('section');
    chat.className = 'chat';
    chat.dataset.name = name;
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.className = 'box';
    chat.append(box);
    parent.append(chat);
    return box;
  };
  const postBox = document.createElement('div');
  postBox.setAttribute('contenteditable', 'true');
  document.body.append(postBox);
  const first = make(document.body, 'Ana');
  const host = document.createElement('div');
  host.id = 'overlay';
  document.body.append(host);
  const second = make(host.attachShadow({ mode: 'open' }), 'Ben');
  return { first, second, postBox };
}

const adapter: PlatformAdapter = {
  chats: (doc) => [
    ...Array.from(doc.querySelectorAll('.chat')),
    ...Array.from(doc.querySelector('#overlay')?.shadowRoot?.querySelectorAll('.chat') ?? []),
  ],
  threadId: (_url, chat) => (chat as HTMLElement).dataset.name ?? null,
  contact: (chat) => ({ displayName: (chat as HTMLElement).dataset.name ?? null, handle: null }),
  messageList: () => null,
  rowElements: () => [],
  readRow: () => {
    throw new Error('no rows here');
  },
  messageRows: () => [],
  composer: (chat: ChatRoot) => chat.querySelector<HTMLElement>('.box'),
  sendButton: () => null,
};
const site = defineSite({
  id: 'popups',
  label: 'Pop-ups',
  hosts: ['localhost'],
  urlHint: '',
  isDmArea: () => true,
  threadUrl: (id) => id,
  adapter,
});

describe('createPageReader', () => {
  it('reads the first chat until a message box is focused, then the chat of the box focused last', () => {
    const { first, second, postBox } = popupsPage();
    const reader = createPageReader(site as never, document, new AbortController().signal);
    expect(reader.read().state.threadId).toBe('Ana');
    second.focus();
    second.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(reader.read().state.threadId).toBe('Ben');
    expect(reader.composer()).toBe(second);
    // Focus elsewhere on the page (a post box) does not change the active chat.
    postBox.focus();
    postBox.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(reader.read().state.threadId).toBe('Ben');
    first.focus();
    first.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(reader.read().state.contact.displayName).toBe('Ana');
  });

  it('falls back to the first chat when the focused one is closed', () => {
    const { second } = popupsPage();
    const reader = createPageReader(site as never, document, new AbortController().signal);
    second.focus();
    second.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    document.querySelector('#overlay')!.remove();
    expect(reader.read().state.threadId).toBe('Ana');
  });

  it('says messages are missing when the chat has no message list, and reads no rows', () => {
    popupsPage();
    const reader = createPageReader(site as never, document, new AbortController().signal);
    const { state, rows } = reader.read();
    expect(state.check).toEqual({ contact: 'ok', messages: 'missing', composer: 'ok' });
    expect(rows).toEqual([]);
  });
});

describe('createPageReader, focus before it started', () => {
  it('takes the chat whose box holds focus now, even inside a shadow root', () => {
    const { second } = popupsPage();
    second.focus();
    const reader = createPageReader(site as never, document, new AbortController().signal);
    expect(reader.read().state.threadId).toBe('Ben');
  });
});
