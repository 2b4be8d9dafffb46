import { describe, expect, it } from 'vitest';
import type { MessageEvent } from '../metrics/types';
import { DAY_MS } from '../vocab/time';
import {
  addMarksToBundle,
  addMarksToThreads,
  addToBundle,
  addToThreads,
  bundleId,
  byDay,
  eventsOfBundle,
  marksOfBundle,
  mergeBundles,
  type TeamEvent,
} from './event-docs';

const DAY = 20_000;
const event = (key: string, over: Partial<MessageEvent> = {}): MessageEvent => ({
  key,
  platform: 'whatsapp',
  threadId: '1001@c.us',
  contactKey: 'whatsapp:1001@c.us',
  direction: 'in',
  at: DAY * DAY_MS + 3_600_000,
  source: 'observed',
  precisionMs: 1000,
  observedAt: DAY * DAY_MS + 3_600_000,
  history: false,
  ...over,
});
const k = (n: number) => n.toString(16).padStart(32, '0');

describe('team event bundles', () => {
  it('round-trips events through a day document, under their team key, without names or text', () => {
    const events = [
      event(k(1), { teamKey: k(11) }),
      event(k(2), { direction: 'out', at: DAY * DAY_MS + 7_200_000, source: 'page', precisionMs: 60_000, history: true }),
      event(k(3), {
        source: 'estimated',
        precisionMs: Number.MAX_SAFE_INTEGER,
        platform: 'instagram',
        threadId: '7',
        contactKey: 'instagram:7',
      }),
    ];
    const { doc, changed } = addToBundle(null, 'ana', DAY, events);
    expect(changed).toBe(true);
    expect(doc._id).toBe(`events:ana:${DAY}`);
    expect(doc.threads).toHaveLength(2);
    const back = eventsOfBundle(JSON.parse(JSON.stringify(doc)));
    expect(back).toEqual([
      {
        key: k(11),
        member: 'ana',
        platform: 'whatsapp',
        threadId: '1001@c.us',
        contactKey: 'whatsapp:1001@c.us',
        direction: 'in',
        at: events[0]!.at,
        source: 'observed',
        precisionMs: 1000,
        history: false,
      },
      {
        key: k(2),
        member: 'ana',
        platform: 'whatsapp',
        threadId: '1001@c.us',
        contactKey: 'whatsapp:1001@c.us',
        direction: 'out',
        at: events[1]!.at,
        source: 'page',
        precisionMs: 60_000,
        history: true,
      },
      {
        key: k(3),
        member: 'ana',
        platform: 'instagram',
        threadId: '7',
        contactKey: 'instagram:7',
        direction: 'in',
        at: events[2]!.at,
        source: 'estimated',
        precisionMs: Number.MAX_SAFE_INTEGER,
        history: false,
      },
    ]);
  });

  it('adds a key once: the same events again change nothing; a known time replaces an estimated one, never the reverse', () => {
    const first = addToBundle(null, 'ana', DAY, [event(k(1), { source: 'estimated', precisionMs: Number.MAX_SAFE_INTEGER })]).doc;
    expect(addToBundle(first, 'ana', DAY, [event(k(1), { source: 'estimated' })]).changed).toBe(false);
    const timed = addToBundle(first, 'ana', DAY, [event(k(1), { source: 'page', precisionMs: 60_000 })]);
    expect(timed.changed).toBe(true);
    expect(eventsOfBundle(timed.doc).map((e) => e.source)).toEqual(['page']);
    const again = addToBundle(timed.doc, 'ana', DAY, [event(k(1), { source: 'estimated' })]);
    expect(again.changed).toBe(false);
    expect(first.events).toHaveLength(1); // the input document is not changed
  });

  it('merges conflicting copies of a day document by union: no event of either copy is lost', () => {
    const base = addToBundle(null, 'ana', DAY, [event(k(1))]).doc;
    const laptop = addToBundle(base, 'ana', DAY, [event(k(2))]).doc;
    const phone = addToBundle(base, 'ana', DAY, [event(k(3), { threadId: '2002@c.us', contactKey: 'whatsapp:2002@c.us' })]).doc;
    const merged = mergeBundles([laptop, phone]);
    expect(eventsOfBundle(merged).map((e) => [e.key, e.threadId])).toEqual([
      [k(1), '1001@c.us'],
      [k(2), '1001@c.us'],
      [k(3), '2002@c.us'],
    ]);
  });

  it('takes nothing malformed from a hostile document: bad rows are left out, the good ones kept', () => {
    const good = addToBundle(null, 'ben', DAY, [event(k(1))]).doc;
    const hostile = {
      ...good,
      threads: [...good.threads, ['whatsapp', '<img src=x onerror=alert(1)>'.repeat(50), 'x']],
      events: [
        ...good.events,
        ['not-hex', 0, 0, 1, 0, 1000, 0],
        [k(2), 5, 0, 1, 0, 1000, 0], // names a thread that is not there
        [k(3), 1, 0, 1, 0, 1000, 0], // names the oversized thread
        [k(4), 0, 2, 1, 0, 1000, 0],
        [k(5), 0, 0, DAY_MS, 0, 1000, 0],
        [k(6), 0, 0, 1, 7, 1000, 0],
        [k(7), 0, 0, 1, 0, 1.5, 0],
        { key: k(8) },
        null,
      ],
    };
    expect(eventsOfBundle(hostile).map((e) => e.key)).toEqual([k(1)]);
    expect(eventsOfBundle({ ...good, type: 'template' })).toEqual([]);
    expect(eventsOfBundle({ ...good, member: '' })).toEqual([]);
    expect(eventsOfBundle({ ...good, events: 'x' })).toEqual([]);
    expect(eventsOfBundle(null)).toEqual([]);
  });

  it('encodes the member in the id, so no name reaches into another member’s or day’s document', () => {
    expect(bundleId('ana:1', 5)).toBe('events:ana%3A1:5');
    expect(bundleId('ana', 5)).not.toBe(bundleId('an', 5));
  });

  it('groups events by the UTC day of their time', () => {
    const days = byDay([
      event(k(1), { at: DAY * DAY_MS + 1 }),
      event(k(2), { at: (DAY + 1) * DAY_MS - 1 }),
      event(k(3), { at: (DAY + 1) * DAY_MS }),
    ]);
    expect([...days].map(([d, list]) => [d, list.map((e) => e.key)])).toEqual([
      [DAY, [k(1), k(2)]],
      [DAY + 1, [k(3)]],
    ]);
  });
});

