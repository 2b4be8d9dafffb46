// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { anchoredAdapter, ANY, css, ONE } from '../platforms/anchors';
import { textOf } from '../platforms/dom';
import { defineSite, type MessageRow } from '../platforms/types';
import { createPageReader, type PageState } from './page-state';
import { watchPage } from './watch-page';

// A site with one URL for every chat: the open chat is the page's state. Its thread id and contact come from the
// chat's markup, and opening another chat re-renders the chat region without any navigation.
const site = defineSite({
  id: 'one-url',
  label: 'One URL',
  hosts: ['localhost'],
  urlHint: '',
  isDmArea: () => true,
  threadUrl: () => '/',
  adapter: anchoredAdapter({
    chats: (doc) => Array.from(doc.querySelectorAll('#chat')),
    threadId: (_url, chat) => (chat as Element).querySelector('[data-thread]')?.getAttribute('data-thread') ?? null,
    contact: (chat) => ({ displayName: textOf(chat.querySelector('h2')), handle: null }),
    list: [css('.list', ONE)],
    rows: [css('.row', ANY)],
    readRow: (element): MessageRow => ({
      element,
      direction: element.classList.contains('out') ? 'out' : 'in',
      text: textOf(element.querySelector('.body')) ?? '',
      time: element.getAttribute('data-time') ?? undefined,
    }),
    composer: [css('[contenteditable="true"]', ONE)],
    send: [css('button.send', ONE)],
    sendNeedsText: true,
  }),
});

/** Re-renders the whole chat region, as one-URL sites do when another chat is opened. */
function openChat(id: string, name: string, rows: [string, string][] = []) {
  document.getElementById('chat')?.remove();
  const chat = document.createElement('section');
  chat.id = 'chat';
  const header = document.createElement('h2');
  header.dataset.thread = id;
  header.textContent = name;
  const list = document.createElement('div');
  list.className = 'list';
  for (const [time, text] of rows) {
    const row = document.createElement('div');
    row.className = 'row';
    row.dataset.time = time;
    const body = document.createElement('span');
    body.className = 'body';
    body.textContent = text;
    row.append(body);
    list.append(row);
  }
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  chat.append(header, list, box);
  document.body.append(chat);
}

const controller = new AbortController();
afterEach(() => document.body.replaceChildren());

describe('watchPage on a site with one URL for every chat', () => {
  it('notices another chat opened without the URL changing: thread, contact and rows follow', async () => {
    openChat('a@c.us', 'Ana Souza', [['09:00, 20/11/2026', 'Olá!']]);
    const states: PageState[] = [];
    const reads: MessageRow[][] = [];
    const reader = createPageReader(site as never, document, controller.signal);
    const url = location.href;
    watchPage(
      reader,
      controller.signal,
      (s) => states.push(s),
      (_s, rows) => reads.push(rows),
    );
    expect(states.at(-1)?.threadId).toBe('a@c.us');
    openChat('b@c.us', 'Ben Okafor', [
      ['10:00, 21/11/2026', 'Hello'],
      ['10:05, 21/11/2026', 'Any news?'],
    ]);
    await expect.poll(() => states.at(-1)?.threadId).toBe('b@c.us');
    expect(location.href).toBe(url);
    const last = states.at(-1)!;
    expect(last.contact.displayName).toBe('Ben Okafor');
    expect(last.latestIncoming).toBe('Any news?');
    expect(reads.at(-1)?.map((r) => r.time)).toEqual(['2026-11-21 10:00', '2026-11-21 10:05']);
  });
});

describe('createPageReader', () => {
  it('reads all-numeric row times in the order the page’s rows prove, remembered across chats', () => {
    openChat('a@c.us', 'Ana Souza', [['09:00, 20/11/2026', 'Olá!']]);
    const reader = createPageReader(site as never, document, controller.signal);
    expect(reader.read().rows.map((r) => r.time)).toEqual(['2026-11-20 09:00']);
    // This chat alone proves nothing (05/06 could be either), but the page has shown a day-first label.
    openChat('b@c.us', 'Ben Okafor', [['10:00, 05/06/2026', 'Hello']]);
    expect(reader.read().rows.map((r) => r.time)).toEqual(['2026-06-05 10:00']);
  });

  it('a fresh page with nothing to prove the order leaves the label as printed', () => {
    openChat('b@c.us', 'Ben Okafor', [['10:00, 05/06/2026', 'Hello']]);
    const reader = createPageReader(site as never, document, controller.signal);
    expect(reader.read().rows.map((r) => r.time)).toEqual(['10:00, 05/06/2026']);
  });

  it('sendReady: whether the site’s Send button is on the page and enabled, where the site confirms with it', () => {
    openChat('a@c.us', 'Ana Souza');
    const reader = createPageReader(site as never, document, controller.signal);
    expect(reader.sendReady()).toBe(false);
    const send = document.createElement('button');
    send.className = 'send';
    document.getElementById('chat')!.append(send);
    expect(reader.sendReady()).toBe(true);
    send.disabled = true;
    expect(reader.sendReady()).toBe(false);
    send.disabled = false;
    send.setAttribute('aria-disabled', 'true');
    expect(reader.sendReady()).toBe(false);
  });

  it('sendReady is null on a site that gives no such signal', () => {
    openChat('a@c.us', 'Ana Souza');
    const plain = { ...site, adapter: { ...site.adapter, sendReady: undefined } };
    expect(createPageReader(plain as never, document, controller.signal).sendReady()).toBeNull();
  });
});
