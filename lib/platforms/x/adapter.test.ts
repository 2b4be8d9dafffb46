// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../page/page-state';
import type { ChatRoot } from '../types';
import { x } from '.';
import { xNotice, xThreadId } from './urls';

const adapter = x.adapter;
// Held in a variable: Vite rewrites `new URL(<literal>, import.meta.url)` into an asset URL on its dev server.
const HERE = import.meta.url;
const saved = (name: string) => readFileSync(new URL(`./saved/${name}`, HERE), 'utf8');

/** The current chat: the saved markup inside an open shadow root on the embed host, as X renders it. */
function loadChat(): ChatRoot {
  document.body.replaceChildren();
  const host = document.createElement('div');
  host.setAttribute('data-testid', 'xchatEmbedRoute');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const parsed = new DOMParser().parseFromString(`<body>${saved('chat.html')}</body>`, 'text/html');
  shadow.append(...Array.from(parsed.body.childNodes));
  return adapter.chats(document)[0]!;
}

function loadLegacy(): ChatRoot {
  const parsed = new DOMParser().parseFromString(saved('legacy.html'), 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  return adapter.chats(document)[0]!;
}

const brief = (chat: ChatRoot) =>
  adapter.messageRows(adapter.messageList(chat)!).map((r) => ({ direction: r.direction, text: r.text, unsent: r.unsent }));

describe('X: URLs', () => {
  it.each([
    ['https://x.com/i/chat/111-222', '111-222'],
    ['https://x.com/i/chat/g1234567890', 'g1234567890'],
    ['https://x.com/messages/111-222', '111-222'],
    ['https://x.com/i/chat/pin/recover', null],
    ['https://x.com/i/chat/requests', null],
    ['https://x.com/i/chat', null],
    ['https://x.com/home', null],
    ['https://evil.example/i/chat/111-222', null],
  ])('%s → %s', (url, id) => expect(xThreadId(new URL(url))).toBe(id));

  it('says in words what the passcode wall and message requests keep from the sidebar', () => {
    expect(xNotice(new URL('https://x.com/i/chat/pin/recover'))).toEqual({ key: 'xNotice.passcode' });
    expect(xNotice(new URL('https://x.com/i/chat/requests'))).toEqual({ key: 'xNotice.request' });
    expect(xNotice(new URL('https://x.com/i/chat/111-222'))).toBeNull();
  });
});

describe('X adapter: the current chat, inside the embed host’s shadow root', () => {
  it('finds the chat in the shadow root and reads the contact and handle from the header', () => {
    const chat = loadChat();
    expect(chat).toBeInstanceOf(ShadowRoot);
    expect(adapter.contact(chat)).toEqual({ displayName: 'Jane Doe', handle: 'jane_shop' });
  });

  it('reads direction from the alignment classes, the body without its time, and marks a failed send', () => {
    expect(brief(loadChat())).toEqual([
      { direction: 'in', text: 'Hi! Is the blue mug still available? 🙂', unsent: undefined },
      { direction: 'out', text: 'Yes it is, at 10:30 tomorrow', unsent: undefined },
      { direction: 'out', text: 'Shall I reserve it?', unsent: true },
    ]);
  });

  it('takes the chat’s textarea as the composer, never the inbox search box; Send is not mounted while empty', () => {
    const chat = loadChat();
    expect(adapter.composer(chat)?.getAttribute('data-testid')).toBe('dm-composer-textarea');
    expect(adapter.sendButton(chat)).toBeNull();
    const read = readPage(x, new URL('https://x.com/i/chat/111-222'), chat);
    expect(read.state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
    expect(read.state.latestIncoming).toBe('Hi! Is the blue mug still available? 🙂');
  });

  it('watches the delivery status, so a failed send that goes through is read again', () => {
    expect(adapter.watchedAttributes).toContain('data-send-status');
  });
});

describe('X adapter: legacy DMs', () => {
  it('reads the page’s own container, rows by alignment and the Draft.js composer', () => {
    const chat = loadLegacy();
    expect((chat as Element).getAttribute('data-testid')).toBe('DmActivityContainer');
    expect(adapter.contact(chat)).toEqual({ displayName: 'Omar Haddad', handle: 'omar_h' });
    expect(brief(chat)).toEqual([
      { direction: 'in', text: 'Do you ship to Porto?', unsent: undefined },
      { direction: 'out', text: 'We do, 3 days.', unsent: undefined },
    ]);
    expect(adapter.composer(chat)?.classList.contains('public-DraftEditor-content')).toBe(true);
    expect(adapter.sendButton(chat)?.getAttribute('data-testid')).toBe('dmComposerSendButton');
  });
});
