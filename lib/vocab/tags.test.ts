import { describe, expect, it } from 'vitest';
import { normaliseTag, parseTags, tagList } from './tags';

describe('tags', () => {
  it('normalise one tag by trimming and lower-casing it', () => {
    expect(normaliseTag('  VIP ')).toBe('vip');
    expect(normaliseTag('Envío')).toBe('envío');
  });

  it('make a list with no blanks and no repeats, first spelling first', () => {
    expect(tagList([' Shipping', 'price', 'SHIPPING ', '', '  ', 'price'])).toEqual(['shipping', 'price']);
  });

  it('split typed text on commas only by default', () => {
    expect(parseTags('VIP, wholesale,, vip ,Wholesale')).toEqual(['vip', 'wholesale']);
    expect(parseTags('a; b')).toEqual(['a; b']);
    expect(parseTags('')).toEqual([]);
  });

  it('split on the separators a file uses when given', () => {
    expect(parseTags('shipping; price|Shipping, cost', /[,;|]/)).toEqual(['shipping', 'price', 'cost']);
  });
});
