import { describe, expect, it } from 'vitest';
import { foldSpacing, foldText } from './fold';

describe('foldText', () => {
  it('removes accents and case, in precomposed and combining form alike', () => {
    expect(foldText('Envío')).toBe('envio');
    expect(foldText('Pequeño')).toBe(foldText('pequeno'));
    expect(foldText('Olu Ade\u0301ba\u0301yo\u0323\u0300')).toBe('olu adebayo');
    expect(foldText('AÇÃO São')).toBe('acao sao');
  });

  it('keeps letters, digits, spacing and emoji as they are', () => {
    expect(foldText('  5 ⭐  Thanks ')).toBe('  5 ⭐  thanks ');
  });
});

describe('foldSpacing', () => {
  it('collapses and trims white space and lower-cases, but keeps accents', () => {
    expect(foldSpacing('  Yes  we\n do,\tThanks! ')).toBe('yes we do, thanks!');
    expect(foldSpacing('Envío')).toBe('envío');
  });
});