describe('teammates’ events by thread', () => {
  const theirs = (key: string, over: Partial<TeamEvent> = {}): TeamEvent => ({
    key,
    member: 'ben',
    platform: 'whatsapp',
    threadId: '1001@c.us',
    contactKey: 'whatsapp:1001@c.us',
    direction: 'in',
    at: 1000,
    source: 'observed',
    precisionMs: 1000,
    history: false,
    ...over,
  });

  it('adds each key once per thread, and answers only the threads that changed', () => {
    const first = addToThreads(new Map(), [theirs(k(1)), theirs(k(2)), theirs(k(3), { contactKey: 'whatsapp:2002@c.us' })]);
    expect(first.map((t) => [t.contactKey, t.events.map((e) => e.key)])).toEqual([
      ['whatsapp:1001@c.us', [k(1), k(2)]],
      ['whatsapp:2002@c.us', [k(3)]],
    ]);
    const held = new Map(first.map((t) => [t.contactKey, t]));
    // The same day document again (a teammate's next message re-sends the day): nothing to write.
    expect(addToThreads(held, [theirs(k(1)), theirs(k(2)), theirs(k(3), { contactKey: 'whatsapp:2002@c.us' })])).toEqual([]);
    const next = addToThreads(held, [theirs(k(1)), theirs(k(4), { direction: 'out', at: 2000 })]);
    expect(next.map((t) => [t.contactKey, t.events.map((e) => e.key)])).toEqual([['whatsapp:1001@c.us', [k(1), k(2), k(4)]]]);
    expect(held.get('whatsapp:1001@c.us')!.events).toHaveLength(2); // what the database held is not changed in place
  });

  it('keeps one teammate’s copy of a message two teammates sent, whichever order their day documents come in', () => {
    const ben = theirs(k(1), { member: 'ben', at: 1000 });
    const cleo = theirs(k(1), { member: 'cleo', at: 1400 });
    for (const order of [
      [ben, cleo],
      [cleo, ben],
    ]) {
      const first = addToThreads(new Map(), [order[0]!]);
      const held = new Map(first.map((t) => [t.contactKey, t]));
      const both = addToThreads(held, [order[1]!]);
      const kept = both.length ? both : first;
      expect(kept[0]!.events).toEqual([ben]);
      // Either day document again: nothing to write, nothing to fold.
      const now = new Map(kept.map((t) => [t.contactKey, t]));
      expect(addToThreads(now, [cleo])).toEqual([]);
      expect(addToThreads(now, [ben])).toEqual([]);
    }
  });

  it('lets a known time replace an estimated one, never the reverse', () => {
    const estimated = addToThreads(new Map(), [theirs(k(1), { source: 'estimated', at: 5 })]);
    const held = new Map(estimated.map((t) => [t.contactKey, t]));
    const timed = addToThreads(held, [theirs(k(1), { source: 'page', at: 900, member: 'cleo' })]);
    expect(timed[0]!.events).toEqual([theirs(k(1), { source: 'page', at: 900, member: 'cleo' })]);
    const back = new Map(timed.map((t) => [t.contactKey, t]));
    expect(addToThreads(back, [theirs(k(1), { source: 'estimated', at: 5 })])).toEqual([]);
  });
});

