import { instagram } from './instagram/adapter';
import { messenger } from './messenger/adapter';
import type { PlatformAdapter } from './types';
import { platformOfHost } from './urls';

const ADAPTERS = { instagram, messenger } as const;

/** The adapter for the site a page is on (whatever its path), or null on an unsupported host. */
export function adapterForHost(url: URL): PlatformAdapter | null {
  const id = platformOfHost(url);
  return id ? ADAPTERS[id] : null;
}
