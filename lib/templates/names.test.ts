import { describe, expect, it } from 'vitest';
import { nameFromHandle, parseName, stripDecorations } from './names';

describe('parseName', () => {
  it.each([
    ['Jane Doe', 'Jane', 'Doe'],
    ['Jane', 'Jane', undefined],
    ['Jane Mary Doe', 'Jane', 'Doe'],
    ['Doe, Jane', 'Jane', 'Doe'],
    ['Doe, Jane Mary', 'Jane', 'Doe'],
    ['Jane Doe, PhD', 'Jane', 'Doe'],
    ['Dr. Jane Doe', 'Jane', 'Doe'],
    ['Dr Jane Doe Jr.', 'Jane', 'Doe'],
    ['Mrs. Jane Doe III', 'Jane', 'Doe'],
    ['Sra. María José Pérez', 'María', 'Pérez'],
    ['🌸 Jane 🌸', 'Jane', undefined],
    ['✨Jane✨ Doe 💅', 'Jane', 'Doe'],
    ['Jane Doe | Handmade Bags', 'Jane', 'Doe'],
    ['Jane • Studio Lux', 'Jane', undefined],
    ['JANE DOE', 'Jane', 'Doe'],
    ['jane doe', 'Jane', 'Doe'],
    ['McKenzie O’Neil', 'McKenzie', 'O’Neil'],
    ['محمد علي', 'محمد', 'علي'],
    ['山田 太郎', '山田', '太郎'],
    ['Андрей Петров', 'Андрей', 'Петров'],
    ['"Jane" Doe', 'Jane', 'Doe'],
    ['<b>Ana</b> <script>x</script> Lima', 'Ana', 'Lima'],
  ])('%j → first %j, last %j', (input, first, last) => {
    const parsed = parseName(input);
    expect(parsed.first).toBe(first);
    expect(parsed.last).toBe(last);
  });

  it('uses the handle only when there is no display name', () => {
    expect(parseName('', 'jane.doe_shop').first).toBe('Jane');
    expect(parseName('🌸✨', 'jane.doe_shop').first).toBe('Jane');
    expect(parseName('Maria', 'jane.doe_shop').first).toBe('Maria');
    expect(parseName(null, 'x_123').first).toBeUndefined();
    expect(parseName(null, null)).toEqual({});
  });

  it('does not mistake a lone title for a name', () => {
    expect(parseName('Dr.').first).toBeUndefined();
  });

  it('gives the cleaned full name', () => {
    expect(parseName('🌸 Dr. Jane  Doe | Shop').full).toBe('Jane Doe');
  });
});

describe('nameFromHandle', () => {
  it.each([
    ['jane.doe_shop', 'Jane'],
    ['@omar_h', 'Omar'],
    ['xx123', 'Xx'],
    ['1234', undefined],
  ])('%s → %s', (handle, first) => {
    expect(nameFromHandle(handle).first).toBe(first);
  });
});

describe('stripDecorations', () => {
  it('removes emoji, symbols, markup and direction marks, keeps every script', () => {
    expect(stripDecorations('★ Zoë‮ 👩‍💻 <i>Ω</i> ☕')).toBe('Zoë Ω');
  });
});
