import { describe, expect, it } from 'vitest';
import { CONTACT_KEY, SITES } from '../platforms/sites';
import { parseContactKey, threadLink } from '../platforms/thread-links';
import { contactKey, threadIdOf } from './contact-key';

describe('contact keys', () => {
  it('are built as <site id>:<thread id> and pass the registry pattern', () => {
    for (const site of SITES) {
      expect(contactKey(site.id, '123')).toBe(`${site.id}:123`);
      expect(CONTACT_KEY.test(contactKey(site.id, '123'))).toBe(true);
    }
  });

  it('read back the site and thread they were built from, ":" in the thread id included', () => {
    for (const site of SITES) {
      expect(parseContactKey(contactKey(site.id, '340282366920938463'))).toEqual({
        platform: site.id,
        threadId: '340282366920938463',
      });
      expect(parseContactKey(contactKey(site.id, 'a:b'))).toEqual({ platform: site.id, threadId: 'a:b' });
    }
  });

  it('name no site when the prefix is not a registered one', () => {
    expect(parseContactKey('evil:1')).toBeNull();
    expect(parseContactKey(':1')).toBeNull();
    expect(parseContactKey('instagram')).toBeNull();
  });

  it('give the thread id after the first ":" whatever the site, and nothing without one', () => {
    expect(threadIdOf('instagram:1')).toBe('1');
    expect(threadIdOf('gone:a:b')).toBe('a:b');
    expect(threadIdOf('no-colon')).toBe('');
  });

  it("link back to the thread on its site, and nowhere for an unknown site's key", () => {
    for (const site of SITES) expect(threadLink(`${site.id}:123`)).toBe(site.threadUrl('123'));
    expect(threadLink('evil:1')).toBeNull();
  });
});
