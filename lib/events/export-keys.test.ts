import { describe, expect, it } from 'vitest';
import { exportKeys } from './export-keys';

describe('exportKeys', () => {
  it('keeps rows distinct and equal keys equal within one export, but matches nothing across exports', async () => {
    const stored = ['a1b2c3d4e5f60718293a4b5c6d7e8f90', 'ffeeddccbbaa99887766554433221100', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'];
    const first = await exportKeys(stored);
    const second = await exportKeys(stored);
    expect(first[0]).toBe(first[2]);
    expect(first[0]).not.toBe(first[1]);
    expect(first.every((k) => /^[0-9a-f]{24}$/.test(k))).toBe(true);
    expect(first.some((k) => stored.includes(k))).toBe(false);
    expect(second[0]).not.toBe(first[0]);
  });
});
