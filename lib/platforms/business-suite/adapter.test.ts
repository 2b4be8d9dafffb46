// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '../../page/page-state';
import { threadLink } from '../thread-links';
import type { ChatRoot } from '../types';
import { businessSuite } from '.';
import { channelFromUrl, selectedItemId } from './urls';

const adapter = businessSuite.adapter;
// Held in a variable: Vite rewrites `new URL(<literal>, import.meta.url)` into an asset URL on its dev server.
const HERE = import.meta.url;
const IG_OWN = '340282366841710300949128144444444';
const url = (query: string, inbox = 'all') => new URL(`https://business.facebook.com/latest/inbox/${inbox}?${query}`);

/** Loads the saved page into the live jsdom document (computed styles work) and returns the adapter's chat. */
function load(edit?: (doc: Document) => void): ChatRoot {
  const html = readFileSync(new URL('./saved/inbox.html', HERE), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  edit?.(document);
  return adapter.chats(document)[0]!;
}
const rows = (chat: ChatRoot) => adapter.messageRows(adapter.messageList(chat)!).map((r) => [r.direction, r.text]);

beforeEach(() => document.body.replaceChildren());

describe('Business Suite URLs', () => {
  it.each([
    ['asset_id=1&selected_item_id=7001&thread_type=FB_MESSAGE', 'all', '7001', 'messenger'],
    ['asset_id=1&selected_item_id=8002&thread_type=IG_MESSAGE', 'all', '8002', 'instagram'],
    ['selected_item_id=8002', 'instagram', '8002', 'instagram'],
    ['selected_item_id=7001', 'messenger', '7001', 'messenger'],
    ['selected_item_id=7001', 'all', '7001', null],
    ['selected_item_id=7001&thread_type=FB_COMMENT', 'all', '7001', null],
    ['asset_id=1', 'all', null, null],
    ['selected_item_id=a%20b', 'all', null, null],
  ])('?%s on /%s → thread %s, channel %s', (query, inbox, id, channel) => {
    expect(selectedItemId(url(query, inbox))).toBe(id);
    expect(channelFromUrl(url(query, inbox))).toBe(channel);
  });

  it('is the DM area on the inbox only, of business.facebook.com only', () => {
    expect(businessSuite.isDmArea(url('selected_item_id=1'))).toBe(true);
    expect(businessSuite.isDmArea(new URL('https://business.facebook.com/latest/inbox/'))).toBe(true);
    expect(businessSuite.isDmArea(new URL('https://business.facebook.com/latest/home?asset_id=1'))).toBe(false);
    expect(businessSuite.isDmArea(new URL('https://www.facebook.com/latest/inbox/all?selected_item_id=1'))).toBe(false);
    expect(selectedItemId(new URL('https://business.facebook.com/latest/posts?selected_item_id=1'))).toBeNull();
  });

  it('links a chat recorded with its own id back to Business Suite, and one with its site’s id back to that site', () => {
    expect(threadLink('messenger:business-suite:7001')).toBe(
      'https://business.facebook.com/latest/inbox/messenger?selected_item_id=7001&thread_type=FB_MESSAGE',
    );
    expect(threadLink('instagram:business-suite:8002')).toBe(
      'https://business.facebook.com/latest/inbox/instagram?selected_item_id=8002&thread_type=IG_MESSAGE',
    );
    expect(threadLink(`instagram:${IG_OWN}`)).toBe(`https://www.instagram.com/direct/t/${IG_OWN}/`);
    expect(threadLink('messenger:7001')).toBe('https://www.facebook.com/messages/t/7001/');
    expect(threadLink('business-suite:7001')).toBe('https://business.facebook.com/latest/inbox/all?selected_item_id=7001');
  });

  it('says in words when the address names a kind of conversation it does not read', () => {
    expect(businessSuite.notice!(url('selected_item_id=1&thread_type=IG_COMMENT'))).toEqual({
      key: 'businessSuite.unknownKind',
      values: { type: 'IG_COMMENT' },
    });
    expect(businessSuite.notice!(url('selected_item_id=1&thread_type=IG_MESSAGE'))).toBeNull();
    expect(businessSuite.notice!(url('selected_item_id=1'))).toBeNull();
  });
});

describe('Business Suite adapter on a saved inbox page (saved/inbox.html)', () => {
  it('takes the conversation and the customer panel as the chat, never the chat list', () => {
    const chat = load() as Element;
    expect(chat.querySelector('aside h2')?.textContent).toBe('Ana Souza');
    expect(chat.querySelector('a[href*="selected_item_id"]')).toBeNull();
  });

  it('reads the contact from the panel’s heading and the handle from its profile link', () => {
    expect(adapter.contact(load())).toEqual({ displayName: 'Ana Souza', handle: 'ana.souza' });
  });

  it('reads direction by the customer’s avatar, else alignment; an emoji in the text is not an avatar', () => {
    expect(rows(load())).toEqual([
      ['in', 'Oi! Do you ship to Lisbon? See this chat'],
      ['out', 'We do, in 3 days. Ask our other page'],
      ['in', 'Great 😀 thanks'],
    ]);
  });

  it('a "seen" picture under the business’s own reply leaves it the business’s; where the style says no side, the avatar decides', () => {
    const chat = load((doc) => {
      const [, own, last] = Array.from(doc.querySelectorAll('[role="row"]'));
      const seen = doc.createElement('img');
      seen.alt = 'Seen by Ana Souza';
      own!.append(seen);
      // The last row: no side in its style, a place on screen that looks like the right, and the customer's avatar.
      last!.removeAttribute('style');
      const avatar = doc.createElement('img');
      avatar.alt = 'Ana Souza';
      last!.prepend(avatar);
      const parent = { left: 0, right: 400, width: 400 } as DOMRect;
      const bubble = { left: 300, right: 390, width: 90 } as DOMRect;
      last!.parentElement!.getBoundingClientRect = () => parent;
      avatar.getBoundingClientRect = () => bubble;
    });
    expect(rows(chat).map(([direction]) => direction)).toEqual(['in', 'out', 'in']);
  });

  it('finds the reply box, never the notes box or the chat list’s search; Send only once it is enabled', () => {
    const chat = load();
    expect(adapter.composer(chat)?.getAttribute('aria-label')).toBe('Reply in Instagram');
    expect(adapter.sendButton(chat)).toBeNull();
    expect(adapter.sendReady?.(chat)).toBe(false);
    document.querySelector('[aria-label="Send"]')!.setAttribute('aria-disabled', 'false');
    expect(adapter.sendButton(chat)?.textContent).toBe('Send');
    expect(adapter.sendReady?.(chat)).toBe(true);
  });

  it('records an Instagram chat under Instagram with instagram.com’s thread id (the panel links it)', () => {
    const chat = load();
    const where = url('asset_id=55&selected_item_id=8002&thread_type=IG_MESSAGE');
    expect(adapter.threadId(where, chat)).toBe(IG_OWN);
    const { state } = readPage(businessSuite, where, chat);
    expect([state.platform, state.platformLabel, state.threadId]).toEqual(['instagram', 'Instagram', IG_OWN]);
    expect(state.check).toEqual({ contact: 'ok', messages: 'ok', composer: 'ok' });
  });

  it('a link a customer sends inside a message is never taken as the thread', () => {
    const chat = load((doc) => {
      doc.querySelector('aside p')!.remove();
      doc.querySelector('[role="row"] a[href*="/messages/t/"]')!.remove();
    });
    expect(adapter.threadId(url('selected_item_id=8002&thread_type=IG_MESSAGE'), chat)).toBe('business-suite:8002');
  });

  it('takes the channel from the chat list’s link when the address has none', () => {
    const chat = load();
    expect(businessSuite.channel!(url('selected_item_id=8002'), chat)).toBe('instagram');
    expect(adapter.threadId(url('selected_item_id=8002'), chat)).toBe(IG_OWN);
    expect(businessSuite.channel!(url('selected_item_id=7001'), chat)).toBe('messenger');
  });

  it('takes the channel from the link to its own site when neither the address nor the list says', () => {
    const chat = load((doc) => doc.querySelector('nav [role="list"]')!.remove());
    expect(businessSuite.channel!(url('selected_item_id=8002'), chat)).toBe('instagram');
  });

  it('keeps a chat under Business Suite, by its own id, when nothing says its channel', () => {
    const chat = load((doc) => {
      doc.querySelector('nav [role="list"]')!.remove();
      doc.querySelector('aside p')!.remove();
    });
    const { state } = readPage(businessSuite, url('selected_item_id=8002'), chat);
    expect([state.platform, state.threadId]).toEqual(['business-suite', '8002']);
  });

  it('never mixes channels: a link to the other site is not this chat’s id', () => {
    const chat = load();
    expect(adapter.threadId(url('selected_item_id=8002&thread_type=FB_MESSAGE'), chat)).toBe('business-suite:8002');
  });

  it('takes no own-site id when the chat links two different conversations', () => {
    const chat = load((doc) => {
      const second = doc.createElement('a');
      second.href = 'https://www.instagram.com/direct/t/111/';
      doc.querySelector('aside')!.append(second);
    });
    expect(adapter.threadId(url('selected_item_id=8002&thread_type=IG_MESSAGE'), chat)).toBe('business-suite:8002');
  });

  it('says what it could not find when the chat cannot be told apart: no list, no contact; the one Lexical box is still the box', () => {
    const chat = load((doc) => {
      const list = doc.querySelector('[aria-label="Message list container"]')!;
      list.removeAttribute('aria-label');
      list.removeAttribute('style');
      doc.querySelector('aside')!.remove();
    });
    expect(chat).toBe(document);
    const { state } = readPage(businessSuite, url('selected_item_id=8002&thread_type=IG_MESSAGE'), chat);
    expect(state.check).toEqual({ contact: 'missing', messages: 'missing', composer: 'ok' });
    expect(adapter.composer(chat)?.getAttribute('aria-label')).toBe('Reply in Instagram');
    expect(state.platform).toBe('instagram');
  });
});
