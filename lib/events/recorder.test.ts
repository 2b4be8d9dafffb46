import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageEvent } from '../metrics/types';
import type { PageState } from '../page/page-state';
import type { MessageRow } from '../platforms/types';
import { fingerprints, messageKey } from './fingerprint';
import { chronological } from '../page/page-state';
import { createRecorder, type Backlog, type QueueStore } from './recorder';
import type { KeySalts } from './key-salts';

const feed = (r: ReturnType<typeof createRecorder>, state: PageState, rows: MessageRow[]) =>
  r.onPage(state, rows, chronological(rows));

const row = (direction: 'in' | 'out', text: string, bottom = 0, time?: string): MessageRow => ({
  direction,
  text,
  time,
  element: { getBoundingClientRect: () => ({ bottom }) } as unknown as Element,
});
const page = (threadId: string | null): PageState => ({
  platform: 'instagram',
  platformLabel: 'Instagram',
  inDmArea: true,
  floating: false,
  threadId,
  contact: { displayName: 'Jane Doe', handle: null },
  check: { contact: 'ok', messages: 'ok', composer: 'ok' },
  lastFrom: null,
  latestIncoming: null,
  latestSender: null,
  outgoingCount: 0,
  notice: null,
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

const SALTS = { text: 'text salt', id: 'id salt', epoch: 'e1e1e1e1' };

/**
 * Fake timers for the recorder's retry back-off, so a test waits no real second; the keying (crypto.subtle) and the
 * promises still run for real.
 */
const fakeRetryTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
afterEach(() => {
  vi.useRealTimers();
});

function setup(
  options: {
    failFirst?: number;
    saltFailures?: number;
    queue?: ReturnType<typeof memoryQueue>;
    refuse?: (e: MessageEvent) => boolean;
  } = {},
) {
  let clock = 1_800_000_000_000;
  const sent: MessageEvent[] = [];
  const names: Record<string, string>[] = [];
  const backlog: Backlog[] = [];
  let failures = options.failFirst ?? 0;
  let saltFailures = options.saltFailures ?? 0;
  const queue = options.queue ?? memoryQueue();
  const recorder = createRecorder({
    salts: () => (saltFailures-- > 0 ? Promise.reject(new Error('worker stopped')) : Promise.resolve(SALTS)),
    onBacklog: (b) => backlog.push(b),
    send: (events, batchNames) => {
      if (failures-- > 0) return Promise.reject(new Error('service worker restarting'));
      if (options.refuse && events.some(options.refuse))
        return Promise.reject(new Error('"recordEvents" carried malformed data: Invalid length'));
      sent.push(...events);
      names.push(batchNames);
      return Promise.resolve(events.map((e) => e.key));
    },
    queue,
    now: () => clock,
  });
  return { recorder, sent, names, backlog, queue, tick: (ms: number) => (clock += ms), now: () => clock };
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

  it('an empty chat known by its header that gets its first row and its real id at once: that row is new', async () => {
    const { recorder, sent, tick } = setup();
    feed(recorder, page('name:Jane_Doe'), []);
    tick(2000);
    feed(recorder, page('4477@c.us'), [row('in', 'first!', 10)]);
    await recorder.settled();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ source: 'observed', history: false, contactKey: 'instagram:4477@c.us' });
  });

  it('but another chat opened (another contact, or one whose history was already loading) is history', async () => {
    const { recorder, sent, tick } = setup();
    feed(recorder, page('name:Jane_Doe'), []);
    tick(2000);
    feed(recorder, { ...page('88@c.us'), contact: { displayName: 'Omar Haddad', handle: null } }, [row('in', 'old', 10)]);
    // Too soon after the empty chat opened: its rows may still have been loading.
    feed(recorder, page('name:Jane_Doe'), []);
    tick(300);
    feed(recorder, page('4477@c.us'), [row('in', 'older', 10)]);
    await recorder.settled();
    expect(sent.map((e) => [e.contactKey, e.history])).toEqual([
      ['instagram:88@c.us', true],
      ['instagram:4477@c.us', true],
    ]);
  });

  it('history rows printing the same minute keep the page’s order (a reply never folds before its question)', async () => {
    const { recorder, sent } = setup();
    const minute = new Date(2026, 10, 26, 10, 0).getTime();
    feed(recorder, page('1'), [
      row('in', 'thanks!', 10, '2026-11-26 10:00'),
      row('out', 'you are welcome', 20, '2026-11-26 10:00'),
      row('in', 'bye', 30, '2026-11-26 10:00'),
      row('out', 'see you', 40, '2026-11-26 10:02'),
    ]);
    await recorder.settled();
    expect(sent.map((e) => [e.direction, e.source, e.at - minute])).toEqual([
      ['in', 'page', 0],
      ['out', 'page', 1],
      ['in', 'page', 2],
      ['out', 'page', 2 * 60_000],
    ]);
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

  it('keeps events queued until the background confirms them, retrying after a second', async () => {
    fakeRetryTimers();
    const { recorder, sent, queue } = setup({ failFirst: 1 });
    feed(recorder, page('1'), [row('in', 'hello', 10)]);
    await recorder.settled();
    expect(sent).toEqual([]);
    expect(queue.saved).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await recorder.settled();
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
    fakeRetryTimers();
    const { recorder, sent, names, tick } = setup({ failFirst: 1 });
    feed(recorder, { ...page('1'), contact: { displayName: 'Jane Doe', handle: null } }, [row('in', 'a', 10)]);
    await recorder.settled();
    tick(10);
    feed(recorder, { ...page('2'), contact: { displayName: 'Omar Haddad', handle: null } }, [row('in', 'b', 10)]);
    await recorder.settled();
    await vi.advanceTimersByTimeAsync(1000);
    await recorder.settled();
    // The batch after the failure carried both threads.
    expect(names).toHaveLength(1);
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

  it('loses nothing when the salt request fails: rows wait, are retried with back-off, and the backlog is reported', async () => {
    fakeRetryTimers();
    const { recorder, sent, backlog, tick } = setup({ saltFailures: 2 });
    const rows = [row('in', 'hello', 10)];
    feed(recorder, page('1'), rows);
    await recorder.settled();
    tick(5000);
    rows.push(row('in', 'are you there?', 20));
    feed(recorder, page('1'), rows);
    await recorder.settled();
    expect(sent).toEqual([]);
    expect(backlog.at(-1)).toEqual({ waiting: 2, retrying: true });
    // Both page changes ran and failed: the retry now waits 2 s, twice the first wait.
    await vi.advanceTimersByTimeAsync(1999);
    await recorder.settled();
    expect(sent).toEqual([]);
    expect(backlog.at(-1)).toEqual({ waiting: 2, retrying: true });
    await vi.advanceTimersByTimeAsync(1);
    await recorder.settled();
    expect(sent.map((e) => [e.direction, e.history])).toEqual([
      ['in', true],
      ['in', false],
    ]);
    expect(backlog.at(-1)).toEqual({ waiting: 0, retrying: false });
  });

  it('gives up on a request the stopped worker never answers, and retries it', async () => {
    fakeRetryTimers();
    const sent: MessageEvent[] = [];
    let hang = true;
    let asked = 0;
    const recorder = createRecorder({
      salts: () => Promise.resolve(SALTS),
      // The first send never settles (a worker stopped mid-request); the retry is answered.
      send: (events) => {
        asked++;
        if (hang) {
          hang = false;
          return new Promise<string[]>(() => undefined);
        }
        sent.push(...events);
        return Promise.resolve(events.map((e) => e.key));
      },
      queue: memoryQueue(),
      requestTimeoutMs: 10_000,
    });
    feed(recorder, page('1'), [row('in', 'hello', 10)]);
    // Keying is real hashing: wait until the request is out, then let the fake clock run.
    await vi.waitFor(() => expect(asked).toBe(1));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(sent).toEqual([]);
    // 10 s without an answer: given up; 1 s of back-off later, sent again and stored.
    await vi.advanceTimersByTimeAsync(1 + 1000);
    await recorder.settled();
    expect(sent.map((e) => e.direction)).toEqual(['in']);
  });

  it('keys a new identical reply in a newest-first list without taking the older copy’s identity', async () => {
    const { recorder, sent, tick } = setup();
    // A column-reverse list: the first row in the DOM is the newest, shown at the bottom.
    const reversed = { ownerDocument: { defaultView: { getComputedStyle: () => ({ flexDirection: 'column-reverse' }) } } };
    const row = (direction: 'in' | 'out', text: string): MessageRow => ({
      direction,
      text,
      element: { parentElement: reversed } as unknown as Element,
    });
    // Newest first in the DOM (column-reverse): the older "Yes we do, thanks!" is lower in the DOM but higher on screen.
    feed(recorder, page('1'), [row('out', 'Yes we do, thanks!'), row('in', 'Do you ship to Porto?')]);
    tick(60_000);
    feed(recorder, page('1'), [row('in', 'And to Faro?'), row('out', 'Yes we do, thanks!'), row('in', 'Do you ship to Porto?')]);
    tick(60_000);
    feed(recorder, page('1'), [
      row('out', 'Yes we do, thanks!'),
      row('in', 'And to Faro?'),
      row('out', 'Yes we do, thanks!'),
      row('in', 'Do you ship to Porto?'),
    ]);
    await recorder.settled();
    expect(sent.map((e) => [e.direction, e.history])).toEqual([
      ['in', true],
      ['out', true],
      ['in', false],
      ['out', false],
    ]);
    expect(new Set(sent.map((e) => e.key)).size).toBe(4);
  });

  it('records a burst of rows appearing together at the bottom as live (a photo and its caption)', async () => {
    const { recorder, sent, tick, now } = setup();
    const rows = [row('in', 'hi', 10)];
    feed(recorder, page('1'), rows);
    tick(5000);
    feed(recorder, page('1'), [...rows, row('in', '[photo]', 20), row('in', 'this one, in blue', 30)]);
    await recorder.settled();
    expect(sent.slice(1).map((e) => [e.history, e.source, e.at])).toEqual([
      [false, 'observed', now()],
      [false, 'observed', now()],
    ]);
  });

  it('never lets an event the background refuses block the queue behind it', async () => {
    const { recorder, sent, tick } = setup({ refuse: (e) => e.direction === 'out' });
    feed(recorder, page('1'), [row('in', 'a', 10), row('out', 'b', 20), row('in', 'c', 30)]);
    await recorder.settled();
    tick(5000);
    feed(recorder, page('1'), [row('in', 'a', 10), row('out', 'b', 20), row('in', 'c', 30), row('in', 'd', 40)]);
    await recorder.settled();
    expect(sent.map((e) => e.direction)).toEqual(['in', 'in', 'in']);
  });

  it('stops watching outside a thread', async () => {
    const { recorder, sent } = setup();
    feed(recorder, { ...page(null) }, [row('in', 'x', 1)]);
    await recorder.settled();
    expect(sent).toEqual([]);
  });
});

describe('createRecorder, keys', () => {
  it('hashes text-based rows with the session salt and names the session; id-based rows with the id salt', async () => {
    const { recorder, sent } = setup();
    feed(recorder, page('1'), [row('in', 'ok', 10), { ...row('out', 'thanks', 20), id: 'm7' }]);
    await recorder.settled();
    const [byText, byId] = sent;
    expect(byText!.key).toBe(await messageKey('text salt', 'instagram', '1', 'in|ok|0'));
    expect(byText!.epoch).toBe('e1e1e1e1');
    expect(byId!.key).toBe(await messageKey('id salt', 'instagram', '1', 'id|m7'));
    expect(byId!.epoch).toBeUndefined();
  });
});

describe('createRecorder, team sync turned on while the page is open', () => {
  it('asks for the salts again after 30 s while it has no team salt, and then keys every row for the team too', async () => {
    let clock = 1_800_000_000_000;
    let current: KeySalts = SALTS;
    let asked = 0;
    const sent: MessageEvent[] = [];
    const recorder = createRecorder({
      salts: () => (asked++, Promise.resolve(current)),
      send: (events) => (sent.push(...events), Promise.resolve(events.map((e) => e.key))),
      queue: memoryQueue(),
      now: () => clock,
    });
    const rows = [row('in', 'hello', 10)];
    feed(recorder, page('1'), rows);
    await recorder.settled();
    current = { ...SALTS, team: 'team salt' };
    clock += 5000;
    rows.push(row('in', 'how much?', 20));
    feed(recorder, page('1'), rows);
    await recorder.settled();
    expect([asked, sent.map((e) => e.teamKey)]).toEqual([1, [undefined, undefined]]); // not asked again yet
    clock += 30_000;
    rows.push(row('out', 'It is 20 €', 30));
    feed(recorder, page('1'), rows);
    await recorder.settled();
    expect(asked).toBe(2);
    expect(sent[2]!.teamKey).toBe(await messageKey('team salt', 'instagram', '1', 'out|it is 20 €|0'));
    clock += 60_000;
    rows.push(row('in', 'ok', 40));
    feed(recorder, page('1'), rows);
    await recorder.settled();
    expect(asked).toBe(2); // with the team salt, never again
  });
});

describe('createRecorder, rows seen while a batch is being keyed', () => {
  it('keys them in the next round instead of dropping them', async () => {
    const sent: MessageEvent[] = [];
    let clock = 1_800_000_000_000;
    const recorder = createRecorder({
      salts: () => Promise.resolve(SALTS),
      send: (events) => {
        sent.push(...events);
        return Promise.resolve(events.map((e) => e.key));
      },
      queue: memoryQueue(),
      now: () => clock,
    });
    const rows = [row('in', 'one', 10)];
    feed(recorder, page('1'), rows);
    // More rows arrive while the first one is still being hashed (the digest is asynchronous).
    for (const text of ['two', 'three', 'four']) {
      await Promise.resolve();
      clock += 5000;
      rows.push(row('in', text, rows.length * 10 + 10));
      feed(recorder, page('1'), rows);
    }
    await new Promise((r) => setTimeout(r, 50));
    await recorder.settled();
    expect(sent.map((e) => e.direction)).toHaveLength(4);
  });
});

describe('createRecorder, away messages', () => {
  it('never records a sent away message as the seller’s reply: the customer is still waiting', async () => {
    const { recorder, sent, tick } = setup();
    feed(recorder, page('1'), [row('in', 'hi', 10)]);
    tick(5000);
    feed(recorder, page('1'), [row('in', 'hi', 10), row('in', 'are you open?', 20)]);
    recorder.noteInsertion(3, 'We are away right now', true);
    tick(2000);
    feed(recorder, page('1'), [row('in', 'hi', 10), row('in', 'are you open?', 20), row('out', 'We are away right now', 30)]);
    tick(60_000);
    recorder.noteInsertion(4, 'Yes, until 6 pm!');
    feed(recorder, page('1'), [
      row('in', 'hi', 10),
      row('in', 'are you open?', 20),
      row('out', 'We are away right now', 30),
      row('out', 'Yes, until 6 pm!', 40),
    ]);
    await recorder.settled();
    await new Promise((r) => setTimeout(r, 20));
    expect(sent.map((e) => [e.direction, e.templateId])).toEqual([
      ['in', undefined],
      ['in', undefined],
      ['out', 4],
    ]);
  });
});
