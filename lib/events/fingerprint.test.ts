import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hexPrefix, messageKey } from './fingerprint';

describe('hexPrefix', () => {
  it('gives the first bytes as lowercase hex, two digits each', () => {
    expect(hexPrefix(new Uint8Array([0, 1, 15, 16, 255, 9]), 4)).toBe('00010f10');
    expect(hexPrefix([171, 205], 16)).toBe('abcd');
  });

  it('reads by index only: a typed array whose constructor may not be read (a Firefox content script) still works', () => {
    const bytes = new Uint8Array([222, 173, 190, 239, 1, 2]);
    Object.defineProperty(bytes, 'constructor', {
      get() {
        throw new Error('Permission denied to access property "constructor"');
      },
    });
    // What the previous code did, and what Firefox refuses on a digest's buffer from the page's compartment.
    expect(() => bytes.slice(0, 4)).toThrow(/constructor/);
    expect(hexPrefix(bytes, 4)).toBe('deadbeef');
  });
});

describe('messageKey', () => {
  it('is the first 16 bytes of SHA-256 over salt, platform, thread and fingerprint', async () => {
    const expected = createHash('sha256').update('s\u0000instagram\u00001\u0000in|hi|0').digest('hex').slice(0, 32);
    expect(await messageKey('s', 'instagram', '1', 'in|hi|0')).toBe(expected);
  });
});
