import { describe, expect, it } from 'vitest';
import { schemeOfColor } from './theme';

describe('schemeOfColor', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(0, 0, 0)', 'dark'],
    ['rgb(24, 25, 26)', 'dark'],
    ['rgb(240, 242, 245)', 'light'],
    ['rgba(0, 0, 0, 0)', null],
    ['rgba(0, 0, 0, 0.2)', null],
    ['rgb(0 0 0 / 100%)', 'dark'],
    ['transparent', null],
  ])('%s → %s', (color, scheme) => {
    expect(schemeOfColor(color)).toBe(scheme);
  });
});
