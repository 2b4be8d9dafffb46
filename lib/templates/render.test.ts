import { describe, expect, it } from 'vitest';
import { firstNameOf, placeholdersIn, renderTemplate } from './render';

describe('renderTemplate', () => {
  it('fills a value', () => {
    expect(renderTemplate('Hi {{first_name}}!', { first_name: 'Jane' })).toBe('Hi Jane!');
  });
  it('uses the fallback when the value is missing or blank', () => {
    expect(renderTemplate('Hi {{first_name|there}}!', {})).toBe('Hi there!');
    expect(renderTemplate('Hi {{first_name|there}}!', { first_name: '   ' })).toBe('Hi there!');
  });
  it('prefers the value over the fallback', () => {
    expect(renderTemplate('Hi {{first_name|there}}!', { first_name: 'Ana' })).toBe('Hi Ana!');
  });
  it('tolerates whitespace inside the braces', () => {
    expect(renderTemplate('Hi {{ first_name | friend }}!', {})).toBe('Hi friend!');
    expect(renderTemplate('Hi {{  first_name  }}!', { first_name: 'Li' })).toBe('Hi Li!');
  });
  it('never leaves raw braces: a variable with no value and no fallback is dropped and the gap tidied', () => {
    expect(renderTemplate('Hi {{first_name}}, thanks!', {})).toBe('Hi, thanks!');
    expect(renderTemplate('Hi {{first_name}} thanks', {})).toBe('Hi thanks');
    expect(renderTemplate('{{first_name}} hello', {})).toBe('hello');
    expect(renderTemplate('Order {{order_id}}.', {})).toBe('Order.');
  });
  it('keeps line breaks and text that only looks like a placeholder', () => {
    expect(renderTemplate('Hi {{first_name}}\n1. one\n2. two', { first_name: 'Jo' })).toBe('Hi Jo\n1. one\n2. two');
    expect(renderTemplate('{{ not valid-name }} and {single}', {})).toBe('{{ not valid-name }} and {single}');
  });
  it('inserts values as plain text, even when they look like markup or placeholders', () => {
    expect(renderTemplate('Hi {{name}}', { name: '<b>{{first_name}}</b>' })).toBe('Hi <b>{{first_name}}</b>');
  });
  it('is not confused by the private marker character in the body', () => {
    expect(renderTemplate('a\uE000b {{x}}', {})).toBe('ab');
  });
});

describe('placeholdersIn', () => {
  it('lists each placeholder once, in order', () => {
    expect(placeholdersIn('{{a}} {{ b | x }} {{a}}')).toEqual(['a', 'b']);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['  Jane   Doe ', 'Jane'],
    ['🌸 Jane Doe ✨', 'Jane'],
    ['"Jane" Doe', 'Jane'],
    ['Zoë Ångström', 'Zoë'],
    ['محمد علي', 'محمد'],
    ['山田 太郎', '山田'],
    ['<img src=x onerror=alert(1)>Ana <b>Lima</b>', 'Ana'],
    ['🌸✨', undefined],
    ['', undefined],
    [null, undefined],
    ['1234 5678', undefined],
  ])('%j → %j', (input, expected) => {
    expect(firstNameOf(input)).toBe(expected);
  });
});
