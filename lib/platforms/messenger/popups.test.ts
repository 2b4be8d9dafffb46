// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageReader, readPage } from '../../page/page-state';
import type { PlatformId } from '../sites';
import type { ChatRoot, SiteDefinition } from '../types';
import { messenger } from '.';

// Chat pop-ups on an ordinary facebook.com page (saved/popups.html): the feed's post and comment boxes, two open
// pop-ups, a read-only group pop-up and a folded one.
const adapter = messenger.adapter;
const FEED = new URL('https://www.facebook.com/');
const HERE = import.meta.url;

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(readFileSync(new URL('./saved/popups.html', HERE), 'utf8'), 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
});
const popup = (id: string) => document.getElementById(id)!;
const read = (chat: ChatRoot) => readPage(messenger, FEED, chat);

describe('Messenger chat pop-ups', () => {
  it('every open pop-up is a chat, each exactly its own box; the feed and a folded chat are not', () => {
    const chats = adapter.chats(document);
    expect(chats).toEqual([popup('ben'), popup('ana'), popup('readonly')]);
    expect(adapter.composer(popup('ben'))).toBe(popup('ben').querySelector('[role="textbox"]'));
    // The read-only pop-up has no box of its own, and never borrows the feed's.
    expect(adapter.composer(popup('readonly'))).toBeNull();
  });

  it('reads the contact from the grid’s label, and names the thread by what the pop-up links to', () => {
    expect(read(popup('ben')).state).toMatchObject({
      inDmArea: true,
      threadId: '@ben.okafor',
      contact: { displayName: 'Ben Okafor', handle: 'ben.okafor' },
      check: { contact: 'ok', messages: 'ok', composer: 'ok' },
    });
    // profile.php?id=<n>: the person's id, which is also their one-to-one thread's id on the full page.
    expect(read(popup('ana')).state).toMatchObject({ threadId: '100042', contact: { displayName: 'Ana Souza', handle: null } });
    expect(read(popup('readonly')).state).toMatchObject({
      threadId: '777',
      contact: { displayName: 'Shop group', group: true },
      check: { composer: 'missing' },
    });
  });

  it('reads rows by alignment (no heading), the avatar never part of the text', () => {
    const list = adapter.messageList(popup('ben'))!;
    expect(adapter.messageRows(list).map((r) => [r.direction, r.text])).toEqual([
      ['in', 'Do you have it in red?'],
      ['out', 'We do!'],
    ]);
  });

  it('Send is the button labelled for sending, never "Send a Like"', () => {
    expect(adapter.sendButton(popup('ben'))).toBeNull();
    expect(adapter.sendButton(popup('ana'))?.getAttribute('aria-label')).toBe('Press enter to send');
  });

  it('the active chat is the one whose box was focused last: the post box never takes it', () => {
    const reader = createPageReader(messenger, document, new AbortController().signal);
    expect(reader.activeChat()).toBe(popup('ben'));
    (popup('ana').querySelector('[role="textbox"]') as HTMLElement).focus();
    (document.querySelector('[aria-label="What’s on your mind?"]') as HTMLElement).focus();
    expect(reader.activeChat()).toBe(popup('ana'));
    expect(reader.composer()).toBe(popup('ana').querySelector('[role="textbox"]'));
  });

  it('with no pop-up open the feed is an ordinary page', () => {
    for (const id of ['ben', 'ana', 'readonly']) popup(id).remove();
    expect(adapter.chats(document)).toEqual([]);
    expect(readPage(messenger as SiteDefinition<PlatformId>, FEED, null).state.inDmArea).toBe(false);
  });
});
