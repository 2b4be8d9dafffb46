import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLogger } from '../log';
import { backgroundLog, keepBackgroundLog } from './log-store';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('keepBackgroundLog', () => {
  it('keeps the log in session storage, so the next service worker starts with it', async () => {
    fakeBrowser.reset();
    const first = createLogger({ console: null });
    keepBackgroundLog(first, fakeBrowser.storage.session);
    first.info('background', 'service worker started');
    first.warn('background:fold', 'folding events failed', new Error('closed'));
    await flush();
    await flush();

    // The worker is stopped; the next one restores what the first kept, before its own entries.
    const second = createLogger({ console: null });
    keepBackgroundLog(second, fakeBrowser.storage.session);
    second.info('background', 'service worker started');
    const entries = await backgroundLog();
    expect(entries.map((e) => `${e.scope}: ${e.message}`)).toEqual([
      'background: service worker started',
      'background:fold: folding events failed',
      'background: service worker started',
    ]);
    expect(entries[1]!.detail).toBe('Error: closed');
  });

  it('without session storage, keeps the log in memory', async () => {
    const only = createLogger({ console: null });
    keepBackgroundLog(only, null);
    only.error('background', 'x');
    expect((await backgroundLog()).map((e) => e.message)).toEqual(['x']);
  });

  it('says once that the log cannot be kept, without a loop of failing writes', async () => {
    const failing = createLogger({ console: null });
    let writes = 0;
    keepBackgroundLog(failing, {
      get: () => Promise.resolve({}),
      set: () => {
        writes++;
        return Promise.reject(new Error('quota'));
      },
    });
    failing.info('background', 'one');
    for (let i = 0; i < 5; i++) await flush();
    failing.info('background', 'two');
    for (let i = 0; i < 5; i++) await flush();
    expect((await backgroundLog()).map((e) => e.message)).toEqual(['one', 'the log could not be kept in session storage', 'two']);
    expect(writes).toBe(3);
  });
});
