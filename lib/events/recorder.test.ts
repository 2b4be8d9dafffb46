import { describe, expect, it } from 'vitest';
import type { MessageEvent } from '../metrics/types';
import type { PageState } from '../page/page-state';
import type { MessageRow } from '../platforms/types';
import { fingerprints, messageKey } from './fingerprint';
import { latestRows } from '../page/page-state';
import { createRecorder, type QueueStore } from './recorder';

const feed = (r: ReturnType<typeof createRecorder>, state: PageState, rows: MessageRow[]) =>
  r.onPage(state, rows, latestRows(rows).latest);

const row = (direction: 'in' | 'out', text: string, bottom = 0, time?: string): MessageRow => ({
  direction,
  text,
  time,
  element: { getBoundingClientRect: () => ({ bottom }) } as unknown as Element,
});
const page = (threadId: string | null): PageState => ({
  platform: 'instagram',
  inDmArea: true,
  threadId,
  contact: { displayName: 'Jane Doe', handle: null },
  check: { contact: 'ok', messages: 'ok', composer: 'ok' },
  lastFrom: null,
  latestIncoming: null,
  latestSender: null,
  outgoingCount: 0,
});

function memoryQueue(initial: MessageEvent[] = []): QueueStore & { saved: MessageEvent[] } {
  const q = {
    saved: initial,
    load: () => Promise.resolve(q.saved),
    save: (events: MessageEvent[]) => {
      q.saved = [...events];
      return Promise.resolve();
    },
  };
  return q;
}

function setup(options: { failFirst?: number; queue?: ReturnType<typeof memoryQueue> } = {}) {
  let clock = 1_800_000_000_000;
  const sent: MessageEvent[] = [];
  const names: Record<string, string>[] = [];
  let failures = options.failFirst ?? 0;
  const queue = options.queue ?? memoryQueue();
  const recorder = createRecorder({
    platform: 'instagram',
    salt: () => Promise.resolve('salt'),
    send: (events, batchNames) => {
      if (failures-- > 0) return Promise.reject(new Error('service worker restarting'));
      sent.push(...events);
      names.push(batchNames);
      return Promise.resolve(events.map((e) => e.key));
    },
    queue,
    now: () => clock,
  });
  return { recorder, sent, names, queue, tick: (ms: number) => (clock += ms), now: () => clock };
}

describe('fingerprints', () => {
  it('uses the page’s own message id where the row has one, whatever its text or order', () => {
    const withId = (text: string, id: string): MessageRow => ({ ...row('in', text), id });
    expect(fingerprints([withId('ok', 'm1'), withId('ok', 'm2')])).toEqual(['id|m1', 'id|m2']);
    expect(fingerprints([withId('ok', 'm2')])).toEqual(['id|m2']);
  });

  it('tells identical messages apart by their order, and keeps no text in the key', async () => {
    const fps = fingerprints([row('in', 'ok'), row('out', 'ok'), row('in', 'ok')]);
    expect(fps).toEqual(['in|ok|0', 'out|ok|0', 'in|ok|1']);
    const key = await messageKey('salt', 'instagram', '1', fps[0]!);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await messageKey('other salt', 'instagram', '1', fps[0]!)).not.toBe(key);
  });
});

