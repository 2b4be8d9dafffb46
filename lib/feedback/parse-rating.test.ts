import { describe, expect, it } from 'vitest';
import { parseRating } from './parse-rating';
import { ratingsOn } from './rating-scales';

const csat: [string, number | null][] = [
  ['5', 5],
  ['5!', 5],
  ['5 ⭐ thanks!', 5],
  ['4/5', 4],
  ['4 / 5', 4],
  ['3 out of 5', 3],
  ['5 stars', 5],
  ['4 stars, great service', 4],
  ['⭐⭐⭐⭐⭐', 5],
  ['⭐⭐⭐', 3],
  ['★★★★', 4],
  ['🌟🌟🌟🌟🌟 amazing', 5],
  ['five', 5],
  ['Five! Thank you', 5],
  ['I would give it a 4', 4],
  ["I'd say 4", 4],
  ['4, thanks', 4],
  ['1', 1],
  ['1 star, it arrived broken', 1],
  ['2', 2],
  ['2 stars, the box was damaged', 2],
  ['dos estrellas', 2],
  ['⭐⭐', 2],
  ['cinco', 5],
  ['cuatro estrellas', 4],
  ['Le doy un 5, gracias', 5],
  ['5 de 5', 5],
  ['nota 5', 5],
  ['quatro', 4],
  ['cinco estrelas, adorei', 5],
  ['5 de 5, obrigada!', 5],
  ['10/10', 5],
  ['Excellent! 5', 5],
  ['5.', 5],
  ['  4  ', 4],
  // never invented
  ['5 days late', null],
  ['It took 5 days', null],
  ['order 12345', null],
  ['I ordered 2 and only 1 arrived', null],
  ['call me at 5', null],
  ['5pm works', null],
  ['size 10', null],
  ['6', null],
  ['0', null],
  ['5 or 4', null],
  ['thanks!', null],
  ['When will it arrive?', null],
  ['I have 3 questions', null],
  ['one more thing: can I exchange it?', null],
  ['3/4 of the order was missing', null],
  ['Quero uma camiseta', null],
  ['', null],
];

const nps: [string, number | null][] = [
  ['10', 10],
  ['9', 9],
  ['0', 0],
  ['10/10', 10],
  ['9 out of 10', 9],
  ['8 de 10', 8],
  ['diez', 10],
  ['dez!', 10],
  ['nueve, gracias', 9],
  ['seven', 7],
  ['1', 1],
  ['dos', 2],
  ['3 de 10', 3],
  ['4', 4],
  ['cinco', 5],
  ['Le doy un 6', 6],
  ['4/5', 8],
  ['7 🙂', 7],
  ['11', null],
  ['10 days', null],
  ['I will recommend you to my 3 sisters', null],
  ['9 or 10', null],
];

describe('parseRating — CSAT (1–5)', () => {
  it.each(csat)('%j → %j', (message, value) => {
    const result = parseRating(message, 'csat');
    expect(result === null ? null : result.value).toBe(value);
  });
});

describe('parseRating — NPS (0–10)', () => {
  it.each(nps)('%j → %j', (message, value) => {
    const result = parseRating(message, 'nps');
    expect(result === null ? null : result.value).toBe(value);
  });
});

describe('parseRating — thumbs', () => {
  it('reads 👍 as yes and 👎 as no, on any scale', () => {
    expect(parseRating('👍', 'csat')).toEqual({ scale: 'yesno', value: 1 });
    expect(parseRating('👎 not happy', 'nps')).toEqual({ scale: 'yesno', value: 0 });
    expect(parseRating('👍👎', 'csat')).toBeNull();
  });
  it('prefers a number over a thumb', () => {
    expect(parseRating('5 👍', 'csat')).toEqual({ scale: 'csat', value: 5 });
  });
});

describe('parseRating over the whole table', () => {
  const rows = [
    ...csat.map(([message, value]) => ({ message, scale: 'csat' as const, value })),
    ...nps.map(([message, value]) => ({ message, scale: 'nps' as const, value })),
  ];
  const read = rows.map((r) => ({ ...r, read: parseRating(r.message, r.scale)?.value ?? null }));

  it('reads at least 45 ratings and refuses at least 15 replies that hold none, each as the table says', () => {
    expect(read.filter((r) => r.read !== r.value).map((r) => `${r.scale}: ${r.message}`)).toEqual([]);
    expect(read.filter((r) => r.read !== null).length).toBeGreaterThanOrEqual(45);
    expect(read.filter((r) => r.read === null).length).toBeGreaterThanOrEqual(15);
  });

  it.each(['csat', 'nps'] as const)('reads every point of the %s scale from some reply', (scale) => {
    const values = new Set(read.filter((r) => r.scale === scale).map((r) => r.read));
    expect(ratingsOn(scale).filter((v) => !values.has(v))).toEqual([]);
  });
});
