import { describe, expect, it } from 'vitest';
import { handleFromHref } from './dom';
import { instagramThreadId, isInstagramDmArea } from './instagram/urls';
import { isMessengerDmArea, messengerThreadId } from './messenger/urls';
import { CONTACT_KEY, DM_MATCHES, isDmHost, PLATFORM_IDS, siteForUrl, SITES } from './sites';

const threadIdOf = (url: URL) => instagramThreadId(url) ?? messengerThreadId(url);

describe('thread ids from real DM URLs', () => {
  it.each([
    ['https://www.instagram.com/direct/t/340282366841710300949128/', '340282366841710300949128'],
    ['https://www.instagram.com/direct/t/123', '123'],
    ['https://www.instagram.com/direct/inbox/', null],
    ['https://www.instagram.com/jane.doe/', null],
    ['https://www.facebook.com/messages/t/100012345/', '100012345'],
    ['https://www.facebook.com/messages/e2ee/t/7788/', 'e2ee:7788'],
    ['https://www.facebook.com/messages/', null],
    ['https://www.messenger.com/t/555/', '555'],
    ['https://www.messenger.com/e2ee/t/555/', 'e2ee:555'],
    ['https://evil.example/direct/t/1/', null],
  ])('%s → %s', (url, id) => {
    expect(threadIdOf(new URL(url))).toBe(id);
  });
});

describe('DM areas and hosts', () => {
  it('knows which pages are DM areas', () => {
    expect(isInstagramDmArea(new URL('https://www.instagram.com/direct/inbox/'))).toBe(true);
    expect(isInstagramDmArea(new URL('https://www.instagram.com/explore/'))).toBe(false);
    expect(isMessengerDmArea(new URL('https://www.facebook.com/messages/t/1/'))).toBe(true);
    expect(isMessengerDmArea(new URL('https://www.facebook.com/marketplace/'))).toBe(false);
    expect(isMessengerDmArea(new URL('https://www.messenger.com/'))).toBe(true);
  });
  it('accepts only the supported hosts over https', () => {
    expect(isDmHost(new URL('https://www.instagram.com/'))).toBe(true);
    expect(isDmHost(new URL('http://www.instagram.com/'))).toBe(false);
    expect(isDmHost(new URL('https://instagram.com.evil.example/'))).toBe(false);
    expect(siteForUrl(new URL('https://www.messenger.com/t/1'))?.id).toBe('messenger');
  });
});

describe('handleFromHref', () => {
  it.each([
    ['/jane.doe_shop/', 'jane.doe_shop'],
    ['https://www.facebook.com/jane.doe', 'jane.doe'],
    ['/direct/t/1/', null],
    ['/explore/', null],
    ['https://www.facebook.com/profile.php?id=1', null],
    [null, null],
  ])('%s → %s', (href, handle) => {
    expect(handleFromHref(href, ['explore', 'profile.php'])).toBe(handle);
  });
});

describe('the site registry', () => {
  it('derives ids, matches and the contact-key pattern from the registered sites', () => {
    expect(PLATFORM_IDS).toEqual(SITES.map((s) => s.id));
    expect(new Set(PLATFORM_IDS).size).toBe(PLATFORM_IDS.length);
    for (const site of SITES) {
      for (const host of site.hosts) expect(DM_MATCHES).toContain(`https://${host}/*`);
      expect(CONTACT_KEY.test(`${site.id}:123`)).toBe(true);
      // Every site links back to its threads on one of its own hosts.
      expect(site.hosts).toContain(new URL(site.threadUrl('123')).hostname);
    }
    expect(CONTACT_KEY.test('evil:123')).toBe(false);
    expect(CONTACT_KEY.test('instagram:')).toBe(false);
  });
  it('gives every site a lower-case id that is safe in contact keys and file names', () => {
    for (const site of SITES) expect(site.id).toMatch(/^[a-z][a-z0-9-]{0,30}$/);
  });
});