describe('teammates’ marks', () => {
  const mark = (contactKey: string, kind: 'converted' | 'done', at: number) => ({ contactKey, kind, at });
  const at = DAY * DAY_MS + 5_000;

  it('travel in the member’s day document, each once, and come back as theirs', () => {
    const withEvent = addToBundle(null, 'ben', DAY, [event(k(1))]).doc;
    const { doc, changed } = addMarksToBundle(withEvent, 'ben', DAY, [
      mark('whatsapp:1001@c.us', 'converted', at),
      mark('instagram:7', 'done', at + 1),
    ]);
    expect(changed).toBe(true);
    expect(doc.threads).toHaveLength(2); // the event's thread is reused, Instagram's added
    expect(addMarksToBundle(doc, 'ben', DAY, [mark('whatsapp:1001@c.us', 'converted', at)]).changed).toBe(false);
    expect(marksOfBundle(JSON.parse(JSON.stringify(doc)))).toEqual([
      { member: 'ben', contactKey: 'whatsapp:1001@c.us', kind: 'converted', at },
      { member: 'ben', contactKey: 'instagram:7', kind: 'done', at: at + 1 },
    ]);
    expect(eventsOfBundle(doc).map((e) => e.key)).toEqual([k(1)]);
  });

  it('survive a conflict (union), and a malformed one is left out', () => {
    const base = addToBundle(null, 'ben', DAY, [event(k(1))]).doc;
    const laptop = addMarksToBundle(base, 'ben', DAY, [mark('whatsapp:1001@c.us', 'converted', at)]).doc;
    const phone = addMarksToBundle(base, 'ben', DAY, [mark('whatsapp:1001@c.us', 'done', at + 9)]).doc;
    expect(marksOfBundle(mergeBundles([laptop, phone])).map((m) => m.kind)).toEqual(['converted', 'done']);
    const hostile = { ...laptop, marks: [...laptop.marks!, [9, 0, 1], [0, 2, 1], [0, 0, -1], [0, 0, DAY_MS], 'x'] };
    expect(marksOfBundle(hostile)).toHaveLength(1);
    expect(marksOfBundle(null)).toEqual([]);
  });

  it('join their thread’s row once each, whether or not it holds events', () => {
    const m1 = { ...mark('whatsapp:1001@c.us', 'converted', at), member: 'ben' };
    const rows = addMarksToThreads(new Map(), [m1, m1, { ...m1, member: 'cleo' }]);
    expect(rows).toEqual([{ contactKey: 'whatsapp:1001@c.us', events: [], marks: [m1, { ...m1, member: 'cleo' }] }]);
    expect(addMarksToThreads(new Map(rows.map((r) => [r.contactKey, r])), [m1])).toEqual([]);
  });
});
