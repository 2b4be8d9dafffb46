import { describe, expect, it } from 'vitest';
import { senderKind } from './transport';

const self = { id: 'abcdefghijklmnop', base: 'chrome-extension://abcdefghijklmnop/' };

describe('senderKind', () => {
  it('recognises the extension’s own pages', () => {
    expect(senderKind({ id: self.id, url: 'chrome-extension://abcdefghijklmnop/options.html' }, self)).toBe('page');
    expect(senderKind({ id: self.id, url: 'chrome-extension://otherextensionid/options.html' }, self)).toBeNull();
  });
  it('recognises its content script on a supported DM site', () => {
    expect(senderKind({ id: self.id, url: 'https://www.instagram.com/direct/t/1/', tab: {} }, self)).toBe('content');
    expect(senderKind({ id: self.id, url: 'https://www.messenger.com/t/1/', tab: {} }, self)).toBe('content');
  });
  it('refuses other extensions, other hosts and malformed senders', () => {
    expect(senderKind({ id: 'other', url: 'chrome-extension://other/x.html' }, self)).toBeNull();
    expect(senderKind({ id: self.id, url: 'https://evil.example/', tab: {} }, self)).toBeNull();
    expect(senderKind({ id: self.id, url: 'http://www.instagram.com/', tab: {} }, self)).toBeNull();
    expect(senderKind({ id: self.id, url: 'not a url', tab: {} }, self)).toBeNull();
    expect(senderKind({ id: self.id }, self)).toBeNull();
    expect(senderKind({ id: self.id, url: 'https://www.instagram.com/' }, self)).toBeNull();
  });
});
