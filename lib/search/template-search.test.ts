import { describe, expect, it } from 'vitest';
import { STARTER_PACK } from '../templates/starter-pack';
import type { Template } from '../templates/types';
import { createTemplateSearch } from './template-search';

const templates: Template[] = STARTER_PACK.map((t, i) => ({ ...t, id: i + 1, createdAt: 0, updatedAt: 0, useCount: 0 }));
const search = createTemplateSearch(templates);
const top = (q: string) => search(q)[0]?.title;

describe('template search', () => {
  it('lists everything, in the given order, for an empty query', () => {
    expect(search('  ').map((t) => t.id)).toEqual(templates.map((t) => t.id));
  });
  it('finds by shortcut, with or without the slash', () => {
    expect(top('ship')).toBe('Shipping time');
    expect(top('/rate')).toBe('Satisfaction survey');
  });
  it('tolerates typos', () => {
    expect(top('shiping')).toBe('Shipping time');
    expect(top('complant')).toBe('Resolving a complaint');
  });
  it('finds by tag and by a word from the body', () => {
    expect(top('refund')).toBe('Resolving a complaint');
    expect(top('tracking')).toBe('Shipping time');
  });
  it('returns nothing for nonsense', () => {
    expect(search('zzqxj')).toEqual([]);
  });
});