describe('createRecorder', () => {
  it('records what is on the page at thread open as history, timed by the page where it parses', async () => {
    const { recorder, sent, now } = setup();
    feed(recorder, page('1'), [row('in', 'hello', 10, '2026-11-26T10:00:00Z'), row('out', 'hi', 20)]);
    await recorder.settled();
    expect(sent.map((e) => [e.direction, e.source, e.history])).toEqual([
      ['in', 'page', true],
      ['out', 'estimated', true],
    ]);
    expect(sent[0]!.at).toBe(Date.parse('2026-11-26T10:00:00Z'));
    expect(sent[1]!.at).toBe(now());
  });

  it('records a single new row at the bottom as arriving now, once', async () => {
    const { recorder, sent, tick, now } = setup();
    const rows = [row('in', 'hello', 10)];
    feed(recorder, page('1'), rows);
    tick(5000);
    rows.push(row('in', 'how much?', 20));
    feed(recorder, page('1'), rows);
    feed(recorder, page('1'), rows);
    await recorder.settled();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ direction: 'in', source: 'observed', history: false, at: now(), contactKey: 'instagram:1' });
  });

  it('treats a batch of rows, or rows scrolling in above, as history', async () => {
    const { recorder, sent, tick } = setup();
    const rows = [row('in', 'c', 30)];
    feed(recorder, page('1'), rows);
    tick(5000);
    feed(recorder, page('1'), [row('in', 'a', 10), row('out', 'b', 20), ...rows]);
    await recorder.settled();
    expect(sent.filter((e) => !e.history)).toEqual([]);
  });

  it('treats rows loading into an empty thread in its first moments as history', async () => {
    const { recorder, sent, tick } = setup();
    feed(recorder, page('1'), []);
    tick(300);
    feed(recorder, page('1'), [row('in', 'old', 10)]);
    tick(2000);
    feed(recorder, page('1'), [row('in', 'old', 10), row('in', 'new', 20)]);
    await recorder.settled();
    expect(sent.map((e) => e.history)).toEqual([true, false]);
  });

  it('attributes the next matching outgoing row to the inserted template', async () => {
    const { recorder, sent, tick } = setup();
    feed(recorder, page('1'), [row('in', 'hi', 10)]);
    recorder.noteInsertion(7, 'Hi Jane!\nThanks');
    tick(4000);
    feed(recorder, page('1'), [row('in', 'hi', 10), row('out', 'Hi Jane! Thanks', 20)]);
    await recorder.settled();
    expect(sent[1]).toMatchObject({ direction: 'out', templateId: 7 });
  });

  it('keeps events queued until the background confirms them, retrying', async () => {
    const { recorder, sent, queue } = setup({ failFirst: 1 });
    feed(recorder, page('1'), [row('in', 'hello', 10)]);
    await recorder.settled();
    expect(sent).toEqual([]);
    expect(queue.saved).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect(sent).toHaveLength(1);
    expect(queue.saved).toEqual([]);
  });

  it('resumes what an earlier page view left in the queue', async () => {
    const left = { key: 'abc', direction: 'in' } as MessageEvent;
    const { recorder, sent } = setup({ queue: memoryQueue([left]) });
    await recorder.resume();
    expect(sent).toEqual([left]);
  });

  it('sends each thread’s own name with its events, even when a retry mixes threads in one batch', async () => {
    const { recorder, sent, names, tick } = setup({ failFirst: 1 });
    feed(recorder, { ...page('1'), contact: { displayName: 'Jane Doe', handle: null } }, [row('in', 'a', 10)]);
    await recorder.settled();
    tick(10);
    feed(recorder, { ...page('2'), contact: { displayName: 'Omar Haddad', handle: null } }, [row('in', 'b', 10)]);
    await recorder.settled();
    await new Promise((r) => setTimeout(r, 1100));
    expect(new Set(sent.map((e) => e.contactKey))).toEqual(new Set(['instagram:1', 'instagram:2']));
    const all = Object.assign({}, ...names) as Record<string, string>;
    expect(all).toEqual({ 'instagram:1': 'Jane Doe', 'instagram:2': 'Omar Haddad' });
  });

  it('cuts a name over 300 characters instead of sending what the background would reject', async () => {
    const { recorder, names } = setup();
    feed(recorder, { ...page('1'), contact: { displayName: 'x'.repeat(10_000), handle: null } }, [row('in', 'a', 10)]);
    await recorder.settled();
    expect(names[0]!['instagram:1']).toHaveLength(300);
  });

  it('never records rows the site marks as sent automatically', async () => {
    const { recorder, sent, tick } = setup();
    feed(recorder, page('1'), [row('in', 'hi', 10)]);
    tick(5000);
    feed(recorder, page('1'), [row('in', 'hi', 10), { ...row('out', 'Thanks! We reply within a day.', 20), auto: true }]);
    await recorder.settled();
    expect(sent.map((e) => e.direction)).toEqual(['in']);
  });

  it('stops watching outside a thread', async () => {
    const { recorder, sent } = setup();
    feed(recorder, { ...page(null) }, [row('in', 'x', 1)]);
    await recorder.settled();
    expect(sent).toEqual([]);
  });
});
