import { describe, expect, it } from 'vitest';
import { foldWhitespace, judgeInsertion } from './verify';

describe('judgeInsertion', () => {
  it('sees an insertion into an empty editor', () => {
    expect(judgeInsertion('', 'Hi Jane!', 'Hi Jane!')).toBe('inserted');
  });
  it('sees an insertion beside existing text', () => {
    expect(judgeInsertion('Thanks! See you', 'Thanks! Hi Jane! See you', 'Hi Jane!')).toBe('inserted');
  });
  it('does not count text that was already there', () => {
    expect(judgeInsertion('Hi Jane!', 'Hi Jane!', 'Hi Jane!')).toBe('unchanged');
    expect(judgeInsertion('Hi Jane!', 'Hi Jane!Hi Jane!', 'Hi Jane!')).toBe('inserted');
  });
  it('accepts line breaks rendered as paragraphs', () => {
    expect(judgeInsertion('', 'a\n\nb\n\nc', 'a\nb\nc')).toBe('inserted');
  });
  it('calls lost or joined lines mangled', () => {
    expect(judgeInsertion('', 'a', 'a\nb')).toBe('mangled');
    expect(judgeInsertion('', 'ab', 'a\nb')).toBe('mangled');
  });
  it('ignores zero-width characters editors add', () => {
    expect(judgeInsertion('\u200b', 'Hi\u200b', 'Hi')).toBe('inserted');
  });
});

describe('foldWhitespace', () => {
  it('folds every kind of whitespace to one space', () => {
    expect(foldWhitespace(' a\n\n b\t c ')).toBe('a b c');
  });
});
