import { describe, expect, it } from 'vitest';
import type { PlatformId } from '../platforms/sites';
import { defineSite, type ChatRoot, type MessageRow, type PlatformAdapter, type SiteDefinition } from '../platforms/types';
import { chronological, latestRows, readPage } from './page-state';

const parent = (flexDirection: string) => ({ ownerDocument: { defaultView: { getComputedStyle: () => ({ flexDirection }) } } });
const row = (direction: 'in' | 'out', container = parent('column')): MessageRow => ({
  direction,
  text: '',
  element: { parentElement: container } as unknown as Element,
});

describe('chronological and latestRows', () => {
  it('read a column-reverse list (newest first in the DOM, shown at the bottom) newest last', () => {
    const reversed = parent('column-reverse');
    const rows = [row('out', reversed), row('in', reversed), row('out', reversed)];
    expect(chronological(rows)).toEqual([2, 1, 0]);
    expect(latestRows(rows)).toEqual({ latest: 0, latestIncoming: 1 });
  });
  it('follow DOM order in an ordinary list', () => {
    const rows = [row('in'), row('out'), row('in')];
    expect(chronological(rows)).toEqual([0, 1, 2]);
    expect(latestRows(rows)).toEqual({ latest: 2, latestIncoming: 2 });
  });
  it('are -1 with no rows, or no customer rows', () => {
    expect(latestRows([])).toEqual({ latest: -1, latestIncoming: -1 });
    expect(latestRows([row('out')]).latestIncoming).toBe(-1);
  });
});

describe('readPage: floating chats and inboxes of other sites', () => {
  const chat = {
    querySelector: () => null,
  } as unknown as ChatRoot;
  const adapter: PlatformAdapter = {
    chats: () => [chat],
    threadId: () => 'T1',
    contact: () => ({ displayName: 'Jane', handle: null }),
    messageList: () => null,
    rowElements: () => [],
    readRow: () => {
      throw new Error('no rows');
    },
    messageRows: () => [],
    composer: () => null,
    sendButton: () => null,
  };
  const base = defineSite({
    id: 'inbox',
    label: 'Inbox',
    hosts: ['inbox.example'],
    urlHint: 'inbox.example/messages/…',
    isDmArea: (url) => url.pathname.startsWith('/messages'),
    threadUrl: (id) => `https://inbox.example/messages/${id}`,
    adapter,
  }) as unknown as SiteDefinition<PlatformId>;
  const feed = new URL('https://inbox.example/feed');

  it('outside the DM area a page is a DM page only for a site whose chats float over any page, while one is open', () => {
    expect(readPage(base, feed, chat).state.inDmArea).toBe(false);
    const floating = { ...base, floatingChats: () => [] };
    expect(readPage(floating, feed, chat).state).toMatchObject({ inDmArea: true, threadId: 'T1' });
    expect(readPage(floating, feed, null).state).toMatchObject({ inDmArea: false, threadId: null });
  });

  it('a chat takes the site it belongs to as its platform where the site answers for others, else the site itself', () => {
    const url = new URL('https://inbox.example/messages/T1');
    expect(readPage(base, url, chat).state).toMatchObject({ platform: 'inbox', platformLabel: 'Inbox' });
    const inbox = {
      ...base,
      channels: [{ id: 'instagram', label: 'Instagram' }],
      channel: (u: URL) => (u.searchParams.get('type') === 'ig' ? 'instagram' : null),
    };
    expect(readPage(inbox, new URL('?type=ig', url), chat).state).toMatchObject({
      platform: 'instagram',
      platformLabel: 'Instagram',
    });
    expect(readPage(inbox, url, chat).state.platform).toBe('inbox');
  });
});
