import { describe, expect, it } from 'vitest';
import { selectInField, shortcutAtEnd } from './shortcut';

describe('shortcutAtEnd', () => {
  it.each([
    ['/ship', { name: 'ship', text: '/ship' }],
    ['Hi! /Ship', { name: 'ship', text: '/Ship' }],
    ['line one\n/order_2', { name: 'order_2', text: '/order_2' }],
    ['/envío', { name: 'envío', text: '/envío' }],
    ['http://x.com/ship', null],
    ['and/or', null],
    ['/ship ', null],
    ['/', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(shortcutAtEnd(text)).toEqual(expected);
  });
});

describe('selectInField', () => {
  // A stand-in with a textarea's value and selection (the rule is plain text arithmetic).
  const field = (value: string, caret: number) => {
    const f = { value, selectionStart: caret, selectionEnd: caret } as HTMLTextAreaElement;
    f.setSelectionRange = (start: number, end: number) => {
      f.selectionStart = start;
      f.selectionEnd = end;
    };
    return f;
  };

  it('selects the shortcut typed just before the caret, so the insertion replaces it', () => {
    const f = field('Sure! /ship and more', 11);
    expect(selectInField(f, '/ship')).toBe(true);
    expect([f.selectionStart, f.selectionEnd]).toEqual([6, 11]);
  });

  it('falls back to its last occurrence, and says when it is gone', () => {
    const f = field('/ship then /ship again', 0);
    expect(selectInField(f, '/ship')).toBe(true);
    expect(f.selectionStart).toBe(11);
    expect(selectInField(field('nothing here', 3), '/ship')).toBe(false);
  });
});
