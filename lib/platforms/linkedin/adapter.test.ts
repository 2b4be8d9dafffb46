// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageReader } from '../../page/page-state';
import type { ChatRoot } from '../types';
import { linkedin } from '.';
import { clockOf, headingDay, rowTime } from './times';
import { isLinkedinDmArea, linkedinThreadId } from './urls';

const adapter = linkedin.adapter;
// Held in a variable: Vite rewrites `new URL(<literal>, import.meta.url)` into an asset URL on its dev server.
const HERE = import.meta.url;
const saved = (name: string) => readFileSync(new URL(`./saved/${name}`, HERE), 'utf8');
const NOW = new Date(2026, 10, 27, 16, 0).getTime();

function loadThread(): ChatRoot {
  const parsed = new DOMParser().parseFromString(saved('thread.html'), 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  return adapter.chats(document)[0]!;
}

afterEach(() => vi.useRealTimers());

describe('LinkedIn: URLs', () => {
  it.each([
    ['https://www.linkedin.com/messaging/thread/2-ZmFrZQ==/', '2-ZmFrZQ=='],
    ['https://www.linkedin.com/messaging/thread/2-ZmFrZQ%3D%3D/?x=1', '2-ZmFrZQ=='],
    ['https://www.linkedin.com/messaging/', null],
    ['https://www.linkedin.com/messaging/thread/new/', null],
    ['https://www.linkedin.com/feed/', null],
    ['https://www.example.com/messaging/thread/1/', null],
  ])('%s → %s', (url, id) => expect(linkedinThreadId(new URL(url))).toBe(id));

  it('the messaging pages are the DM area', () => {
    expect(isLinkedinDmArea(new URL('https://www.linkedin.com/messaging/'))).toBe(true);
    expect(isLinkedinDmArea(new URL('https://www.linkedin.com/feed/'))).toBe(false);
  });
});

describe('LinkedIn: day headings and clocks', () => {
  it.each([
    ['Today', new Date(2026, 10, 27)],
    ['Yesterday', new Date(2026, 10, 26)],
    ['hoy', new Date(2026, 10, 27)],
    ['Ontem', new Date(2026, 10, 26)],
    ['Jan 5', new Date(2026, 0, 5)],
    ['Dec 12', new Date(2025, 11, 12)],
    ['Dec 12, 2024', new Date(2024, 11, 12)],
    ['5 ene', new Date(2026, 0, 5)],
    ['20 de nov.', new Date(2026, 10, 20)],
    ['Monday', new Date(2026, 10, 23)],
    ['Friday', new Date(2026, 10, 20)],
  ])('%s', (label, day) => expect(headingDay(label, NOW)).toEqual(day));

  it('reads 12- and 24-hour clocks and rejects the rest', () => {
    expect(clockOf('10:32 AM')).toEqual({ hour: 10, minute: 32 });
    expect(clockOf('12:05\u202fAM')).toEqual({ hour: 0, minute: 5 });
    expect(clockOf('2:05 p. m.')).toEqual({ hour: 14, minute: 5 });
    expect(clockOf('14:05')).toEqual({ hour: 14, minute: 5 });
    expect(clockOf('25:00')).toBeNull();
  });

  it('makes a local time only from both the day and the clock', () => {
    expect(rowTime('Jan 5', '10:32 AM', NOW)).toBe('2026-01-05 10:32');
    expect(rowTime(null, '10:32 AM', NOW)).toBe('10:32 AM');
    expect(rowTime('Jan 5', null, NOW)).toBeUndefined();
  });
});

describe('LinkedIn: the full page on saved DOM', () => {
  it('reads the contact and the /in/ handle', () => {
    const chat = loadThread();
    expect(adapter.contact(chat)).toEqual({ displayName: 'Jane Doe', handle: 'jane-doe-shop' });
    expect(adapter.threadId(new URL('https://www.linkedin.com/messaging/thread/2-ZmFrZQ==/'), chat)).toBe('2-ZmFrZQ==');
  });

  it('carries the sender, the day and the clock forward to every event of a group; bodies de-duplicated', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const chat = loadThread();
    const rows = adapter.messageRows(adapter.messageList(chat)!).map(({ element: _, ...r }) => r);
    expect(rows).toEqual([
      {
        id: 'urn:li:msg_message:1',
        direction: 'in',
        text: 'Hi! Is the blue candle still available?',
        time: '2026-01-05 10:32',
        sender: 'Jane Doe',
      },
      { id: 'urn:li:msg_message:2', direction: 'in', text: 'And in red?', time: '2026-01-05 10:32', sender: 'Jane Doe' },
      { id: 'urn:li:msg_message:3', direction: 'out', text: 'Yes! Want me to reserve it?', time: '2026-11-27 14:05' },
      { id: 'urn:li:msg_message:4', direction: 'out', text: 'Both colours are in stock.', time: '2026-11-27 14:05' },
    ]);
  });

  it('finds LinkedIn’s composer, and Send only once it is enabled', () => {
    const chat = loadThread();
    expect(adapter.composer(chat)?.className).toContain('msg-form__contenteditable');
    expect(adapter.sendButton(chat)).toBeNull();
    expect(adapter.sendReady?.(chat)).toBe(false);
    document.querySelector('button.msg-form__send-button')!.removeAttribute('disabled');
    expect(adapter.sendButton(chat)?.textContent).toBe('Send');
    expect(adapter.sendReady?.(chat)).toBe(true);
  });

  it('a decoy editable outside the thread is never the composer', () => {
    loadThread();
    const decoy = document.createElement('div');
    decoy.className = 'msg-form__contenteditable';
    decoy.setAttribute('contenteditable', 'true');
    decoy.setAttribute('role', 'textbox');
    document.body.prepend(decoy);
    expect(adapter.composer(adapter.chats(document)[0]!)).not.toBe(decoy);
  });
});

