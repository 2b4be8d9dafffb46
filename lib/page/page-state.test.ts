import { describe, expect, it } from 'vitest';
import type { MessageRow } from '../platforms/types';
import { latestRow } from './page-state';

const row = (direction: 'in' | 'out', bottom: number): MessageRow => ({
  direction,
  text: '',
  element: { getBoundingClientRect: () => ({ bottom }) } as unknown as Element,
});

describe('latestRow', () => {
  it('is the row lowest on screen, whatever the DOM order (column-reverse lists)', () => {
    expect(latestRow([row('out', 300), row('in', 100)])?.direction).toBe('out');
    expect(latestRow([row('in', 100), row('out', 300), row('in', 500)])?.direction).toBe('in');
  });
  it('falls back to DOM order when rows have no layout', () => {
    expect(latestRow([row('in', 0), row('out', 0)])?.direction).toBe('out');
  });
  it('is null with no rows', () => {
    expect(latestRow([])).toBeNull();
  });
});
