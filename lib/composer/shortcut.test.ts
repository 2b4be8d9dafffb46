import { describe, expect, it } from 'vitest';
import { shortcutAtEnd } from './shortcut';

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