describe('LinkedIn: overlay chat bubbles', () => {
  function loadOverlay(minimised: boolean[]): ShadowRoot {
    document.body.replaceChildren();
    const host = document.createElement('div');
    host.id = 'interop-outlet';
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = saved('thread.html')
      .replace(/^<div class="msg-convo-wrapper">/, '')
      .replace(/<\/div>\s*$/, '')
      .replace('msg-entity-lockup__entity-title', 'x');
    const html = minimised
      .map(
        (min, i) =>
          `<div class="msg-overlay-conversation-bubble${min ? ' msg-overlay-conversation-bubble--is-minimized' : ''}">` +
          `<header class="msg-overlay-bubble-header"><a href="/messaging/thread/2-b${i}==/">` +
          `<h2 class="msg-overlay-bubble-header__title">Chat ${i}</h2></a></header>${inner}</div>`,
      )
      .join('');
    shadow.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));
    return shadow;
  }

  it('every open bubble in #interop-outlet’s shadow root is a chat; minimised ones are not', () => {
    loadOverlay([false, true, false]);
    const chats = adapter.chats(document);
    expect(chats).toHaveLength(2);
    expect(chats.map((c) => adapter.contact(c).displayName)).toEqual(['Chat 0', 'Chat 2']);
    const feed = new URL('https://www.linkedin.com/feed/');
    expect(chats.map((c) => adapter.threadId(feed, c))).toEqual(['2-b0==', '2-b2==']);
    expect(adapter.composer(chats[1]!)).not.toBe(adapter.composer(chats[0]!));
  });

  it('focus moving between two bubbles of the one shadow root changes the active chat (the document never hears it)', () => {
    loadOverlay([false, false]);
    const reader = createPageReader(linkedin, document, new AbortController().signal);
    const focusedChats: number[] = [];
    reader.onChatFocus(() => focusedChats.push(reader.activeChat() === adapter.chats(document)[1] ? 1 : 0));
    const [first, second] = adapter.chats(document);
    expect(reader.activeChat()).toBe(first);
    adapter.composer(second!)!.focus();
    expect(reader.activeChat()).toBe(second);
    // Back to the first bubble: focus moves inside the shadow root only. The reader still hears it (and says so).
    adapter.composer(first!)!.focus();
    (document.activeElement as HTMLElement | null)?.blur?.();
    expect(reader.activeChat()).toBe(first);
    expect(focusedChats.at(-1)).toBe(0);
  });
});
