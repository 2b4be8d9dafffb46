import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat, pluralRules } from './intl';

describe('Intl formatters made once', () => {
  it('the same language and options give the same formatter; other options another', () => {
    expect(numberFormat('es', { style: 'percent' })).toBe(numberFormat('es', { style: 'percent' }));
    expect(numberFormat('es', { style: 'percent' })).not.toBe(numberFormat('pt-BR', { style: 'percent' }));
    expect(dateFormat('en', { weekday: 'long' })).toBe(dateFormat('en', { weekday: 'long' }));
    expect(dateFormat('en', { weekday: 'long' })).not.toBe(dateFormat('en', { weekday: 'short' }));
    expect(pluralRules('pt-BR')).toBe(pluralRules('pt-BR'));
    expect(numberFormat('es', { style: 'percent' }).format(0.5)).toBe('50\u00a0%');
  });
});
