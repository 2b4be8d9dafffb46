import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sessionSalt } from './key-salts';

describe('sessionSalt', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers one salt for the whole browser session, even to a restarted service worker', async () => {
    const first = await sessionSalt(fakeBrowser.storage.session)();
    expect(first.text).toMatch(/^[0-9a-f]{32}$/);
    expect(first.epoch).toMatch(/^[0-9a-f]{12}$/);
    // A restarted worker builds a new reader; session storage still holds the pair.
    expect(await sessionSalt(fakeBrowser.storage.session)()).toEqual(first);
  });

  it('makes a new salt in a new session, and keeps it in session storage only', async () => {
    const first = await sessionSalt(fakeBrowser.storage.session)();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.session.clear(); // what a browser restart does
    const next = await sessionSalt(fakeBrowser.storage.session)();
    expect(next.text).not.toBe(first.text);
    expect(next.epoch).not.toBe(first.epoch);
  });

  it('gives concurrent first requests the same salt', async () => {
    const salt = sessionSalt(fakeBrowser.storage.session);
    const [a, b] = await Promise.all([salt(), salt()]);
    expect(a).toEqual(b);
  });

  it('asks again after a failed read instead of keeping the failure', async () => {
    let fail = true;
    const area = {
      get: (key: string) => (fail ? Promise.reject(new Error('worker stopping')) : fakeBrowser.storage.session.get(key)),
      set: (items: Record<string, unknown>) => fakeBrowser.storage.session.set(items),
    };
    const salt = sessionSalt(area);
    await expect(salt()).rejects.toThrow('worker stopping');
    fail = false;
    expect((await salt()).text).toMatch(/^[0-9a-f]{32}$/);
  });
});
