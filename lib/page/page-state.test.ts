import { describe, expect, it } from 'vitest';
import type { MessageRow } from '../platforms/types';
import { chronological, latestRows } from './page-state';

const parent = (flexDirection: string) => ({ ownerDocument: { defaultView: { getComputedStyle: () => ({ flexDirection }) } } });
const row = (direction: 'in' | 'out', container = parent('column')): MessageRow => ({
  direction,
  text: '',
  element: { parentElement: container } as unknown as Element,
});

describe('chronological and latestRows', () => {
  it('read a column-reverse list (newest first in the DOM, shown at the bottom) newest last', () => {
    const reversed = parent('column-reverse');
    const rows = [row('out', reversed), row('in', reversed), row('out', reversed)];
    expect(chronological(rows)).toEqual([2, 1, 0]);
    expect(latestRows(rows)).toEqual({ latest: 0, latestIncoming: 1 });
  });
  it('follow DOM order in an ordinary list', () => {
    const rows = [row('in'), row('out'), row('in')];
    expect(chronological(rows)).toEqual([0, 1, 2]);
    expect(latestRows(rows)).toEqual({ latest: 2, latestIncoming: 2 });
  });
  it('are -1 with no rows, or no customer rows', () => {
    expect(latestRows([])).toEqual({ latest: -1, latestIncoming: -1 });
    expect(latestRows([row('out')]).latestIncoming).toBe(-1);
  });
});
