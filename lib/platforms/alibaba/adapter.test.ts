// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://onetalk.alibaba.com/message/weblitePWA.htm#/" }
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePageTime } from '../../events/page-time';
import { CONTACT_KEY } from '../sites';
import type { ChatRoot, MessageRow } from '../types';
import { threadIdFromName } from './urls';
import { alibaba } from '.';

const adapter = alibaba.adapter;
const URL_ = new URL('https://onetalk.alibaba.com/message/weblitePWA.htm#/');
// Held in a variable: Vite rewrites `new URL(<literal>, import.meta.url)` into an asset URL on its dev server.
const HERE = import.meta.url;

function load(name: string, edit?: (doc: Document) => void): ChatRoot {
  const parsed = new DOMParser().parseFromString(readFileSync(new URL(`./saved/${name}`, HERE), 'utf8'), 'text/html');
  edit?.(parsed);
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  return adapter.chats(document)[0]!;
}
function rowsOf(chat: ChatRoot): MessageRow[] {
  const list = adapter.messageList(chat);
  if (!list) throw new Error('no message list');
  return adapter.messageRows(list);
}

describe('Alibaba.com URLs', () => {
  it('the IM pages of both hosts are the messaging area; other pages and hosts are not', () => {
    expect(alibaba.isDmArea(new URL('https://message.alibaba.com/message/messenger.htm?activeAccountId=1&chatToken=x'))).toBe(
      true,
    );
    expect(alibaba.isDmArea(new URL('https://onetalk.alibaba.com/message/weblitePWA.htm#/'))).toBe(true);
    expect(alibaba.isDmArea(new URL('https://www.alibaba.com/product-detail/x.html'))).toBe(false);
    expect(alibaba.isDmArea(new URL('https://message.alibaba.com/'))).toBe(false);
  });
  it('names give contact-key-safe thread ids', () => {
    expect(threadIdFromName('  Olu \n Adébáyọ̀ ')).toBe('Olu_Adébáyọ̀');
    expect(threadIdFromName('   ')).toBeNull();
    expect(CONTACT_KEY.test(`alibaba:${threadIdFromName('x '.repeat(300))!}`)).toBe(true);
  });
});

describe('Alibaba.com adapter on a saved OneTalk page', () => {
  it('the thread is the selected contact, whatever the URL; else the header’s first line', () => {
    expect(adapter.threadId(URL_, load('onetalk.html'))).toBe('Olu_Adébáyọ̀');
    const chat = load('onetalk.html', (doc) => doc.querySelector('.selected')!.classList.remove('selected'));
    expect(adapter.threadId(URL_, chat)).toBe('Olu_Adébáyọ̀');
  });
  it('the contact is the header’s first line, not the company nor the contact list', () => {
    expect(adapter.contact(load('onetalk.html'))).toEqual({ displayName: 'Olu Adébáyọ̀', handle: null });
  });
  it('reads direction, the original text only (not the translation), the page time, and marks the auto-reply', () => {
    const rows = rowsOf(load('onetalk.html'));
    expect(rows.map((r) => [r.direction, r.text, r.auto ?? false])).toEqual([
      ['in', '你好，最小起订量是多少？', false],
      ['out', '您好，欢迎光临！我们会尽快回复。', true],
      ['out', 'The MOQ is 100 pieces.', false],
    ]);
    expect(rows.map((r) => r.time)).toEqual(['2026-11-20 14:05:09', '2026-11-20 14:05:10', '2026-11-20 14:09']);
    expect(parsePageTime(rows[0]!.time, Date.now())?.at).toBe(new Date(2026, 10, 20, 14, 5, 9).getTime());
    expect(parsePageTime(rows[2]!.time, Date.now())?.at).toBe(new Date(2026, 10, 20, 14, 9).getTime());
  });
  it('finds the React textarea and Send without reading any label; no composer, no Send', () => {
    const chat = load('onetalk.html');
    expect(adapter.composer(chat)?.matches('textarea.send-textarea')).toBe(true);
    expect(adapter.sendButton(chat)?.matches('button.send-tool-button')).toBe(true);
    const readOnly = load('onetalk.html', (doc) => doc.querySelector('.send-box')!.remove());
    expect(adapter.composer(readOnly)).toBeNull();
    expect(adapter.sendButton(readOnly)).toBeNull();
  });
  it('the contact list’s search box is never the composer', () => {
    const chat = load('onetalk.html', (doc) => {
      doc.querySelector('.send-box')!.remove();
      doc.querySelector('.contact-list')!.prepend(doc.createElement('textarea'));
    });
    expect(adapter.composer(chat)).toBeNull();
  });
});
