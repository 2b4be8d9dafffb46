import { describe, expect, it } from 'vitest';
import { cascadeFor } from './insert';

describe('cascadeFor', () => {
  it('uses the native edit first for one line of Lexical, and a paste first for several', () => {
    expect(cascadeFor('lexical', 'Hi')[0]).toBe('execCommand');
    expect(cascadeFor('lexical', 'Hi\nthere')[0]).toBe('paste');
  });
  it('never uses execCommand on Draft.js (it crashes React on an empty editor)', () => {
    expect(cascadeFor('draft', 'Hi')).not.toContain('execCommand');
    expect(cascadeFor('draft', 'a\nb')).not.toContain('execCommand');
  });
  it('falls back to the native value setter on React textareas', () => {
    expect(cascadeFor('textarea', 'Hi')).toEqual(['execCommand', 'nativeSetter']);
  });
});
