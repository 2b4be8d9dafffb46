// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { alibaba } from '.';

// Replace with saved DOM of the real page (a snapshot from the sidebar's "Save page structure", or hand-written from
// docs/platforms.md) and the site's own traps.
function page(rows: string): Document {
  // The live jsdom document: its window computes the inline layout the adapter reads.
  const doc = document;
  doc.body.replaceChildren();
  const main = doc.createElement('main');
  main.setAttribute('role', 'main');
  const header = doc.createElement('header');
  header.append(Object.assign(doc.createElement('h2'), { textContent: 'Jane Doe' }));
  const list = doc.createElement('div');
  list.setAttribute('role', 'log');
  for (const [dir, text] of JSON.parse(rows) as [string, string][]) {
    const row = doc.createElement('div');
    row.setAttribute('role', 'row');
    row.style.display = 'flex';
    row.style.justifyContent = dir === 'out' ? 'flex-end' : 'flex-start';
    row.textContent = text;
    list.append(row);
  }
  main.append(header, list);
  doc.body.append(main);
  return doc;
}

describe('Alibaba.com adapter', () => {
  it('reads the contact and each row with its direction and body', () => {
    const doc = page(JSON.stringify([['in', 'Hi!'], ['out', 'Hello Jane']]));
    const chat = alibaba.adapter.chats(doc)[0]!;
    expect(alibaba.adapter.contact(chat).displayName).toBe('Jane Doe');
    const list = alibaba.adapter.messageList(chat)!;
    expect(alibaba.adapter.messageRows(list).map((r) => [r.direction, r.text])).toEqual([
      ['in', 'Hi!'],
      ['out', 'Hello Jane'],
    ]);
  });
});
