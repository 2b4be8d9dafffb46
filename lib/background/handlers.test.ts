// The background's handlers and transport, with WXT's fake browser (in-memory extension APIs) and an in-memory
// IndexedDB: the same code the service worker runs, without a browser.
import 'fake-indexeddb/auto';
import { testEvent } from '../metrics/test-events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SidekickDatabase } from '../db/database';
import type { ThreadContext } from '../messaging/protocol';
import { createHandlers } from './handlers';
import { serveRequests } from './transport';

let n = 0;
const open: SidekickDatabase[] = [];
const freshDb = () => {
  const db = new SidekickDatabase(`handlers-${++n}`);
  open.push(db);
  return db;
};
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

const event = (key: string, direction: 'in' | 'out', at: number) =>
  testEvent(key.padStart(32, '0'), 'instagram:7', direction, at);

describe('handlers', () => {
  it('stores a batch, answers its keys, then pushes the tab its thread (waiting) without being asked', async () => {
    const pushed: [number, ThreadContext][] = [];
    const waiting: number[] = [];
    const handlers = createHandlers(freshDb(), {
      onWaitingChanged: (count) => waiting.push(count),
      pushToTab: (tabId, context) => {
        pushed.push([tabId, context]);
        return Promise.resolve();
      },
    });
    const at = Date.now() - 60_000;
    const answer = await handlers.recordEvents(
      { events: [event('a', 'in', at)], names: { 'instagram:7': 'Jane' } },
      { tabId: 3 },
    );
    expect(answer).toEqual({ stored: ['a'.padStart(32, '0')] });
    await expect.poll(() => pushed.length).toBe(1);
    const [tabId, context] = pushed[0]!;
    expect(tabId).toBe(3);
    expect(context.contact.key).toBe('instagram:7');
    expect(context.conversation?.waiting).toBeTruthy();
    expect(waiting).toEqual([1]);
    // The name sent with the batch is kept for the dashboard's lists.
    await expect.poll(async () => (await handlers.contactNames({ keys: ['instagram:7'] }, {}))['instagram:7']).toBe('Jane');
  });

  it('refuses a second template with the same shortcut, in words', async () => {
    const handlers = createHandlers(freshDb());
    const entry = { title: 'Gift wrap', body: 'We gift wrap for free', shortcut: 'wrap', tags: [], kind: 'reply' };
    expect(await handlers.saveTemplate({ entry }, {})).toMatchObject({ ok: true });
    expect(await handlers.saveTemplate({ entry: { ...entry, title: 'Gift wrap 2' } }, {})).toEqual({
      ok: false,
      error: 'Not saved: the shortcut "/wrap" is already used by "Gift wrap".',
    });
  });

  it('hands out one session salt per browser session and keeps only the id salt in the database', async () => {
    const db = freshDb();
    const handlers = createHandlers(db);
    const first = await handlers.getKeySalts(undefined, {});
    expect(await createHandlers(db).getKeySalts(undefined, {})).toEqual(first);
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).toContain(first.id);
    expect(stored).not.toContain(first.text);
    await fakeBrowser.storage.session.clear();
    const next = await createHandlers(db).getKeySalts(undefined, {});
    expect(next.id).toBe(first.id);
    expect(next.text).not.toBe(first.text);
  });
});

describe('transport', () => {
  // The messenger answers through sendResponse (Chrome's callback style), as the browser delivers a message.
  const ask = (type: string, data: unknown, url: string | undefined, tab?: object) =>
    new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
      const envelope = { id: 1, type, data, timestamp: Date.now() };
      // The fake's types know only (message, sender); the listener also takes Chrome's sendResponse.
      const event = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown> };
      void event.trigger(envelope, { id: fakeBrowser.runtime.id, url, tab }, resolve);
    });

  it('serves a request its definition allows from that sender, and refuses the rest in words', async () => {
    serveRequests(createHandlers(freshDb()));
    const options = fakeBrowser.runtime.getURL('/options.html');
    expect(((await ask('listTemplates', undefined, options)).res as unknown[]).length).toBeGreaterThan(0);
    // An extension page may not record message events (only a DM content script may).
    expect((await ask('recordEvents', { events: [] }, options)).err?.message).toBe(
      '"recordEvents" is not accepted from this sender.',
    );
    // A page on another host is nobody the background answers.
    expect((await ask('listTemplates', undefined, 'https://evil.example/', {})).err?.message).toBe(
      '"listTemplates" is not accepted from this sender.',
    );
    // A payload outside its schema is refused before any handler runs.
    expect((await ask('deleteTemplate', { id: -1 }, options)).err?.message).toMatch(/^"deleteTemplate" carried malformed data/);
  });
});
