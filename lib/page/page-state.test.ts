import { describe, expect, it } from 'vitest';
import type { MessageRow } from '../platforms/types';
import { latestRows } from './page-state';

const row = (direction: 'in' | 'out', bottom: number): MessageRow => ({
  direction,
  text: '',
  element: { getBoundingClientRect: () => ({ bottom }) } as unknown as Element,
});

describe('latestRows', () => {
  it('is the row lowest on screen, whatever the DOM order (column-reverse lists)', () => {
    expect(latestRows([row('out', 300), row('in', 100)])).toEqual({ latest: 0, latestIncoming: 1 });
    expect(latestRows([row('in', 100), row('out', 300), row('in', 500)])).toEqual({ latest: 2, latestIncoming: 2 });
  });
  it('falls back to DOM order when rows have no layout', () => {
    expect(latestRows([row('in', 0), row('out', 0)])).toEqual({ latest: 1, latestIncoming: 0 });
  });
  it('is -1 with no rows, or no customer rows', () => {
    expect(latestRows([])).toEqual({ latest: -1, latestIncoming: -1 });
    expect(latestRows([row('out', 5)]).latestIncoming).toBe(-1);
  });
});
