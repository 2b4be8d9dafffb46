import type { MessageEvent } from '../metrics/types';
import type { QueueStore } from './recorder';

const PREFIX = 'event-queue:';

interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * The recorder's queue in the extension's own storage (not the page's): each page view writes its own key, and a
 * new page view takes over whatever earlier ones left unsent. Duplicates are harmless: the background stores each
 * key once.
 */
export function storageQueue(area: StorageArea, instance = crypto.randomUUID()): QueueStore {
  const key = `${PREFIX}${instance}`;
  return {
    async load() {
      const all = await area.get(null);
      const keys = Object.keys(all).filter((k) => k.startsWith(PREFIX) && k !== key);
      const events = keys.flatMap((k) => (Array.isArray(all[k]) ? (all[k] as MessageEvent[]) : []));
      if (keys.length) await area.remove(keys);
      return events;
    },
    save: (events) => (events.length ? area.set({ [key]: events }) : area.remove(key)),
  };
}
