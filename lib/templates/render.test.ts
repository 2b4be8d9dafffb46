import { describe, expect, it } from 'vitest';
import { firstNameOf, placeholdersIn, renderTemplate, valueMap, valueOf } from './render';
import { missingVariables, templateValues } from './variables';

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

describe('variable names that are also object keys', () => {
  const names = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf'];
  it('are data: no value unless given, never a prototype member, never a crash', () => {
    const body = names.map((n) => `{{${n}}}`).join(' ');
    expect(renderTemplate(`Hi ${body}!`, {})).toBe('Hi!');
    expect(
      missingVariables(body, templateValues({ displayName: 'Jane', handle: null, platformLabel: 'X', now: new Date() })),
    ).toEqual(names);
    const given = valueMap(names.map((n) => [n, `<${n}>`]));
    expect(renderTemplate(body, given)).toBe(names.map((n) => `<${n}>`).join(' '));
    expect(renderTemplate('{{constructor|friend}}', { ...given, constructor: undefined })).toBe('friend');
  });
  it('work as custom contact fields', () => {
    const values = templateValues({
      displayName: 'Jane Doe',
      handle: null,
      platformLabel: 'Instagram',
      fields: JSON.parse('{"__proto__": "A-1", "constructor": "B-2"}') as Record<string, string>,
      now: new Date(),
    });
    expect(renderTemplate('{{__proto__}} {{constructor}} {{first_name}}', values)).toBe('A-1 B-2 Jane');
    expect(valueOf(values, 'toString')).toBeUndefined();
  });
});
