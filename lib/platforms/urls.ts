import { INSTAGRAM_HOSTS, INSTAGRAM_MATCHES } from './instagram/urls';
import { MESSENGER_HOSTS, MESSENGER_MATCHES } from './messenger/urls';

export type PlatformId = 'instagram' | 'messenger';

/** Match patterns of every supported DM site (the content script's `matches`). */
export const DM_MATCHES = [...INSTAGRAM_MATCHES, ...MESSENGER_MATCHES];

/** Which site a host belongs to, whatever the path. */
export function platformOfHost(url: URL): PlatformId | null {
  if (INSTAGRAM_HOSTS.includes(url.hostname)) return 'instagram';
  if (MESSENGER_HOSTS.includes(url.hostname)) return 'messenger';
  return null;
}

/** True when the host is one the content script runs on. */
export function isDmHost(url: URL): boolean {
  return [...INSTAGRAM_HOSTS, ...MESSENGER_HOSTS].includes(url.hostname) && url.protocol === 'https:';
}
