import { describe, expect, it, vi } from 'vitest';
import {
  createLogger,
  describeError,
  DETAIL_LIMIT,
  LOG_LIMIT,
  MESSAGE_LIMIT,
  RingBuffer,
  SCOPE_LIMIT,
  type LogEntry,
} from './log';

const quiet = () => {
  let t = 1_000;
  return createLogger({ now: () => t++, console: null });
};

describe('RingBuffer', () => {
  it('keeps at most its limit, dropping the oldest, and lists oldest first', () => {
    const ring = new RingBuffer<number>(3);
    expect(ring.items()).toEqual([]);
    ring.push(1);
    ring.push(2);
    expect(ring.items()).toEqual([1, 2]);
    ring.push(3);
    ring.push(4);
    ring.push(5);
    expect(ring.items()).toEqual([3, 4, 5]);
    expect(ring.length).toBe(3);
    for (let i = 6; i <= 1000; i++) ring.push(i);
    expect(ring.items()).toEqual([998, 999, 1000]);
  });
  it('refuses a limit below one', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
  });
});

describe('createLogger', () => {
  it('keeps the last LOG_LIMIT entries in the order they were written', () => {
    const log = quiet();
    for (let i = 0; i < LOG_LIMIT + 120; i++) log.info('test', `entry ${i}`);
    const entries = log.entries();
    expect(entries).toHaveLength(LOG_LIMIT);
    expect(entries[0]!.message).toBe('entry 120');
    expect(entries.at(-1)!.message).toBe(`entry ${LOG_LIMIT + 119}`);
    expect(entries.map((e) => e.time)).toEqual([...entries.map((e) => e.time)].sort((a, b) => a - b));
  });

  it('records level, scope, reason and time; an error as its name and message only', () => {
    const log = quiet();
    const err = new TypeError('boom');
    (err as unknown as { payload: string }).payload = 'Jane Doe wrote: where is my order?';
    log.debug('a', 'one');
    log.warn('b', 'two', err);
    log.error('c', 'three', { message: 'like an error', name: 'DOMException' });
    expect(log.entries()).toEqual([
      { time: 1000, level: 'debug', scope: 'a', message: 'one' },
      { time: 1001, level: 'warn', scope: 'b', message: 'two', detail: 'TypeError: boom' },
      { time: 1002, level: 'error', scope: 'c', message: 'three', detail: 'DOMException: like an error' },
    ]);
    expect(JSON.stringify(log.entries())).not.toContain('Jane');
  });

  it('keeps no text beyond the limits: detail, reason and scope are cut', () => {
    const log = quiet();
    const secret = 'SECRET';
    const long = `${'x'.repeat(DETAIL_LIMIT)}${secret}`;
    log.error(`${'s'.repeat(SCOPE_LIMIT)}${secret}`, `${'m'.repeat(MESSAGE_LIMIT)}${secret}`, new Error(long));
    const [entry] = log.entries();
    expect(entry!.detail!.length).toBe(DETAIL_LIMIT);
    expect(entry!.message.length).toBe(MESSAGE_LIMIT);
    expect(entry!.scope.length).toBe(SCOPE_LIMIT);
    expect(JSON.stringify(entry)).not.toContain(secret);
    expect(entry!.detail!.endsWith('…')).toBe(true);
  });

  it('keeps only the kind of a thrown value that is not an error (it may be page text)', () => {
    expect(describeError('Jane Doe: where is my order?')).toBe('a thrown string');
    expect(describeError({ text: 'hello' })).toBe('a thrown object');
    expect(describeError(null)).toBe('a thrown null');
    const log = quiet();
    log.warn('x', 'rejected', 'Jane Doe: where is my order?');
    expect(log.entries()[0]!.detail).toBe('a thrown string');
  });

  it('writes each entry to the console at its level, with scope and reason', () => {
    const out = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const log = createLogger({ console: out, now: () => 0 });
    log.warn('options', 'could not save', new Error('gone'));
    log.info('popup', 'opened');
    expect(out.warn).toHaveBeenCalledWith('DM Sidekick [options] could not save — Error: gone');
    expect(out.info).toHaveBeenCalledWith('DM Sidekick [popup] opened');
    expect(out.error).not.toHaveBeenCalled();
  });

  it('restores earlier entries before its own, within the limit, and drops malformed or oversized ones', () => {
    const log = createLogger({ limit: 3, now: () => 5, console: null });
    log.info('now', 'mine');
    const earlier: unknown[] = [
      { time: 1, level: 'info', scope: 'old', message: 'a' },
      { time: 2, level: 'shout', scope: 'old', message: 'bad level' },
      'not an entry',
      { time: 3, level: 'warn', scope: 'old', message: 'b', detail: 'y'.repeat(DETAIL_LIMIT * 3) },
      { time: 4, level: 'error', scope: 'old', message: 'c' },
    ];
    log.restore(earlier);
    const entries: LogEntry[] = log.entries();
    expect(entries.map((e) => e.message)).toEqual(['b', 'c', 'mine']);
    expect(entries[0]!.detail!.length).toBe(DETAIL_LIMIT);
  });

  it('tells listeners about each entry', () => {
    const log = quiet();
    const seen: string[] = [];
    log.onEntry((e) => seen.push(e.message));
    log.info('x', 'one');
    log.error('x', 'two');
    expect(seen).toEqual(['one', 'two']);
  });
});
