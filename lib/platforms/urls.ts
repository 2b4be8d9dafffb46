import { INSTAGRAM_HOSTS, INSTAGRAM_MATCHES, instagramThreadId, isInstagramDmArea } from './instagram/urls';
import { MESSENGER_HOSTS, MESSENGER_MATCHES, isMessengerDmArea, messengerThreadId } from './messenger/urls';

export type PlatformId = 'instagram' | 'messenger';

/** Match patterns of every supported DM site (the content script's `matches`). */
export const DM_MATCHES = [...INSTAGRAM_MATCHES, ...MESSENGER_MATCHES];

/** Which site a host belongs to, whatever the path. */
export function platformOfHost(url: URL): PlatformId | null {
  if (INSTAGRAM_HOSTS.includes(url.hostname)) return 'instagram';
  if (MESSENGER_HOSTS.includes(url.hostname)) return 'messenger';
  return null;
}

/** Which site a URL belongs to, if it is in a supported DM area. */
export function dmPlatformOf(url: URL): PlatformId | null {
  if (isInstagramDmArea(url)) return 'instagram';
  if (isMessengerDmArea(url)) return 'messenger';
  return null;
}

/** The open thread on a supported DM URL, or null on an inbox or any other page. */
export function threadIdOf(url: URL): string | null {
  return instagramThreadId(url) ?? messengerThreadId(url);
}

/** True when the host is one the content script runs on. */
export function isDmHost(url: URL): boolean {
  return [...INSTAGRAM_HOSTS, ...MESSENGER_HOSTS].includes(url.hostname) && url.protocol === 'https:';
}
